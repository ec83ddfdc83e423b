package com.trustpay.sandbox.setu.payments;

import com.trustpay.sandbox.setu.common.ResourceStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory product instances of one kind by id and by NPCI ref id, the two ways a payer can name one. */
public class ProductInstanceStore<T extends ProductInstance> extends ResourceStore<T> {

    private final Map<String, T> byRefId = new ConcurrentHashMap<>();

    /** @param kind the instance as the 404 detail names it */
    public ProductInstanceStore(String kind) {
        super(kind);
    }

    @Override
    public void add(T instance) {
        super.add(instance);
        byRefId.put(instance.refId(), instance);
    }

    /** An instance by its Setu id or its NPCI ref id, whoever owns it. */
    public Optional<T> find(String idOrRefId) {
        return byId(idOrRefId).or(() -> Optional.ofNullable(byRefId.get(idOrRefId)));
    }

    @Override
    public void reset() {
        super.reset();
        byRefId.clear();
    }
}
