package com.trustpay.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trustpay.platform.PlatformTestApplication;
import com.trustpay.testsupport.RealInfrastructure;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The processed-message guard records under the service's name, and a sub-consumer under a name of its own. */
@SpringBootTest(classes = PlatformTestApplication.class)
@RealInfrastructure
class ProcessedMessagesIT {

    @Autowired
    ProcessedMessages processed;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theGuardIsNamedAfterTheApplication() {
        UUID event = UUID.randomUUID();

        assertThat(first(processed, event)).isTrue();
        assertThat(first(processed, event)).isFalse();

        assertThat(processed.consumer()).isEqualTo("platform-test");
        assertThat(consumersOf(event)).containsExactly("platform-test");
    }

    @Test
    void aSubConsumerHandlesTheSameEventOnceOfItsOwn() {
        UUID event = UUID.randomUUID();
        ProcessedMessages notifier = processed.subConsumer("notifier");

        assertThat(first(processed, event)).isTrue();
        assertThat(first(notifier, event)).isTrue();
        assertThat(first(notifier, event)).isFalse();

        assertThat(consumersOf(event)).containsExactlyInAnyOrder("platform-test", "platform-test/notifier");
    }

    @Test
    void aHandlerThatRollsBackRecordsNothing() {
        UUID event = UUID.randomUUID();

        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
                    processed.firstDelivery(event);
                    throw new IllegalStateException("the handler failed");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(consumersOf(event)).isEmpty();
        assertThat(first(processed, event)).isTrue();
    }

    @Test
    void recordingOutsideATransactionOrUnderABlankNameIsRefused() {
        assertThatThrownBy(() -> processed.firstDelivery(UUID.randomUUID())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> processed.subConsumer(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> processed.subConsumer("a/b")).isInstanceOf(IllegalArgumentException.class);
    }

    private boolean first(ProcessedMessages guard, UUID event) {
        return Boolean.TRUE.equals(tx.execute(s -> guard.firstDelivery(event)));
    }

    private List<String> consumersOf(UUID event) {
        return jdbc.queryForList("SELECT consumer FROM processed_message WHERE event_id = ?", String.class, event);
    }
}
