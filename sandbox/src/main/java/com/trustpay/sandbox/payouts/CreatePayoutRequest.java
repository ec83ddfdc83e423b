package com.trustpay.sandbox.payouts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** Composite payout body: a payout to a VPA with its fund account and contact inline. */
record CreatePayoutRequest(
        @JsonProperty("account_number") String accountNumber,
        Long amount,
        String currency,
        String mode,
        String purpose,
        @JsonProperty("queue_if_low_balance") Boolean queueIfLowBalance,
        @JsonProperty("reference_id") String referenceId,
        String narration,
        @JsonProperty("fund_account") FundAccount fundAccount,
        @JsonProperty("fund_account_id") String fundAccountId,
        Map<String, String> notes) {

    /** {@code {account_type: "vpa", vpa: {address}, contact: {...}}}. */
    record FundAccount(@JsonProperty("account_type") String accountType, Vpa vpa, Contact contact) {}

    /** {@code {address}}. */
    record Vpa(String address) {}

    /** The payee contact. */
    record Contact(
            String name,
            String email,
            String contact,
            String type,
            @JsonProperty("reference_id") String referenceId) {}
}
