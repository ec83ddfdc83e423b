package com.trustpay.webhook.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;

/** Webhook bodies shaped like the providers' (PROVIDERS.md §1.10, §2.6, §3.3, §4, §5 and §8), as raw bytes. */
public final class Payloads {

    private Payloads() {}

    public static byte[] setuPayment(String eventId, String paymentId, Instant eventTs) {
        String ts = eventTs.atOffset(ZoneOffset.ofHoursMinutes(5, 30)).toString();
        return ("{\"eventId\":\"" + eventId + "\",\"eventType\":\"payment.success\",\"eventTs\":\"" + ts + "\","
                        + "\"resource\":\"payment\",\"id\":\"" + paymentId + "\",\"status\":\"success\","
                        + "\"merchantId\":\"01SANDBOXMERCHANT000000000\",\"merchantReferenceId\":\"order_123\","
                        + "\"txnId\":\"HDF10e4ab8a07f447eea54581383d92b507\",\"txnType\":\"collect\","
                        + "\"amount\":1000,\"currency\":\"INR\",\"customerVpa\":\"payer@ybl\","
                        + "\"merchantVpa\":\"trustpay@sandbox\",\"txnNote\":\"Escrow \\u20b9 10\","
                        + "\"reason\":{},\"tpv\":{\"customerAccount\":{}},\"tpvPlus\":{\"customerAccount\":{}}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] razorpayxPayout(String payoutId, String event, Instant createdAt) {
        return ("{\"entity\":\"event\",\"account_id\":\"acc_SandboxAccount01\",\"event\":\"" + event + "\","
                        + "\"contains\":[\"payout\"],\"payload\":{\"payout\":{\"entity\":{\"id\":\"" + payoutId
                        + "\",\"entity\":\"payout\",\"amount\":50000,\"currency\":\"INR\",\"status\":\"processed\","
                        + "\"utr\":\"UTR123\",\"mode\":\"UPI\",\"created_at\":" + createdAt.getEpochSecond() + "}}},"
                        + "\"created_at\":" + createdAt.getEpochSecond() + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A Razorpay {@code payment.*} event (§3.3) for one payment. */
    public static byte[] razorpayPayment(String paymentId, String event, Instant createdAt) {
        return ("{\"entity\":\"event\",\"account_id\":\"acc_BFQ7uQEaa7j2z7\",\"event\":\"" + event + "\","
                        + "\"contains\":[\"payment\"],\"payload\":{\"payment\":{\"entity\":{\"id\":\"" + paymentId
                        + "\",\"entity\":\"payment\",\"amount\":100,\"currency\":\"INR\",\"status\":\"captured\","
                        + "\"order_id\":\"order_DESlLckIVRkHWj\",\"method\":\"upi\",\"vpa\":\"success@razorpay\","
                        + "\"captured\":true,\"created_at\":" + createdAt.getEpochSecond() + "}}},"
                        + "\"created_at\":" + createdAt.getEpochSecond() + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A PhonePe checkout order callback (§2.6) with one attempt. */
    public static byte[] phonePeOrder(String orderId, String event, String state, String transactionId) {
        return ("{\"event\":\"" + event + "\",\"type\":\"CHECKOUT_ORDER_COMPLETED\",\"payload\":{"
                        + "\"merchantId\":\"M1\",\"merchantOrderId\":\"TX123\",\"orderId\":\"" + orderId + "\","
                        + "\"state\":\"" + state + "\",\"amount\":10000,\"expireAt\":1291391291,"
                        + "\"metaInfo\":{\"udf1\":\"\"},\"paymentDetails\":[{\"paymentMode\":\"UPI_COLLECT\","
                        + "\"transactionId\":\"" + transactionId + "\",\"timestamp\":12121212,\"amount\":10000,"
                        + "\"state\":\"" + state + "\"}]}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A PayU callback form (§4) for {@code txnid} with status {@code success}, udf1 {@code esc-1}, udf2
     * {@code att-7}, hashed with {@code hash}.
     */
    public static byte[] payUForm(String mihpayid, String txnid, String hash) {
        return ("mihpayid=" + mihpayid + "&mode=UPI&status=success&unmappedstatus=captured&key=sandboxpayukey"
                        + "&txnid=" + txnid + "&amount=100.00&productinfo=Escrow+42&firstname=Payer"
                        + "&email=payer%40example.com&udf1=esc-1&udf2=att-7&udf3=&udf4=&udf5=&hash=" + hash)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The string PayU hashes for {@link #payUForm} under {@code salt} and {@code key}, written out as in §4. */
    public static String payUHashedString(String salt, String txnid, String key) {
        return salt + "|success||||||" + "" + "|" + "" + "|" + ""
                + "|att-7|esc-1|payer@example.com|Payer|Escrow 42|100.00|" + txnid + "|" + key;
    }

    /** A Standard Webhooks payload in the recommended shape (§5). */
    public static byte[] standardEvent(String type, String dataId, Instant timestamp) {
        return ("{\"type\":\"" + type + "\",\"timestamp\":\"" + timestamp + "\",\"data\":{\"id\":\"" + dataId
                        + "\",\"amount\":100}}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
