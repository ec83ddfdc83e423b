package com.trustpay.webhook.ingest.domain;

import java.util.List;
import java.util.Optional;

/**
 * PhonePe PG v2 S2S callbacks (PROVIDERS.md §2.6). {@code Authorization} is the bare lowercase hex of
 * {@code SHA256("username:password")} (no scheme), compared in constant time with each active login: the current
 * one and, during a rotation, the previous one. It authenticates the sender, not the body, which is why
 * payment-service reads the order back before it believes anything.
 *
 * <p>The body is {@code {event, type, payload: {merchantOrderId, orderId, state, paymentDetails: [...], ...}}};
 * refund events carry {@code refundId}. PhonePe sends no event id, so the de-duplication key is the resource
 * (order or refund), the event and the state, plus the latest attempt's {@code transactionId} when there is one
 * ({@code pg.transaction.failed} can come once per failed attempt of a still-PENDING order):
 * {@code OMO1:checkout.order.completed:COMPLETED:OM2}. {@code event} is the type; the deprecated {@code type} is used
 * only when {@code event} is missing.
 */
public final class PhonePeVerifier implements WebhookVerifier {

    public static final String PROVIDER = "phonepe";
    static final String AUTHORIZATION_HEADER = "authorization";

    private final List<PhonePeLogin> logins;

    /** @param logins the current login first, then the previous one during a rotation */
    public PhonePeVerifier(List<PhonePeLogin> logins) {
        if (logins.isEmpty()) {
            throw new IllegalArgumentException("PhonePe webhooks need at least one login");
        }
        this.logins = List.copyOf(logins);
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public boolean signatureValid(InboundWebhook webhook) {
        return Optional.ofNullable(webhook.header(AUTHORIZATION_HEADER))
                .flatMap(SignatureEncoding.HEX::decode)
                .map(this::anyMatches)
                .orElse(false);
    }

    /** Checks every login, so the time does not tell which one matched. */
    private boolean anyMatches(byte[] presented) {
        boolean matched = false;
        for (PhonePeLogin login : logins) {
            matched |= login.matches(presented);
        }
        return matched;
    }

    @Override
    public ProviderEvent parse(InboundWebhook webhook) {
        JsonBody body = JsonBody.parse(webhook.body());
        String event = body.optionalText("/event");
        if (event == null) {
            event = body.requiredText("/type");
        }
        String resource = event.startsWith("pg.refund.")
                ? body.requiredText("/payload/refundId")
                : body.requiredText("/payload/orderId");
        String state = body.requiredText("/payload/state");
        String attempt = body.lastText("/payload/paymentDetails", "transactionId");
        String key = resource + ":" + event + ":" + state + (attempt == null ? "" : ":" + attempt);
        return new ProviderEvent(key, event, resource, null);
    }

    /**
     * Not the {@code Authorization} value: unlike a signature it is the same on every callback, so whoever reads it
     * from a stored receipt or from Kafka could send callbacks of their own.
     */
    @Override
    public List<String> retainedHeaders() {
        return List.of("content-type");
    }
}
