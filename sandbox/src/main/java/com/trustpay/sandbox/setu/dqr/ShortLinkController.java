package com.trustpay.sandbox.setu.dqr;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/resolve/{code}}: a Dynamic QR's short link, answered with a 302 to its intent link. Public, as
 * a payer's phone opens it without a token.
 */
@RestController
class ShortLinkController {

    private final DqrService service;

    ShortLinkController(DqrService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/resolve/{code}")
    ResponseEntity<Void> resolve(@PathVariable String code) {
        return ResponseEntity.status(HttpStatus.FOUND)
                .location(URI.create(service.intentLink(code)))
                .build();
    }
}
