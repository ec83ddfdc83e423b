package com.trustpay.contracts;

import com.trustpay.contracts.commands.CancelPaymentRequest;
import com.trustpay.contracts.commands.CheckPaymentStatus;
import com.trustpay.contracts.commands.RefundPayment;
import com.trustpay.contracts.commands.ReleaseFunds;
import com.trustpay.contracts.commands.RequestPayment;
import com.trustpay.contracts.escrow.AutoReleased;
import com.trustpay.contracts.escrow.Cancelled;
import com.trustpay.contracts.escrow.CodeExpired;
import com.trustpay.contracts.escrow.DeliveryMarked;
import com.trustpay.contracts.escrow.DisputeMessagePosted;
import com.trustpay.contracts.escrow.DisputeResolved;
import com.trustpay.contracts.escrow.Disputed;
import com.trustpay.contracts.escrow.EscrowCreated;
import com.trustpay.contracts.escrow.FundsHeld;
import com.trustpay.contracts.escrow.InspectionEndingSoon;
import com.trustpay.contracts.escrow.PartnerJoined;
import com.trustpay.contracts.escrow.PartyConfirmed;
import com.trustpay.contracts.escrow.PaymentAwaited;
import com.trustpay.contracts.escrow.PaymentLapsed;
import com.trustpay.contracts.escrow.RefundStarted;
import com.trustpay.contracts.escrow.Refunded;
import com.trustpay.contracts.escrow.ReleaseFailed;
import com.trustpay.contracts.escrow.ReleaseReversed;
import com.trustpay.contracts.escrow.ReleaseStarted;
import com.trustpay.contracts.escrow.Released;
import com.trustpay.contracts.identity.ContactChanged;
import com.trustpay.contracts.identity.UserRegistered;
import com.trustpay.contracts.ops.AdminAlert;
import com.trustpay.contracts.ops.Severity;
import com.trustpay.contracts.payment.PaymentExpired;
import com.trustpay.contracts.payment.PaymentFailed;
import com.trustpay.contracts.payment.PaymentRequested;
import com.trustpay.contracts.payment.PaymentReturned;
import com.trustpay.contracts.payment.PaymentSucceeded;
import com.trustpay.contracts.payment.RefundFailed;
import com.trustpay.contracts.payment.RefundInitiated;
import com.trustpay.contracts.payment.RefundSucceeded;
import com.trustpay.contracts.payout.PayoutFailed;
import com.trustpay.contracts.payout.PayoutInitiated;
import com.trustpay.contracts.payout.PayoutRetryScheduled;
import com.trustpay.contracts.payout.PayoutReversed;
import com.trustpay.contracts.payout.PayoutSucceeded;
import com.trustpay.contracts.reconciliation.ReconciliationReport;
import com.trustpay.contracts.reconciliation.ReconciliationReport.Mismatch;
import com.trustpay.contracts.webhook.ProviderWebhookReceived;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One realistic instance of every wire message; each must serialise to its golden file. */
public final class ContractSamples {

    public static final UUID ESCROW = UUID.fromString("0b7f6c1e-3f1a-4c53-9a53-2f6a4a0e9d11");
    public static final UUID PAYER = UUID.fromString("5d0a9c8e-1b2f-4f7e-8c1d-7a3b9e2f4c60");
    public static final UUID PAYEE = UUID.fromString("9e1f2a3b-4c5d-4e6f-8a7b-1c2d3e4f5a6b");
    private static final Instant AT = Instant.parse("2026-11-22T09:15:30Z");

    private ContractSamples() {}

