package com.trustpay.escrow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.trustpay.testsupport.architecture.Role.APPLICATION;
import static com.trustpay.testsupport.architecture.Role.DOMAIN;
import static com.trustpay.testsupport.architecture.Role.MESSAGING;
import static com.trustpay.testsupport.architecture.Role.PERSISTENCE;
import static com.trustpay.testsupport.architecture.Role.WEB;

import com.trustpay.testsupport.architecture.LayeredArchitectureRules;
import com.trustpay.testsupport.architecture.ModuleLayout;
import org.junit.jupiter.api.Test;

/** The shared TrustPay rules over escrow-service's features, plus its own stricter ones. */
class ArchitectureTest extends LayeredArchitectureRules {

    ArchitectureTest() {
        super(ModuleLayout.of("com.trustpay.escrow")
                .feature("escrow", DOMAIN, APPLICATION, WEB, MESSAGING, PERSISTENCE)
                .feature("identity", DOMAIN, APPLICATION, WEB, MESSAGING, PERSISTENCE));
    }

    @Test
    void theDomainDoesNotEvenKnowJsonOrJakarta() {
        noClasses()
                .that()
                .resideInAnyPackage(within("escrow.domain"), within("identity.domain"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta..", "tools.jackson..")
                .allowEmptyShould(false)
                .check(mainClasses());
    }

    @Test
    void theEdgesReachPersistenceOnlyThroughUseCases() {
        noClasses()
                .that()
                .resideInAnyPackage(within("escrow.web"), within("escrow.messaging"), within("identity.web"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(within("escrow.persistence"), within("identity.persistence"))
                .allowEmptyShould(false)
                .check(mainClasses());
    }
}
