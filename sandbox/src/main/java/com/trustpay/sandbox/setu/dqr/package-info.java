/**
 * Setu Dynamic QR / payment links (PROVIDERS.md 1.7): a real {@code upi://pay?...} intent link and a PNG QR code of
 * it; {@code active -> paid | closed}. Nobody pays a link unless the mock payer action is called.
 */
package com.trustpay.sandbox.setu.dqr;
