package com.trustpay.payment.vpa;

import com.trustpay.payment.attempt.persistence.AttemptRepository;
import com.trustpay.payment.payout.persistence.PayoutRepository;
import com.trustpay.payment.vpa.application.VpaReencryption;
import com.trustpay.platform.crypto.ColumnReencryption;
import com.trustpay.platform.crypto.FieldCipher;
import com.trustpay.platform.scheduling.PeriodicJob;
import java.time.Duration;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the VPA re-encryption and its job (first a minute after start, so a rotation takes effect soon). */
@Configuration(proxyBeanMethods = false)
class VpaConfiguration {

    @Bean
    VpaReencryption vpaReencryption(JdbcTemplate jdbc, TransactionTemplate tx, FieldCipher cipher) {
        return new VpaReencryption(
                Stream.of(AttemptRepository.SEALED, PayoutRepository.SEALED_SERIES, PayoutRepository.SEALED_PAYOUT)
                        .map(columns -> new ColumnReencryption(jdbc, tx, cipher, columns))
                        .toList());
    }

    @Bean
    PeriodicJob vpaReencryptionJob(
            VpaReencryption reencryption,
            @Value("${trustpay.crypto.reencrypt-first-after:1m}") Duration firstAfter,
            @Value("${trustpay.crypto.reencrypt-every:6h}") Duration every) {
        return new PeriodicJob("vpa-reencryption", firstAfter, every, reencryption::run);
    }
}
