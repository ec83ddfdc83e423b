package com.trustpay.escrow.identity.web;

import com.nimbusds.jose.jwk.JWKSet;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /.well-known/jwks.json}: the public keys that verify our access tokens. */
@RestController
class JwksController {

    private final JWKSet publicKeys;

    JwksController(JWKSet jwkSet) {
        this.publicKeys = jwkSet.toPublicJWKSet();
    }

    @GetMapping("/.well-known/jwks.json")
    Map<String, Object> jwks() {
        return publicKeys.toJSONObject();
    }
}
