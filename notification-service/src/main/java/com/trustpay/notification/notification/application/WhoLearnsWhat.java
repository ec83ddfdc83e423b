package com.trustpay.notification.notification.application;

import static com.trustpay.notification.notification.domain.Rupees.format;

import com.trustpay.contracts.Message;
import com.trustpay.contracts.PartyRole;
import com.trustpay.contracts.PaymentMode;
import com.trustpay.contracts.escrow.AutoReleased;
import com.trustpay.contracts.escrow.Cancelled;
import com.trustpay.contracts.escrow.CodeExpired;
import com.trustpay.contracts.escrow.DeliveryMarked;
import com.trustpay.contracts.escrow.DisputeMessagePosted;
import com.trustpay.contracts.escrow.DisputeResolved;
import com.trustpay.contracts.escrow.Disputed;
import com.trustpay.contracts.escrow.FundsHeld;
import com.trustpay.contracts.escrow.InspectionEndingSoon;
import com.trustpay.contracts.escrow.PartnerJoined;
import com.trustpay.contracts.escrow.PartyConfirmed;
import com.trustpay.contracts.escrow.RefundStarted;
import com.trustpay.contracts.escrow.Refunded;
import com.trustpay.contracts.escrow.ReleaseFailed;
import com.trustpay.contracts.escrow.ReleaseReversed;
import com.trustpay.contracts.escrow.ReleaseStarted;
import com.trustpay.contracts.ops.AdminAlert;
import com.trustpay.contracts.ops.Severity;
import com.trustpay.contracts.payment.PaymentExpired;
import com.trustpay.contracts.payment.PaymentFailed;
import com.trustpay.contracts.payment.PaymentRequested;
import com.trustpay.contracts.payment.RefundFailed;
import com.trustpay.contracts.payout.PayoutSucceeded;
import com.trustpay.notification.directory.application.Directory;
import com.trustpay.notification.directory.domain.EscrowFacts;
import com.trustpay.notification.mail.application.MailQueue;
import com.trustpay.notification.notification.domain.Category;
import com.trustpay.notification.notification.domain.Draft;
import com.trustpay.notification.notification.domain.Recipient;
import com.trustpay.platform.upi.UpiDeclines;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The table of who learns what (issue 14): for each event, the notifications it causes, in words a person
 * understands, with the amount in rupees, the escrow's title and a link. Events that tell nobody anything new
 * (EscrowCreated, PaymentAwaited, PaymentSucceeded, Released, …) cause none; {@link #needs} says which facts an event
 * waits for.
 */
public class WhoLearnsWhat {

    /** What must be known of an escrow before an event's notifications can be written. */
    public enum Needs {
        /** The event causes no notification. */
        IGNORED,
        /** Nothing: it can be told at once. */
        NOTHING,
        /** EscrowCreated: the title and the creator. */
        DESCRIPTION,
        /** EscrowCreated and PartnerJoined: also both parties. */
        PARTIES
    }

    private static final String REFUND_TIMELINE = "Banks take up to 5\u20137 working days to show a UPI refund.";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'IST'", Locale.ENGLISH)
            .withZone(ZoneId.of("Asia/Kolkata"));

    private final Directory directory;
    private final Links links;
    private final Severity opsMailSeverity;

    public WhoLearnsWhat(Directory directory, Links links, Severity opsMailSeverity) {
        this.directory = directory;
        this.links = links;
        this.opsMailSeverity = opsMailSeverity;
    }

    public Needs needs(Message message) {
        return switch (message) {
            case AdminAlert a -> Needs.NOTHING;
            case PartnerJoined m -> Needs.DESCRIPTION;
            case CodeExpired m -> Needs.DESCRIPTION;
            case Cancelled m -> Needs.DESCRIPTION;
            default -> causesNotifications(message) ? Needs.PARTIES : Needs.IGNORED;
        };
    }

    private static boolean causesNotifications(Message message) {
        return switch (message) {
            case PaymentRequested m -> true;
            case PaymentFailed m -> true;
            case PaymentExpired m -> true;
            case FundsHeld m -> true;
            case PartyConfirmed m -> true;
            case PayoutSucceeded m -> true;
            case ReleaseFailed m -> true;
            case ReleaseReversed m -> true;
            case ReleaseStarted m -> true;
            case RefundStarted m -> true;
            case Refunded m -> true;
            case RefundFailed m -> true;
            case Disputed m -> true;
            case DisputeMessagePosted m -> true;
            case DisputeResolved m -> true;
            case DeliveryMarked m -> true;
            case InspectionEndingSoon m -> true;
            case AutoReleased m -> true;
            default -> false;
        };
    }

    /** The notifications {@code message} causes, given what is known of its escrow. */
    public List<Draft> of(Message message, EscrowFacts e) {
        return switch (message) {
            case PartnerJoined m -> partnerJoined(e);
            case PaymentRequested m -> paymentRequested(m, e);
            case PaymentFailed m ->
                toPayer(
                        e,
                        "PAYMENT_FAILED",
                        "Your payment for " + e.quotedTitle() + " did not go through",
                        // what to do, in the same words as the escrow's page (one table, UpiDeclines)
                        UpiDeclines.explain(m.reasonCode(), m.reason()) + " You can try again from the escrow.",
                        "Try again",
                        links.pay(e.escrowId()));
            case PaymentExpired m ->
                toPayer(
                        e,
                        "PAYMENT_EXPIRED",
                        "The payment request for " + e.quotedTitle() + " expired",
                        "Nothing was paid before the request ran out at " + when(m.expiredAt())
                                + ". Start a new payment when you are ready.",
                        "Try again",
                        links.pay(e.escrowId()));
            case FundsHeld m -> fundsHeld(m, e);
            case PartyConfirmed m -> partyConfirmed(m, e);
            case PayoutSucceeded m -> paidOut(m, e);
            case ReleaseFailed m -> releaseFailed(m, e);
            case ReleaseReversed m -> releaseReversed(m, e);
            case ReleaseStarted m -> e.disputed() ? disputeResolved(e, "RELEASE", m.amountPaise(), null) : List.of();
            case RefundStarted m ->
                e.disputed() ? disputeResolved(e, "REFUND", m.amountPaise(), m.reason()) : refundStarted(m, e);
            case Refunded m -> refunded(m, e);
            case RefundFailed m -> refundFailed(m, e);
            case Disputed m -> disputed(m, e);
            case DisputeMessagePosted m -> messagePosted(m, e);
            case DisputeResolved m -> decided(m, e);
            case CodeExpired m -> codeExpired(m, e);
            case Cancelled m -> cancelled(m, e);
            case AdminAlert m -> adminAlert(m, e);
            case DeliveryMarked m -> deliveryMarked(m, e);
            case InspectionEndingSoon m -> inspectionEndingSoon(m, e);
            case AutoReleased m -> autoReleased(m, e);
            default -> List.of();
        };
    }

    private List<Draft> partnerJoined(EscrowFacts e) {
        UUID partner = e.partner().orElse(null);
        String partnerName = directory.nameOf(partner, "Your partner");
        String amount = amount(e);
        boolean creatorPays = e.creatorRole() == PartyRole.PAYER;
        String body = creatorPays
                ? "Payment of " + amount + " is open: pay now to put the money in escrow."
                : "Payment of " + amount + " is open. We are waiting for " + partnerName
                        + " to pay and will tell you when the money is held.";
        return List.of(user(
                e.creatorUserId(),
                "PARTNER_JOINED",
                Category.ACTIVITY,
                e,
                partnerName + " joined " + e.quotedTitle(),
                body,
                creatorPays ? "Pay now" : "View escrow",
                creatorPays ? links.pay(e.escrowId()) : links.escrow(e.escrowId())));
    }

    private List<Draft> paymentRequested(PaymentRequested m, EscrowFacts e) {
        String how = m.mode() == PaymentMode.COLLECT
                ? "A collect request is waiting in your UPI app"
                        + (m.collectId() == null ? "" : " (" + m.collectId() + ")") + ": approve it"
                : "Open the payment link" + (link(m) == null ? "" : " " + link(m))
                        + " or scan the QR code in your UPI app";
        return toPayer(
                e,
                "PAYMENT_REQUESTED",
                "Pay " + format(m.amountPaise()) + " for " + e.quotedTitle(),
                how + (m.expiresAt() == null ? "." : " before " + when(m.expiresAt()) + "."),
                "Pay now",
                links.pay(e.escrowId()));
    }

    private static String link(PaymentRequested m) {
        return m.shortLink() != null ? m.shortLink() : m.intentLink();
    }

    private List<Draft> fundsHeld(FundsHeld m, EscrowFacts e) {
        String amount = format(m.amountPaise());
        String payer = directory.nameOf(e.payerUserId(), "The payer");
        return List.of(
                user(
                        e.payerUserId(),
                        "FUNDS_HELD",
                        Category.MONEY,
                        e,
                        "Your " + amount + " is held safely for " + e.quotedTitle(),
                        "TrustPay keeps the money until you both confirm. Confirm once you have what you paid for.",
                        "Confirm",
                        links.escrow(e.escrowId())),
                user(
                        e.payeeUserId(),
                        "FUNDS_HELD",
                        Category.MONEY,
                        e,
                        amount + " from " + payer + " is held for " + e.quotedTitle(),
                        "The money is safe with TrustPay. Deliver what you agreed and confirm; it is paid to you"
                                + " when " + payer + " confirms too.",
                        "Confirm",
                        links.escrow(e.escrowId())));
    }

    private List<Draft> partyConfirmed(PartyConfirmed m, EscrowFacts e) {
        UUID other = e.otherThan(m.role()).orElseThrow();
        String who = directory.nameOf(m.userId(), m.role() == PartyRole.PAYER ? "The payer" : "The payee");
        if (m.milestone() != null) {
            // one milestone of several (ADR 0021): its amount is not on the event, so the words name the milestone
            return List.of(user(
                    other,
                    "PARTY_CONFIRMED",
                    Category.ACTIVITY,
                    e,
                    who + " confirmed milestone " + m.milestone() + " of " + e.quotedTitle(),
                    "Your confirmation of milestone " + m.milestone() + " pays it out"
                            + (m.role() == PartyRole.PAYER ? " to you." : " to " + who + "."),
                    "Confirm",
                    links.escrow(e.escrowId())));
        }
        String releases = m.role() == PartyRole.PAYER
                ? "Your confirmation releases " + amount(e) + " to you."
                : "Your confirmation releases " + amount(e) + " to " + who + ".";
        return List.of(user(
                other,
                "PARTY_CONFIRMED",
                Category.ACTIVITY,
                e,
                who + " confirmed " + e.quotedTitle(),
                releases,
                "Confirm",
                links.escrow(e.escrowId())));
    }

    private List<Draft> paidOut(PayoutSucceeded m, EscrowFacts e) {
        String amount = format(m.amountPaise());
        String vpa = e.payeeVpa() == null ? "" : " " + e.payeeVpa();
        String reference = m.utr() != null
                ? " Bank reference (UTR): " + m.utr() + "."
                : " Payout reference: " + m.payoutReference() + ".";
        String payee = directory.nameOf(e.payeeUserId(), "the payee");
        return List.of(
                user(
                        e.payeeUserId(),
                        "RELEASED",
                        Category.MONEY,
                        e,
                        amount + " paid to you for " + e.quotedTitle(),
                        amount + " was paid to your UPI ID" + vpa + "." + reference,
                        "View escrow",
                        links.escrow(e.escrowId())),
                user(
                        e.payerUserId(),
                        "RELEASED",
                        Category.MONEY,
                        e,
                        amount + " paid to " + payee + " for " + e.quotedTitle(),
                        amount + " was paid to " + payee + "'s UPI ID" + vpa + "." + reference
                                + " The deal is complete.",
                        "View escrow",
                        links.escrow(e.escrowId())));
    }

    private List<Draft> releaseFailed(ReleaseFailed m, EscrowFacts e) {
        String title = "Paying out " + e.quotedTitle() + " failed";
        String body =
                "We could not pay " + amount(e) + " to the payee's UPI ID (" + plain(m.reason(), "the bank refused")
                        + "). The money is still held safely; our team is on it and will retry or contact you.";
        List<Draft> drafts = new ArrayList<>(both(e, "RELEASE_FAILED", Category.MONEY, title, body));
        drafts.add(ops(
                "RELEASE_FAILED",
                e,
                "Release failed: " + label(e),
                "Round " + m.round() + " of the payout failed: " + plain(m.reason(), "no reason given")
                        + ". Retry the release, or decide for the payer.",
                false));
        return drafts;
    }

    /** The payee was told "paid to you": say plainly that the money came back and that someone will decide. */
    private List<Draft> releaseReversed(ReleaseReversed m, EscrowFacts e) {
        String amount = format(m.amountPaise());
        String payee = directory.nameOf(e.payeeUserId(), "the payee");
        String payer = directory.nameOf(e.payerUserId(), "the payer");
        String reason = plain(m.reason(), "the bank gave no reason");
        List<Draft> drafts = new ArrayList<>(both(
                e,
                "PAYOUT_REVERSED",
                Category.MONEY,
                "The payout for " + e.quotedTitle() + " came back",
                "The bank returned the payout of " + amount + " to " + payee + " (" + reason + "). The money is back"
                        + " with TrustPay and held safely; TrustPay support will decide whether to pay " + payee
                        + " again or refund " + payer + ", and we will tell you."));
        drafts.add(ops(
                "PAYOUT_REVERSED",
                e,
                "Payout reversed: " + label(e),
                "The bank returned payout " + m.payoutReference() + " of " + amount + " (" + reason + ")."
                        + " Decide: pay the payee again or refund the payer.",
                false));
        return drafts;
    }

    private List<Draft> refundStarted(RefundStarted m, EscrowFacts e) {
        String amount = format(m.amountPaise());
        String reason = m.reason() == null ? "" : " Reason: " + m.reason() + ".";
        String payer = directory.nameOf(e.payerUserId(), "the payer");
        return List.of(
                user(
                        e.payerUserId(),
                        "REFUND_STARTED",
                        Category.MONEY,
                        e,
                        "Your " + amount + " refund for " + e.quotedTitle() + " has started",
                        "We are sending " + amount + " back to you." + reason + " " + REFUND_TIMELINE,
                        "View escrow",
                        links.escrow(e.escrowId())),
                user(
                        e.payeeUserId(),
                        "REFUND_STARTED",
                        Category.MONEY,
                        e,
                        amount + " for " + e.quotedTitle() + " is being refunded to " + payer,
                        "The money goes back to " + payer + "." + reason,
                        "View escrow",
                        links.escrow(e.escrowId())));
    }

    private List<Draft> refunded(Refunded m, EscrowFacts e) {
        String amount = format(m.amountPaise());
        String reference = m.refundReference() == null ? "" : " Refund reference: " + m.refundReference() + ".";
        String payer = directory.nameOf(e.payerUserId(), "the payer");
        return List.of(
                user(
                        e.payerUserId(),
                        "REFUNDED",
                        Category.MONEY,
                        e,
                        amount + " refunded for " + e.quotedTitle(),
                        "The refund of " + amount + " is done." + reference + " If it is not in your account yet: "
                                + REFUND_TIMELINE,
                        "View escrow",
                        links.escrow(e.escrowId())),
                user(
                        e.payeeUserId(),
                        "REFUNDED",
                        Category.MONEY,
                        e,
                        "The refund for " + e.quotedTitle() + " is complete",
                        amount + " went back to " + payer + "." + reference,
                        "View escrow",
                        links.escrow(e.escrowId())));
    }

    private List<Draft> refundFailed(RefundFailed m, EscrowFacts e) {
        return both(
                e,
                "REFUND_FAILED",
                Category.MONEY,
                "The refund for " + e.quotedTitle() + " has not gone through yet",
                "The bank did not accept the refund of " + format(m.amountPaise()) + " ("
                        + plain(m.reason(), "no reason given") + "). The money is still held safely by TrustPay and"
                        + " our team is retrying it; you need not do anything.");
    }

    private List<Draft> disputed(Disputed m, EscrowFacts e) {
        String who = directory.nameOf(m.byUserId(), "A party");
        String reason = m.reason() == null ? "" : " Reason: \u201C" + m.reason() + "\u201D.";
        List<Draft> drafts = new ArrayList<>(both(
                e,
                "DISPUTED",
                Category.MONEY,
                who + " disputed " + e.quotedTitle(),
                "The money stays held until our team decides." + reason + " We will tell you the outcome."));
        drafts.add(ops(
                "DISPUTED",
                e,
                "Dispute: " + label(e),
                who + " disputed it." + reason + " Decide: release to the payee or refund the payer.",
                false));
        return drafts;
    }

    /**
     * Someone wrote in the dispute: the others are told who (an admin only as "TrustPay staff") and sent to the
     * thread; the message itself is not on the wire, so it is never copied into a notification or a mail. A party's
     * message also reaches the admins, who decide.
     */
    private List<Draft> messagePosted(DisputeMessagePosted m, EscrowFacts e) {
        String title;
        List<UUID> readers = new ArrayList<>(parties(e));
        switch (m.authorRole()) {
            case "PAYER", "PAYEE" -> {
                String fallback = m.authorRole().equals("PAYER") ? "The payer" : "The payee";
                title = directory.nameOf(m.authorUserId(), fallback) + " wrote in the dispute on " + e.quotedTitle();
                readers.remove(m.authorUserId());
            }
            default -> title = "TrustPay staff wrote in the dispute on " + e.quotedTitle();
        }
        List<Draft> drafts = new ArrayList<>();
        for (UUID reader : readers) {
            drafts.add(user(
                    reader,
                    "DISPUTE_MESSAGE",
                    Category.ACTIVITY,
                    e,
                    title,
                    "Read the message and answer in the dispute thread. The money stays held until our team decides.",
                    "Open the dispute",
                    links.escrow(e.escrowId())));
        }
        if (!m.authorRole().equals("ADMIN")) {
            drafts.add(ops(
                    "DISPUTE_MESSAGE",
                    e,
                    "Dispute message: " + label(e),
                    "The " + m.authorRole().toLowerCase(Locale.ROOT) + " wrote in the dispute thread.",
                    false));
        }
        return drafts;
    }

    /**
     * An admin decided: both parties learn where the money goes and the admin's note (never who decided). The
     * ReleaseStarted or RefundStarted that follows is told as for any release or refund.
     */
    private List<Draft> decided(DisputeResolved m, EscrowFacts e) {
        String amount = format(m.amountPaise());
        String payee = directory.nameOf(e.payeeUserId(), "the payee");
        String payer = directory.nameOf(e.payerUserId(), "the payer");
        boolean release = "RELEASE_TO_PAYEE".equals(m.outcome());
        boolean split = "SPLIT".equals(m.outcome()) && m.releasePaise() != null && m.refundPaise() != null;
        String decided = split
                ? "TrustPay staff decided to split " + amount + ": " + format(m.releasePaise()) + " to " + payee
                        + ", and " + format(m.refundPaise()) + " back to " + payer + "."
                : release
                        ? "TrustPay staff decided to release " + amount + " to " + payee + "."
                        : "TrustPay staff decided to refund " + amount + " to " + payer + ".";
        String where = split
                ? "split between " + payee + " and " + payer
                : release ? "released to " + payee : "refunded to " + payer;
        String because = m.note() == null ? "" : " Their note: \u201C" + plain(m.note(), "") + "\u201D.";
        String what =
                switch (m.fromStatus() == null ? "" : m.fromStatus()) {
                    case "DISPUTED" -> "The dispute on ";
                    case "PAYOUT_REVERSED" -> "The returned payout of ";
                    default -> "The failed payout of ";
                };
        List<Draft> drafts = new ArrayList<>(both(
                e,
                "DISPUTE_RESOLVED",
                Category.MONEY,
                what + e.quotedTitle() + " was decided: " + where,
                decided + because));
        drafts.add(ops(
                "DISPUTE_RESOLVED",
                e,
                "Dispute resolved: " + label(e),
                "Outcome: " + m.outcome() + "." + (m.note() == null ? "" : " Note: " + plain(m.note(), "") + "."),
                false));
        return drafts;
    }

    /**
     * The legacy path: a producer that does not yet publish {@link DisputeResolved} is understood from the release or
     * refund that follows a dispute (that producer threw the note of a release away).
     */
    private List<Draft> disputeResolved(EscrowFacts e, String outcome, long amountPaise, String note) {
        String amount = format(amountPaise);
        String payee = directory.nameOf(e.payeeUserId(), "the payee");
        String payer = directory.nameOf(e.payerUserId(), "the payer");
        String decided = outcome.equals("RELEASE")
                ? "Our team decided to release " + amount + " to " + payee + "."
                : "Our team decided to refund " + amount + " to " + payer + ". " + REFUND_TIMELINE;
        String because = note == null ? "" : " Note: " + note + ".";
        List<Draft> drafts = new ArrayList<>(both(
                e,
                "DISPUTE_RESOLVED",
                Category.MONEY,
                "Dispute on " + e.quotedTitle() + " resolved",
                decided + because));
        drafts.add(ops("DISPUTE_RESOLVED", e, "Dispute resolved: " + label(e), "Outcome: " + outcome + ".", false));
        return drafts;
    }

    private List<Draft> codeExpired(CodeExpired m, EscrowFacts e) {
        return List.of(user(
                e.creatorUserId(),
                "CODE_EXPIRED",
                Category.ACTIVITY,
                e,
                "The code for " + e.quotedTitle() + " expired unused",
                "Nobody joined with code " + m.code() + " within 7 days, so the escrow was closed. Create a new one"
                        + " to try again.",
                "View escrow",
                links.escrow(e.escrowId())));
    }

    private List<Draft> cancelled(Cancelled m, EscrowFacts e) {
        String who = directory.nameOf(m.byUserId(), "A party");
        String reason = m.reason() == null ? "" : " Reason: \u201C" + m.reason() + "\u201D.";
        List<Draft> drafts = new ArrayList<>();
        for (UUID party : parties(e)) {
            if (!party.equals(m.byUserId())) {
                drafts.add(user(
                        party,
                        "CANCELLED",
                        Category.ACTIVITY,
                        e,
                        who + " cancelled " + e.quotedTitle(),
                        "The escrow is closed; no money was held." + reason,
                        "View escrow",
                        links.escrow(e.escrowId())));
            }
        }
        return drafts;
    }

    private List<Draft> adminAlert(AdminAlert m, EscrowFacts e) {
        String escrow = m.escrowId() == null ? "" : " Escrow: " + label(e) + ".";
        return List.of(new Draft(
                Recipient.ops(),
                "ADMIN_ALERT",
                Category.OPS,
                m.escrowId(),
                m.severity() + " \u00B7 " + m.kind(),
                plain(m.detail(), "No detail.") + escrow + " Raised by " + m.source() + ".",
                m.escrowId() == null ? null : "Open escrow",
                m.escrowId() == null ? links.admin() : links.escrow(m.escrowId()),
                // alerts about mail that could not go are never mailed: an SMTP outage must not feed on itself
                m.severity().compareTo(opsMailSeverity) >= 0 && !MailQueue.UNDELIVERABLE.equals(m.kind())));
    }

    // ---- the inspection period (ADR 0018) ----------------------------------------------------------------------

    /** The payer must know the deadline and what happens after it: the money goes without a word from them. */
    private List<Draft> deliveryMarked(DeliveryMarked m, EscrowFacts e) {
        String payee = directory.nameOf(e.payeeUserId(), "The payee");
        return toPayer(
                e,
                "DELIVERY_MARKED",
                payee + " says " + e.quotedTitle() + " is delivered",
                payee + " says it is delivered; you have until " + when(m.inspectionEndsAt())
                        + " to confirm or dispute, then the money (" + amount(e) + ") is released automatically.",
                "Inspect and confirm",
                links.escrow(e.escrowId()));
    }

    private List<Draft> inspectionEndingSoon(InspectionEndingSoon m, EscrowFacts e) {
        String payee = directory.nameOf(e.payeeUserId(), "the payee");
        return toPayer(
                e,
                "INSPECTION_ENDING",
                "Your inspection of " + e.quotedTitle() + " ends soon",
                "You have until " + when(m.inspectionEndsAt()) + " to confirm or dispute. After that, " + amount(e)
                        + " is released to " + payee + " automatically.",
                "Inspect and confirm",
                links.escrow(e.escrowId()));
    }

    /** Nobody pressed a button: both parties must hear that the release was automatic, and why. */
    private List<Draft> autoReleased(AutoReleased m, EscrowFacts e) {
        String amount = format(m.amountPaise());
        String payee = directory.nameOf(e.payeeUserId(), "the payee");
        return both(
                e,
                "AUTO_RELEASED",
                Category.MONEY,
                amount + " for " + e.quotedTitle() + " released automatically",
                "The inspection period ended at " + when(m.inspectionEndsAt())
                        + " with neither a confirmation nor a dispute, so " + amount + " is being paid to " + payee
                        + " automatically.");
    }

    private List<Draft> toPayer(EscrowFacts e, String kind, String title, String body, String action, String link) {
        return List.of(user(e.payerUserId(), kind, Category.MONEY, e, title, body, action, link));
    }

    private List<Draft> both(EscrowFacts e, String kind, Category category, String title, String body) {
        return parties(e).stream()
                .map(party -> user(party, kind, category, e, title, body, "View escrow", links.escrow(e.escrowId())))
                .toList();
    }

    private static List<UUID> parties(EscrowFacts e) {
        List<UUID> parties = new ArrayList<>();
        e.party(PartyRole.PAYER).ifPresent(parties::add);
        e.party(PartyRole.PAYEE).ifPresent(parties::add);
        return parties;
    }

    private static Draft user(
            UUID userId,
            String kind,
            Category category,
            EscrowFacts e,
            String title,
            String body,
            String action,
            String link) {
        return new Draft(Recipient.user(userId), kind, category, e.escrowId(), title, body, action, link, true);
    }

    private Draft ops(String kind, EscrowFacts e, String title, String body, boolean email) {
        return new Draft(
                Recipient.ops(),
                kind,
                Category.OPS,
                e.escrowId(),
                title,
                body,
                "Open escrow",
                links.escrow(e.escrowId()),
                email);
    }

    private static String amount(EscrowFacts e) {
        return e.amountPaise() == null ? "the amount" : format(e.amountPaise());
    }

    /** How operators name an escrow: its friendly name and title, or its id. */
    private static String label(EscrowFacts e) {
        if (e.friendlyName() == null && e.title() == null) {
            return e.escrowId().toString();
        }
        return (e.friendlyName() == null ? "" : e.friendlyName() + " ") + e.quotedTitle() + " (" + e.escrowId() + ")";
    }

    private static String plain(String words, String fallback) {
        if (words == null || words.isBlank()) {
            return fallback;
        }
        String stripped = words.strip();
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    private static String when(Instant at) {
        return at == null ? "its end" : WHEN.format(at);
    }
}
