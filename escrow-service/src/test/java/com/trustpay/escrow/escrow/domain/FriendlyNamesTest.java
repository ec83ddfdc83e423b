package com.trustpay.escrow.escrow.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FriendlyNamesTest {

    private final Random random = new Random(7);

    @Test
    void aNameAlreadyOnAnOpenEscrowIsNotPickedAgain() {
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < FriendlyNames.ALL.size(); i++) {
            String name = FriendlyNames.pickAvoiding(random, taken);
            assertThat(taken).doesNotContain(name);
            taken.add(name);
        }
        assertThat(taken).containsExactlyInAnyOrderElementsOf(FriendlyNames.ALL);
    }

    @Test
    void whenEveryNameIsTakenAnyNameFromTheListIsGiven() {
        assertThat(FriendlyNames.pickAvoiding(random, Set.copyOf(FriendlyNames.ALL)))
                .isIn(FriendlyNames.ALL);
    }
}
