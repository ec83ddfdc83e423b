package com.trustpay.payment.provider.http;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.RequestReplySenderContext;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Every provider call as a Micrometer observation (ADR 0015): with tracing, a client span named
 * {@code <provider> <method>} whose context is sent as W3C {@code traceparent}, a child of the current span (a
 * request or a Kafka record being handled) or a new trace (the poller); and a {@code trustpay.provider.call} timer.
 * Its tags are the provider, the method, the HTTP status and the outcome only: never the URL (payout reads carry
 * our references, collect reads their ids), a header (tokens, keys) or a body (VPAs, names).
 */
final class ProviderCallObservation implements Interceptor {

    static final String NAME = "trustpay.provider.call";

    private final ObservationRegistry registry;
    private final String provider;

    ProviderCallObservation(ObservationRegistry registry, String provider) {
        this.registry = registry;
        this.provider = provider;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Request.Builder sent = request.newBuilder();
        CallContext context = new CallContext(sent);
        context.setRemoteServiceName(provider);
        Observation observation = Observation.createNotStarted(NAME, () -> context, registry)
                .contextualName(provider + " " + request.method())
                .lowCardinalityKeyValue("provider", provider)
                .lowCardinalityKeyValue("method", request.method())
                .start();
        try (Observation.Scope scope = observation.openScope()) {
            Response response = chain.proceed(sent.build());
            context.setResponse(response);
            observation.lowCardinalityKeyValue("status", Integer.toString(response.code()));
            observation.lowCardinalityKeyValue("outcome", outcome(response.code()));
            return response;
        } catch (IOException | RuntimeException e) {
            observation.lowCardinalityKeyValue("status", "none");
            observation.lowCardinalityKeyValue("outcome", "io-error");
            observation.error(e);
            throw e;
        } finally {
            observation.stop();
        }
    }

    private static String outcome(int status) {
        if (status >= 500) {
            return "server-error";
        }
        if (status >= 400) {
            return "client-error";
        }
        return status >= 200 && status < 300 ? "success" : "other";
    }

    /** The carrier is the request about to be sent: the tracing handler writes {@code traceparent} into it. */
    static final class CallContext extends RequestReplySenderContext<Request.Builder, Response> {
        CallContext(Request.Builder carrier) {
            super(
                    (builder, key, value) -> {
                        if (builder != null) {
                            builder.header(key, value);
                        }
                    },
                    Kind.CLIENT);
            setCarrier(carrier);
        }
    }
}
