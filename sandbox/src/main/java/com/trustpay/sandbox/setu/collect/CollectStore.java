package com.trustpay.sandbox.setu.collect;

import com.trustpay.sandbox.common.Resettable;
import com.trustpay.sandbox.setu.payments.ProductInstance;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory collects by id and by NPCI ref id. */
public class CollectStore implements Resettable {

    private final Map<String, Collect> byId = new ConcurrentHashMap<>();
    private final Map<String, Collect> byRefId = new ConcurrentHashMap<>();

    void add(Collect collect) {
        byId.put(collect.id(), collect);
        byRefId.put(collect.refId(), collect);
    }

    Optional<Collect> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** A collect by its Setu id or its NPCI ref id. */
    public Optional<ProductInstance> find(String idOrRefId) {
        Collect c = byId.get(idOrRefId);
        return Optional.ofNullable(c != null ? c : byRefId.get(idOrRefId));
    }

    @Override
    public void reset() {
        byId.clear();
        byRefId.clear();
    }
}
