package com.trustpay.notification.mail;

import com.trustpay.notification.directory.application.Directory;
import com.trustpay.notification.mail.application.MailPreferences;
import com.trustpay.notification.mail.application.MailQueue;
import com.trustpay.notification.mail.application.MailTransport;
import com.trustpay.notification.mail.application.UnsubscribeLinks;
import com.trustpay.notification.mail.domain.Backoff;
import com.trustpay.notification.mail.domain.MailTemplate;
import com.trustpay.notification.mail.persistence.MailRepository;
import com.trustpay.notification.mail.smtp.SmtpTransport;
import com.trustpay.platform.ops.OpsAlerts;
import com.trustpay.platform.scheduling.DueRows;
import com.trustpay.platform.scheduling.PeriodicJob;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

/** Wires the mail queue, its SMTP transport, templates, preferences and the sending job. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
public class MailConfiguration {

    @Bean
    MailRepository mailRepository(JdbcTemplate jdbc) {
        return new MailRepository(jdbc);
    }

    @Bean
    MailTransport mailTransport(JavaMailSender sender, MailProperties properties) {
        return new SmtpTransport(sender, properties.from());
    }

    @Bean
    UnsubscribeLinks unsubscribeLinks(
            @Value("${trustpay.notification.public-base-url}") String publicBaseUrl, MailProperties properties) {
        return new UnsubscribeLinks(publicBaseUrl, properties.unsubscribeSecret());
    }

    @Bean
    MailQueue mailQueue(
            MailRepository mails,
            JdbcTemplate jdbc,
            MailTransport transport,
            Directory directory,
            UnsubscribeLinks links,
            OpsAlerts alerts,
            MailProperties properties,
            Clock clock) {
        DueRows<UUID> due = DueRows.in("mail_message", "id", UUID.class)
                .dueAt("next_attempt_at")
                .where("status = 'QUEUED'")
                .build(jdbc);
        MailTemplate template = new MailTemplate(
                resource("templates/mail/notification.html"), resource("templates/mail/notification.txt"));
        return new MailQueue(
                mails,
                due,
                transport,
                template,
                directory,
                links,
                alerts,
                new Backoff(properties.firstRetry(), properties.maxRetry(), properties.maxAttempts()),
                properties.opsAddress(),
                clock);
    }

    @Bean
    MailPreferences mailPreferences(MailRepository mails, UnsubscribeLinks links) {
        return new MailPreferences(mails, links);
    }

    @Bean
    PeriodicJob mailSendingJob(MailQueue queue, MailProperties properties) {
        return new PeriodicJob("mail-sender", properties.sendEvery(), queue::sendDue);
    }

    private static String resource(String path) {
        try (InputStream in = MailConfiguration.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
