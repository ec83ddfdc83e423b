package com.trustpay.sandbox.phonepe;

import com.trustpay.sandbox.common.Ids;
import com.trustpay.sandbox.webhooks.Provider;
import com.trustpay.sandbox.webhooks.WebhookOutbox;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends PhonePe S2S callbacks (PROVIDERS.md 2.6): {@code {event, type, payload}}, where {@code event} is e.g.
 * {@code checkout.order.completed}, {@code type} its deprecated upper-case form ({@code CHECKOUT_ORDER_COMPLETED},
 * UNCONFIRMED for checkout) and {@code payload} the order (with every attempt) or the refund status.
 */
class PhonePeNotifier {

    private final WebhookOutbox outbox;
    private final String merchantId;

    PhonePeNotifier(WebhookOutbox outbox, String merchantId) {
        this.outbox = outbox;
        this.merchantId = merchantId;
    }

    /** {@code <flow>.order.completed} or, for FAILED and EXPIRED, {@code <flow>.order.failed}. */
    void orderSettled(Order order) {
        String outcome = "COMPLETED".equals(order.state()) ? "completed" : "failed";
        send(order.flow.eventPrefix + ".order." + outcome, order.payload(merchantId));
    }

    /** {@code pg.transaction.failed}: an attempt failed while the order stays PENDING (Custom checkout only). */
    void transactionFailed(Order order) {
        if (order.flow == Order.Flow.PG) {
            send("pg.transaction.failed", order.payload(merchantId));
        }
    }

    /** {@code pg.refund.accepted | completed | failed}. */
    void refund(String what, Refund refund) {
        send("pg.refund." + what, refund.view(merchantId));
    }

    private void send(String event, Map<String, Object> payload) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", event);
        body.put("type", event.replace('.', '_').toUpperCase(Locale.ROOT));
        body.put("payload", payload);
        outbox.publish(Provider.PHONEPE, event, Ids.uuid(), body);
    }
}
