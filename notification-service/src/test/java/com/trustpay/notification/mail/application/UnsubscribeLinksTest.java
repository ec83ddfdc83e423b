package com.trustpay.notification.mail.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class UnsubscribeLinksTest {

    private final UnsubscribeLinks links =
            new UnsubscribeLinks("https://trustpay.example/", "a-secret-of-enough-length");
    private final UUID user = UUID.randomUUID();

    @Test
    void aLinkWeMadeNamesItsUser() {
        String link = links.linkFor(user);
        assertThat(link).startsWith("https://trustpay.example/api/notifications/unsubscribe?user=" + user + "&token=");
        String token = link.substring(link.indexOf("token=") + 6);

        assertThat(links.verify(user.toString(), token)).contains(user);
    }

    @Test
    void aTokenForAnotherUserOrFromAnotherSecretIsRefused() {
        String token = links.linkFor(user).replaceAll(".*token=", "");
        UUID other = UUID.randomUUID();

        assertThat(links.verify(other.toString(), token)).isEmpty();
        assertThat(new UnsubscribeLinks("https://x", "another-secret-of-length").verify(user.toString(), token))
                .isEmpty();
        assertThat(links.verify("not-a-uuid", token)).isEmpty();
        assertThat(links.verify(user.toString(), null)).isEmpty();
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new UnsubscribeLinks("https://x", "short"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
