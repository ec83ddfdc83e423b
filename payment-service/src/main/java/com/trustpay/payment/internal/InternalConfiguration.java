package com.trustpay.payment.internal;

import com.trustpay.payment.internal.application.ProviderReads;
import com.trustpay.payment.internal.persistence.RecordedTransactionsQuery;
import com.trustpay.payment.internal.persistence.TransactionsQuery;
import com.trustpay.payment.internal.web.InternalApiSecurity;
import com.trustpay.payment.internal.web.InternalToken;
import com.trustpay.payment.provider.domain.PayoutListing;
import com.trustpay.payment.provider.domain.PayoutProvider;
import com.trustpay.payment.provider.domain.SettlementReports;
import com.trustpay.payment.routing.application.CollectionProviders;
import com.trustpay.platform.web.servlet.ServletProblems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Wires the internal read API's query and the service's security chain: {@code /internal/**} needs the token
 * {@code payment.internal.token} (env {@code PAYMENT_INTERNAL_TOKEN}), which may be empty under the sandbox profile
 * only (platform-web's production-readiness check refuses to start without it otherwise).
 */
@Configuration(proxyBeanMethods = false)
class InternalConfiguration {

    @Bean
    TransactionsQuery transactionsQuery(JdbcTemplate jdbc) {
        return new TransactionsQuery(jdbc);
    }

    @Bean
    RecordedTransactionsQuery recordedTransactionsQuery(JdbcTemplate jdbc) {
        return new RecordedTransactionsQuery(jdbc);
    }

    @Bean
    ProviderReads providerReads(
            RecordedTransactionsQuery recorded,
            CollectionProviders collections,
            PayoutProvider payouts,
            PayoutListing payoutListing,
            SettlementReports settlementReports) {
        return new ProviderReads(recorded, collections, payouts, payoutListing, settlementReports);
    }

    @Bean
    InternalToken internalToken(@Value("${payment.internal.token:}") String token) {
        return InternalToken.of(token);
    }

    @Bean
    SecurityFilterChain internalApiSecurity(HttpSecurity http, InternalToken token, ServletProblems problems)
            throws Exception {
        return InternalApiSecurity.chain(http, token, problems);
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler(ServletProblems problems) {
        return InternalApiSecurity.rejectedAsProblem(problems);
    }
}
