package com.trustpay.sandbox.setu.payments;

import com.trustpay.sandbox.common.Resettable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** In-memory payments, indexed by id, by product instance and by NPCI txn id. */
public class PaymentStore implements Resettable {

    private final Map<String, Payment> byId = new ConcurrentHashMap<>();
    private final Map<String, Payment> byTxnId = new ConcurrentHashMap<>();
    private final Map<String, List<Payment>> byInstance = new ConcurrentHashMap<>();

    void add(Payment payment) {
        byId.put(payment.id(), payment);
        byTxnId.put(payment.txnId(), payment);
        byInstance
                .computeIfAbsent(payment.instance().id(), k -> new CopyOnWriteArrayList<>())
                .add(payment);
    }

    public Optional<Payment> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Payment> byTxnId(String txnId) {
        return Optional.ofNullable(byTxnId.get(txnId));
    }

    /** Payments on one product instance, oldest first. */
    public List<Payment> forInstance(String instanceId) {
        return List.copyOf(byInstance.getOrDefault(instanceId, List.of()));
    }

    public Collection<Payment> all() {
        return byId.values();
    }

    @Override
    public void reset() {
        byId.clear();
        byTxnId.clear();
        byInstance.clear();
    }
}
