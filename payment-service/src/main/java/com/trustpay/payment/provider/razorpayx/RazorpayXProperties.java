package com.trustpay.payment.provider.razorpayx;

import com.trustpay.payment.provider.http.HttpSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * RazorpayX settings ({@code payment.payout.*}, from {@code PAYOUT_*} in the environment).
 *
 * @param accountNumber the business account payouts debit
 */
@ConfigurationProperties("payment.payout")
public record RazorpayXProperties(
        String baseUrl, String keyId, String keySecret, String accountNumber, HttpSettings http) {

    public RazorpayXProperties {
        http = http == null ? new HttpSettings(null, null, null, 0, 1) : http;
    }
}
