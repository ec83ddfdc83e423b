package com.trustpay.escrow.escrow.domain;

import static com.trustpay.escrow.escrow.domain.EscrowFixtures.*;
import static com.trustpay.escrow.escrow.domain.EscrowStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every action in every status: it either leads to the expected status, with events whose transitions the table
 * allows, or is refused and changes nothing.
 */
class EscrowActionMatrixTest {

    private static final Duration INSPECTION = Duration.ofDays(EscrowTerms.DEFAULT_INSPECTION_DAYS);

    private record Action(
            String name, Function<Escrow, List<EscrowEvent>> run, Map<EscrowStatus, EscrowStatus> leadsTo) {}

    private static Map<EscrowStatus, EscrowStatus> leads(EscrowStatus... pairs) {
        Map<EscrowStatus, EscrowStatus> map = new EnumMap<>(EscrowStatus.class);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** A refund that succeeds completes REFUNDING and REFUND_FAILED; elsewhere it is an anomaly that stays. */
    private static Map<EscrowStatus, EscrowStatus> refundSucceededLeads() {
        Map<EscrowStatus, EscrowStatus> map = new EnumMap<>(EscrowStatus.class);
        for (EscrowStatus status : EscrowStatus.values()) {
            map.put(status, status);
        }
        map.put(REFUNDING, REFUNDED);
        map.put(REFUND_FAILED, REFUNDED);
        map.remove(REFUNDED);
        return map;
    }

    private static final List<Action> ACTIONS = List.of(
            new Action(
                    "join",
                    e -> e.join(new Party(UUID.randomUUID(), "Meera", "meera@upi"), NOW),
                    leads(AWAITING_PARTNER, PAYMENT_PENDING)),
            new Action("retry payment", e -> e.retryPayment(AS_PAYER, NOW), leads(PAYMENT_FAILED, PAYMENT_PENDING)),
            new Action(
                    "check payment",
                    e -> e.checkPayment(AS_PAYER),
                    leads(PAYMENT_PENDING, PAYMENT_PENDING, PAYMENT_FAILED, PAYMENT_FAILED)),
            new Action(
                    "confirm by both",
                    e -> {
                        List<EscrowEvent> events = new ArrayList<>(e.confirm(AS_PAYER));
                        events.addAll(e.confirm(AS_PAYEE));
                        return events;
                    },
                    leads(HELD, RELEASING)),
            new Action("mark delivered", e -> e.markDelivered(AS_PAYEE, NOW), leads(HELD, HELD)),
            new Action(
                    "split a dispute",
                    e -> e.split(AS_ADMIN, AMOUNT - 100, "mostly delivered", NOW),
                    leads(DISPUTED, RELEASING)),
            new Action(
                    "mark delivered, then the payer confirms",
                    e -> {
                        List<EscrowEvent> events = new ArrayList<>(e.markDelivered(AS_PAYEE, NOW));
                        events.addAll(e.confirm(AS_PAYER));
                        return events;
                    },
                    leads(HELD, RELEASING)),
            new Action(
                    "mark delivered, then the inspection period ends",
                    e -> {
                        List<EscrowEvent> events = new ArrayList<>(e.markDelivered(AS_PAYEE, NOW));
                        events.addAll(e.releaseAfterInspection(NOW.plus(INSPECTION)));
                        return events;
                    },
                    leads(HELD, RELEASING)),
            new Action(
                    "inspection period ends without a delivery",
                    e -> e.releaseAfterInspection(NOW.plus(Duration.ofDays(365))),
                    leads()),
            new Action(
                    "inspection reminder without a delivery",
                    e -> e.remindInspectionEnding(NOW.plus(Duration.ofDays(365))),
                    leads()),
            new Action(
                    "cancel by admin",
                    e -> e.cancel(AS_ADMIN, "ops"),
                    leads(
                            AWAITING_PARTNER, CANCELLED,
                            AWAITING_PAYMENT, CANCELLED,
                            PAYMENT_PENDING, CANCELLED,
                            PAYMENT_FAILED, CANCELLED,
                            HELD, REFUNDING)),
            new Action("dispute", e -> e.dispute(AS_PAYER, "broken"), leads(HELD, DISPUTED)),
            new Action(
                    "post a dispute message",
                    e -> e.postDisputeMessage(AS_PAYEE, "I sent it", UUID.randomUUID(), NOW),
                    leads(DISPUTED, DISPUTED)),
            new Action(
                    "resolve for payee",
                    e -> e.resolve(AS_ADMIN, true, "ok", NOW),
                    leads(DISPUTED, RELEASING, RELEASE_FAILED, RELEASING)),
            new Action(
                    "resolve for payer",
                    e -> e.resolve(AS_ADMIN, false, "ok", NOW),
                    leads(DISPUTED, REFUNDING, RELEASE_FAILED, REFUNDING)),
            new Action("retry release", e -> e.retryRelease(AS_ADMIN), leads(RELEASE_FAILED, RELEASING)),
            new Action(
                    "payout reversed",
                    e -> e.payoutReversed("po_1", AMOUNT, "reversed by the bank", NOW),
                    leads(RELEASED, PAYOUT_REVERSED)),
            new Action(
                    "decide reversal: pay again",
                    e -> e.decideReversal(AS_ADMIN, true, "new account", NOW),
                    leads(PAYOUT_REVERSED, RELEASING)),
            new Action(
                    "decide reversal: refund",
                    e -> e.decideReversal(AS_ADMIN, false, "payee unreachable", NOW),
                    leads(PAYOUT_REVERSED, REFUNDING)),
            new Action("retry refund", e -> e.retryRefund(AS_ADMIN), leads(REFUND_FAILED, REFUNDING)),
            new Action(
                    "refund failed", e -> e.refundFailed("rf_1", AMOUNT, "R21", NOW), leads(REFUNDING, REFUND_FAILED)),
            new Action("refund succeeded", e -> e.refundSucceeded("rf_1", AMOUNT, NOW, NOW), refundSucceededLeads()),
            new Action("expire code", e -> e.expireCode(NOW.plus(CODE_TTL)), leads(AWAITING_PARTNER, EXPIRED)));

    @Test
    void everyActionInEveryStatusLeadsWhereTheTableSaysOrIsRefused() {
        List<String> wrong = new ArrayList<>();
        for (Action action : ACTIONS) {
            for (EscrowStatus status : EscrowStatus.values()) {
                String outcome = outcome(action, status);
                EscrowStatus target = action.leadsTo().get(status);
                String expected = target == null ? "refused or no change" : target.name();
                if (!outcome.equals(expected)) {
                    wrong.add(action.name() + " in " + status + ": expected " + expected + " but was " + outcome);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static String outcome(Action action, EscrowStatus status) {
        Escrow escrow = inStatus(status);
        assertThat(escrow.status()).isEqualTo(status);
        return run(action.run(), escrow, status);
    }

    /** Where an escrow released in two milestones (ADR 0021) can be; the milestone actions start from each. */
    private enum Stage {
        NOTHING_RELEASED,
        FIRST_RELEASING,
        FIRST_PAID,
        FIRST_FAILED,
        IN_DISPUTE,
        CANCELLED_AND_REFUNDING;

        Escrow escrow() {
            Escrow escrow = heldInMilestones();
            switch (this) {
                case NOTHING_RELEASED -> {}
                case FIRST_RELEASING -> confirmBoth(escrow, 1);
                case FIRST_PAID -> {
                    confirmBoth(escrow, 1);
                    escrow.payoutSucceeded("po_m1", "utr", 150_000, NOW, NOW, 1);
                }
                case FIRST_FAILED -> {
                    confirmBoth(escrow, 1);
                    escrow.payoutFailed(1, "bank down", NOW, 1);
                }
                case IN_DISPUTE -> escrow.dispute(AS_PAYER, "late");
                case CANCELLED_AND_REFUNDING -> escrow.cancel(AS_PAYEE, "deal off");
            }
            return escrow;
        }
    }

    private record MilestoneAction(
            String name, Function<Escrow, List<EscrowEvent>> run, Map<Stage, EscrowStatus> leadsTo) {}

    private static final List<MilestoneAction> MILESTONE_ACTIONS = List.of(
            new MilestoneAction(
                    "confirm milestone 2 by both",
                    e -> {
                        List<EscrowEvent> events = new ArrayList<>(e.confirmMilestone(AS_PAYER, 2));
                        events.addAll(e.confirmMilestone(AS_PAYEE, 2));
                        return events;
                    },
                    Map.of(
                            Stage.NOTHING_RELEASED,
                            HELD,
                            Stage.FIRST_RELEASING,
                            RELEASING,
                            Stage.FIRST_PAID,
                            RELEASING)),
            new MilestoneAction(
                    "cancel by the payee",
                    e -> e.cancel(AS_PAYEE, "deal off"),
                    Map.of(Stage.NOTHING_RELEASED, REFUNDING, Stage.FIRST_PAID, REFUNDING)),
            new MilestoneAction(
                    "dispute",
                    e -> e.dispute(AS_PAYER, "late"),
                    Map.of(Stage.NOTHING_RELEASED, DISPUTED, Stage.FIRST_PAID, DISPUTED)),
            new MilestoneAction(
                    "split",
                    e -> e.split(AS_ADMIN, 50_000L, "half of the rest", NOW),
                    Map.of(Stage.IN_DISPUTE, RELEASING)),
            new MilestoneAction(
                    "milestone 1 paid",
                    e -> e.payoutSucceeded("po_m1", "utr", 150_000, NOW, NOW, 1),
                    // elsewhere an anomaly for operators, which changes no status
                    Map.of(
                            Stage.FIRST_RELEASING, HELD,
                            Stage.FIRST_FAILED, HELD,
                            Stage.NOTHING_RELEASED, HELD,
                            Stage.IN_DISPUTE, DISPUTED,
                            Stage.CANCELLED_AND_REFUNDING, REFUNDING)),
            new MilestoneAction(
                    "milestone 1 failed for good",
                    e -> e.payoutFailed(1, "bank down", NOW, 1),
                    Map.of(Stage.FIRST_RELEASING, RELEASE_FAILED)),
            new MilestoneAction("retry the release", e -> e.retryRelease(AS_ADMIN), Map.of(Stage.FIRST_FAILED, HELD)),
            new MilestoneAction(
                    "resolve for the payee",
                    e -> e.resolve(AS_ADMIN, true, "delivered", NOW),
                    Map.of(Stage.IN_DISPUTE, RELEASING, Stage.FIRST_FAILED, RELEASING)));

    @Test
    void everyMilestoneActionAtEveryStageLeadsWhereTheTablesSayOrIsRefused() {
        List<String> wrong = new ArrayList<>();
        for (MilestoneAction action : MILESTONE_ACTIONS) {
            for (Stage stage : Stage.values()) {
                Escrow escrow = stage.escrow();
                String outcome = run(action.run(), escrow, escrow.status());
                EscrowStatus target = action.leadsTo().get(stage);
                String expected = target == null ? "refused or no change" : target.name();
                if (!outcome.equals(expected)) {
                    wrong.add(action.name() + " at " + stage + ": expected " + expected + " but was " + outcome);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static String run(Function<Escrow, List<EscrowEvent>> action, Escrow escrow, EscrowStatus before) {
        List<EscrowEvent> events;
        try {
            events = action.apply(escrow);
        } catch (EscrowRuleException refused) {
            return escrow.status() == before ? "refused or no change" : "refused but changed to " + escrow.status();
        }
        for (EscrowEvent event : events) {
            Transition t = event.transition();
            if (t.changesStatus() && !EscrowTransitions.allows(t.from(), t.to())) {
                return "event outside the table " + t;
            }
        }
        return events.isEmpty() && escrow.status() == before
                ? "refused or no change"
                : escrow.status().name();
    }

    @Test
    void theFixturesCoverEveryStatus() {
        EnumSet<EscrowStatus> reached = EnumSet.noneOf(EscrowStatus.class);
        for (EscrowStatus status : EscrowStatus.values()) {
            reached.add(inStatus(status).status());
        }
        assertThat(reached).containsExactlyInAnyOrder(EscrowStatus.values());
    }
}
