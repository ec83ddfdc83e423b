package com.trustpay.notification.mail.web;

import com.trustpay.notification.mail.application.MailQueue;
import com.trustpay.notification.mail.domain.OutgoingMail;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admins only (see the security rules): the mails given up on, and a retry for one. */
@RestController
class FailedMailController {

    record FailedMail(UUID id, UUID notificationId, UUID userId, String subject, int attempts, String lastError) {

        static FailedMail of(OutgoingMail mail) {
            return new FailedMail(
                    mail.id(), mail.notificationId(), mail.userId(), mail.subject(), mail.attempts(), mail.lastError());
        }
    }

    private final MailQueue queue;

    FailedMailController(MailQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/api/notifications/mails/failed")
    List<FailedMail> failed() {
        return queue.failed(200).stream().map(FailedMail::of).toList();
    }

    @PostMapping("/api/notifications/mails/{id}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void retry(@PathVariable UUID id) {
        queue.retry(id);
    }
}
