package com.trustpay.payment.provider.phonepe;

import com.trustpay.payment.provider.domain.ProviderResult;
import com.trustpay.payment.provider.http.Json;
import com.trustpay.payment.provider.http.ProviderHttp;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import okhttp3.FormBody;
import okhttp3.Request;

/**
 * PhonePe O-Bearer tokens (PROVIDERS.md §2.2): client credentials posted as a form, the answer's {@code expires_at}
 * (epoch seconds) kept, and the token replaced {@code refreshBefore} ahead of it or when a call was refused with 401.
 */
final class PhonePeTokens implements ProviderHttp.Tokens {

    private final ProviderHttp http;
    private final PhonePeProperties props;
    private final Clock clock;
    private Token token;

    private record Token(String value, Instant expiresAt) {}

    PhonePeTokens(ProviderHttp http, PhonePeProperties props, Clock clock) {
        this.http = http;
        this.props = props;
        this.clock = clock;
    }

    /** A usable token, or the failed token call. */
    @Override
    public synchronized ProviderResult<String> current() {
        Instant now = clock.instant();
        if (token != null && now.isBefore(token.expiresAt().minus(props.refreshBefore()))) {
            return new ProviderResult.Ok<>(token.value(), null);
        }
        Request request = new Request.Builder()
                .url(props.authUrl() + "/v1/oauth/token")
                .post(new FormBody.Builder()
                        .add("client_id", props.clientId())
                        .add("client_version", props.clientVersion())
                        .add("client_secret", props.clientSecret())
                        .add("grant_type", "client_credentials")
                        .build())
                .build();
        ProviderResult<Token> fetched = http.call("POST /v1/oauth/token", request, tree -> {
            String value = Objects.requireNonNull(Json.text(tree, "access_token"), "no access_token");
            // expires_at is epoch seconds; an answer without it is good for one use only
            Instant expiresAt = tree.path("expires_at").isIntegralNumber()
                    ? Instant.ofEpochSecond(tree.path("expires_at").asLong())
                    : now;
            return new Token(value, expiresAt);
        });
        if (fetched instanceof ProviderResult.Ok<Token> ok) {
            token = ok.value();
        }
        return fetched.map(Token::value);
    }

    /** Forgets {@code stale} (if it is still the cached token) so the next call fetches a new one. */
    @Override
    public synchronized void invalidate(String stale) {
        if (token != null && Objects.equals(token.value(), stale)) {
            token = null;
        }
    }
}
