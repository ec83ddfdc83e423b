package com.trustpay.sandbox.setu.common;

/**
 * A kind of Setu resource a merchant creates and then reads back by id.
 *
 * @param <C> the create request body
 * @param <V> the response body of both calls
 */
public interface MerchantResources<C, V> {

    /** @throws SetuException a 400 when the request breaks Setu's rules */
    V create(String merchantId, C request);

    /** @throws SetuException a 404 when the merchant has no such resource */
    V fetch(String merchantId, String id);
}
