package com.trustpay.payment.inbound.application;

import com.trustpay.contracts.PaymentMode;
import com.trustpay.contracts.WireJson;
import com.trustpay.contracts.ops.Severity;
import com.trustpay.contracts.webhook.ProviderWebhookReceived;
import com.trustpay.payment.attempt.application.AttemptSettlement;
import com.trustpay.payment.attempt.domain.PaymentAttempt;
import com.trustpay.payment.attempt.persistence.AttemptRepository;
import com.trustpay.payment.audit.application.AuditLog;
import com.trustpay.payment.payout.application.Payouts;
import com.trustpay.payment.payout.domain.Payout;
import com.trustpay.payment.payout.persistence.PayoutRepository;
import com.trustpay.payment.refund.application.Refunds;
import com.trustpay.payment.refund.domain.Refund;
import com.trustpay.payment.refund.persistence.RefundRepository;
import com.trustpay.payment.routing.application.CollectionProviders;
import com.trustpay.platform.inbox.ProcessedMessages;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Maps a provider webhook to our attempt, payout or refund (by provider id, else by our reference) and reads that
 * resource from the provider: the webhook itself never changes state, so duplicates, reordering and forgeries that
 * slipped through cannot either. Webhooks that match nothing raise an alert. A webhook for a settled attempt (any
 * status) is read again too: money on a cancelled, expired or already paid attempt is held or refunded by
 * AttemptSettlement, never ignored (ADR 0012); a collect whose create answer was lost is adopted, even after it was
 * failed for that.
 */
public class WebhookHints {

    private sealed interface Target {}

    private record AttemptTarget(PaymentAttempt attempt, String instanceId) implements Target {}

    private record PayoutTarget(Payout payout) implements Target {}

    private record RefundTarget(Refund refund) implements Target {}

    private record Nothing() implements Target {}

    /** PhonePe's order events: standard and custom checkout, and a failed attempt of a still pending order (§2.6). */
    private static final java.util.regex.Pattern PHONEPE_ORDER_EVENTS =
            java.util.regex.Pattern.compile("(checkout\\.order|pg\\.order|pg\\.transaction)\\..+");

    private final TransactionTemplate tx;
    private final ProcessedMessages processed;
    private final AttemptRepository attempts;
    private final AttemptSettlement settlement;
    private final PayoutRepository payoutRows;
    private final Payouts payouts;
    private final RefundRepository refundRows;
    private final Refunds refunds;
    private final AuditLog audit;
    private final CollectionProviders providers;

    public WebhookHints(
            TransactionTemplate tx,
            ProcessedMessages processed,
            AttemptRepository attempts,
            AttemptSettlement settlement,
            PayoutRepository payoutRows,
            Payouts payouts,
            RefundRepository refundRows,
            Refunds refunds,
            AuditLog audit,
            CollectionProviders providers) {
        this.tx = tx;
        this.processed = processed;
        this.attempts = attempts;
        this.settlement = settlement;
        this.payoutRows = payoutRows;
        this.payouts = payouts;
        this.refundRows = refundRows;
        this.refunds = refunds;
        this.audit = audit;
        this.providers = providers;
    }

    public void handle(UUID eventId, ProviderWebhookReceived hook) {
        Target target = tx.execute(status -> processed.firstDelivery(eventId) ? match(hook) : null);
        switch (target) {
            case AttemptTarget t
            when t.attempt().providerInstanceId() == null
                    && t.attempt().mode() == PaymentMode.COLLECT
                    && t.instanceId() != null -> settlement.adopt(t.attempt(), t.instanceId());
            case AttemptTarget t
            when !t.attempt().status().terminal()
                    && !providers.verification(t.attempt().provider()).webhooks() ->
                tx.executeWithoutResult(status -> audit.decision(
                        t.attempt().escrowId(),
                        t.attempt().reference(),
                        "webhook not used: " + t.attempt().provider() + " is verified by "
                                + providers.verification(t.attempt().provider())));
            case AttemptTarget t -> settlement.refresh(t.attempt().id(), "webhook " + hook.eventType());
            case PayoutTarget t -> payouts.refresh(t.payout().id(), "webhook " + hook.eventType());
            case RefundTarget t -> refunds.refresh(t.refund().id(), "webhook " + hook.eventType());
            case Nothing n -> {}
            case null -> {}
        }
    }

