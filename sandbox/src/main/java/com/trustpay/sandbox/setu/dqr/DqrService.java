package com.trustpay.sandbox.setu.dqr;

import com.trustpay.sandbox.clock.VirtualClock;
import com.trustpay.sandbox.setu.common.MerchantResources;
import com.trustpay.sandbox.setu.common.SetuException;
import com.trustpay.sandbox.setu.common.SetuProperties;
import com.trustpay.sandbox.setu.common.SetuTime;
import com.trustpay.sandbox.setu.common.Validate;
import com.trustpay.sandbox.setu.payments.PayerSimulator;
import com.trustpay.sandbox.setu.payments.PaymentTerms;
import com.trustpay.sandbox.setu.payments.ProductInstanceStore;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Creates, fetches and expires Dynamic QRs; closes them at {@code expiryDate} on the virtual clock. */
class DqrService implements MerchantResources<CreateDqrRequest, DqrView> {

    private final ProductInstanceStore<Dqr> store;
    private final PayerSimulator payer;
    private final VirtualClock clock;
    private final SetuProperties props;

    DqrService(ProductInstanceStore<Dqr> store, PayerSimulator payer, VirtualClock clock, SetuProperties props) {
        this.store = store;
        this.payer = payer;
        this.clock = clock;
        this.props = props;
    }

    @Override
    public DqrView create(String merchantId, CreateDqrRequest r) {
        String merchantVpa = merchantVpa(r.merchantVpa());
        Long amount = atLeast100(r.amount(), "amount");
        Long minAmount = atLeast100(r.minAmount(), "minAmount");
        Instant expiry = expiry(r.expiryDate());
        PaymentTerms terms = PaymentTerms.validated(
                merchantVpa, r.referenceId(), r.merchantReferenceId(), r.transactionNote(), r.metadata());
        Dqr.Spec spec = new Dqr.Spec(merchantId, amount, minAmount, expiry, terms);
        if (spec.amount() == null && spec.minAmount() == null) {
            throw SetuException.badRequest("amount or minAmount is required");
        }
        if (spec.amount() != null && spec.minAmount() != null && spec.amount() < spec.minAmount()) {
            throw SetuException.badRequest("amount must not be below minAmount");
        }
        Dqr dqr = new Dqr(spec, props.merchantName(), props.merchantCategoryCode(), props.shortLinkBase());
        store.add(dqr);
        Duration untilExpiry = Duration.between(clock.now(), spec.expiry());
        clock.schedule(untilExpiry, () -> expire(dqr));
        return dqr.view();
    }

    @Override
    public DqrView fetch(String merchantId, String id) {
        return store.owned(merchantId, id).view();
    }

    /** Expires an active link now; an already closed one is returned as it is; a paid one is a 400. */
    DqrView expireNow(String merchantId, String id) {
        Dqr dqr = store.owned(merchantId, id);
        if ("paid".equals(dqr.status())) {
            throw SetuException.badRequest("dqr is already paid");
        }
        expire(dqr);
        return dqr.view();
    }

    String intentLink(String id) {
        return store.byId(id).map(Dqr::intentLink).orElseThrow(() -> SetuException.notFound("link"));
    }

    private void expire(Dqr dqr) {
        if (dqr.close()) {
            payer.expireOpen(dqr);
        }
    }

    private String merchantVpa(String vpa) {
        Validate.required(vpa, "merchantVpa");
        if (!Validate.DQR_MERCHANT_VPA.matcher(vpa).matches()) {
            throw SetuException.badRequest("merchantVpa is not a valid VPA");
        }
        if (!props.merchantVpa().equals(vpa)) {
            throw SetuException.badRequest("merchantVpa does not belong to the merchant");
        }
        return vpa;
    }

    private Instant expiry(String expiryDate) {
        if (expiryDate == null) {
            return clock.now().plus(props.dqrDefaultExpiry());
        }
        try {
            Instant expiry = SetuTime.parse(expiryDate);
            if (!expiry.isAfter(clock.now())) {
                throw SetuException.badRequest("expiryDate must be in the future");
            }
            return expiry;
        } catch (DateTimeParseException e) {
            throw SetuException.badRequest("expiryDate must be an RFC 3339 timestamp");
        }
    }

    private static Long atLeast100(Long paise, String field) {
        if (paise != null && paise < 100) {
            throw SetuException.badRequest(field + " must be at least 100 paise");
        }
        return paise;
    }
}
