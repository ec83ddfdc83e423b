package com.trustpay.notification.directory;

import com.trustpay.notification.directory.application.Directory;
import com.trustpay.notification.directory.application.IdentityProjection;
import com.trustpay.notification.directory.messaging.IdentityListener;
import com.trustpay.notification.directory.persistence.EscrowFactsRepository;
import com.trustpay.notification.directory.persistence.PeopleRepository;
import com.trustpay.platform.inbox.ProcessedMessages;
import com.trustpay.platform.messaging.InboundMessages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the projection of people and escrows, and the identity listener. */
@Configuration(proxyBeanMethods = false)
public class DirectoryConfiguration {

    @Bean
    Directory directory(JdbcClient jdbc) {
        return new Directory(new PeopleRepository(jdbc), new EscrowFactsRepository(jdbc));
    }

    @Bean
    IdentityProjection identityProjection(
            Directory directory, ProcessedMessages processed, PlatformTransactionManager transactions) {
        return new IdentityProjection(directory, processed, new TransactionTemplate(transactions));
    }

    @Bean
    IdentityListener identityListener(InboundMessages inbound, IdentityProjection projection) {
        return new IdentityListener(inbound, projection);
    }
}
