package com.trustpay.sandbox.setu.payments;

import com.trustpay.sandbox.common.Ids;
import com.trustpay.sandbox.setu.common.Reason;
import com.trustpay.sandbox.setu.common.SetuTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One payer attempt. Thread-safe; status only moves forward. */
public class Payment {

    private final String id = Ids.ulid();
    private final ProductInstance instance;
    private final long amount;
    private final String customerVpa;
    private final String txnId = Ids.txnId();
    private final String rrn = Ids.rrn();
    private final String createdAt = SetuTime.format(Instant.now());
    private PaymentStatus status = PaymentStatus.INITIATED;
    private Reason reason = Reason.EMPTY;
    private String txnTs = createdAt;
    private boolean forced;

    Payment(ProductInstance instance, long amount, String customerVpa) {
        this.instance = instance;
        this.amount = amount;
        this.customerVpa = customerVpa;
    }

    /** Marks the payment as one the bank credits whatever the instance says ({@code force} on the mock payer). */
    synchronized void force() {
        forced = true;
    }

    synchronized boolean forced() {
        return forced;
    }

    public String id() {
        return id;
    }

    public ProductInstance instance() {
        return instance;
    }

    public long amount() {
        return amount;
    }

    public String txnId() {
        return txnId;
    }

    public synchronized PaymentStatus status() {
        return status;
    }

    /** Moves to {@code next} unless already terminal; false if nothing changed. */
    synchronized boolean moveTo(PaymentStatus next, Reason why) {
        if (status.terminal() || status == next) {
            return false;
        }
        status = next;
        reason = why;
        txnTs = SetuTime.format(Instant.now());
        return true;
    }

    public synchronized PaymentView view() {
        PaymentTerms terms = instance.terms();
        return new PaymentView(
                id,
                instance.merchantId(),
                instance.id(),
                terms.referenceId(),
                amount,
                "INR",
                customerVpa,
                terms.merchantVpa(),
                "SAVINGS",
                status.wire(),
                txnId,
                txnTs,
                rrn,
                instance.refId(),
                terms.transactionNote(),
                terms.metadata(),
                reason,
                createdAt);
    }

    /** The {@code payment.*} notification fields (PROVIDERS.md 1.10) besides the base ones. */
    synchronized Map<String, Object> notificationFields() {
        PaymentTerms terms = instance.terms();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", id);
        f.put("reason", reason);
        f.put("merchantId", instance.merchantId());
        f.put("merchantReferenceId", terms.referenceId());
        f.put("productInstanceId", instance.id());
        f.put("productInstanceType", instance.kind().productInstanceType());
        f.put("txnId", txnId);
        f.put("txnType", instance.kind().txnType());
        f.put("txnTs", txnTs);
        f.put("refId", instance.refId());
        f.put("rrn", rrn);
        f.put("amount", amount);
        f.put("currency", "INR");
        f.put("customerVpa", customerVpa);
        f.put("merchantVpa", terms.merchantVpa());
        f.put("customerAccountType", "SAVINGS");
        f.put("txnNote", terms.transactionNote());
        f.put("tpv", Map.of("customerAccount", Map.of()));
        f.put("tpvPlus", Map.of("customerAccount", Map.of()));
        if (InstanceKind.DYNAMIC_QR.equals(instance.kind())) {
            f.put("metadata", terms.metadata() == null ? Map.of() : terms.metadata());
        }
        return f;
    }
}
