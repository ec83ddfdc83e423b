package com.trustpay.notification.mail.smtp;

import com.trustpay.notification.mail.application.MailTransport;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends through the configured SMTP server ({@code spring.mail.*}); any refusal is a {@link Failed}. */
public class SmtpTransport implements MailTransport {

    private final JavaMailSender sender;
    private final String from;

    public SmtpTransport(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(String to, String subject, String text, String html, Map<String, String> headers) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text, html);
            for (Map.Entry<String, String> header : headers.entrySet()) {
                message.addHeader(header.getKey(), header.getValue());
            }
            sender.send(message);
        } catch (MailException | MessagingException e) {
            throw new Failed("SMTP did not take the mail: " + e.getMessage(), e);
        }
    }
}
