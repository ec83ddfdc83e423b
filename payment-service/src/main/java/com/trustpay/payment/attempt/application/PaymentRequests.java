package com.trustpay.payment.attempt.application;

import com.trustpay.contracts.PaymentMode;
import com.trustpay.contracts.commands.CancelPaymentRequest;
import com.trustpay.contracts.commands.CheckPaymentStatus;
import com.trustpay.contracts.commands.RequestPayment;
import com.trustpay.contracts.payment.PaymentFailed;
import com.trustpay.payment.attempt.AttemptProperties;
import com.trustpay.payment.attempt.domain.AttemptStatus;
import com.trustpay.payment.attempt.domain.PaymentAttempt;
import com.trustpay.payment.attempt.persistence.AttemptRepository;
import com.trustpay.payment.audit.application.AuditLog;
import com.trustpay.payment.metrics.application.PaymentMeters;
import com.trustpay.payment.metrics.application.PaymentMeters.PaymentOutcome;
import com.trustpay.payment.provider.domain.ProviderResult;
import com.trustpay.payment.routing.application.CollectionProviders;
import com.trustpay.payment.routing.domain.Route;
import com.trustpay.platform.inbox.ProcessedMessages;
import com.trustpay.platform.outbox.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The payment commands: RequestPayment (route the attempt to a collection provider, record it with our reference
 * and commit, then ask the provider), a payer's CheckPaymentStatus (read the provider now) and CancelPaymentRequest
 * (expire the Dynamic QR at the provider). Each command is
 * applied once per event id, and at most one attempt exists per (escrow, attempt), so a redelivered or repeated
 * command makes no second provider call.
 */
public class PaymentRequests {

    private final TransactionTemplate tx;
    private final ProcessedMessages processed;
    private final AttemptRepository attempts;
    private final AttemptSettlement settlement;
    private final CollectionProviders providers;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final AttemptProperties props;
    private final PaymentMeters meters;

    public PaymentRequests(
            TransactionTemplate tx,
            ProcessedMessages processed,
            AttemptRepository attempts,
            AttemptSettlement settlement,
            CollectionProviders providers,
            Outbox outbox,
            AuditLog audit,
            Clock clock,
            AttemptProperties props,
            PaymentMeters meters) {
        this.tx = tx;
        this.processed = processed;
        this.attempts = attempts;
        this.settlement = settlement;
        this.providers = providers;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.props = props;
        this.meters = meters;
    }

    public void request(UUID eventId, RequestPayment cmd) {
        PaymentAttempt recorded = tx.execute(status -> record(eventId, cmd));
        if (recorded != null) {
            settlement.send(recorded);
        }
    }

    public void check(UUID eventId, CheckPaymentStatus cmd) {
        PaymentAttempt attempt = tx.execute(status -> {
            if (!processed.firstDelivery(eventId)) {
                return null;
            }
            audit.command(cmd.escrowId(), null, "CheckPaymentStatus attempt " + cmd.attempt());
            PaymentAttempt found = attempts.find(cmd.escrowId(), cmd.attempt()).orElse(null);
            if (found != null && !providers.verification(found.provider()).payerChecks()) {
                audit.decision(
                        cmd.escrowId(),
                        found.reference(),
                        "payer check not used: " + found.provider() + " is verified by "
                                + providers.verification(found.provider()));
                return null;
            }
            return found;
        });
        if (attempt != null) {
            settlement.refresh(attempt.id(), "payer check");
        }
    }

    public void cancel(UUID eventId, CancelPaymentRequest cmd) {
        PaymentAttempt attempt = tx.execute(status -> {
            if (!processed.firstDelivery(eventId)) {
                return null;
            }
            audit.command(cmd.escrowId(), null, "CancelPaymentRequest attempt " + cmd.attempt() + ": " + cmd.reason());
            PaymentAttempt found = attempts.find(cmd.escrowId(), cmd.attempt()).orElse(null);
            if (found == null || found.status().terminal()) {
                audit.decision(cmd.escrowId(), null, "nothing open to withdraw");
                return null;
            }
            attempts.requestCancel(found.id(), clock.instant());
            return found;
        });
        if (attempt == null) {
            return;
        }
        if (attempt.providerInstanceId() != null) {
            ProviderResult<String> expired =
                    providers.of(attempt.provider()).expire(attempt.mode(), attempt.providerInstanceId());
            tx.executeWithoutResult(status ->
                    audit.providerCall(attempt.escrowId(), attempt.reference(), "cancel: " + expired.summary()));
        }
        settlement.refresh(attempt.id(), "cancel");
    }

    private PaymentAttempt record(UUID eventId, RequestPayment cmd) {
        if (!processed.firstDelivery(eventId)) {
            return null;
        }
        Instant now = clock.instant();
        String reference = PaymentAttempt.referenceFor(cmd.escrowId(), cmd.attempt());
        audit.command(
                cmd.escrowId(),
                reference,
                "RequestPayment attempt " + cmd.attempt() + ", " + cmd.mode() + ", " + cmd.amountPaise() + " paise");
        var existing = attempts.find(cmd.escrowId(), cmd.attempt());
        if (existing.isPresent()) {
            audit.decision(
                    cmd.escrowId(),
                    reference,
                    "attempt exists (" + existing.get().status() + "): no second request");
            return null;
        }
        PaymentMode mode = cmd.mode() == null ? PaymentMode.INTENT : cmd.mode();
        Route route = providers.choose(mode, cmd.amountPaise());
        PaymentAttempt attempt = PaymentAttempt.create(
                cmd.escrowId(),
                cmd.attempt(),
                mode,
                Math.max(cmd.amountPaise(), 1),
                cmd.payerVpa(),
                cmd.payerName(),
                cmd.note(),
                now,
                now.plus(props.expiry()),
                route.provider());
        attempts.insert(attempt, now.plus(props.recoveryAfter()), route.reason());
        String invalid = invalid(cmd, mode);
        if (invalid != null) {
            attempts.settle(attempt.id(), AttemptStatus.FAILED, now);
            attempts.fail(attempt.id(), invalid, now);
            outbox.publish(
                    new PaymentFailed(cmd.escrowId(), cmd.attempt(), reference, "INVALID_REQUEST", invalid, now));
            meters.payment(attempt.provider(), PaymentOutcome.FAILED);
            audit.decision(cmd.escrowId(), reference, "refused before calling the provider: " + invalid);
            return null;
        }
        audit.decision(
                cmd.escrowId(),
                reference,
                "attempt recorded; asking " + route.provider() + " for a " + mode + " (" + route.reason() + ")");
        return attempt;
    }

    private static String invalid(RequestPayment cmd, PaymentMode mode) {
        if (cmd.amountPaise() < 100) {
            return "amount must be at least 100 paise";
        }
        if (mode == PaymentMode.COLLECT
                && (cmd.payerVpa() == null || !cmd.payerVpa().contains("@"))) {
            return "a collect request needs the payer's VPA";
        }
        return null;
    }
}
