/**
 * Setu customer-VPA verification (PROVIDERS.md 1.4): asynchronous, {@code pending -> valid | invalid | failed}
 * after a short virtual delay ({@code invalid@} is invalid, {@code verifyfail@} failed, anything else valid), with
 * {@code customer_vpa.*} notifications and the sandbox mock that sets the result.
 */
package com.trustpay.sandbox.setu.vpa;
