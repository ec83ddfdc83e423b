package com.trustpay.payment.ledger;

import com.trustpay.payment.ledger.application.Ledger;
import com.trustpay.payment.ledger.persistence.LedgerRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Wires the ledger. */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

    @Bean
    LedgerRepository ledgerRepository(JdbcTemplate jdbc) {
        return new LedgerRepository(jdbc);
    }

    @Bean
    Ledger ledger(LedgerRepository rows) {
        return new Ledger(rows);
    }
}
