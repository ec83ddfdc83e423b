package com.trustpay.payment.provider.http;

import com.trustpay.contracts.WireJson;
import com.trustpay.payment.provider.domain.CallInfo;
import com.trustpay.payment.provider.domain.ProviderResult;
import io.micrometer.observation.ObservationRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Runs provider calls over one OkHttp client (timeouts, connection pool) and turns every answer into a
 * {@link ProviderResult}: 2xx is parsed, 4xx is {@code Rejected} with the provider's code and words, and 5xx,
 * 408, 409, 425, 429, timeouts and I/O errors are {@code Unknown}. A {@code Rejected} answer to a re-send is still
 * no proof that the first send failed: callers decide that (see {@code Payouts}). Only GETs are retried (they change nothing); OkHttp's own silent
 * retry is off so that a POST is never sent twice behind our back. Each call sent (a retried GET: each try) is an
 * observation ({@link ProviderCallObservation}): a client span carrying {@code traceparent}, and a timer.
 */
public final class ProviderHttp {

    private static final MediaType JSON = MediaType.get("application/json");

    /**
     * 4xx answers that do not say the provider refused the request: 408 (it gave up waiting), 409 (a request with
     * the same key is still being worked), 425 (too early) and 429 (rate limited). Their outcome is unknown.
     */
    private static final java.util.Set<Integer> UNSETTLED = java.util.Set.of(408, 409, 425, 429);

    private final OkHttpClient client;
    private final String provider;
    private final int getRetries;

    /** Without observations (tests of an adapter alone). */
    public ProviderHttp(String provider, HttpSettings settings) {
        this(provider, settings, ObservationRegistry.NOOP);
    }

    public ProviderHttp(String provider, HttpSettings settings, ObservationRegistry observations) {
        this.provider = provider;
        this.getRetries = settings.getRetries();
        this.client = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .callTimeout(settings.callTimeout())
                .connectionPool(new ConnectionPool(settings.maxIdleConnections(), 5, TimeUnit.MINUTES))
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .addInterceptor(new ProviderCallObservation(observations, provider))
                .build();
    }

    public static RequestBody json(Object body) {
        return RequestBody.create(jsonBytes(body), JSON);
    }

    public static RequestBody json(byte[] body) {
        return RequestBody.create(body, JSON);
    }

    public static byte[] jsonBytes(Object body) {
        return WireJson.mapper().writeValueAsBytes(body);
    }

    /** Sends {@code request}; a GET is tried again up to the configured number of times while the outcome is unknown. */
    public <T> ProviderResult<T> call(String operation, Request request, Function<JsonNode, T> parse) {
        long start = System.nanoTime();
        int tries = "GET".equals(request.method()) ? 1 + getRetries : 1;
        ProviderResult<T> result = null;
        for (int i = 0; i < tries; i++) {
            result = once(operation, request, parse, start);
            if (!(result instanceof ProviderResult.Unknown<T>)) {
                return result;
            }
        }
        return result;
    }

    /** A provider's access tokens: a usable one (or the failed token call), and forgetting one that was refused. */
    public interface Tokens {

        ProviderResult<String> current();

        void invalidate(String stale);
    }

    /**
     * A call that carries an access token: a 401 means the provider did nothing, so the token is replaced and the
     * call made once more; a token that cannot be had makes the outcome unknown (nothing was sent).
     */
    public <T> ProviderResult<T> callWithToken(
            String operation, Tokens tokens, Function<String, Request> request, Function<JsonNode, T> parse) {
        ProviderResult<String> token = tokens.current();
        if (!(token instanceof ProviderResult.Ok<String> ok)) {
            return new ProviderResult.Unknown<>("no " + provider + " token: " + token.summary(), token.call());
        }
        ProviderResult<T> result = call(operation, request.apply(ok.value()), parse);
        if (result instanceof ProviderResult.Rejected<T> r && r.call().httpStatus() == 401) {
            tokens.invalidate(ok.value());
            ProviderResult<String> fresh = tokens.current();
            if (!(fresh instanceof ProviderResult.Ok<String> again)) {
                return new ProviderResult.Unknown<>("no " + provider + " token: " + fresh.summary(), fresh.call());
            }
            result = call(operation, request.apply(again.value()), parse);
        }
        return result;
    }

    private <T> ProviderResult<T> once(String operation, Request request, Function<JsonNode, T> parse, long start) {
        try (Response response = client.newCall(request).execute()) {
            String body = response.body().string();
            CallInfo call = info(operation, response.code(), start);
            JsonNode tree = parseTree(body);
            if (response.isSuccessful()) {
                try {
                    return new ProviderResult.Ok<>(parse.apply(tree), call);
                } catch (RuntimeException e) {
                    return new ProviderResult.Unknown<>("unreadable answer: " + e.getMessage(), call);
                }
            }
            if (response.code() >= 400 && response.code() < 500 && !UNSETTLED.contains(response.code())) {
                return new ProviderResult.Rejected<>(errorCode(tree, response.code()), errorText(tree, body), call);
            }
            return new ProviderResult.Unknown<>("HTTP " + response.code() + " " + errorText(tree, body), call);
        } catch (IOException e) {
            return new ProviderResult.Unknown<>(
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    info(operation, 0, start));
        }
    }

    private CallInfo info(String operation, int status, long start) {
        return new CallInfo(
                provider,
                operation,
                status,
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    private static JsonNode parseTree(String body) {
        if (body == null || body.isBlank()) {
            return WireJson.mapper().missingNode();
        }
        try {
            return WireJson.mapper().readTree(body);
        } catch (JacksonException e) {
            return WireJson.mapper().missingNode();
        }
    }

    /** Setu {@code {code, detail}}, Setu login {@code {status, message}}, Razorpay {@code {error: {code, description}}}. */
    private static String errorCode(JsonNode tree, int status) {
        String code = Json.text(tree.path("error"), "code");
        if (code == null) {
            code = Json.text(tree, "code");
        }
        return code != null ? code : "http-" + status;
    }

    private static String errorText(JsonNode tree, String raw) {
        String text = Json.text(tree.path("error"), "description");
        if (text == null) {
            text = Json.text(tree, "detail");
        }
        if (text == null) {
            text = Json.text(tree, "message");
        }
        if (text == null) {
            text = raw == null ? "" : raw.substring(0, Math.min(raw.length(), 200));
        }
        return text;
    }
}
