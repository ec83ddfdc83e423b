package com.trustpay.sandbox.setu.common;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Setu's shape for a merchant resource (collect, Dynamic QR, refund): {@code POST <path>} creates it and answers
 * 201, {@code GET <path>/{id}} reads it. The subclass is the {@code @RestController}, names {@code <path>} with
 * {@code @RequestMapping} and adds the resource's other calls. The {@code merchantId} header has been checked against
 * the token by then.
 *
 * @param <C> the create request body
 * @param <V> the response body
 * @param <S> the service behind the calls, which the subclass's own calls use too
 */
public abstract class MerchantResourceController<C, V, S extends MerchantResources<C, V>> {

    private final S resources;

    protected MerchantResourceController(S resources) {
        this.resources = resources;
    }

    protected final S resources() {
        return resources;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public V create(@RequestHeader("merchantId") String merchantId, @RequestBody C request) {
        return resources.create(merchantId, request);
    }

    @GetMapping("/{id}")
    public V fetch(@RequestHeader("merchantId") String merchantId, @PathVariable String id) {
        return resources.fetch(merchantId, id);
    }
}
