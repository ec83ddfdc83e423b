package com.trustpay.payment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.trustpay.testsupport.architecture.Role.APPLICATION;
import static com.trustpay.testsupport.architecture.Role.DOMAIN;
import static com.trustpay.testsupport.architecture.Role.MESSAGING;
import static com.trustpay.testsupport.architecture.Role.PERSISTENCE;
import static com.trustpay.testsupport.architecture.Role.WEB;

import com.trustpay.testsupport.architecture.LayeredArchitectureRules;
import com.trustpay.testsupport.architecture.ModuleLayout;
import org.junit.jupiter.api.Test;

/** The shared TrustPay rules over payment-service's features, plus: only the provider adapters speak HTTP. */
class ArchitectureTest extends LayeredArchitectureRules {

    ArchitectureTest() {
        super(ModuleLayout.of("com.trustpay.payment")
                .feature("attempt", DOMAIN, APPLICATION, PERSISTENCE)
                .feature("payout", DOMAIN, APPLICATION, PERSISTENCE)
                .feature("refund", DOMAIN, APPLICATION, PERSISTENCE)
                .feature("polling", DOMAIN, APPLICATION)
                .feature("provider", DOMAIN)
                .feature("inbound", APPLICATION, MESSAGING)
                .feature("audit", APPLICATION, PERSISTENCE)
                .feature("ledger", DOMAIN, APPLICATION, PERSISTENCE, WEB)
                .feature("internal", APPLICATION, WEB, PERSISTENCE)
                .feature("metrics", APPLICATION)
                .feature("routing", DOMAIN, APPLICATION)
                .feature("vpa", APPLICATION)
                .packages(
                        "provider.http",
                        "provider.setu",
                        "provider.razorpayx",
                        "provider.phonepe",
                        "provider.cashfree"));
    }

    @Test
    void onlyTheProviderAdaptersUseOkHttp() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        within("provider.http"),
                        within("provider.setu"),
                        within("provider.razorpayx"),
                        within("provider.phonepe"),
                        within("provider.cashfree"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("okhttp3..")
                .allowEmptyShould(false)
                .check(mainClasses());
    }
}
