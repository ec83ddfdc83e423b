package com.trustpay.payment.provider.setu;

import com.trustpay.payment.provider.domain.ProviderResult;
import com.trustpay.payment.provider.http.Json;
import com.trustpay.payment.provider.http.ProviderHttp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import okhttp3.Request;

/**
 * Setu access tokens: fetched from the token service, cached, replaced once {@code tokenRefreshAfter} old (Setu
 * tokens live 300 s and carry no expiry in the answer) or when a call was refused with 401.
 */
final class SetuTokens implements ProviderHttp.Tokens {

    private final ProviderHttp http;
    private final SetuProperties props;
    private final Clock clock;
    private String token;
    private Instant fetchedAt;

    SetuTokens(ProviderHttp http, SetuProperties props, Clock clock) {
        this.http = http;
        this.props = props;
        this.clock = clock;
    }

    /** A usable token, or the failed token call. */
    @Override
    public synchronized ProviderResult<String> current() {
        Instant now = clock.instant();
        if (token != null && now.isBefore(fetchedAt.plus(props.tokenRefreshAfter()))) {
            return new ProviderResult.Ok<>(token, null);
        }
        Request request = new Request.Builder()
                .url(props.authUrl() + "/v1/users/login")
                .header("client", "bridge")
                .post(ProviderHttp.json(Map.of(
                        "clientID", props.clientId(),
                        "secret", props.clientSecret(),
                        "grant_type", "client_credentials")))
                .build();
        ProviderResult<String> fetched = http.call(
                "POST /v1/users/login", request, tree -> Objects.requireNonNull(Json.text(tree, "access_token")));
        if (fetched instanceof ProviderResult.Ok<String> ok) {
            token = ok.value();
            fetchedAt = now;
        }
        return fetched;
    }

    /** Forgets {@code stale} (if it is still the cached token) so the next call fetches a new one. */
    @Override
    public synchronized void invalidate(String stale) {
        if (Objects.equals(token, stale)) {
            token = null;
        }
    }
}
