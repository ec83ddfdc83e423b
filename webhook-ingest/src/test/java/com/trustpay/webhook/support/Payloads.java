package com.trustpay.webhook.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;

/** Webhook bodies shaped like the providers' (PROVIDERS.md §1.10 and §8), as raw bytes. */
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
}
