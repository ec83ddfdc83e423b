package com.trustpay.contracts;

import com.trustpay.contracts.commands.CancelPaymentRequest;
import com.trustpay.contracts.commands.CheckPaymentStatus;
import com.trustpay.contracts.commands.RefundPayment;
import com.trustpay.contracts.commands.ReleaseFunds;
import com.trustpay.contracts.commands.RequestPayment;
import com.trustpay.contracts.escrow.AutoReleased;
import com.trustpay.contracts.escrow.Cancelled;
import com.trustpay.contracts.escrow.CodeExpired;
import com.trustpay.contracts.escrow.DeliveryMarked;
import com.trustpay.contracts.escrow.DisputeMessagePosted;
import com.trustpay.contracts.escrow.DisputeResolved;
import com.trustpay.contracts.escrow.Disputed;
import com.trustpay.contracts.escrow.EscrowCreated;
import com.trustpay.contracts.escrow.FundsHeld;
import com.trustpay.contracts.escrow.InspectionEndingSoon;
import com.trustpay.contracts.escrow.PartnerJoined;
import com.trustpay.contracts.escrow.PartyConfirmed;
import com.trustpay.contracts.escrow.PaymentAwaited;
import com.trustpay.contracts.escrow.PaymentLapsed;
import com.trustpay.contracts.escrow.RefundStarted;
import com.trustpay.contracts.escrow.Refunded;
import com.trustpay.contracts.escrow.ReleaseFailed;
import com.trustpay.contracts.escrow.ReleaseReversed;
import com.trustpay.contracts.escrow.ReleaseStarted;
import com.trustpay.contracts.escrow.Released;
import com.trustpay.contracts.identity.ContactChanged;
import com.trustpay.contracts.identity.UserRegistered;
import com.trustpay.contracts.ops.AdminAlert;
import com.trustpay.contracts.payment.PaymentExpired;
import com.trustpay.contracts.payment.PaymentFailed;
import com.trustpay.contracts.payment.PaymentRequested;
import com.trustpay.contracts.payment.PaymentReturned;
import com.trustpay.contracts.payment.PaymentSucceeded;
import com.trustpay.contracts.payment.RefundFailed;
import com.trustpay.contracts.payment.RefundInitiated;
import com.trustpay.contracts.payment.RefundSucceeded;
import com.trustpay.contracts.payout.PayoutFailed;
import com.trustpay.contracts.payout.PayoutInitiated;
import com.trustpay.contracts.payout.PayoutRetryScheduled;
import com.trustpay.contracts.payout.PayoutReversed;
import com.trustpay.contracts.payout.PayoutSucceeded;
import com.trustpay.contracts.reconciliation.ReconciliationReport;
import com.trustpay.contracts.webhook.ProviderWebhookReceived;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every message type on the wire: its type name (the record's simple name), schema version, class and topic.
 * A consumer resolves an envelope's {@code type} here; a producer finds a record's topic here.
 */
public final class MessageCatalog {

    /** One entry of the catalog. */
    public record MessageType(String name, int version, Class<? extends Message> javaType, String topic) {}

    private static final Map<String, MessageType> BY_NAME = new LinkedHashMap<>();
    private static final Map<Class<?>, MessageType> BY_CLASS = new LinkedHashMap<>();

    static {
        on(Topics.ESCROW_COMMANDS, RequestPayment.class, CheckPaymentStatus.class, ReleaseFunds.class);
        on(Topics.ESCROW_COMMANDS, RefundPayment.class, CancelPaymentRequest.class);
        on(Topics.PAYMENT_EVENTS, PaymentRequested.class, PaymentSucceeded.class, PaymentFailed.class);
        on(Topics.PAYMENT_EVENTS, PaymentExpired.class, RefundInitiated.class, RefundSucceeded.class);
        on(Topics.PAYMENT_EVENTS, RefundFailed.class, PaymentReturned.class);
        on(Topics.PAYOUT_EVENTS, PayoutInitiated.class, PayoutRetryScheduled.class, PayoutSucceeded.class);
        on(Topics.PAYOUT_EVENTS, PayoutFailed.class, PayoutReversed.class);
        on(Topics.ESCROW_EVENTS, EscrowCreated.class, PartnerJoined.class, PaymentAwaited.class);
        on(Topics.ESCROW_EVENTS, PaymentLapsed.class, FundsHeld.class, PartyConfirmed.class);
        on(Topics.ESCROW_EVENTS, ReleaseStarted.class, Released.class, ReleaseFailed.class);
        on(Topics.ESCROW_EVENTS, RefundStarted.class, Refunded.class, Cancelled.class);
        on(Topics.ESCROW_EVENTS, Disputed.class, CodeExpired.class, ReleaseReversed.class);
        on(Topics.ESCROW_EVENTS, DisputeMessagePosted.class, DisputeResolved.class);
        // the inspection period (ADR 0018)
        on(Topics.ESCROW_EVENTS, DeliveryMarked.class, InspectionEndingSoon.class, AutoReleased.class);
        on(Topics.PROVIDER_WEBHOOKS, ProviderWebhookReceived.class);
        on(Topics.RECONCILIATION_REPORTS, ReconciliationReport.class);
        on(Topics.OPS_ALERTS, AdminAlert.class);
        on(Topics.IDENTITY_EVENTS, UserRegistered.class, ContactChanged.class);
    }

    private MessageCatalog() {}

    @SafeVarargs
    private static void on(String topic, Class<? extends Message>... types) {
        for (Class<? extends Message> type : types) {
            MessageType entry = new MessageType(type.getSimpleName(), 1, type, topic);
            BY_NAME.put(entry.name(), entry);
            BY_CLASS.put(type, entry);
        }
    }

    public static Optional<MessageType> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static MessageType of(Class<? extends Message> type) {
        MessageType entry = BY_CLASS.get(type);
        if (entry == null) {
            throw new IllegalArgumentException(type.getName() + " is not a TrustPay wire message");
        }
        return entry;
    }

    public static Collection<MessageType> all() {
        return BY_NAME.values();
    }
}
