package com.trustpay.sandbox.setu.vpa;

import com.trustpay.sandbox.setu.common.Reason;
import com.trustpay.sandbox.setu.common.SetuResource;
import java.util.LinkedHashMap;
import java.util.Map;

/** One VPA verification. Thread-safe. */
class VpaVerification extends SetuResource {

    private final String customerVpa;
    private final String referenceId;
    private String status = "pending";
    private Reason reason = Reason.EMPTY;

    VpaVerification(String merchantId, String customerVpa, String referenceId) {
        super(merchantId);
        this.customerVpa = customerVpa;
        this.referenceId = referenceId;
    }

    String customerVpa() {
        return customerVpa;
    }

    /** Sets the result; false when it was already this status. */
    synchronized boolean resolve(String next) {
        if (status.equals(next)) {
            return false;
        }
        status = next;
        reason = switch (next) {
            case "invalid" -> Reason.npci("invalid-vpa", "ZH", "INVALID VIRTUAL ADDRESS", "BD");
            case "failed" ->
                new Reason(
                        "verification-failed",
                        "PAYER PSP NOT AVAILABLE",
                        "XH",
                        "PSP NOT AVAILABLE",
                        "TD",
                        "XH",
                        "PSP NOT AVAILABLE",
                        "",
                        "");
            default -> Reason.EMPTY;
        };
        return true;
    }

    synchronized VpaVerificationView view(boolean poll) {
        boolean valid = "valid".equals(status);
        return new VpaVerificationView(
                id(),
                merchantId(),
                customerVpa,
                referenceId,
                status,
                createdAt(),
                poll && valid ? "SAVINGS" : null,
                poll ? reason : null);
    }

    /** The {@code customer_vpa.*} fields; only a valid result names the customer. */
    synchronized Map<String, Object> notificationFields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", id());
        f.put("merchantId", merchantId());
        f.put("merchantReferenceId", referenceId);
        f.put("customerVpa", customerVpa);
        f.put("reason", reason);
        if ("valid".equals(status)) {
            f.put("customerName", "Sandbox Payer");
            f.put("customerAccountType", "SAVINGS");
        }
        return f;
    }

    synchronized String status() {
        return status;
    }
}