    private Target match(ProviderWebhookReceived hook) {
        JsonNode body = parse(hook.rawBody());
        String type = hook.eventType() == null ? "" : hook.eventType();
        String what =
                hook.provider() + " " + type + " (event " + hook.providerEventId() + (hook.stale() ? ", stale)" : ")");
        Target target;
        if ("setu".equals(hook.provider()) && type.startsWith("payment.")) {
            target = attempt(body);
        } else if ("setu".equals(hook.provider()) && type.startsWith("refund.")) {
            target = refund(body, hook.resourceId());
        } else if ("phonepe".equals(hook.provider())
                && PHONEPE_ORDER_EVENTS.matcher(type).matches()) {
            target = attemptByReference(text(body.path("payload"), "merchantOrderId"));
        } else if ("phonepe".equals(hook.provider()) && type.startsWith("pg.refund.")) {
            String reference = text(body.path("payload"), "merchantRefundId");
            target = (reference == null ? java.util.Optional.<Refund>empty() : refundRows.findByReference(reference))
                    .<Target>map(RefundTarget::new)
                    .orElse(new Nothing());
        } else if ("razorpayx".equals(hook.provider()) && type.startsWith("payout.")) {
            target = payout(body.path("payload").path("payout").path("entity"));
        } else {
            target = new Nothing();
        }
        switch (target) {
            case AttemptTarget t -> {
                PaymentAttempt a = t.attempt();
                String state = a.status().terminal() ? ": re-read, attempt " + a.status() : "";
                audit.webhook(a.escrowId(), a.reference(), what + state);
            }
            case PayoutTarget t ->
                audit.webhook(t.payout().escrowId(), t.payout().reference(), what);
            case RefundTarget t ->
                audit.webhook(t.refund().escrowId(), t.refund().reference(), what);
            case Nothing n -> {
                audit.webhook(null, hook.resourceId(), what + ": matches nothing");
                audit.alert(
                        Severity.WARNING,
                        "WEBHOOK_UNMATCHED",
                        null,
                        hook.resourceId(),
                        what + " matches nothing of ours");
            }
        }
        return target;
    }

    private Target attempt(JsonNode body) {
        String instanceId = text(body, "productInstanceId");
        String reference = text(body, "merchantReferenceId") != null
                ? text(body, "merchantReferenceId")
                : text(body, "referenceId");
        var found =
                instanceId == null ? java.util.Optional.<PaymentAttempt>empty() : attempts.findByInstance(instanceId);
        if (found.isEmpty() && reference != null) {
            found = attempts.findByReference(reference);
        }
        return found.<Target>map(a -> new AttemptTarget(a, instanceId)).orElse(new Nothing());
    }

    /** A PhonePe order is ours by its {@code merchantOrderId}, which is the attempt's reference (ADR 0017). */
    private Target attemptByReference(String reference) {
        return (reference == null ? java.util.Optional.<PaymentAttempt>empty() : attempts.findByReference(reference))
                .<Target>map(a -> new AttemptTarget(a, null))
                .orElse(new Nothing());
    }

    private Target refund(JsonNode body, String resourceId) {
        String id = text(body, "id") != null ? text(body, "id") : resourceId;
        var found = id == null ? java.util.Optional.<Refund>empty() : refundRows.findByProviderId(id);
        String reference = text(body, "referenceId");
        if (found.isEmpty() && reference != null) {
            found = refundRows.findByReference(reference);
        }
        return found.<Target>map(RefundTarget::new).orElse(new Nothing());
    }

    private Target payout(JsonNode entity) {
        String id = text(entity, "id");
        var found = id == null ? java.util.Optional.<Payout>empty() : payoutRows.findByProviderId(id);
        String reference = text(entity, "reference_id");
        if (found.isEmpty() && reference != null) {
            found = payoutRows.findByReference(reference);
        }
        return found.<Target>map(PayoutTarget::new).orElse(new Nothing());
    }

    private static JsonNode parse(String raw) {
        try {
            return raw == null
                    ? WireJson.mapper().missingNode()
                    : WireJson.mapper().readTree(raw);
        } catch (JacksonException e) {
            return WireJson.mapper().missingNode();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() && !value.asString().isEmpty() ? value.asString() : null;
    }
}
