package com.trustpay.payment.audit;

import com.trustpay.payment.audit.application.AuditLog;
import com.trustpay.payment.audit.persistence.AuditRepository;
import com.trustpay.platform.ops.OpsAlerts;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Wires the audit log and its table. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    AuditRepository auditRepository(JdbcTemplate jdbc) {
        return new AuditRepository(jdbc);
    }

    @Bean
    AuditLog auditLog(AuditRepository repository, OpsAlerts alerts, Clock clock) {
        return new AuditLog(repository, alerts, clock);
    }
}
