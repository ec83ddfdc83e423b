package com.trustpay.sandbox.setu.auth;

import com.trustpay.sandbox.common.Credentials;
import com.trustpay.sandbox.setu.common.SetuProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /v1/users/login}: the stand-in for Setu's account service. */
@RestController
class TokenController {

    private final SetuProperties props;
    private final JwtService jwt;

    TokenController(SetuProperties props, JwtService jwt) {
        this.props = props;
        this.jwt = jwt;
    }

    @PostMapping("/v1/users/login")
    ResponseEntity<?> login(@RequestBody(required = false) LoginRequest request) {
        if (request == null
                || !Credentials.matches(props.clientId(), request.clientId())
                || !Credentials.matches(props.clientSecret(), request.secret())
                || (request.grantType() != null && !"client_credentials".equals(request.grantType()))) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(LoginError.unauthenticated());
        }
        return ResponseEntity.ok(new LoginResponse(jwt.issue(props.clientId(), props.merchantId()), ""));
    }
}
