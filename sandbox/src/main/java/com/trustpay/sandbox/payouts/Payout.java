package com.trustpay.sandbox.payouts;

import com.trustpay.sandbox.common.Ids;
import com.trustpay.sandbox.payouts.PayoutView.StatusDetails;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** One payout. Thread-safe; moves only along {@code processing -> processed -> reversed} or to {@code failed}. */
class Payout {

    private static final Map<String, Set<String>> NEXT = Map.of(
            "processing", Set.of("processed", "failed"),
            "processed", Set.of("reversed"));

    private final String id = "pout_" + Ids.alnum(14);
    private final String fundAccountId = "fa_" + Ids.alnum(14);
    private final CreatePayoutRequest request;
    private final long createdAt = Instant.now().getEpochSecond();
    private String status = "processing";
    private String utr;
    private StatusDetails details = StatusDetails.NONE;

    Payout(CreatePayoutRequest request) {
        this.request = request;
    }

    String id() {
        return id;
    }

    String vpa() {
        return request.fundAccount().vpa().address();
    }

    String referenceId() {
        return request.referenceId();
    }

    synchronized String status() {
        return status;
    }

    /** Moves to {@code next} if the transition table allows it; false otherwise. */
    synchronized boolean moveTo(String next, StatusDetails why) {
        if (!NEXT.getOrDefault(status, Set.of()).contains(next)) {
            return false;
        }
        status = next;
        details = why;
        if ("processed".equals(next)) {
            utr = Ids.digits(12);
        }
        return true;
    }

    synchronized PayoutView view() {
        var fa = request.fundAccount();
        var contact = fa.contact();
        Map<String, Object> fundAccount = Map.of(
                "id",
                fundAccountId,
                "entity",
                "fund_account",
                "account_type",
                "vpa",
                "vpa",
                Map.of("address", fa.vpa().address()),
                "contact",
                Map.of("name", contact.name(), "type", contact.type() == null ? "" : contact.type()),
                "active",
                true);
        return new PayoutView(
                id,
                "payout",
                fundAccountId,
                fundAccount,
                request.amount(),
                "INR",
                request.notes() == null ? Map.of() : request.notes(),
                0,
                0,
                status,
                utr,
                request.mode(),
                request.purpose(),
                request.referenceId(),
                request.narration(),
                details,
                createdAt);
    }
}
