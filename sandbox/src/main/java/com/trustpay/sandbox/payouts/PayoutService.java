package com.trustpay.sandbox.payouts;

import com.trustpay.sandbox.clock.VirtualClock;
import com.trustpay.sandbox.common.Resettable;
import com.trustpay.sandbox.common.TestVpa;
import com.trustpay.sandbox.payouts.PayoutView.StatusDetails;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * Creates payouts once per idempotency key and plays the beneficiary bank: {@code success@} processed,
 * {@code fail@} failed, {@code reverse@} processed then reversed, {@code slow@} processing for a while.
 */
class PayoutService implements Resettable {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("^[A-Za-z0-9 _-]{4,36}$");
    private static final Pattern VPA = Pattern.compile("^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+$");

    private record Keyed(JsonNode body, Payout payout) {}

    private final Map<String, Payout> byId = new ConcurrentHashMap<>();
    private final Map<String, Keyed> byKey = new ConcurrentHashMap<>();
    private final AtomicInteger failNext = new AtomicInteger();
    private final PayoutNotifier notifier;
    private final VirtualClock clock;
    private final PayoutProperties props;

    PayoutService(PayoutNotifier notifier, VirtualClock clock, PayoutProperties props) {
        this.notifier = notifier;
        this.clock = clock;
        this.props = props;
    }

    /** The payout for this key: created now, or the earlier one if the body is the same (400 if it differs). */
    PayoutView create(String key, JsonNode body, CreatePayoutRequest request) {
        if (key == null || !IDEMPOTENCY_KEY.matcher(key).matches()) {
            throw PayoutException.badRequest(
                    "X-Payout-Idempotency header is required: 4-36 letters, digits, '-', '_' or spaces", null);
        }
        validate(request);
        boolean[] created = {false};
        Keyed keyed = byKey.computeIfAbsent(key, k -> {
            created[0] = true;
            Payout payout = new Payout(request);
            byId.put(payout.id(), payout);
            return new Keyed(body, payout);
        });
        if (!keyed.body().equals(body)) {
            throw PayoutException.badRequest("Different request body sent for the same X-Payout-Idempotency key", null);
        }
        if (created[0]) {
            start(keyed.payout());
        }
        return keyed.payout().view();
    }

    PayoutView fetch(String id) {
        Payout payout = byId.get(id);
        if (payout == null) {
            throw PayoutException.badRequest("The id provided does not exist", "id");
        }
        return payout.view();
    }

    Collection<Payout> all() {
        return byId.values();
    }

    /**
     * An outcome fault: the next {@code count} payouts created end {@code failed} (beneficiary bank down),
     * whatever their VPA, so tests can make a payout fail and then succeed on retry.
     */
    void failNext(int count) {
        failNext.set(Math.max(0, count));
    }

    int pendingFailures() {
        return failNext.get();
    }

    @Override
    public void reset() {
        byId.clear();
        byKey.clear();
        failNext.set(0);
    }

    private void start(Payout payout) {
        notifier.notify("payout.initiated", payout.view());
        if (failNext.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            later(
                    props.processingDelay(),
                    payout,
                    "failed",
                    new StatusDetails("The beneficiary bank is down; retry later", "beneficiary_bank", "bank_down"));
            return;
        }
        switch (TestVpa.of(payout.vpa())) {
            case FAILURE ->
                later(
                        props.processingDelay(),
                        payout,
                        "failed",
                        new StatusDetails(
                                "The beneficiary VPA is invalid or cannot receive money",
                                "beneficiary_bank",
                                "beneficiary_vpa_invalid"));
            case SLOW -> later(props.slowDelay(), payout, "processed", StatusDetails.NONE);
            case REVERSE -> {
                later(props.processingDelay(), payout, "processed", StatusDetails.NONE);
                later(
                        props.processingDelay().plus(props.reversalDelay()),
                        payout,
                        "reversed",
                        new StatusDetails(
                                "Payout was reversed by the beneficiary bank", "beneficiary_bank", "payout_reversed"));
            }
            default -> later(props.processingDelay(), payout, "processed", StatusDetails.NONE);
        }
    }

    private void later(java.time.Duration delay, Payout payout, String status, StatusDetails why) {
        clock.schedule(delay, () -> {
            if (payout.moveTo(status, why)) {
                notifier.notify("payout." + status, payout.view());
            }
        });
    }

    private void validate(CreatePayoutRequest r) {
        if (r.accountNumber() == null || !r.accountNumber().equals(props.accountNumber())) {
            throw PayoutException.badRequest("The account number is invalid", "account_number");
        }
        if (r.amount() == null || r.amount() < 100) {
            throw PayoutException.badRequest("The amount must be at least INR 1.00", "amount");
        }
        if (!"INR".equals(r.currency())) {
            throw PayoutException.badRequest("The currency must be INR", "currency");
        }
        if (!"UPI".equals(r.mode())) {
            throw PayoutException.badRequest("The sandbox supports mode UPI only", "mode");
        }
        if (r.purpose() == null || r.purpose().isBlank()) {
            throw PayoutException.badRequest("The purpose field is required", "purpose");
        }
        var fa = r.fundAccount();
        if (fa == null || !"vpa".equals(fa.accountType()) || fa.vpa() == null) {
            throw PayoutException.badRequest(
                    "fund_account with account_type vpa is required (fund_account_id is not supported here)",
                    "fund_account");
        }
        if (fa.vpa().address() == null || !VPA.matcher(fa.vpa().address()).matches()) {
            throw PayoutException.badRequest("Invalid VPA address", "fund_account.vpa.address");
        }
        if (fa.contact() == null
                || fa.contact().name() == null
                || fa.contact().name().isBlank()) {
            throw PayoutException.badRequest("The contact name is required", "fund_account.contact.name");
        }
    }

    static PayoutException unauthorized() {
        return new PayoutException(
                HttpStatus.UNAUTHORIZED,
                new RazorpayError(new RazorpayError.Detail(
                        "BAD_REQUEST_ERROR", "Authentication failed", "NA", "NA", "NA", Map.of(), null)));
    }
}
