package com.trustpay.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.testsupport.readiness.ProductionStart;
import org.junit.jupiter.api.Test;

/** Without the sandbox profile notification-service starts only with a link-signing secret of its own. */
class ProductionStartTest {

    @Test
    void refusesToStartWithoutAnUnsubscribeSecret() {
        assertThat(ProductionStart.refusal(NotificationServiceApplication.class))
                .contains("notification-service refuses to start")
                .contains("trustpay.mail.unsubscribe-secret is empty");
    }

    @Test
    void refusesTheSandboxsSecret() {
        assertThat(ProductionStart.refusal(
                        NotificationServiceApplication.class,
                        "--trustpay.mail.unsubscribe-secret=local-unsubscribe-secret-change-me"))
                .contains("trustpay.mail.unsubscribe-secret has the sandbox's default value");
    }

    @Test
    void startsWithASecretOfItsOwn() {
        ProductionStart.passes(
                NotificationServiceApplication.class, "--trustpay.mail.unsubscribe-secret=3f9a1c7e5b2d4a6c8e0f1a3b");
    }
}
