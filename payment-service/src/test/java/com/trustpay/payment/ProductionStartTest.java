package com.trustpay.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.testsupport.readiness.ProductionStart;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Without the sandbox profile payment-service starts only with real credentials and real provider URLs. */
class ProductionStartTest {

    private static final List<String> REAL = List.of(
            "--payment.setu.client-id=2f0c8a51-setu-client",
            "--payment.setu.client-secret=b7e1c0d9f2a34e5b8c6d",
            "--payment.setu.merchant-id=01HQ7Z3K8M2N4P6R8T0V2X4Z6B",
            "--payment.setu.merchant-vpa=trustpay@kotak",
            "--payment.payout.key-id=rzp_live_Q4bK2f9XyZ1a3c",
            "--payment.payout.key-secret=Jq7s0V1n2M3b4V5c6X7z8L9k",
            "--payment.payout.account-number=2323230012345678",
            "--payment.internal.token=0c5a2b9e7d4f1a8c3e6b9d2f",
            "--trustpay.crypto.keys=p2:FhWk8m3QeZ4Ff0kRrPo8hV4e1c5Jm2nXy7Tq9Ls6Ab0=",
            "--trustpay.crypto.active-key=p2");

    /** The real values with some replaced (a repeated argument would be read as both values, comma-joined). */
    private static String[] realWith(String... overrides) {
        List<String> args = new ArrayList<>(REAL);
        for (String override : overrides) {
            String name = override.substring(0, override.indexOf('=') + 1);
            args.removeIf(arg -> arg.startsWith(name));
            args.add(override);
        }
        return args.toArray(String[]::new);
    }

    @Test
    void refusesToStartOnItsDefaultsNamingEveryMissingSecret() {
        assertThat(ProductionStart.refusal(PaymentServiceApplication.class))
                .contains("payment-service refuses to start")
                .contains("payment.setu.client-id is empty")
                .contains("payment.setu.client-secret is empty")
                .contains("payment.setu.merchant-id is empty")
                .contains("payment.setu.merchant-vpa is empty")
                .contains("payment.payout.key-id is empty")
                .contains("payment.payout.key-secret is empty")
                .contains("payment.payout.account-number is empty")
                .contains("payment.internal.token is empty");
    }

    @Test
    void refusesTheSandboxsCredentials() {
        assertThat(ProductionStart.refusal(
                        PaymentServiceApplication.class,
                        realWith(
                                "--payment.payout.key-id=rzp_test_sandbox",
                                "--payment.setu.client-secret=sandbox-secret")))
                .contains("payment.payout.key-id has the sandbox's default value")
                .contains("payment.setu.client-secret has the sandbox's default value")
                .doesNotContain("payment.internal.token");
    }

    @Test
    void refusesProviderUrlsThatPointAtTheSandbox() {
        assertThat(ProductionStart.refusal(
                        PaymentServiceApplication.class,
                        realWith(
                                "--payment.setu.base-url=http://127.0.0.1:8089",
                                "--payment.setu.auth-url=https://umap-uat-core.setu.co",
                                "--payment.payout.base-url=http://sandbox:8089")))
                .contains("payment.setu.base-url points at a local address")
                .contains("payment.setu.auth-url points at a sandbox host")
                .contains("payment.payout.base-url points at a sandbox host");
    }

    @Test
    void withCashfreeAsThePayoutProviderItsCredentialsAreRequiredAndRazorpayXsAreNot() {
        String refusal = ProductionStart.refusal(
                PaymentServiceApplication.class,
                realWith(
                        "--payment.payout.provider=cashfree",
                        "--payment.payout.key-id=",
                        "--payment.payout.key-secret=",
                        "--payment.payout.account-number=",
                        "--payment.cashfree.base-url=http://127.0.0.1:8089"));
        assertThat(refusal)
                .contains("payment.cashfree.client-id is empty")
                .contains("payment.cashfree.client-secret is empty")
                .contains("payment.cashfree.base-url points at a local address")
                .doesNotContain("payment.payout.key-id")
                .doesNotContain("payment.payout.account-number");
    }

    @Test
    void refusesAMissingShortOrSandboxDataKey() {
        assertThat(ProductionStart.refusal(PaymentServiceApplication.class)).contains("trustpay.crypto.keys is empty");
        assertThat(ProductionStart.refusal(
                        PaymentServiceApplication.class,
                        realWith("--trustpay.crypto.keys=p2:kjy5H33ystGpolBA9+OT/Vdo/UvqDr64+OIiDUCVqUg=")))
                .contains("trustpay.crypto.keys holds the sandbox's key (p2)")
                .doesNotContain("kjy5H33");
        assertThat(ProductionStart.refusal(
                        PaymentServiceApplication.class, realWith("--trustpay.crypto.keys=p2:c2hvcnQ=")))
                .contains("trustpay.crypto.keys key p2 has 5 bytes");
        assertThat(ProductionStart.refusal(
                        PaymentServiceApplication.class, realWith("--trustpay.crypto.active-key=p1")))
                .contains("trustpay.crypto.active-key names a key that is not in trustpay.crypto.keys");
    }

    @Test
    void startsWithRealLookingValuesAndTheProductionHosts() {
        ProductionStart.passes(PaymentServiceApplication.class, realWith());
    }
}
