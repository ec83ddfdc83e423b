package com.trustpay.escrow.escrow.domain;

import static com.trustpay.escrow.escrow.domain.EscrowFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.escrow.escrow.domain.EscrowAction.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The (action, status, role) matrix: the action table says what it should (written out here a second time, by
 * hand, so a change to the table is a change to this test), the aggregate refuses exactly what the table refuses,
 * and the allowed actions it lists for a person are the table's.
 */
class EscrowActionTableTest {

    /** action → "STATUS ... : ROLE ..." lines; a status listed on several lines gets the union of their roles. */
    private static final Map<EscrowAction, List<String>> EXPECTED = new EnumMap<>(Map.ofEntries(
            Map.entry(EscrowAction.JOIN, List.of("AWAITING_PARTNER : NEWCOMER")),
            Map.entry(EscrowAction.PAY, List.of("AWAITING_PAYMENT PAYMENT_PENDING PAYMENT_FAILED : PAYER")),
            Map.entry(EscrowAction.CHECK_PAYMENT, List.of("PAYMENT_PENDING PAYMENT_FAILED : PAYER PAYEE ADMIN")),
            Map.entry(EscrowAction.RETRY_PAYMENT, List.of("PAYMENT_FAILED : PAYER ADMIN")),
            Map.entry(EscrowAction.CONFIRM, List.of("HELD : PAYER PAYEE")),
            Map.entry(EscrowAction.CONFIRM_MILESTONE, List.of("HELD : PAYER PAYEE")),
            Map.entry(EscrowAction.RESOLVE_SPLIT, List.of("DISPUTED : ADMIN")),
            Map.entry(EscrowAction.MARK_DELIVERED, List.of("HELD : PAYEE")),
            Map.entry(
                    EscrowAction.CANCEL,
                    List.of(
                            "AWAITING_PARTNER AWAITING_PAYMENT PAYMENT_PENDING PAYMENT_FAILED : PAYER PAYEE ADMIN",
                            "HELD : PAYEE ADMIN")),
            Map.entry(EscrowAction.DISPUTE, List.of("HELD : PAYER PAYEE")),
            Map.entry(EscrowAction.POST_DISPUTE_MESSAGE, List.of("DISPUTED : PAYER PAYEE ADMIN")),
            Map.entry(EscrowAction.RESOLVE, List.of("DISPUTED RELEASE_FAILED : ADMIN")),
            Map.entry(EscrowAction.DECIDE_REVERSAL, List.of("PAYOUT_REVERSED : ADMIN")),
            Map.entry(EscrowAction.RETRY_RELEASE, List.of("RELEASE_FAILED : ADMIN")),
            Map.entry(EscrowAction.RETRY_REFUND, List.of("REFUND_FAILED : ADMIN"))));

    /** Each action through the aggregate's own method; PAY has none (the money arrives as an outcome). */
    private static final Map<EscrowAction, BiFunction<Escrow, Actor, List<EscrowEvent>>> RUN =
            new EnumMap<>(Map.<EscrowAction, BiFunction<Escrow, Actor, List<EscrowEvent>>>ofEntries(
                    Map.entry(
                            EscrowAction.POST_DISPUTE_MESSAGE,
                            (e, a) -> e.postDisputeMessage(a, "Here is the photo", UUID.randomUUID(), NOW)),
                    Map.entry(EscrowAction.JOIN, (e, a) -> e.join(new Party(a.userId(), "Meera", "meera@upi"), NOW)),
                    Map.entry(EscrowAction.CHECK_PAYMENT, (e, a) -> e.checkPayment(a)),
                    Map.entry(EscrowAction.RETRY_PAYMENT, (e, a) -> e.retryPayment(a, NOW)),
                    Map.entry(EscrowAction.CONFIRM, (e, a) -> e.confirm(a)),
                    // the same escrow, released in two milestones (a state the fixtures reach only in HELD)
                    Map.entry(EscrowAction.CONFIRM_MILESTONE, (e, a) -> Escrow.restore(
                                    e.snapshot().withMilestones(planned()))
                            .confirmMilestone(a, 1)),
                    Map.entry(EscrowAction.RESOLVE_SPLIT, (e, a) -> e.split(a, AMOUNT / 2, "half each", NOW)),
                    Map.entry(EscrowAction.MARK_DELIVERED, (e, a) -> e.markDelivered(a, NOW)),
                    Map.entry(EscrowAction.CANCEL, (e, a) -> e.cancel(a, "changed plans")),
                    Map.entry(EscrowAction.DISPUTE, (e, a) -> e.dispute(a, "not as described")),
                    Map.entry(EscrowAction.RESOLVE, (e, a) -> e.resolve(a, true, "checked the evidence", NOW)),
                    Map.entry(EscrowAction.DECIDE_REVERSAL, (e, a) -> e.decideReversal(a, true, "new account", NOW)),
                    Map.entry(EscrowAction.RETRY_RELEASE, (e, a) -> e.retryRelease(a)),
                    Map.entry(EscrowAction.RETRY_REFUND, (e, a) -> e.retryRefund(a))));

