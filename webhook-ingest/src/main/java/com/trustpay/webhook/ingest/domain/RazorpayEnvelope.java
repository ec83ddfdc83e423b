package com.trustpay.webhook.ingest.domain;

import java.util.regex.Pattern;

/**
 * Reads the event envelope Razorpay and RazorpayX share (PROVIDERS.md §3.3, §8): {@code {entity: "event", event,
 * contains: [...], payload: {<entity>: {entity: {id, ...}}}, created_at}}, {@code created_at} in epoch seconds.
 *
 * <p>The de-duplication key comes from the signed body only: the main entity's id, the event and {@code
 * created_at} ({@code pay_1:payment.captured:1763802930}). Razorpay's {@code x-razorpay-event-id} header is not
 * covered by the signature, so a captured webhook replayed with a new header would otherwise count as a new event;
 * the header is kept with the receipt, but never decides anything.
 */
final class RazorpayEnvelope {

    /** Kept with the receipt for the record; not signed, so never the de-duplication key. */
    static final String EVENT_ID_HEADER = "x-razorpay-event-id";

    static final String SIGNATURE_HEADER = "x-razorpay-signature";

    private static final Pattern ENTITY_NAME = Pattern.compile("[a-z_]{1,40}");

    private RazorpayEnvelope() {}

    /**
     * @param fallbackEntity the entity read when {@code contains} names none usable ({@code payout}, {@code payment})
     * @throws MalformedWebhookException when the event, the entity's id or {@code created_at} is missing
     */
    static ProviderEvent read(byte[] raw, String fallbackEntity) {
        JsonBody body = JsonBody.parse(raw);
        String event = body.requiredText("/event");
        String entityId = body.requiredText("/payload/" + mainEntity(body, fallbackEntity) + "/entity/id");
        Long createdAt = body.optionalLong("/created_at");
        if (createdAt == null) {
            throw new MalformedWebhookException("Missing integer field /created_at");
        }
        return new ProviderEvent(
                entityId + ":" + event + ":" + createdAt, event, entityId, body.optionalEpochSeconds("/created_at"));
    }

    /** The entity the event is about: the first of {@code contains}, if it is a plain name. */
    private static String mainEntity(JsonBody body, String fallbackEntity) {
        String entity = body.firstText("/contains");
        return entity != null && ENTITY_NAME.matcher(entity).matches() ? entity : fallbackEntity;
    }
}
