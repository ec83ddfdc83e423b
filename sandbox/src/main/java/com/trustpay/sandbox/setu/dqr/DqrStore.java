package com.trustpay.sandbox.setu.dqr;

import com.trustpay.sandbox.common.Resettable;
import com.trustpay.sandbox.setu.payments.ProductInstance;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory Dynamic QRs by id, by NPCI ref id ({@code tr}). */
public class DqrStore implements Resettable {

    private final Map<String, Dqr> byId = new ConcurrentHashMap<>();
    private final Map<String, Dqr> byRefId = new ConcurrentHashMap<>();

    void add(Dqr dqr) {
        byId.put(dqr.id(), dqr);
        byRefId.put(dqr.refId(), dqr);
    }

    Optional<Dqr> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** A link by its Setu id or its NPCI ref id. */
    public Optional<ProductInstance> find(String idOrRefId) {
        Dqr d = byId.get(idOrRefId);
        return Optional.ofNullable(d != null ? d : byRefId.get(idOrRefId));
    }

    @Override
    public void reset() {
        byId.clear();
        byRefId.clear();
    }
}
