package com.trustpay.escrow.escrow.web;

import com.trustpay.contracts.PartyRole;
import com.trustpay.contracts.PaymentMode;
import com.trustpay.escrow.escrow.EscrowProperties;
import com.trustpay.escrow.escrow.application.CreateEscrow;
import com.trustpay.escrow.escrow.application.EscrowCommands;
import com.trustpay.escrow.escrow.application.EscrowQueries;
import com.trustpay.escrow.escrow.application.PageRequest;
import com.trustpay.escrow.escrow.domain.Actor;
import com.trustpay.escrow.escrow.domain.AmountLimits;
import com.trustpay.escrow.escrow.domain.Escrow;
import com.trustpay.escrow.escrow.domain.EscrowTerms;
import com.trustpay.escrow.escrow.domain.InvalidInputException;
import com.trustpay.escrow.escrow.domain.JoinCode;
import com.trustpay.escrow.escrow.domain.Milestone;
import com.trustpay.escrow.escrow.domain.Vpa;
import com.trustpay.escrow.shared.web.Caller;
import com.trustpay.platform.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The parties' escrow API (ARCHITECTURE §8). Escrows the caller may not see answer 404. */
@RestController
@RequestMapping("/api/escrows")
class EscrowController {

    record Preview(
            String code,
            String name,
            String title,
            String description,
            long amountPaise,
            String currency,
            PartyRole creatorRole,
            String creatorName,
            PartyRole joinAs,
            Instant codeExpiresAt) {}

    /**
     * What one escrow paid in {@code paymentMode} may hold, for the create form to say before the user sends it; the
     * same limits {@link EscrowTerms#of} enforces.
     */
    record AmountLimit(PaymentMode paymentMode, long minAmountPaise, long maxAmountPaise) {}

    private static final int MAX_IDEMPOTENCY_KEY = 100;

    private final EscrowCommands commands;
    private final EscrowQueries queries;
    private final EscrowProperties properties;
    private final ReceiptRenderer receipts;

    EscrowController(
            EscrowCommands commands, EscrowQueries queries, EscrowProperties properties, ReceiptRenderer receipts) {
        this.commands = commands;
        this.queries = queries;
        this.properties = properties;
        this.receipts = receipts;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    EscrowResponse create(
            @AuthenticationPrincipal Jwt jwt,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestBody EscrowRequests.Create body) {
        Caller caller = Caller.of(jwt);
        EscrowTerms terms = EscrowTerms.of(
                body.title(),
                body.description(),
                body.amountPaise(),
                EscrowRequests.mode(body.paymentMode()),
                properties.maxAmountPaise(),
                body.inspectionDays());
        List<Milestone> milestones =
                Milestone.plan(EscrowRequests.proposed(body.milestones()), terms.amountPaise(), terms.paymentMode());
        PartyRole role = EscrowRequests.role(body.role());
        String vpa = Vpa.normalise(body.vpa());
        String key = idempotencyKey(idempotencyKey);
        CreateEscrow command =
                new CreateEscrow(terms, role, vpa, key, hash(terms, role, vpa) + milestoneHash(milestones), milestones);
        Escrow escrow = commands.create(actor(caller), caller.name(), command);
        return EscrowResponse.of(escrow, caller);
    }

    /**
     * {@code GET /api/escrows?limit=20&cursor=…}: the caller's escrows, newest first, a page at a time ({@code limit}
     * 1–100, else {@code INVALID_LIMIT}; a cursor we did not give out is {@code INVALID_CURSOR}).
     */
    @GetMapping
    EscrowList mine(
            @AuthenticationPrincipal Jwt jwt,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor) {
        Caller caller = Caller.of(jwt);
        return EscrowList.of(queries.mine(actor(caller), PageRequest.of(limit, cursor)), caller);
    }

    @GetMapping("/amount-limits")
    List<AmountLimit> amountLimits() {
        return Arrays.stream(PaymentMode.values())
                .map(mode -> new AmountLimit(
                        mode, AmountLimits.MIN_PAISE, AmountLimits.maxPaise(mode, properties.maxAmountPaise())))
                .toList();
    }

    @GetMapping("/{id}")
    EscrowResponse one(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        Caller caller = Caller.of(jwt);
        return EscrowResponse.of(queries.get(actor(caller), id), caller);
    }

    @GetMapping("/by-code/{code}")
    Preview preview(@PathVariable String code) {
        Escrow escrow = queries.preview(JoinCode.normalise(code));
        var s = escrow.snapshot();
        PartyRole creatorRole = s.creatorRole();
        return new Preview(
                s.code(),
                s.name(),
                s.terms().title(),
                s.terms().description(),
                s.terms().amountPaise(),
                "INR",
                creatorRole,
                escrow.creator().name(),
                creatorRole == PartyRole.PAYER ? PartyRole.PAYEE : PartyRole.PAYER,
                s.codeExpiresAt());
    }

    @PostMapping("/join")
    EscrowResponse join(@AuthenticationPrincipal Jwt jwt, @RequestBody EscrowRequests.Join body) {
        Caller caller = Caller.of(jwt);
        String code = JoinCode.normalise(body.code());
        String vpa = Vpa.normalise(body.vpa());
        Escrow escrow = commands.join(actor(caller), caller.name(), code, vpa);
        return EscrowResponse.of(escrow, caller);
    }

    @GetMapping("/{id}/payment")
    PaymentView payment(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return paymentOf(queries.get(actor(Caller.of(jwt)), id));
    }

    @PostMapping("/{id}/payment/check")
    @ResponseStatus(HttpStatus.ACCEPTED)
    PaymentView checkPayment(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return paymentOf(commands.checkPayment(actor(Caller.of(jwt)), id));
    }

    @PostMapping("/{id}/payment/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    PaymentView retryPayment(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return paymentOf(commands.retryPayment(actor(Caller.of(jwt)), id));
    }

    @PostMapping("/{id}/confirm")
    EscrowResponse confirm(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        Caller caller = Caller.of(jwt);
        return EscrowResponse.of(commands.confirm(actor(caller), id), caller);
    }

    /**
     * The payee marks the deal delivered (ADR 0018); like confirm, sending it again changes nothing and answers the
     * escrow as it is.
     */
    @PostMapping("/{id}/deliver")
    EscrowResponse deliver(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        Caller caller = Caller.of(jwt);
        return EscrowResponse.of(commands.markDelivered(actor(caller), id), caller);
    }

    /**
     * {@code POST /api/escrows/{id}/milestones/{n}/confirm}: a party says milestone {@code n} is done (ADR 0021); once
     * both did, it is paid out. Sending it again changes nothing.
     */
    @PostMapping("/{id}/milestones/{milestone}/confirm")
    EscrowResponse confirmMilestone(
            @AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @PathVariable int milestone) {
        Caller caller = Caller.of(jwt);
        return EscrowResponse.of(commands.confirmMilestone(actor(caller), id, milestone), caller);
    }

    @PostMapping("/{id}/cancel")
    EscrowResponse cancel(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable UUID id,
            @RequestBody(required = false) EscrowRequests.Reason body) {
        Caller caller = Caller.of(jwt);
        String reason = EscrowRequests.reasonOf(body);
        return EscrowResponse.of(commands.cancel(actor(caller), id, reason), caller);
    }

    @PostMapping("/{id}/dispute")
    EscrowResponse dispute(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable UUID id,
            @RequestBody(required = false) EscrowRequests.Reason body) {
        Caller caller = Caller.of(jwt);
        String reason = EscrowRequests.reasonOf(body);
        return EscrowResponse.of(commands.dispute(actor(caller), id, reason), caller);
    }

    /**
     * The timeline. Which admin acted (decided, wrote in the dispute, retried) and the internal line of each row are
     * for admins only: the parties read an admin as TrustPay ({@link HistoryEntry}).
     */
    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        Caller caller = Caller.of(jwt);
        Escrow escrow = queries.get(actor(caller), id);
        return queries.history(actor(caller), id).stream()
                .map(e -> HistoryEntry.of(e, escrow, caller))
                .toList();
    }

