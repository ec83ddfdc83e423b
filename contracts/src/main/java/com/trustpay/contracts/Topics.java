package com.trustpay.contracts;

import java.util.List;

/**
 * The business names of TrustPay's Kafka topics. Each topic belongs to one producer; dead letters of a
 * topic go to {@code <topic>.DLT}.
 */
public final class Topics {

    /** Commands from escrow-service to payment-service. Key: escrow id. */
    public static final String ESCROW_COMMANDS = "escrow.commands";

    /** Payment and refund outcomes from payment-service. Key: escrow id. */
    public static final String PAYMENT_EVENTS = "payment.events";

    /** Payout progress from payment-service. Key: escrow id. */
    public static final String PAYOUT_EVENTS = "payout.events";

    /** Every escrow state change, from escrow-service. Key: escrow id. */
    public static final String ESCROW_EVENTS = "escrow.events";

    /** Verified provider webhooks from webhook-ingest. Key: the provider's resource id. */
    public static final String PROVIDER_WEBHOOKS = "provider.webhooks";

    /** Reconciliation reports for ops, from reconciliation-service. Key: report id. */
    public static final String RECONCILIATION_REPORTS = "reconciliation.reports";

    /** Alerts for operators, from any service. Key: escrow id, or the alert kind when there is none. */
    public static final String OPS_ALERTS = "ops.alerts";

    /** Who the people behind user ids are (name, e-mail), from escrow-service. Key: user id. */
    public static final String IDENTITY_EVENTS = "identity.events";

    /** Suffix of the dead-letter topic that follows each topic. */
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    public static final List<String> ALL = List.of(
            ESCROW_COMMANDS,
            PAYMENT_EVENTS,
            PAYOUT_EVENTS,
            ESCROW_EVENTS,
            PROVIDER_WEBHOOKS,
            RECONCILIATION_REPORTS,
            OPS_ALERTS,
            IDENTITY_EVENTS);

    private Topics() {}

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
