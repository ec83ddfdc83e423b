package com.trustpay.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Names and conditions are SQL written in code: anything else is refused before a query is ever built. */
class DueRowsTest {

    @Test
    void plainAndSchemaQualifiedNamesAreAccepted() {
        assertThatCode(() -> DueRows.in("payments.payout", "id", UUID.class)
                        .dueAt("next_poll_at")
                        .leasedBy("leased_until")
                        .where("status IN ('CREATING', 'PROCESSING')")
                        .build(new JdbcTemplate()))
                .doesNotThrowAnyException();
    }

    @Test
    void namesThatAreNotPlainIdentifiersAreRefused() {
        assertThatThrownBy(() -> DueRows.in("payout; DROP TABLE payout", "id", UUID.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DueRows.in("payout", "id\"", UUID.class)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DueRows.in("payout", "id", UUID.class).dueAt("next_poll_at OR true"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DueRows.in("payout", "id", UUID.class).leasedBy("Lease"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void conditionsWithStatementBreaksCommentsOrParametersAreRefused() {
        DueRows.Builder<UUID> rows = DueRows.in("payout", "id", UUID.class).dueAt("next_poll_at");

        for (String condition :
                new String[] {"true; DELETE FROM payout", "true -- ", "true /* */", "status = ?", " "}) {
            assertThatThrownBy(() -> rows.where(condition)).as(condition).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aTableWithoutDueColumnIsRefused() {
        assertThatThrownBy(() -> DueRows.in("payout", "id", UUID.class).build(new JdbcTemplate()))
                .isInstanceOf(IllegalStateException.class);
    }
}
