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
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
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

    /**
     * The event listeners' containers: Boot's settings and the platform's error handler, as every listener of the
     * suite, but batch listeners acknowledging once a poll (after its one transaction committed).
     */
    @Bean(EventListener.BATCH_FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> notificationBatchListenerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory =
                new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumers);
        factory.setBatchListener(true);
        factory.getContainerProperties().setAckMode(AckMode.BATCH);
        return factory;
    }

    @Bean
    EventListener notificationEventListener(InboundMessages inbound, Notify notify) {
        return new EventListener(inbound, notify);
    }
}
