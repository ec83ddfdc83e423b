package com.trustpay.sandbox.payouts;

import com.trustpay.sandbox.common.Ids;
import com.trustpay.sandbox.webhooks.Provider;
import com.trustpay.sandbox.webhooks.WebhookOutbox;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends {@code payout.*} webhooks in Razorpay's envelope: {@code {entity: "event", account_id, event,
 * contains: ["payout"], payload: {payout: {entity: {...}}}, created_at}}.
 */
class PayoutNotifier {

    private final WebhookOutbox outbox;
    private final String accountId;

    PayoutNotifier(WebhookOutbox outbox, String accountId) {
        this.outbox = outbox;
        this.accountId = accountId;
    }

    void notify(String event, PayoutView payout) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entity", "event");
        body.put("account_id", accountId);
        body.put("event", event);
        body.put("contains", List.of("payout"));
        body.put("payload", Map.of("payout", Map.of("entity", payout)));
        body.put("created_at", Instant.now().getEpochSecond());
        outbox.publish(Provider.RAZORPAYX, event, "evt_" + Ids.alnum(14), body);
    }
}
