package com.trustpay.sandbox.setu.collect;

import com.trustpay.sandbox.setu.common.MerchantResourceController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/merchants/collect} (201) and {@code GET /api/v1/merchants/collect/{id}}. */
@RestController
@RequestMapping("/api/v1/merchants/collect")
class CollectController extends MerchantResourceController<CreateCollectRequest, CollectView, CollectService> {

    CollectController(CollectService service) {
        super(service);
    }
}