    /** Everyone who may look at an escrow or join it, an admin who is also the payer included. */
    private static final Map<String, Actor> PEOPLE = Map.of(
            "payer", AS_PAYER,
            "payee", AS_PAYEE,
            "admin", AS_ADMIN,
            "stranger", STRANGER,
            "admin who is the payer", Actor.admin(PAYER.userId()));

    @Test
    void theTableSaysWhichRolesMayTakeEachActionInEachStatus() {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrder(EscrowAction.values());
        List<String> wrong = new ArrayList<>();
        for (EscrowAction action : EscrowAction.values()) {
            Map<EscrowStatus, Set<Role>> expected = parse(EXPECTED.get(action));
            for (EscrowStatus status : EscrowStatus.values()) {
                Set<Role> want = expected.getOrDefault(status, EnumSet.noneOf(Role.class));
                if (!action.roles(status).equals(want)) {
                    wrong.add(action + " in " + status + ": table has " + action.roles(status) + ", expected " + want);
                }
                for (Role role : Role.values()) {
                    if (action.allows(status, EnumSet.of(role)) != want.contains(role)) {
                        wrong.add(action + " in " + status + " by " + role + ": allows() disagrees");
                    }
                }
            }
            assertThat(action.statuses()).as(action.name()).isEqualTo(expected.keySet());
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aDeciderMustBeNoPartyEvenWhenAnAdmin() {
        Set<Role> adminPayer = EnumSet.of(Role.ADMIN, Role.PAYER);
        assertThat(EscrowAction.RESOLVE.allows(EscrowStatus.DISPUTED, adminPayer))
                .isFalse();
        assertThat(EscrowAction.DECIDE_REVERSAL.allows(EscrowStatus.PAYOUT_REVERSED, adminPayer))
                .isFalse();
        assertThat(EscrowAction.RETRY_RELEASE.allows(EscrowStatus.RELEASE_FAILED, adminPayer))
                .isTrue();
        assertThat(EscrowAction.CANCEL.allows(EscrowStatus.HELD, adminPayer))
                .as("as an admin")
                .isTrue();
    }

    @Test
    void theAggregateRefusesExactlyWhatTheTableRefuses() {
        List<String> wrong = new ArrayList<>();
        for (var run : RUN.entrySet()) {
            EscrowAction action = run.getKey();
            for (EscrowStatus status : EscrowStatus.values()) {
                for (var person : PEOPLE.entrySet()) {
                    Escrow escrow = inStatus(status);
                    boolean allowed = action.allows(status, escrow.rolesOf(person.getValue()));
                    String outcome;
                    try {
                        List<EscrowEvent> events = run.getValue().apply(escrow, person.getValue());
                        outcome = events.isEmpty() ? "no events" : "done";
                    } catch (EscrowRuleException refused) {
                        outcome = escrow.status() == status ? "refused" : "refused but changed";
                    }
                    String expected = allowed ? "done" : "refused";
                    if (!outcome.equals(expected)) {
                        wrong.add(action + " in " + status + " by " + person.getKey() + ": expected " + expected
                                + " but " + outcome);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theAllowedActionsOfAPersonAreTheTablesForTheirRolesAndTheStatus() {
        Escrow held = inStatus(EscrowStatus.HELD);
        assertThat(held.allowedActions(AS_PAYER)).containsExactly(EscrowAction.CONFIRM, EscrowAction.DISPUTE);
        assertThat(held.allowedActions(AS_PAYEE))
                .containsExactly(
                        EscrowAction.CONFIRM, EscrowAction.MARK_DELIVERED, EscrowAction.CANCEL, EscrowAction.DISPUTE);
        assertThat(held.allowedActions(AS_ADMIN)).containsExactly(EscrowAction.CANCEL);
        assertThat(held.allowedActions(STRANGER)).isEmpty();

        held.confirm(AS_PAYER);
        assertThat(held.allowedActions(AS_PAYER))
                .as("a payer who confirmed is not offered to confirm again")
                .containsExactly(EscrowAction.DISPUTE);

        Escrow delivered = inStatus(EscrowStatus.HELD);
        delivered.markDelivered(AS_PAYEE, NOW);
        assertThat(delivered.allowedActions(AS_PAYEE))
                .as("a delivery marked is the payee's confirmation and is not offered again")
                .containsExactly(EscrowAction.CANCEL, EscrowAction.DISPUTE);
        assertThat(delivered.allowedActions(AS_PAYER)).containsExactly(EscrowAction.CONFIRM, EscrowAction.DISPUTE);

        assertThat(inStatus(EscrowStatus.AWAITING_PARTNER).allowedActions(STRANGER))
                .containsExactly(EscrowAction.JOIN);
        assertThat(inStatus(EscrowStatus.PAYMENT_FAILED).allowedActions(AS_PAYER))
                .containsExactly(
                        EscrowAction.PAY, EscrowAction.CHECK_PAYMENT, EscrowAction.RETRY_PAYMENT, EscrowAction.CANCEL);
        assertThat(inStatus(EscrowStatus.DISPUTED).allowedActions(Actor.admin(PAYEE.userId())))
                .as("an admin who is the payee does not decide their own dispute, but writes in it as the payee")
                .containsExactly(EscrowAction.POST_DISPUTE_MESSAGE);
        assertThat(inStatus(EscrowStatus.DISPUTED).allowedActions(AS_ADMIN))
                .containsExactly(EscrowAction.POST_DISPUTE_MESSAGE, EscrowAction.RESOLVE, EscrowAction.RESOLVE_SPLIT);
        assertThat(inStatus(EscrowStatus.DISPUTED).allowedActions(AS_PAYER))
                .containsExactly(EscrowAction.POST_DISPUTE_MESSAGE);
        for (EscrowStatus status : EnumSet.of(
                EscrowStatus.RELEASED, EscrowStatus.REFUNDED, EscrowStatus.CANCELLED, EscrowStatus.EXPIRED)) {
            for (Actor actor : PEOPLE.values()) {
                assertThat(inStatus(status).allowedActions(actor))
                        .as(status.name())
                        .isEmpty();
            }
        }
    }

    @Test
    void theNextStepSaysWhoMustActInPlainWords() {
        Escrow held = inStatus(EscrowStatus.HELD);
        assertThat(NextStep.of(held, AS_PAYER)).isEqualTo("Your turn: confirm when the deal is done");
        held.confirm(AS_PAYER);
        assertThat(NextStep.of(held, AS_PAYER)).isEqualTo("Waiting for the payee to confirm");
        assertThat(NextStep.of(held, AS_PAYEE))
                .isEqualTo("Your turn: the payer confirmed; confirm when the deal is done");
        assertThat(NextStep.of(held, AS_ADMIN)).isEqualTo("Waiting for the payee to confirm");
        assertThat(NextStep.of(inStatus(EscrowStatus.PAYMENT_PENDING), AS_PAYER))
                .isEqualTo("Your turn: pay the amount into escrow");
        assertThat(NextStep.of(inStatus(EscrowStatus.PAYMENT_PENDING), AS_PAYEE))
                .isEqualTo("Waiting for the payer to pay");
        assertThat(NextStep.of(inStatus(EscrowStatus.DISPUTED), AS_ADMIN)).isEqualTo("Your turn: decide the dispute");
        assertThat(NextStep.of(inStatus(EscrowStatus.DISPUTED), AS_PAYEE))
                .isEqualTo("Waiting for TrustPay staff to decide the dispute");
        for (EscrowStatus status : EscrowStatus.values()) {
            for (Actor actor : PEOPLE.values()) {
                assertThat(NextStep.of(inStatus(status), actor))
                        .as(status.name())
                        .isNotBlank();
            }
        }
    }

    @Test
    void theOutcomesThatChangedNothingVisibleNowReturnTheirEvents() {
        Escrow pending = inStatus(EscrowStatus.PAYMENT_PENDING);
        PaymentOffer offer = new PaymentOffer(1, "ref1", "upi://pay?pa=x", null, null, null, NOW);
        assertThat(pending.paymentOffered(offer))
                .singleElement()
                .isInstanceOfSatisfying(EscrowEvent.PaymentOffered.class, e -> assertThat(e.paymentReference())
                        .isEqualTo("ref1"));
        assertThat(pending.paymentOffered(offer)).as("the same offer again").isEmpty();

        Escrow releasing = inStatus(EscrowStatus.RELEASING);
        assertThat(releasing.payoutInitiated("po_1", NOW))
                .singleElement()
                .isInstanceOfSatisfying(EscrowEvent.PayoutInitiated.class, e -> assertThat(e.round())
                        .isEqualTo(1));
        assertThat(releasing.payoutInitiated("po_1", NOW)).as("reported twice").isEmpty();
        assertThat(releasing.payoutRetryScheduled("bank busy", NOW))
                .singleElement()
                .isInstanceOfSatisfying(EscrowEvent.PayoutRetryScheduled.class, e -> assertThat(e.reason())
                        .isEqualTo("bank busy"));
        assertThat(releasing.status()).isEqualTo(EscrowStatus.RELEASING);
    }

    @Test
    void everyEventHasAStableKindThatIsItsPublishedName() {
        Transition t = new Transition(EscrowStatus.HELD, EscrowStatus.HELD);
        assertThat(new EscrowEvent.FundsHeld(t, 1, AMOUNT, "ref").kind()).isEqualTo("FundsHeld");
        assertThat(new EscrowEvent.PartyConfirmed(t, null, UUID.randomUUID()).kind())
                .isEqualTo("PartyConfirmed");
        assertThat(new EscrowEvent.PayoutRetryScheduled(t, 1, "x").kind()).isEqualTo("PayoutRetryScheduled");
        assertThat(new EscrowEvent.DeliveryMarked(t, UUID.randomUUID(), NOW, NOW).kind())
                .isEqualTo("DeliveryMarked");
        assertThat(new EscrowEvent.InspectionEndingSoon(t, NOW).kind()).isEqualTo("InspectionEndingSoon");
        assertThat(new EscrowEvent.AutoReleased(t, AMOUNT, NOW).kind()).isEqualTo("AutoReleased");
    }

    private static Map<EscrowStatus, Set<Role>> parse(List<String> lines) {
        Map<EscrowStatus, Set<Role>> map = new EnumMap<>(EscrowStatus.class);
        for (String line : lines) {
            String[] sides = line.split(":");
            Set<Role> roles = Arrays.stream(sides[1].trim().split(" +"))
                    .map(Role::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
            for (String status : sides[0].trim().split(" +")) {
                map.computeIfAbsent(EscrowStatus.valueOf(status), s -> EnumSet.noneOf(Role.class))
                        .addAll(roles);
            }
        }
        return map;
    }
}
