package com.trustpay.sandbox.setu.dqr;

import com.trustpay.sandbox.setu.common.MerchantResourceController;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Dynamic QR under {@code /api/v1/merchants/dqr}: create (201), fetch, and expire. */
@RestController
@RequestMapping("/api/v1/merchants/dqr")
class DqrController extends MerchantResourceController<CreateDqrRequest, DqrView, DqrService> {

    DqrController(DqrService service) {
        super(service);
    }

    @PutMapping("/{id}/expire")
    DqrView expire(@RequestHeader("merchantId") String merchantId, @PathVariable String id) {
        return resources().expireNow(merchantId, id);
    }
}
