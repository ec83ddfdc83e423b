package com.trustpay.sandbox.setu.vpa;

import com.trustpay.sandbox.clock.VirtualClock;
import com.trustpay.sandbox.common.Resettable;
import com.trustpay.sandbox.common.TestVpa;
import com.trustpay.sandbox.setu.common.ResourceStore;
import com.trustpay.sandbox.setu.common.SetuException;
import com.trustpay.sandbox.setu.common.SetuNotifier;
import com.trustpay.sandbox.setu.common.Validate;
import java.time.Duration;
import java.util.Set;

/** Starts verifications, resolves them after the delay, and applies the mock. */
public class VpaVerificationService implements Resettable {

    private static final Set<String> STATUSES = Set.of("pending", "valid", "invalid", "failed");

    private final ResourceStore<VpaVerification> verifications = new ResourceStore<>("verification");
    private final SetuNotifier notifier;
    private final VirtualClock clock;
    private final Duration delay;

    VpaVerificationService(SetuNotifier notifier, VirtualClock clock, Duration delay) {
        this.notifier = notifier;
        this.clock = clock;
        this.delay = delay;
    }

    VpaVerificationView start(String merchantId, VerifyVpaRequest r) {
        VpaVerification v = new VpaVerification(
                merchantId,
                Validate.customerVpa(r.customerVpa(), "customerVpa"),
                Validate.eitherReference(r.referenceId(), r.merchantReferenceId()));
        verifications.add(v);
        String outcome =
                switch (TestVpa.of(v.customerVpa())) {
                    case INVALID -> "invalid";
                    case VERIFY_FAIL -> "failed";
                    default -> "valid";
                };
        clock.schedule(delay, () -> {
            if ("pending".equals(v.status())) {
                resolve(v, outcome);
            }
        });
        return v.view(false);
    }

    VpaVerificationView poll(String merchantId, String id) {
        return verifications.owned(merchantId, id).view(true);
    }

    VpaVerificationView mock(String merchantId, MockVerifyRequest r) {
        if (r.status() == null || !STATUSES.contains(r.status())) {
            throw SetuException.badRequest("status must be one of valid, invalid, failed, pending");
        }
        VpaVerification v = verifications.owned(merchantId, Validate.required(r.id(), "id"));
        resolve(v, r.status());
        return v.view(true);
    }

    @Override
    public void reset() {
        verifications.reset();
    }

    private void resolve(VpaVerification v, String status) {
        if (v.resolve(status) && !"pending".equals(status)) {
            notifier.notify("customer_vpa", status, status, v.notificationFields());
        }
    }
}
