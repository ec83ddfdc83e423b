package com.trustpay.webhook.ingest.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * RazorpayX payout webhooks (PROVIDERS.md §8, §3.1): {@code X-Razorpay-Signature} is hex HMAC-SHA256 over the raw
 * body with the webhook secret; the event id is the {@code x-razorpay-event-id} header. The envelope is
 * {@code {entity: "event", event, contains: [...], payload: {<entity>: {entity: {id, ...}}}, created_at}} with
 * {@code created_at} in epoch seconds.
 */
public final class RazorpayXVerifier extends HmacHeaderVerifier {

    public static final String PROVIDER = "razorpayx";
    static final String SIGNATURE_HEADER = "x-razorpay-signature";
    static final String EVENT_ID_HEADER = "x-razorpay-event-id";
    private static final Pattern ENTITY_NAME = Pattern.compile("[a-z_]{1,40}");

    public RazorpayXVerifier(WebhookSecrets secrets) {
        super(PROVIDER, new HmacHeaderSignature(SIGNATURE_HEADER, SignatureEncoding.HEX, secrets));
    }

    @Override
    public ProviderEvent parse(InboundWebhook webhook) {
        JsonBody body = JsonBody.parse(webhook.body());
        String eventId = webhook.header(EVENT_ID_HEADER);
        if (eventId == null || eventId.isBlank()) {
            throw new MalformedWebhookException("Missing header " + EVENT_ID_HEADER);
        }
        return new ProviderEvent(
                eventId.strip(),
                body.requiredText("/event"),
                body.optionalText("/payload/" + mainEntity(body) + "/entity/id"),
                body.optionalEpochSeconds("/created_at"));
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
