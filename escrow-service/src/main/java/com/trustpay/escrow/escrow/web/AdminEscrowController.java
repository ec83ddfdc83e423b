package com.trustpay.escrow.escrow.web;

import com.trustpay.escrow.escrow.application.EscrowCommands;
import com.trustpay.escrow.escrow.application.EscrowQueries;
import com.trustpay.escrow.escrow.application.PageRequest;
import com.trustpay.escrow.escrow.domain.EscrowStatus;
import com.trustpay.escrow.shared.web.Caller;
import com.trustpay.platform.problem.ProblemException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operations on escrows for admins: the work list, decide a dispute or a payout the bank reversed, retry a failed
 * release or refund.
 */
@RestController
@RequestMapping("/api/admin/escrows")
class AdminEscrowController {

    private static final Set<EscrowStatus> NEEDS_AN_ADMIN = EnumSet.of(
            EscrowStatus.DISPUTED,
            EscrowStatus.RELEASE_FAILED,
            EscrowStatus.REFUND_FAILED,
            EscrowStatus.PAYOUT_REVERSED);

    private final EscrowCommands commands;
    private final EscrowQueries queries;

    AdminEscrowController(EscrowCommands commands, EscrowQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /**
     * {@code GET /api/admin/escrows?status=DISPUTED,RELEASE_FAILED&q=K7Q3MX&limit=20&cursor=…}: any party's escrows,
     * newest first, a page at a time. {@code q} finds one escrow by its join code or id, in any status unless
     * {@code status} is given too. Without either, the work list: disputed escrows, failed releases and refunds, and
     * payouts the bank reversed. An unknown status is {@code INVALID_STATUS}; limits and cursors as for a party's list.
     */
    @GetMapping
    EscrowList find(
            @AuthenticationPrincipal Jwt jwt,
            @RequestParam(required = false) List<String> status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor) {
        Caller caller = Caller.of(jwt);
        boolean searching = q != null && !q.isBlank();
        Set<EscrowStatus> asked = status == null ? Set.of() : parse(status);
        Set<EscrowStatus> wanted = !asked.isEmpty() ? asked : searching ? Set.of() : NEEDS_AN_ADMIN;
        PageRequest page = PageRequest.of(limit, cursor);
        return EscrowList.of(queries.find(EscrowController.actor(caller), q, wanted, page), caller);
    }

    private static Set<EscrowStatus> parse(List<String> names) {
        Set<EscrowStatus> statuses = EnumSet.noneOf(EscrowStatus.class);
        for (String name : names) {
            if (name.isBlank()) {
                continue;
            }
            try {
                statuses.add(EscrowStatus.valueOf(name.trim()));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("status", "INVALID_STATUS", "Unknown escrow status " + name);
            }
        }
        return statuses;
    }

    /**
     * {@code POST /api/admin/escrows/{id}/resolve} with {@code {"outcome": "RELEASE" | "REFUND", "note": …}}, or
     * {@code {"outcome": "SPLIT", "releasePaise": …, "note": …}} for a dispute: that much of what is held to the
     * payee, the rest refunded ({@code SPLIT_OUT_OF_RANGE} unless 1 paisa to all but 1 paisa, ADR 0021).
     */
    @PostMapping("/{id}/resolve")
    EscrowResponse resolve(
            @AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @RequestBody EscrowRequests.Resolve body) {
        Caller caller = Caller.of(jwt);
        if (EscrowRequests.split(body.outcome())) {
            return EscrowResponse.of(
                    commands.split(EscrowController.actor(caller), id, body.releasePaise(), body.note()), caller);
        }
        boolean release = EscrowRequests.releaseToPayee(body.outcome());
        return EscrowResponse.of(commands.resolve(EscrowController.actor(caller), id, release, body.note()), caller);
    }

    /**
     * {@code POST /api/admin/escrows/{id}/reversal} with {@code {"decision": "PAY_AGAIN" | "REFUND", "note": …}}: what
     * happens to a payout the bank reversed (PAYOUT_REVERSED). Problems as for {@code resolve}; another decision is
     * {@code INVALID_DECISION} (400).
     */
    @PostMapping("/{id}/reversal")
    EscrowResponse decideReversal(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable UUID id,
            @RequestBody EscrowRequests.ReversalDecision body) {
        Caller caller = Caller.of(jwt);
        boolean payAgain = EscrowRequests.payAgain(body.decision());
        return EscrowResponse.of(
                commands.decideReversal(EscrowController.actor(caller), id, payAgain, body.note()), caller);
    }

    @PostMapping("/{id}/retry-release")
    EscrowResponse retryRelease(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        Caller caller = Caller.of(jwt);
        return EscrowResponse.of(commands.retryRelease(EscrowController.actor(caller), id), caller);
    }

    @PostMapping("/{id}/retry-refund")
    EscrowResponse retryRefund(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        Caller caller = Caller.of(jwt);
        return EscrowResponse.of(commands.retryRefund(EscrowController.actor(caller), id), caller);
    }
}
