package com.trustpay.sandbox.setu.refunds;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A refund's failure reason: {@code {adjCode, adjFlag, errCode, npciErrCode, npciErrDesc}}; {@code {}} if none. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RefundReason(String adjCode, String adjFlag, String errCode, String npciErrCode, String npciErrDesc) {

    static final RefundReason EMPTY = new RefundReason(null, null, null, null, null);
}
