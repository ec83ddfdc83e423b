package com.trustpay.escrow.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.escrow.identity.domain.RefreshToken.Standing;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RefreshTokenTest {

    static final Instant ISSUED = Instant.parse("2026-12-03T10:00:00Z");
    static final Duration GRACE = Duration.ofSeconds(10);

    final RefreshToken live =
            RefreshToken.issue("h", UUID.randomUUID(), UUID.randomUUID(), ISSUED, Duration.ofDays(14));

    @Test
    void aFreshTokenIsLiveUntilItExpires() {
        assertThat(live.standing(ISSUED.plusSeconds(1), GRACE)).isEqualTo(Standing.LIVE);
        assertThat(live.standing(ISSUED.plus(Duration.ofDays(14)), GRACE)).isEqualTo(Standing.EXPIRED);
    }

    @Test
    void aRotatedTokenIsASecondTabWithinTheGraceAndAReuseAfterIt() {
        Instant rotated = ISSUED.plusSeconds(60);
        RefreshToken token = withRotated(rotated);

        assertThat(token.standing(rotated.plus(GRACE), GRACE)).isEqualTo(Standing.JUST_ROTATED);
        assertThat(token.standing(rotated.plus(GRACE).plusMillis(1), GRACE)).isEqualTo(Standing.REUSED);
    }

    @Test
    void revokedWinsOverEverythingElse() {
        RefreshToken token = new RefreshToken(
                "h",
                live.familyId(),
                live.userId(),
                ISSUED,
                live.expiresAt(),
                ISSUED.plusSeconds(5),
                ISSUED.plusSeconds(6));

        assertThat(token.standing(ISSUED.plusSeconds(7), GRACE)).isEqualTo(Standing.REVOKED);
    }

    @Test
    void secretsAre256RandomBitsAndOnlyTheirShapeIsLookedUp() {
        String one = SessionSecret.generate();

        assertThat(SessionSecret.wellFormed(one)).isTrue();
        assertThat(one).isNotEqualTo(SessionSecret.generate());
        assertThat(SessionSecret.hash(one)).matches("[0-9a-f]{64}");
        assertThat(SessionSecret.wellFormed(one + "x")).isFalse();
        assertThat(SessionSecret.wellFormed(one.substring(1) + "!")).isFalse();
    }

    private RefreshToken withRotated(Instant at) {
        return new RefreshToken("h", live.familyId(), live.userId(), ISSUED, live.expiresAt(), at, null);
    }
}
