package com.trustpay.escrow.identity.web;

import com.trustpay.escrow.identity.application.AdminAccess;
import com.trustpay.escrow.shared.web.Caller;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/bootstrap {token}}: the signed-in caller becomes the first admin with the one-time bootstrap
 * token. The only {@code /api/admin} path open to a non-admin; the token works once.
 */
@RestController
class AdminBootstrapController {

    record BootstrapRequest(String token) {}

    /** The caller is an admin now; the role is in the next token, so they log in again. */
    record Bootstrapped(UUID userId, String next) {}

    private final AdminAccess admins;

    AdminBootstrapController(AdminAccess admins) {
        this.admins = admins;
    }

    @PostMapping("/api/admin/bootstrap")
    Bootstrapped bootstrap(@AuthenticationPrincipal Jwt jwt, @RequestBody BootstrapRequest request) {
        Caller caller = Caller.of(jwt);
        admins.bootstrap(caller.userId(), request.token());
        return new Bootstrapped(caller.userId(), "LOG_IN_AGAIN");
    }
}
