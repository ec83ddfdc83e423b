package com.trustpay.escrow.escrow.domain;

import static com.trustpay.escrow.escrow.domain.EscrowStatus.*;

import com.trustpay.escrow.escrow.domain.EscrowRuleException.Kind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one action table of the escrow, beside the {@link EscrowTransitions transition table}: for each action a
 * person can take, in which statuses and by which {@link Role}s it may be taken. {@link Escrow} checks it before
 * every such action, and the API lists the caller's {@link #allowed allowed actions} so that the UI draws its
 * buttons from the table instead of its own copy of the state machine.
 *
 * <p>The creator of an escrow is always its payer or its payee, so "the creator" is no role of its own: before
 * anyone joined, the only party is the creator.
 */
public enum EscrowAction {
    /** The partner joins with the code (someone signed in who is no party yet). */
    JOIN(
            refusal(Kind.CONFLICT, "SELF_JOIN", "You cannot join your own escrow"),
            null,
            false,
            rule(Role.NEWCOMER, AWAITING_PARTNER)),
    /**
     * The payer pays the payment request at their UPI app (the pay screen). No method of {@link Escrow}: the money
     * arrives through {@link Escrow#paymentSucceeded}.
     */
    PAY(
            refusal(Kind.NOT_PERMITTED, "ONLY_PAYER", "Only the payer pays"),
            null,
            false,
            rule(Role.PAYER, AWAITING_PAYMENT, PAYMENT_PENDING, PAYMENT_FAILED)),
    /** "I have paid": ask payment-service to look at the provider now. */
    CHECK_PAYMENT(
            refusal(Kind.NOT_PERMITTED, "ONLY_PARTIES", "Only the payer and payee check the payment"),
            null,
            false,
            rule(Role.PAYER, PAYMENT_PENDING, PAYMENT_FAILED),
            rule(Role.PAYEE, PAYMENT_PENDING, PAYMENT_FAILED),
            rule(Role.ADMIN, PAYMENT_PENDING, PAYMENT_FAILED)),
    /** A new payment request after a failed one. */
    RETRY_PAYMENT(
            refusal(Kind.NOT_PERMITTED, "ONLY_PAYER", "Only the payer can retry the payment"),
            null,
            false,
            rule(Role.PAYER, PAYMENT_FAILED),
            rule(Role.ADMIN, PAYMENT_FAILED)),
    /** A party says the deal is done; once both did, the money is released. */
    CONFIRM(
            refusal(Kind.NOT_PERMITTED, "ONLY_PARTIES", "Only the payer and payee confirm"),
            null,
            false,
            rule(Role.PAYER, HELD),
            rule(Role.PAYEE, HELD)),
    /**
     * A party says one milestone is done (ADR 0021); once both did, that milestone's amount is paid out on its own.
     * Only for an escrow released in milestones, which offers neither {@link #CONFIRM} nor {@link #MARK_DELIVERED}.
     */
    CONFIRM_MILESTONE(
            refusal(Kind.NOT_PERMITTED, "ONLY_PARTIES", "Only the payer and payee confirm"),
            null,
            false,
            rule(Role.PAYER, HELD),
            rule(Role.PAYEE, HELD)),
    /**
     * The payee says the deal is delivered: it counts as the payee's confirmation and starts the payer's inspection
     * period, after which the money is released automatically (ADR 0018). Once per escrow: {@link Escrow} no longer
     * offers it after the delivery was marked.
     */
    MARK_DELIVERED(
            refusal(Kind.NOT_PERMITTED, "ONLY_PAYEE", "Only the payee marks the deal delivered"),
            null,
            false,
            rule(Role.PAYEE, HELD)),
    /**
     * Cancel before the money is held, or refund it after. Once it is held only the payee (who gives up the money)
     * or an admin may cancel; a payer who wants the money back opens a dispute.
     */
    CANCEL(
            refusal(Kind.NOT_PERMITTED, "ONLY_PARTIES", "Only the payer and payee cancel"),
            refusal(
                    Kind.CONFLICT,
                    "PAYER_CANNOT_CANCEL_HELD",
                    "The money is held: the payee can cancel and refund it, or you can open a dispute"),
            false,
            rule(Role.PAYER, AWAITING_PARTNER, AWAITING_PAYMENT, PAYMENT_PENDING, PAYMENT_FAILED),
            rule(Role.PAYEE, AWAITING_PARTNER, AWAITING_PAYMENT, PAYMENT_PENDING, PAYMENT_FAILED, HELD),
            rule(Role.ADMIN, AWAITING_PARTNER, AWAITING_PAYMENT, PAYMENT_PENDING, PAYMENT_FAILED, HELD)),
    /** A party says the deal went wrong; an admin decides. */
    DISPUTE(
            refusal(Kind.NOT_PERMITTED, "ONLY_PARTIES", "Only the payer and payee open a dispute"),
            null,
            false,
            rule(Role.PAYER, HELD),
            rule(Role.PAYEE, HELD)),
    /**
     * Add a message to the dispute's thread: the parties argue their case, and any admin may ask or answer (an admin
     * who is a party writes as that party, so this action is not impartial).
     */
    POST_DISPUTE_MESSAGE(
            refusal(Kind.NOT_PERMITTED, "ONLY_PARTIES", "Only the payer, the payee and admins write in a dispute"),
            null,
            false,
            rule(Role.PAYER, DISPUTED),
            rule(Role.PAYEE, DISPUTED),
            rule(Role.ADMIN, DISPUTED)),
    /** An admin decides a dispute or a release that failed for good: pay the payee or refund the payer. */
    RESOLVE(
            refusal(Kind.NOT_PERMITTED, "ADMIN_ONLY", "Only an admin can do this"),
            null,
            true,
            rule(Role.ADMIN, DISPUTED, RELEASE_FAILED)),
    /** An admin splits a dispute: part of what is held to the payee, the rest back to the payer (ADR 0021). */
    RESOLVE_SPLIT(
            refusal(Kind.NOT_PERMITTED, "ADMIN_ONLY", "Only an admin can do this"),
            null,
            true,
            rule(Role.ADMIN, DISPUTED)),
    /** An admin decides a payout the bank returned: pay again or refund (ADR 0014). */
    DECIDE_REVERSAL(
            refusal(Kind.NOT_PERMITTED, "ADMIN_ONLY", "Only an admin can do this"),
            null,
            true,
            rule(Role.ADMIN, PAYOUT_REVERSED)),
    /** An admin starts a new payout round after a failed one. */
    RETRY_RELEASE(
            refusal(Kind.NOT_PERMITTED, "ADMIN_ONLY", "Only an admin can do this"),
            null,
            false,
            rule(Role.ADMIN, RELEASE_FAILED)),
    /** An admin sends a refund that failed again. */
    RETRY_REFUND(
            refusal(Kind.NOT_PERMITTED, "ADMIN_ONLY", "Only an admin can do this"),
            null,
            false,
            rule(Role.ADMIN, REFUND_FAILED));

