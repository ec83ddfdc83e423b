package com.trustpay.sandbox.phonepe;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /phonepe/apis/pg-sandbox/v1/oauth/token} (form-encoded client credentials). */
@RestController
class PhonePeTokenController {

    private final TokenService tokens;

    PhonePeTokenController(TokenService tokens) {
        this.tokens = tokens;
    }

    @PostMapping(
            value = PhonePeConfiguration.BASE + "/v1/oauth/token",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Map<String, Object> token(
            @RequestParam(value = "client_id", required = false) String clientId,
            @RequestParam(value = "client_version", required = false) String clientVersion,
            @RequestParam(value = "client_secret", required = false) String clientSecret,
            @RequestParam(value = "grant_type", required = false) String grantType) {
        return tokens.issue(clientId, clientVersion, clientSecret, grantType);
    }
}
