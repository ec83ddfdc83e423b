package com.trustpay.webhook.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReceiptIdsTest {

    @Test
    void idsAreVersion7AndOrderedByTime() {
        UUID first = ReceiptIds.next();
        UUID later = nextInALaterMillisecond(first);

        assertThat(first.version()).isEqualTo(7);
        assertThat(first.variant()).isEqualTo(2);
        assertThat(later.toString()).isGreaterThan(first.toString());
    }

    private static UUID nextInALaterMillisecond(UUID first) {
        long firstMillis = first.getMostSignificantBits() >>> 16;
        UUID next = ReceiptIds.next();
        while ((next.getMostSignificantBits() >>> 16) == firstMillis) {
            next = ReceiptIds.next();
        }
        return next;
    }
}
