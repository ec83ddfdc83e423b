package com.trustpay.sandbox.payouts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** The RazorpayX payout entity. {@code created_at} is epoch seconds. */
public record PayoutView(
        String id,
        String entity,
        @JsonProperty("fund_account_id") String fundAccountId,
        @JsonProperty("fund_account") Map<String, Object> fundAccount,
        long amount,
        String currency,
        Map<String, String> notes,
        long fees,
        long tax,
        String status,
        String utr,
        String mode,
        String purpose,
        @JsonProperty("reference_id") String referenceId,
        String narration,
        @JsonProperty("status_details") StatusDetails statusDetails,
        @JsonProperty("created_at") long createdAt) {

    /** Why a payout is where it is; all null while nothing needs saying. */
    public record StatusDetails(String description, String source, String reason) {

        static final StatusDetails NONE = new StatusDetails(null, null, null);
    }
}
