package com.trustpay.sandbox.phonepe;

import com.trustpay.sandbox.common.Credentials;
import com.trustpay.sandbox.common.Hmac;
import com.trustpay.sandbox.common.Ids;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Issues and checks PhonePe O-Bearer tokens. A token is self-contained ({@code expiry-millis.nonce.HMAC} under a
 * per-process key, Base64url), so it survives {@code /sandbox/reset} as a real token would.
 */
class TokenService {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final PhonePeProperties props;
    private final PhonePeSettings.Live settings;
    private final Clock clock;
    private final byte[] key = new byte[32];

    TokenService(PhonePeProperties props, PhonePeSettings.Live settings, Clock clock) {
        this.props = props;
        this.settings = settings;
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    /** The token response for valid client credentials; 401 for wrong ones, 400 for a malformed request. */
    Map<String, Object> issue(String clientId, String clientVersion, String clientSecret, String grantType) {
        if (clientId == null || clientVersion == null || clientSecret == null || grantType == null) {
            throw PhonePeException.badRequest("client_id, client_version, client_secret and grant_type are required");
        }
        if (!"client_credentials".equals(grantType)) {
            throw PhonePeException.badRequest("grant_type must be client_credentials");
        }
        boolean idOk = Credentials.matches(props.clientId(), clientId);
        boolean secretOk = Credentials.matches(props.clientSecret(), clientSecret);
        if (!idOk || !secretOk || !props.clientVersion().equals(clientVersion)) {
            throw PhonePeException.unauthorized("invalid client credentials");
        }
        Instant now = clock.instant();
        Instant expires = now.plus(settings.get().tokenTtl());
        String payload = expires.toEpochMilli() + "." + Ids.alnum(16);
        String token = "ppe1." + B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(Hmac.sha256(key, payload.getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token);
        body.put("encrypted_access_token", token);
        body.put("expires_in", null);
        body.put("issued_at", now.getEpochSecond());
        body.put("expires_at", expires.getEpochSecond());
        body.put("session_expires_at", expires.getEpochSecond());
        body.put("token_type", "O-Bearer");
        return body;
    }

    /** Whether {@code token} was issued here and has not expired. */
    boolean valid(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3 || !"ppe1".equals(parts[0])) {
            return false;
        }
        byte[] payload;
        try {
            payload = Base64.getUrlDecoder().decode(parts[1]);
            byte[] mac = Base64.getUrlDecoder().decode(parts[2]);
            if (!MessageDigest.isEqual(mac, Hmac.sha256(key, payload))) {
                return false;
            }
            String text = new String(payload, StandardCharsets.UTF_8);
            long expiresAt = Long.parseLong(text.substring(0, text.indexOf('.')));
            return clock.millis() < expiresAt;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return false;
        }
    }
}
