package com.trustpay.escrow.identity.web;

import com.trustpay.escrow.identity.application.Accounts;
import com.trustpay.escrow.identity.application.TokenIssuer;
import com.trustpay.escrow.identity.domain.Registration;
import com.trustpay.escrow.identity.domain.User;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/auth/register} and {@code POST /api/auth/login}: the only API paths without a token. */
@RestController
@RequestMapping("/api/auth")
class AuthController {

    record RegisterRequest(String name, String email, String password, String phone) {}

    record Registered(UUID userId) {}

    record LoginRequest(String email, String password) {}

    record LoginResponse(String accessToken, String tokenType, long expiresIn) {}

    private final Accounts accounts;

    AuthController(Accounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    Registered register(@RequestBody RegisterRequest request) {
        User user = accounts.register(
                Registration.of(request.name(), request.email(), request.password(), request.phone()));
        return new Registered(user.id());
    }

    @PostMapping("/login")
    LoginResponse login(@RequestBody LoginRequest request) {
        TokenIssuer.AccessToken token = accounts.login(request.email(), request.password());
        return new LoginResponse(token.value(), "Bearer", token.expiresInSeconds());
    }
}
