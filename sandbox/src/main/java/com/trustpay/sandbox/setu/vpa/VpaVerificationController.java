package com.trustpay.sandbox.setu.vpa;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Customer VPA verify, poll and the sandbox mock. */
@RestController
class VpaVerificationController {

    private final VpaVerificationService service;

    VpaVerificationController(VpaVerificationService service) {
        this.service = service;
    }

    @PostMapping("/api/v1/merchants/customer-vpas/verify")
    VpaVerificationView verify(@RequestHeader("merchantId") String merchantId, @RequestBody VerifyVpaRequest r) {
        return service.start(merchantId, r);
    }

    @GetMapping("/api/v1/merchants/customer-vpas/verify/{id}")
    VpaVerificationView poll(@RequestHeader("merchantId") String merchantId, @PathVariable String id) {
        return service.poll(merchantId, id);
    }

    @PostMapping("/api/v1/merchants/customer-vpas/mock/verify")
    VpaVerificationView mock(@RequestHeader("merchantId") String merchantId, @RequestBody MockVerifyRequest r) {
        return service.mock(merchantId, r);
    }
}
