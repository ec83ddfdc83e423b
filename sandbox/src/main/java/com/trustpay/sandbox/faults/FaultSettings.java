package com.trustpay.sandbox.faults;

import com.trustpay.sandbox.common.Resettable;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** The live fault configuration, swapped atomically, with lookups for the filter and the webhook outbox. */
public class FaultSettings implements Resettable {

    private record Compiled(Faults faults, Map<String, PathPattern> patterns) {}

    private final Faults initial;
    private final AtomicReference<Compiled> current = new AtomicReference<>();

    public FaultSettings(Faults initial) {
        this.initial = initial;
        set(initial);
    }

    public Faults get() {
        return current.get().faults();
    }

    public void set(Faults faults) {
        Map<String, PathPattern> patterns = new java.util.HashMap<>();
        for (String key : faults.endpoints().keySet()) {
            int space = key.indexOf(' ');
            if (space > 0) {
                patterns.put(key, PathPatternParser.defaultInstance.parse(key.substring(space + 1)));
            }
        }
        current.set(new Compiled(faults, Map.copyOf(patterns)));
    }

    /** Back to the configured faults. */
    @Override
    public void reset() {
        set(initial);
    }

    /** The faults for a request: global latency plus every endpoint entry whose method and path match. */
    public EndpointFault forRequest(String method, String path) {
        Compiled c = current.get();
        long latency = c.faults().latencyMs();
        double error = 0;
        double timeout = 0;
        int status = 0;
        PathContainer container = null;
        for (Map.Entry<String, EndpointFault> e : c.faults().endpoints().entrySet()) {
            boolean matches;
            if ("*".equals(e.getKey())) {
                matches = true;
            } else {
                PathPattern pattern = c.patterns().get(e.getKey());
                container = container == null ? PathContainer.parsePath(path) : container;
                matches = pattern != null && e.getKey().startsWith(method + " ") && pattern.matches(container);
            }
            if (matches) {
                latency += e.getValue().latencyMs();
                if (e.getValue().errorRate() > error) {
                    error = e.getValue().errorRate();
                    status = e.getValue().errorStatus();
                }
                timeout = Math.max(timeout, e.getValue().timeoutRate());
            }
        }
        return new EndpointFault(latency, error, timeout, status);
    }

    /** True with the given probability. */
    public static boolean roll(double rate) {
        return rate > 0 && (rate >= 1 || ThreadLocalRandom.current().nextDouble() < rate);
    }
}
