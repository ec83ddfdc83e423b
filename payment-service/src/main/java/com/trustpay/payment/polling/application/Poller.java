package com.trustpay.payment.polling.application;

import com.trustpay.payment.attempt.application.AttemptSettlement;
import com.trustpay.payment.attempt.persistence.AttemptRepository;
import com.trustpay.payment.payout.application.Payouts;
import com.trustpay.payment.payout.persistence.PayoutRepository;
import com.trustpay.payment.polling.PollingProperties;
import com.trustpay.payment.refund.application.Refunds;
import com.trustpay.payment.refund.persistence.RefundRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One polling round: claim due rows (each claim moves the row's next poll a lease ahead in a short transaction,
 * with {@code FOR UPDATE SKIP LOCKED}, so other instances skip it), then bring each up to date with the provider.
 * Also starts payout retries whose backoff is over. Safe to run on any number of instances.
 */
public class Poller {

    private static final Logger log = LoggerFactory.getLogger(Poller.class);

    private final TransactionTemplate tx;
    private final AttemptRepository attempts;
    private final AttemptSettlement settlement;
    private final PayoutRepository payoutRows;
    private final Payouts payouts;
    private final RefundRepository refundRows;
    private final Refunds refunds;
    private final Clock clock;
    private final PollingProperties props;

    public Poller(
            TransactionTemplate tx,
            AttemptRepository attempts,
            AttemptSettlement settlement,
            PayoutRepository payoutRows,
            Payouts payouts,
            RefundRepository refundRows,
            Refunds refunds,
            Clock clock,
            PollingProperties props) {
        this.tx = tx;
        this.attempts = attempts;
        this.settlement = settlement;
        this.payoutRows = payoutRows;
        this.payouts = payouts;
        this.refundRows = refundRows;
        this.refunds = refunds;
        this.clock = clock;
        this.props = props;
    }

    public void pollOnce() {
        Instant now = clock.instant();
        Instant lease = now.plus(props.lease());
        int batch = props.batch();
        each(tx.execute(s -> attempts.claimDue(now, lease, batch)), id -> settlement.refresh(id, "poll"));
        each(tx.execute(s -> payoutRows.claimDue(now, lease, batch)), id -> payouts.refresh(id, "poll"));
        each(tx.execute(s -> refundRows.claimDue(now, lease, batch)), id -> refunds.refresh(id, "poll"));
        payouts.startDueRetries(batch);
    }

    private static void each(List<UUID> ids, Consumer<UUID> work) {
        for (UUID id : ids == null ? List.<UUID>of() : ids) {
            try {
                work.accept(id);
            } catch (RuntimeException e) {
                log.warn("polling {} failed; it is tried again when its lease ends", id, e);
            }
        }
    }
}
