package com.trustpay.notification.mail.web;

import com.trustpay.notification.mail.application.MailPreferences;
import com.trustpay.platform.problem.ProblemException;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET/PUT /api/notifications/preferences} for the caller; {@code /api/notifications/unsubscribe} for the link
 * in every user mail: a GET shows a button (mail scanners follow links, so a GET changes nothing), the POST — also
 * the one-click unsubscribe of RFC 8058 — turns non-critical mail off.
 */
@RestController
class PreferencesController {

    record Preferences(Boolean nonCriticalEmail) {}

    private final MailPreferences preferences;

    PreferencesController(MailPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/api/notifications/preferences")
    Preferences get(@AuthenticationPrincipal Jwt jwt) {
        return new Preferences(preferences.nonCriticalEmail(UUID.fromString(jwt.getSubject())));
    }

    @PutMapping("/api/notifications/preferences")
    Preferences put(@AuthenticationPrincipal Jwt jwt, @RequestBody Preferences body) {
        if (body == null || body.nonCriticalEmail() == null) {
            throw ProblemException.invalid(
                    "nonCriticalEmail", "PREFERENCE_REQUIRED", "Say whether you want activity mails (true or false).");
        }
        UUID userId = UUID.fromString(jwt.getSubject());
        preferences.setNonCriticalEmail(userId, body.nonCriticalEmail());
        return new Preferences(preferences.nonCriticalEmail(userId));
    }

    @GetMapping(value = "/api/notifications/unsubscribe", produces = MediaType.TEXT_HTML_VALUE)
    String confirmPage() {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Unsubscribe</title></head><body>"
                + "<p>Stop TrustPay activity mails? Money and security mails still come.</p>"
                + "<form method=\"post\"><button type=\"submit\">Unsubscribe</button></form></body></html>";
    }

    @PostMapping("/api/notifications/unsubscribe")
    Preferences unsubscribe(@RequestParam(required = false) String user, @RequestParam(required = false) String token) {
        preferences.unsubscribe(user, token);
        return new Preferences(false);
    }
}
