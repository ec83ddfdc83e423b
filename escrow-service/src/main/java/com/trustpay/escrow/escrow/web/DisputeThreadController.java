package com.trustpay.escrow.escrow.web;

import com.trustpay.escrow.escrow.application.DisputeThread;
import com.trustpay.escrow.escrow.domain.DisputeMessage;
import com.trustpay.escrow.escrow.domain.Escrow;
import com.trustpay.escrow.escrow.domain.EscrowSnapshot;
import com.trustpay.escrow.escrow.domain.Party;
import com.trustpay.escrow.shared.web.Caller;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dispute thread: {@code GET|POST /api/escrows/{id}/dispute/messages} for the parties (and admins), the same
 * under {@code /api/admin/escrows/{id}/dispute/messages} for the admin console (admins only, by the security
 * rules of {@code /api/admin/**}). Messages come oldest first, newest last. An escrow the caller may not see is
 * 404; a message while the escrow is not DISPUTED is {@code ILLEGAL_TRANSITION} (409); a blank or too long text is
 * {@code MESSAGE_REQUIRED} / {@code MESSAGE_TOO_LONG} (400). A POST with an {@code Idempotency-Key} is safe to
 * retry.
 */
@RestController
class DisputeThreadController {

    /** A new message. */
    record NewMessage(String text) {}

    /**
     * One message as the caller sees it. {@code authorUserId} of an admin's message is shown to admins only; the
     * parties see "TrustPay staff".
     */
    record MessageView(
            UUID id, String author, String authorName, UUID authorUserId, boolean mine, String text, Instant postedAt) {

        static MessageView of(DisputeMessage m, Escrow escrow, Caller caller) {
            EscrowSnapshot s = escrow.snapshot();
            String name =
                    switch (m.author()) {
                        case PAYER -> nameOf(s.payer(), "The payer");
                        case PAYEE -> nameOf(s.payee(), "The payee");
                        case ADMIN -> "TrustPay staff";
                    };
            boolean hidden = m.author() == DisputeMessage.Author.ADMIN && !caller.isAdmin();
            return new MessageView(
                    m.id(),
                    m.author().name(),
                    name,
                    hidden ? null : m.authorId(),
                    m.authorId().equals(caller.userId()),
                    m.text(),
                    m.postedAt());
        }

        private static String nameOf(Party party, String fallback) {
            return party == null || party.name() == null ? fallback : party.name();
        }
    }

    private final DisputeThread thread;

    DisputeThreadController(DisputeThread thread) {
        this.thread = thread;
    }

    @GetMapping({"/api/escrows/{id}/dispute/messages", "/api/admin/escrows/{id}/dispute/messages"})
    List<MessageView> messages(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        Caller caller = Caller.of(jwt);
        DisputeThread.View view = thread.read(EscrowController.actor(caller), id);
        return view.messages().stream()
                .map(m -> MessageView.of(m, view.escrow(), caller))
                .toList();
    }

    @PostMapping({"/api/escrows/{id}/dispute/messages", "/api/admin/escrows/{id}/dispute/messages"})
    @ResponseStatus(HttpStatus.CREATED)
    MessageView post(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable UUID id,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestBody(required = false) NewMessage body) {
        Caller caller = Caller.of(jwt);
        String key = EscrowController.idempotencyKey(idempotencyKey);
        DisputeThread.Posted posted =
                thread.post(EscrowController.actor(caller), id, body == null ? null : body.text(), key);
        return MessageView.of(posted.message(), posted.escrow(), caller);
    }
}
