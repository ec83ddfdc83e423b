package com.trustpay.escrow.identity.web;

import com.trustpay.escrow.identity.application.Accounts;
import com.trustpay.escrow.identity.application.TokenIssuer;
import com.trustpay.escrow.identity.domain.Registration;
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

    /** The address as registered (in lower case) and what to do next: log in with it. */
    record Registered(String email, String next) {}

    record LoginRequest(String email, String password) {}

    record LoginResponse(String accessToken, String tokenType, long expiresIn) {}

    private final Accounts accounts;

    AuthController(Accounts accounts) {
        this.accounts = accounts;
    }

    /**
     * 202 with the same answer whether the address was new or already had an account, so that the endpoint cannot
     * be used to find out who has one; the user goes on by logging in (which fails for a stranger who does not know
     * the existing account's password).
     */
    @PostMapping("/register")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Registered register(@RequestBody RegisterRequest request) {
        Registration registration =
                Registration.of(request.name(), request.email(), request.password(), request.phone());
        accounts.register(registration);
        return new Registered(registration.email(), "LOG_IN");
    }

    @PostMapping("/login")
    LoginResponse login(@RequestBody LoginRequest request) {
        TokenIssuer.AccessToken token = accounts.login(request.email(), request.password());
        return new LoginResponse(token.value(), "Bearer", token.expiresInSeconds());
    }
}