    /** The part someone plays in one escrow; an admin who is also a party plays both parts. */
    public enum Role {
        PAYER,
        PAYEE,
        ADMIN,
        /** Signed in but no party to this escrow (yet), admin or not: the partner who may join. */
        NEWCOMER
    }

    /** What the domain throws when an action is refused, before any status is considered. */
    record Refusal(Kind kind, String code, String detail) {
        EscrowRuleException exception() {
            return new EscrowRuleException(kind, code, detail);
        }
    }

    private record Rule(Role role, Set<EscrowStatus> statuses) {}

    private final Refusal notYourPart;
    private final Refusal notYourPartNow;
    private final boolean impartial;
    private final Map<EscrowStatus, Set<Role>> byStatus;

    EscrowAction(Refusal notYourPart, Refusal notYourPartNow, boolean impartial, Rule... rules) {
        this.notYourPart = notYourPart;
        this.notYourPartNow = notYourPartNow == null ? notYourPart : notYourPartNow;
        this.impartial = impartial;
        Map<EscrowStatus, Set<Role>> map = new EnumMap<>(EscrowStatus.class);
        for (Rule rule : rules) {
            for (EscrowStatus status : rule.statuses()) {
                map.computeIfAbsent(status, s -> EnumSet.noneOf(Role.class)).add(rule.role());
            }
        }
        this.byStatus = Collections.unmodifiableMap(map);
    }

    private static Refusal refusal(Kind kind, String code, String detail) {
        return new Refusal(kind, code, detail);
    }

    private static Rule rule(Role role, EscrowStatus... statuses) {
        return new Rule(role, Set.of(statuses));
    }

    /** The statuses in which someone may take this action. */
    public Set<EscrowStatus> statuses() {
        return byStatus.isEmpty() ? EnumSet.noneOf(EscrowStatus.class) : EnumSet.copyOf(byStatus.keySet());
    }

    /** The roles that may take this action in {@code status}; empty when nobody may. */
    public Set<Role> roles(EscrowStatus status) {
        Set<Role> roles = byStatus.get(status);
        return roles == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /**
     * Whether the decider must be no party to the escrow (an admin who is its payer or payee may not decide it,
     * {@code PARTY_CANNOT_RESOLVE}).
     */
    public boolean impartial() {
        return impartial;
    }

    /** Whether someone playing {@code roles} may take this action in {@code status}. */
    public boolean allows(EscrowStatus status, Set<Role> roles) {
        if (impartial && (roles.contains(Role.PAYER) || roles.contains(Role.PAYEE))) {
            return false;
        }
        Set<Role> allowed = byStatus.get(status);
        return allowed != null && roles.stream().anyMatch(allowed::contains);
    }

    /** The actions someone playing {@code roles} may take in {@code status}, in the table's order. */
    public static Set<EscrowAction> allowed(EscrowStatus status, Set<Role> roles) {
        EnumSet<EscrowAction> allowed = EnumSet.noneOf(EscrowAction.class);
        for (EscrowAction action : values()) {
            if (action.allows(status, roles)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /**
     * Refuses someone whose part plays no role in this action in any status ({@link #notYourPart}, e.g.
     * {@code ONLY_PARTIES}); a decider who is a party ({@code PARTY_CANNOT_RESOLVE}).
     */
    void requireRole(Set<Role> roles) {
        boolean anyStatus =
                byStatus.values().stream().anyMatch(allowed -> roles.stream().anyMatch(allowed::contains));
        if (!anyStatus) {
            throw notYourPart.exception();
        }
        if (impartial && (roles.contains(Role.PAYER) || roles.contains(Role.PAYEE))) {
            throw new EscrowRuleException(
                    Kind.NOT_PERMITTED,
                    "PARTY_CANNOT_RESOLVE",
                    "You are a party to this escrow: another admin must decide it");
        }
    }

    /**
     * Refuses the action in a status the table does not list for it ({@code ILLEGAL_TRANSITION}, naming {@code
     * verb}), or when the status does not allow the caller's part ({@link #notYourPartNow}, e.g. {@code
     * PAYER_CANNOT_CANCEL_HELD}).
     */
    void requireStatus(EscrowStatus status, Set<Role> roles, String verb) {
        Set<Role> allowed = byStatus.get(status);
        if (allowed == null) {
            throw new IllegalTransitionException(status, verb);
        }
        if (roles.stream().noneMatch(allowed::contains)) {
            throw notYourPartNow.exception();
        }
    }
}
