package com.trustpay.sandbox.setu.auth;

import com.trustpay.sandbox.common.Hmac;
import com.trustpay.sandbox.common.Ids;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/** Issues and checks HS256 JWTs (header.payload.signature, Base64url without padding). */
public class JwtService {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private static final String HEADER = B64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes());

    private final byte[] key;
    private final Clock clock;
    private final Duration ttl;
    private final JsonMapper json = JsonMapper.builder().build();

    public JwtService(byte[] key, Clock clock, Duration ttl) {
        this.key = key.clone();
        this.clock = clock;
        this.ttl = ttl;
    }

    /** A token for {@code clientId} acting for {@code merchantId}, expiring after the TTL. */
    public String issue(String clientId, String merchantId) {
        long now = clock.instant().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "trustpay-sandbox");
        claims.put("sub", clientId);
        claims.put("merchantId", merchantId);
        claims.put("iat", now);
        claims.put("exp", now + ttl.toSeconds());
        claims.put("jti", Ids.uuid());
        String signingInput = HEADER + "." + B64.encodeToString(json.writeValueAsBytes(claims));
        return signingInput + "." + sign(signingInput);
    }

    /** The token's merchant id if the signature is valid and it has not expired. */
    public Optional<String> verify(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !HEADER.equals(parts[0])) {
            return Optional.empty();
        }
        byte[] expected = sign(parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            Map<?, ?> claims = json.readValue(B64D.decode(parts[1]), Map.class);
            long exp = ((Number) claims.get("exp")).longValue();
            if (clock.instant().getEpochSecond() >= exp) {
                return Optional.empty();
            }
            return Optional.ofNullable((String) claims.get("merchantId"));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private String sign(String signingInput) {
        return B64.encodeToString(Hmac.sha256(key, signingInput.getBytes(StandardCharsets.US_ASCII)));
    }
}
