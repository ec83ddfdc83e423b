package com.trustpay.sandbox.setu.common;

import com.trustpay.sandbox.common.Resettable;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory resources of one kind by id. A merchant reaches only its own: another merchant's resource is a 404 just
 * like a missing one, so ids cannot be probed across merchants.
 */
public class ResourceStore<T extends SetuResource> implements Resettable {

    private final String kind;
    private final Map<String, T> byId = new ConcurrentHashMap<>();

    /** @param kind the resource as the 404 detail names it ({@code "<kind> not found"}) */
    public ResourceStore(String kind) {
        this.kind = kind;
    }

    public void add(T resource) {
        byId.put(resource.id(), resource);
    }

    /** Whoever owns it. */
    public Optional<T> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The merchant's resource with this id, else a Setu 404. */
    public T owned(String merchantId, String id) {
        return byId(id).filter(r -> r.merchantId().equals(merchantId)).orElseThrow(() -> SetuException.notFound(kind));
    }

    public Collection<T> all() {
        return byId.values();
    }

    @Override
    public void reset() {
        byId.clear();
    }
}
