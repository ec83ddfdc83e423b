package com.trustpay.sandbox.setu.collect;

import com.trustpay.sandbox.clock.VirtualClock;
import com.trustpay.sandbox.common.TestVpa;
import com.trustpay.sandbox.setu.common.MerchantResources;
import com.trustpay.sandbox.setu.common.Reason;
import com.trustpay.sandbox.setu.common.SetuException;
import com.trustpay.sandbox.setu.common.SetuProperties;
import com.trustpay.sandbox.setu.common.Validate;
import com.trustpay.sandbox.setu.payments.PayerSimulator;
import com.trustpay.sandbox.setu.payments.PaymentStore;
import com.trustpay.sandbox.setu.payments.PaymentTerms;
import com.trustpay.sandbox.setu.payments.ProductInstanceStore;
import java.time.Duration;

/** Creates collects, starts the simulated payer and closes them at expiry. */
class CollectService implements MerchantResources<CreateCollectRequest, CollectView> {

    private final ProductInstanceStore<Collect> store;
    private final PaymentStore payments;
    private final PayerSimulator payer;
    private final VirtualClock clock;
    private final SetuProperties props;

    CollectService(
            ProductInstanceStore<Collect> store,
            PaymentStore payments,
            PayerSimulator payer,
            VirtualClock clock,
            SetuProperties props) {
        this.store = store;
        this.payments = payments;
        this.payer = payer;
        this.clock = clock;
        this.props = props;
    }

    @Override
    public CollectView create(String merchantId, CreateCollectRequest r) {
        long amount = amount(r.amount());
        String customerVpa = Validate.customerVpa(r.customerVpa(), "customerVpa");
        String merchantVpa = merchantVpa(r.merchantVpa());
        int expireAfter = expireAfter(r.expireAfter());
        PaymentTerms terms = PaymentTerms.validated(
                merchantVpa, r.referenceId(), r.merchantReferenceId(), r.transactionNote(), r.metadata());
        Collect collect = new Collect(merchantId, amount, customerVpa, expireAfter, terms);
        if (r.currency() != null && !"INR".equals(r.currency())) {
            throw SetuException.badRequest("currency must be INR");
        }
        store.add(collect);
        clock.schedule(Duration.ofMinutes(collect.expireAfter()), () -> expire(collect));
        if (TestVpa.of(collect.customerVpa()) != TestVpa.EXPIRE) {
            payer.attempt(collect, collect.customerVpa(), collect.amount(), null);
        }
        return collect.view(null);
    }

    @Override
    public CollectView fetch(String merchantId, String id) {
        Collect collect = store.owned(merchantId, id);
        var attempts = payments.forInstance(id);
        return collect.view(attempts.isEmpty() ? null : attempts.getLast().view());
    }

    private void expire(Collect collect) {
        if (collect.close(Reason.EXPIRED)) {
            payer.expireOpen(collect);
        }
    }

    private String merchantVpa(String vpa) {
        Validate.customerVpa(vpa, "merchantVpa");
        if (!props.merchantVpa().equalsIgnoreCase(vpa)) {
            throw SetuException.badRequest("merchantVpa does not belong to the merchant");
        }
        return vpa;
    }

    private static long amount(Long amount) {
        if (amount == null || amount < 1 || amount > 100_000_000_000_000_000L) {
            throw SetuException.badRequest("amount must be an integer number of paise between 1 and 1e17");
        }
        return amount;
    }

    private static int expireAfter(Integer minutes) {
        int value = minutes == null ? 30 : minutes;
        if (value < 1 || value > 64_800) {
            throw SetuException.badRequest("expireAfter must be 1-64800 minutes");
        }
        return value;
    }
}
