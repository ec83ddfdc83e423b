package com.trustpay.notification.notification;

import com.trustpay.notification.directory.application.Directory;
import com.trustpay.notification.mail.MailProperties;
import com.trustpay.notification.mail.application.MailQueue;
import com.trustpay.notification.notification.application.Feed;
import com.trustpay.notification.notification.application.Links;
import com.trustpay.notification.notification.application.Notify;
import com.trustpay.notification.notification.application.WhoLearnsWhat;
import com.trustpay.notification.notification.messaging.EventListener;
import com.trustpay.notification.notification.persistence.NotificationRepository;
import com.trustpay.notification.notification.persistence.ParkedEvents;
import com.trustpay.platform.inbox.ProcessedMessages;
import com.trustpay.platform.messaging.EnvelopeCodec;
import com.trustpay.platform.messaging.InboundMessages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires who learns what, the notification store, the feed and the listeners. */
@Configuration(proxyBeanMethods = false)
public class NotificationConfiguration {

    @Bean
    NotificationRepository notificationRepository(JdbcTemplate jdbc) {
        return new NotificationRepository(jdbc);
    }

    @Bean
    WhoLearnsWhat whoLearnsWhat(
            Directory directory,
            @Value("${trustpay.notification.public-base-url}") String publicBaseUrl,
            MailProperties mail) {
        return new WhoLearnsWhat(directory, new Links(publicBaseUrl), mail.opsMailSeverity());
    }

    @Bean
    Notify notify(
            ProcessedMessages processed,
            Directory directory,
            WhoLearnsWhat table,
            NotificationRepository notifications,
            JdbcTemplate jdbc,
            MailQueue mail,
            EnvelopeCodec codec,
            PlatformTransactionManager transactions) {
        return new Notify(
                processed,
                directory,
                table,
                notifications,
                new ParkedEvents(jdbc),
                mail,
                codec,
                new TransactionTemplate(transactions));
    }

    @Bean
    Feed feed(NotificationRepository notifications) {
        return new Feed(notifications);
    }

    @Bean
    EventListener notificationEventListener(InboundMessages inbound, Notify notify) {
        return new EventListener(inbound, notify);
    }
}
