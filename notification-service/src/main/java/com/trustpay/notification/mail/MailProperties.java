package com.trustpay.notification.mail;

import com.trustpay.contracts.ops.Severity;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Mail settings ({@code trustpay.mail.*}); the SMTP server itself is {@code spring.mail.*}.
 *
 * @param from the sender, e.g. {@code TrustPay <no-reply@trustpay.local>}
 * @param opsAddress where operators' mail goes
 * @param opsMailSeverity admin alerts of this severity or higher are mailed to {@code opsAddress} at once
 * @param unsubscribeSecret signs the unsubscribe links (at least 16 characters)
 * @param sendEvery how often each instance looks for due mail
 * @param maxAttempts attempts before a mail is given up (and an admin alerted)
 * @param firstRetry the pause after the first failure; it doubles up to {@code maxRetry}
 */
@ConfigurationProperties("trustpay.mail")
public record MailProperties(
        String from,
        String opsAddress,
        Severity opsMailSeverity,
        String unsubscribeSecret,
        Duration sendEvery,
        Integer maxAttempts,
        Duration firstRetry,
        Duration maxRetry) {

    public MailProperties {
        from = from == null ? "TrustPay <no-reply@trustpay.local>" : from;
        opsAddress = opsAddress == null ? "ops@trustpay.local" : opsAddress;
        opsMailSeverity = opsMailSeverity == null ? Severity.CRITICAL : opsMailSeverity;
        sendEvery = sendEvery == null ? Duration.ofSeconds(2) : sendEvery;
        maxAttempts = maxAttempts == null ? 6 : maxAttempts;
        firstRetry = firstRetry == null ? Duration.ofSeconds(10) : firstRetry;
        maxRetry = maxRetry == null ? Duration.ofMinutes(10) : maxRetry;
    }
}
