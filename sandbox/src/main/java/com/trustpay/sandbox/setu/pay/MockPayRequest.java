package com.trustpay.sandbox.setu.pay;

/** Mock payer body: {@code refId} is the product instance id (or its NPCI ref id). */
record MockPayRequest(
        String refId, String payerVpa, String payeeVpa, Long amount, String payerName, String payerRespCode) {}
