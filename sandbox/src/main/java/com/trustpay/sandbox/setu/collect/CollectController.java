package com.trustpay.sandbox.setu.collect;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/merchants/collect} (201) and {@code GET /api/v1/merchants/collect/{id}}. */
@RestController
class CollectController {

    private final CollectService service;

    CollectController(CollectService service) {
        this.service = service;
    }

    @PostMapping("/api/v1/merchants/collect")
    @ResponseStatus(HttpStatus.CREATED)
    CollectView create(@RequestHeader("merchantId") String merchantId, @RequestBody CreateCollectRequest request) {
        return service.create(merchantId, request);
    }

    @GetMapping("/api/v1/merchants/collect/{id}")
    CollectView fetch(@RequestHeader("merchantId") String merchantId, @PathVariable String id) {
        return service.fetch(merchantId, id);
    }
}
