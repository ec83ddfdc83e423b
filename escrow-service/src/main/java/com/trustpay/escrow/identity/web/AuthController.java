package com.trustpay.escrow.identity.web;

import com.trustpay.escrow.identity.application.Accounts;
import com.trustpay.escrow.identity.application.Sessions;
import com.trustpay.escrow.identity.domain.Registration;
import com.trustpay.platform.problem.ProblemException;
import com.trustpay.platform.web.Problem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/auth/register}, {@code /login}, {@code /refresh} and {@code /logout}: the only API paths without a
 * token. Login and refresh answer an access token and set the session cookie ({@link SessionCookie}); refresh and
 * logout read only that cookie.
 */
@RestController
@RequestMapping("/api/auth")
class AuthController {

    record RegisterRequest(String name, String email, String password, String phone) {}

    /** The address as registered (in lower case) and what to do next: log in with it. */
    record Registered(String email, String next) {}

    record LoginRequest(String email, String password) {}

    record LoginResponse(String accessToken, String tokenType, long expiresIn) {}

    private final Accounts accounts;
    private final Sessions sessions;

    AuthController(Accounts accounts, Sessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
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
    ResponseEntity<LoginResponse> login(@RequestBody LoginRequest request) {
        return answer(sessions.logIn(request.email(), request.password()));
    }

    /**
     * A new access token for the session cookie, and the cookie rotated (kept as it is for a second tab). A refused
     * refresh also clears the cookie, so the browser stops presenting a dead token.
     */
    @PostMapping("/refresh")
    ResponseEntity<?> refresh(
            @RequestHeader(name = SessionCookie.HEADER, required = false) String marker,
            @CookieValue(name = SessionCookie.NAME, required = false) String secret) {
        SessionCookie.requireHeader(marker);
        try {
            return answer(sessions.refresh(secret));
        } catch (ProblemException refused) {
            HttpHeaders headers = Problem.headersOf(refused);
            headers.add(HttpHeaders.SET_COOKIE, SessionCookie.cleared());
            return Problem.of(refused).at("/api/auth/refresh").toResponseEntity(headers);
        }
    }

    /** Ends the session on the server (every token of its family) and tells the browser to forget the cookie. */
    @PostMapping("/logout")
    ResponseEntity<Void> logout(
            @RequestHeader(name = SessionCookie.HEADER, required = false) String marker,
            @CookieValue(name = SessionCookie.NAME, required = false) String secret) {
        SessionCookie.requireHeader(marker);
        sessions.logOut(secret);
        return ResponseEntity.noContent()
                .header(HttpHeaders.SET_COOKIE, SessionCookie.cleared())
                .build();
    }

    private ResponseEntity<LoginResponse> answer(Sessions.SignedIn signedIn) {
        LoginResponse body = new LoginResponse(
                signedIn.accessToken().value(), "Bearer", signedIn.accessToken().expiresInSeconds());
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        signedIn.refreshSecret()
                .ifPresent(
                        secret -> ok.header(HttpHeaders.SET_COOKIE, SessionCookie.set(secret, sessions.refreshTtl())));
        return ok.body(body);
    }
}
