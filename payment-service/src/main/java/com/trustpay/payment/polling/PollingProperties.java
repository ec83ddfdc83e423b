package com.trustpay.payment.polling;

import com.trustpay.payment.polling.domain.PollSchedule;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Polling settings ({@code payment.polling.*}).
 *
 * @param firstAfter first poll after creation
 * @param phases then poll every {@code every} for {@code lasting}, phase after phase
 * @param thenEvery then this often until the resource is terminal (attempts: until expiry plus grace)
 * @param tick how often an instance looks for due rows
 * @param batch rows of each kind worked per look, each claimed when its turn comes
 * @param lease how long a claimed row is left alone by other instances: it must outlast the work of one row (its
 *     provider calls with their timeouts), or a second instance may take the row while it is still being worked
 * @param maxAge payouts and refunds still open after this long are reported and no longer polled
 */
@ConfigurationProperties("payment.polling")
public record PollingProperties(
        Duration firstAfter,
        List<PollSchedule.Phase> phases,
        Duration thenEvery,
        Duration tick,
        Integer batch,
        Duration lease,
        Duration maxAge) {

    public PollingProperties {
        firstAfter = firstAfter == null ? PollSchedule.DEFAULT.firstAfter() : firstAfter;
        phases = phases == null ? PollSchedule.DEFAULT.phases() : phases;
        thenEvery = thenEvery == null ? PollSchedule.DEFAULT.thenEvery() : thenEvery;
        tick = tick == null ? Duration.ofSeconds(1) : tick;
        batch = batch == null ? 20 : batch;
        lease = lease == null ? Duration.ofSeconds(60) : lease;
        maxAge = maxAge == null ? Duration.ofHours(24) : maxAge;
    }

    public PollSchedule schedule() {
        return new PollSchedule(firstAfter, phases, thenEvery);
    }
}
