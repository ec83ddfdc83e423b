package com.trustpay.escrow.identity.web;

import com.trustpay.escrow.identity.application.Accounts;
import com.trustpay.escrow.identity.domain.Role;
import com.trustpay.escrow.identity.domain.User;
import com.trustpay.escrow.shared.web.Caller;
import com.trustpay.platform.problem.ProblemException;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: the caller. */
@RestController
class MeController {

    record Me(UUID userId, String name, String email, String phone, List<String> roles) {}

    private final Accounts accounts;

    MeController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/me")
    Me me(@AuthenticationPrincipal Jwt jwt) {
        Caller caller = Caller.of(jwt);
        User user = accounts.find(caller.userId())
                .orElseThrow(() -> ProblemException.notFound("USER_NOT_FOUND", "This user no longer exists"));
        return new Me(
                user.id(),
                user.name(),
                user.email(),
                user.phone(),
                user.roles().stream().map(Role::name).sorted().toList());
    }
}
