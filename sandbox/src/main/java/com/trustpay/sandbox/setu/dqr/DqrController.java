package com.trustpay.sandbox.setu.dqr;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Dynamic QR: create (201), fetch, expire, and the short-link resolver (302 to the intent link). */
@RestController
class DqrController {

    private final DqrService service;

    DqrController(DqrService service) {
        this.service = service;
    }

    @PostMapping("/api/v1/merchants/dqr")
    @ResponseStatus(HttpStatus.CREATED)
    DqrView create(@RequestHeader("merchantId") String merchantId, @RequestBody CreateDqrRequest request) {
        return service.create(merchantId, request);
    }

    @GetMapping("/api/v1/merchants/dqr/{id}")
    DqrView fetch(@RequestHeader("merchantId") String merchantId, @PathVariable String id) {
        return service.fetch(merchantId, id);
    }

    @PutMapping("/api/v1/merchants/dqr/{id}/expire")
    DqrView expire(@RequestHeader("merchantId") String merchantId, @PathVariable String id) {
        return service.expireNow(merchantId, id);
    }

    @GetMapping("/api/v1/resolve/{code}")
    ResponseEntity<Void> resolve(@PathVariable String code) {
        return ResponseEntity.status(HttpStatus.FOUND)
                .location(URI.create(service.intentLink(code)))
                .build();
    }
}
