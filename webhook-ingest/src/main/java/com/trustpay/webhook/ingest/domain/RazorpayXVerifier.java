package com.trustpay.webhook.ingest.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * RazorpayX payout webhooks (PROVIDERS.md §8, §3.1): {@code X-Razorpay-Signature} is hex HMAC-SHA256 over the raw
 * body with the webhook secret. The envelope is {@code {entity: "event", event, contains: [...], payload: {<entity>:
 * {entity: {id, ...}}}, created_at}} with {@code created_at} in epoch seconds.
 *
 * <p>The de-duplication key comes from the signed body only: the entity's id, the event and {@code created_at}
 * ({@code pout_1:payout.processed:1763802930}). Razorpay's {@code x-razorpay-event-id} header is not covered by the
 * signature, so a captured webhook replayed with a new header would otherwise count as a new event; the header is
 * kept with the receipt, but never decides anything.
 */
public final class RazorpayXVerifier extends HmacHeaderVerifier {

    public static final String PROVIDER = "razorpayx";
    static final String SIGNATURE_HEADER = "x-razorpay-signature";
    /** Kept with the receipt for the record; not signed, so never the de-duplication key. */
    static final String EVENT_ID_HEADER = "x-razorpay-event-id";

    private static final Pattern ENTITY_NAME = Pattern.compile("[a-z_]{1,40}");

    public RazorpayXVerifier(WebhookSecrets secrets) {
        super(PROVIDER, new HmacHeaderSignature(SIGNATURE_HEADER, SignatureEncoding.HEX, secrets));
    }

    @Override
    public ProviderEvent parse(InboundWebhook webhook) {
        JsonBody body = JsonBody.parse(webhook.body());
        String event = body.requiredText("/event");
        String entityId = body.requiredText("/payload/" + mainEntity(body) + "/entity/id");
        Long createdAt = body.optionalLong("/created_at");
        if (createdAt == null) {
            throw new MalformedWebhookException("Missing integer field /created_at");
        }
        return new ProviderEvent(
                entityId + ":" + event + ":" + createdAt, event, entityId, body.optionalEpochSeconds("/created_at"));
    }

    /** The entity the event is about: the first of {@code contains}, if it is a plain name, else {@code payout}. */
    private static String mainEntity(JsonBody body) {
        String entity = body.firstText("/contains");
        return entity != null && ENTITY_NAME.matcher(entity).matches() ? entity : "payout";
    }

    @Override
    public List<String> retainedHeaders() {
        return List.of(SIGNATURE_HEADER, EVENT_ID_HEADER, "content-type");
    }
}