    @GetMapping(value = "/{id}/receipt", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> receipt(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        Escrow escrow = queries.paidEscrow(actor(Caller.of(jwt)), id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"trustpay-receipt-" + escrow.code() + ".pdf\"")
                .body(receipts.render(escrow));
    }

    static Actor actor(Caller caller) {
        return new Actor(caller.userId(), caller.isAdmin());
    }

    private static PaymentView paymentOf(Escrow escrow) {
        PaymentView view = PaymentView.of(escrow.payment());
        if (view == null) {
            throw ProblemException.conflict(
                    "PAYMENT_NOT_REQUESTED", "Payment is requested once the partner has joined");
        }
        return view;
    }

    /** The {@code Idempotency-Key} header, stripped; null when absent or blank; {@code INVALID_IDEMPOTENCY_KEY}. */
    static String idempotencyKey(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > MAX_IDEMPOTENCY_KEY) {
            throw InvalidInputException.of(
                    "INVALID_IDEMPOTENCY_KEY",
                    "Idempotency-Key may have at most " + MAX_IDEMPOTENCY_KEY + " characters");
        }
        return raw.strip();
    }

    /** The request's meaning, hashed: equal bodies (after normalising) give equal hashes. */
    private static String hash(EscrowTerms terms, PartyRole role, String vpa) {
        String canonical = String.join(
                        "\u001f",
                        terms.title(),
                        String.valueOf(terms.description()),
                        Long.toString(terms.amountPaise()),
                        terms.paymentMode().name(),
                        role.name(),
                        vpa)
                // the default period hashes as before it existed, so keys recorded then still replay
                + (terms.inspectionDays() == EscrowTerms.DEFAULT_INSPECTION_DAYS
                        ? ""
                        : "\u001f" + terms.inspectionDays());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The milestones' part of the request hash: nothing without milestones, so earlier keys still replay. */
    private static String milestoneHash(List<Milestone> milestones) {
        if (milestones.isEmpty()) {
            return "";
        }
        String canonical = String.join(
                "\u001e",
                milestones.stream()
                        .map(m -> m.title() + "\u001f" + m.amountPaise())
                        .toList());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return ":" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