    public static List<Message> all() {
        return List.of(
                new RequestPayment(ESCROW, 1, 1_250_000, "success@okhdfc", "Asha Rao", PaymentMode.INTENT, "Laptop"),
                new CheckPaymentStatus(ESCROW, 1),
                new ReleaseFunds(ESCROW, 1, 1_250_000, "ravi@okaxis", "Ravi Kumar"),
                new RefundPayment(ESCROW, 1_250_000, "Seller cancelled", 1),
                new CancelPaymentRequest(ESCROW, 1, "Buyer changed their mind"),
                new PaymentRequested(
                        ESCROW,
                        1,
                        "TP0B7F6C1E3F1A01",
                        PaymentMode.INTENT,
                        1_250_000,
                        "upi://pay?pa=trustpay@sandbox&pn=TrustPay&am=12500.00&tr=TP0B7F6C1E3F1A01&cu=INR",
                        "http://127.0.0.1:8089/r/Np3KnBCM",
                        "iVBORw0KGgo=",
                        null,
                        AT.plusSeconds(1800)),
                new PaymentSucceeded(
                        ESCROW,
                        1,
                        "TP0B7F6C1E3F1A01",
                        1_250_000,
                        "01JYXPAYMENT0000000000000A",
                        "123456789012",
                        "success@okhdfc",
                        AT),
                new PaymentFailed(ESCROW, 1, "TP0B7F6C1E3F1A01", "U30", "Debit failed: incorrect UPI PIN", AT),
                new PaymentExpired(ESCROW, 1, "TP0B7F6C1E3F1A01", AT),
                new RefundInitiated(ESCROW, "TPR0B7F6C1E3F1A01", 1_250_000, AT),
                new RefundSucceeded(ESCROW, "TPR0B7F6C1E3F1A01", 1_250_000, "01JYXREFUND00000000000000A", AT),
                new RefundFailed(ESCROW, "TPR0B7F6C1E3F1A01", 1_250_000, "R21", "Online refund is disabled in UPI", AT),
                new PaymentReturned(
                        ESCROW,
                        2,
                        "TP0B7F6C1E3F1A02",
                        1_250_000,
                        "01JYXPAYMENT0000000000000B",
                        "DUPLICATE_PAYMENT",
                        "Attempt 1 was already paid",
                        "RX0B7F6C1E3F1A01-2",
                        AT),
                new PayoutInitiated(ESCROW, "TPP0B7F6C1E3F1A-1-1", 1, 1, 1_250_000, "ravi@okaxis", AT),
                new PayoutRetryScheduled(
                        ESCROW, "TPP0B7F6C1E3F1A-1-1", 1, 1, AT.plusSeconds(30), "Beneficiary bank is down"),
                new PayoutSucceeded(
                        ESCROW, "TPP0B7F6C1E3F1A-1-2", 1_250_000, "pout_00000000000001", "UTR000000000001", AT),
                new PayoutFailed(
                        ESCROW, "TPP0B7F6C1E3F1A-1-3", 1, 3, "BENEFICIARY_BANK_DOWN", "Beneficiary bank is down", AT),
                new PayoutReversed(
                        ESCROW,
                        "TPP0B7F6C1E3F1A-1-2",
                        "pout_00000000000001",
                        1_250_000,
                        "Payout was reversed by the beneficiary bank",
                        AT),
                new EscrowCreated(
                        ESCROW,
                        "K7M2QX",
                        "Amber Falcon",
                        "Used laptop",
                        1_250_000,
                        PartyRole.PAYER,
                        PAYER,
                        AT,
                        List.of(
                                new EscrowCreated.Milestone(1, "Laptop handed over", 1_000_000),
                                new EscrowCreated.Milestone(2, "Charger and bag", 250_000))),
                new PartnerJoined(ESCROW, PAYER, PAYEE),
                new PaymentAwaited(ESCROW, 1),
                new PaymentLapsed(ESCROW, 1, "EXPIRED", "The payment request expired"),
                new FundsHeld(ESCROW, 1_250_000, "TP0B7F6C1E3F1A01"),
                new PartyConfirmed(ESCROW, PartyRole.PAYEE, PAYEE, 1),
                new ReleaseStarted(ESCROW, 1_250_000, 1),
                new Released(ESCROW, 1_250_000, "TPP0B7F6C1E3F1A-1-2"),
                new ReleaseFailed(ESCROW, 1, "Beneficiary bank is down"),
                new ReleaseReversed(
                        ESCROW, 1_250_000, "TPP0B7F6C1E3F1A-1-2", "Payout was reversed by the beneficiary bank"),
                new RefundStarted(ESCROW, 1_250_000, "Item not as described"),
                new Refunded(ESCROW, 1_250_000, "TPR0B7F6C1E3F1A01"),
                new Cancelled(ESCROW, PAYER, "Found a better deal", "AWAITING_PAYMENT"),
                new Disputed(ESCROW, PAYER, "Item not as described"),
                new DisputeMessagePosted(
                        ESCROW, UUID.fromString("d15b0000-0000-4000-8000-000000000005"), PAYEE, "PAYEE", AT),
                new DisputeResolved(
                        ESCROW,
                        "SPLIT",
                        "DISPUTED",
                        "The laptop works but the charger was missing",
                        1_250_000,
                        AT,
                        1_000_000L,
                        250_000L),
                new CodeExpired(ESCROW, "K7M2QX"),
                new DeliveryMarked(ESCROW, PAYEE, AT, AT.plusSeconds(3 * 86_400)),
                new InspectionEndingSoon(ESCROW, AT.plusSeconds(3 * 86_400)),
                new AutoReleased(ESCROW, 1_250_000, AT.plusSeconds(3 * 86_400)),
                new ProviderWebhookReceived(
                        UUID.fromString("c0ffee00-0000-4000-8000-000000000001"),
                        "setu",
                        "1c94fdeb-2167-443d-99f4-f5fe21d079ae",
                        "payment.success",
                        "01JYXPAYMENT0000000000000A",
                        AT,
                        false,
                        Map.of("x-setu-signature", "q6Zf1k3c4Xw0eJm0Zb7l9d8Qy2r5s6t7u8v9w0x1y2A="),
                        "{\"eventId\":\"1c94fdeb-2167-443d-99f4-f5fe21d079ae\",\"eventType\":\"payment.success\"}"),
                new ReconciliationReport(
                        UUID.fromString("7e57e57e-0000-4000-8000-000000000002"),
                        AT.minusSeconds(86_400),
                        AT,
                        AT.plusSeconds(5),
                        Map.of("paymentsMatched", 41L, "mismatches", 1L),
                        List.of(new Mismatch(
                                "AMOUNT_MISMATCH",
                                ESCROW,
                                "TP0B7F6C1E3F1A01",
                                1_250_000,
                                1_200_000L,
                                "HELD",
                                "success",
                                "Provider collected less than the escrow amount",
                                UUID.fromString("3a5c0000-0000-4000-8000-000000000004"),
                                "WARNING",
                                Map.of("setuPaymentId", "pay_01JYXPAYMENT", "rrn", "412345678901"),
                                AT.minusSeconds(3_600),
                                AT.plusSeconds(5),
                                "OPEN")),
                        "DAILY",
                        1,
                        1),
                new AdminAlert(
                        UUID.fromString("a1e27000-0000-4000-8000-000000000003"),
                        Severity.CRITICAL,
                        "PAYOUT_FAILED",
                        ESCROW,
                        "payment-service",
                        "Payout failed after 3 attempts: Beneficiary bank is down",
                        AT),
                new UserRegistered(PAYER, "Asha Rao", "asha.rao@example.com"),
                new ContactChanged(PAYER, "Asha R. Rao", "asha@example.in"));
    }
}
