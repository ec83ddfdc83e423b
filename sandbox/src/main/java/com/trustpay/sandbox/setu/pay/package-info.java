/**
 * Setu's sandbox payer action {@code POST /api/v1/merchants/pay} (PROVIDERS.md 1.11): pays a Dynamic QR or collect
 * as if a customer had approved it in a payer app. The payer VPA and {@code payerRespCode} decide the outcome.
 */
package com.trustpay.sandbox.setu.pay;
