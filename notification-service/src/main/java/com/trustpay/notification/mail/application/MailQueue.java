package com.trustpay.notification.mail.application;

import com.trustpay.contracts.ops.Severity;
import com.trustpay.notification.directory.application.Directory;
import com.trustpay.notification.directory.domain.Person;
import com.trustpay.notification.mail.domain.Backoff;
import com.trustpay.notification.mail.domain.MailRequest;
import com.trustpay.notification.mail.domain.MailStatus;
import com.trustpay.notification.mail.domain.MailTemplate;
import com.trustpay.notification.mail.domain.OutgoingMail;
import com.trustpay.notification.mail.persistence.MailRepository;
import com.trustpay.platform.ops.Alert;
import com.trustpay.platform.ops.OpsAlerts;
import com.trustpay.platform.problem.ProblemException;
import com.trustpay.platform.scheduling.DueRows;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Mail waits in the database until the SMTP server takes it. {@link #enqueue} writes it in the notification's
 * transaction; {@link #sendDue} (a periodic job on every instance) claims due mails one at a time, so two instances
 * never send one twice, and reschedules a failed one with a growing pause. After the last attempt the mail is FAILED,
 * an admin alert goes out, and an admin can {@link #retry} it. The address is looked up when the mail is sent, so a
 * contact change in between is honoured and a registration that is still on its way only delays it.
 */
public class MailQueue {

    /** The alert kind raised for a mail given up on; never mailed itself, so an SMTP outage cannot feed itself. */
    public static final String UNDELIVERABLE = "MAIL_UNDELIVERABLE";

    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final int BATCH = 50;

    private final MailRepository mails;
    private final DueRows<UUID> due;
    private final MailTransport transport;
    private final MailTemplate template;
    private final Directory directory;
    private final UnsubscribeLinks unsubscribe;
    private final OpsAlerts alerts;
    private final Backoff backoff;
    private final String opsAddress;
    private final Clock clock;

    public MailQueue(
            MailRepository mails,
            DueRows<UUID> due,
            MailTransport transport,
            MailTemplate template,
            Directory directory,
            UnsubscribeLinks unsubscribe,
            OpsAlerts alerts,
            Backoff backoff,
            String opsAddress,
            Clock clock) {
        this.mails = mails;
        this.due = due;
        this.transport = transport;
        this.template = template;
        this.directory = directory;
        this.unsubscribe = unsubscribe;
        this.alerts = alerts;
        this.backoff = backoff;
        this.opsAddress = opsAddress;
        this.clock = clock;
    }

    /** Queues the mail in the caller's transaction, or records it as suppressed when the user turned it off. */
    public void enqueue(MailRequest request) {
        boolean wanted = request.critical() || request.toOps() || mails.nonCriticalEmail(request.userId());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("headline", request.headline());
        values.put("body", request.body());
        values.put("action", request.actionLabel() == null ? "Open TrustPay" : request.actionLabel());
        values.put("link", request.link() == null ? "" : request.link());
        values.put(
                "unsubscribe",
                request.toOps()
                        ? ""
                        : "Turn off activity mails (money and security mails always come): "
                                + unsubscribe.linkFor(request.userId()));
        MailTemplate.Rendered rendered = template.render(values);
        mails.insert(
                UUID.randomUUID(),
                request,
                "TrustPay: " + request.headline(),
                rendered.text(),
                rendered.html(),
                wanted ? MailStatus.QUEUED : MailStatus.SUPPRESSED,
                clock.instant());
    }

    /**
     * Sends the mails that are due, one claim each.
     *
     * @return how many were claimed
     */
    public int sendDue() {
        return due.workEach(clock, LEASE, BATCH, this::sendOne);
    }

    private void sendOne(UUID id) {
        Optional<OutgoingMail> found = mails.find(id).filter(m -> m.status() == MailStatus.QUEUED);
        if (found.isEmpty()) {
            return;
        }
        OutgoingMail mail = found.get();
        String to = address(mail);
        try {
            if (to == null) {
                throw new MailTransport.Failed("No e-mail address is known for user " + mail.userId() + " yet", null);
            }
            transport.send(to, mail.subject(), mail.textBody(), mail.htmlBody(), headers(mail));
            mails.sent(id, to, clock.instant());
        } catch (MailTransport.Failed e) {
            failed(mail, e.getMessage());
        }
    }

    private String address(OutgoingMail mail) {
        if (mail.userId() == null) {
            return opsAddress;
        }
        return directory.person(mail.userId()).map(Person::email).orElse(null);
    }

    private Map<String, String> headers(OutgoingMail mail) {
        if (mail.userId() == null) {
            return Map.of();
        }
        return Map.of(
                "List-Unsubscribe",
                "<" + unsubscribe.linkFor(mail.userId()) + ">",
                "List-Unsubscribe-Post",
                "List-Unsubscribe=One-Click");
    }

    private void failed(OutgoingMail mail, String error) {
        int attempts = mail.attempts() + 1;
        if (!backoff.givesUpAfter(attempts)) {
            mails.retryLater(mail.id(), attempts, error, clock.instant().plus(backoff.after(attempts)));
            return;
        }
        mails.givenUp(mail.id(), attempts, error);
        alerts.raise(Alert.of(
                        Severity.WARNING,
                        UNDELIVERABLE,
                        null,
                        "Mail " + mail.id() + " (\u201C" + mail.subject() + "\u201D) could not be sent after "
                                + attempts + " attempts: " + error + ". It stays in the failed mails for a retry.")
                .withKey(mail.id().toString()));
    }

    /** The mails given up on, newest first. */
    public List<OutgoingMail> failed(int limit) {
        return mails.withStatus(MailStatus.FAILED, limit);
    }

    /** Queues a failed mail again, with a fresh set of attempts. */
    public void retry(UUID id) {
        if (!mails.requeue(id, clock.instant())) {
            throw ProblemException.notFound("MAIL_NOT_FOUND", "No failed mail has this id.");
        }
    }
}
