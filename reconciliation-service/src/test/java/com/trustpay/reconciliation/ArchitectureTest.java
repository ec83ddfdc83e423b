package com.trustpay.reconciliation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.trustpay.testsupport.architecture.Role.APPLICATION;
import static com.trustpay.testsupport.architecture.Role.DOMAIN;
import static com.trustpay.testsupport.architecture.Role.MESSAGING;
import static com.trustpay.testsupport.architecture.Role.PERSISTENCE;
import static com.trustpay.testsupport.architecture.Role.WEB;

import com.trustpay.testsupport.architecture.LayeredArchitectureRules;
import com.trustpay.testsupport.architecture.ModuleLayout;
import org.junit.jupiter.api.Test;

/** The shared TrustPay rules over reconciliation-service, plus its own stricter ones. */
class ArchitectureTest extends LayeredArchitectureRules {

    ArchitectureTest() {
        super(ModuleLayout.of("com.trustpay.reconciliation")
                .feature("reconciliation", DOMAIN, APPLICATION, WEB, MESSAGING, PERSISTENCE));
    }

    @Test
    void theEngineKnowsNeitherJsonNorTheWire() {
        noClasses()
                .that()
                .resideInAnyPackage(within("reconciliation.domain"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta..", "tools.jackson..", "com.trustpay.contracts..")
                .allowEmptyShould(false)
                .check(mainClasses());
    }

    @Test
    void theEdgesReachPersistenceOnlyThroughUseCases() {
        noClasses()
                .that()
                .resideInAnyPackage(within("reconciliation.messaging"), within("reconciliation.web"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(within("reconciliation.persistence"))
                .allowEmptyShould(false)
                .check(mainClasses());
    }
}
