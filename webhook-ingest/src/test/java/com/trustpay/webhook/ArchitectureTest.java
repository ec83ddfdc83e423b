package com.trustpay.webhook;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.trustpay.testsupport.architecture.Role.APPLICATION;
import static com.trustpay.testsupport.architecture.Role.DOMAIN;
import static com.trustpay.testsupport.architecture.Role.MESSAGING;
import static com.trustpay.testsupport.architecture.Role.PERSISTENCE;
import static com.trustpay.testsupport.architecture.Role.WEB;

import com.trustpay.testsupport.architecture.LayeredArchitectureRules;
import com.trustpay.testsupport.architecture.ModuleLayout;
import org.junit.jupiter.api.Test;

/**
 * The shared TrustPay rules over webhook-ingest's features, plus: use cases own their storage ports, so they do not
 * depend on the persistence package (persistence implements what the application declares).
 */
class ArchitectureTest extends LayeredArchitectureRules {

    ArchitectureTest() {
        super(ModuleLayout.of("com.trustpay.webhook")
                .feature("ingest", DOMAIN, APPLICATION, WEB, MESSAGING, PERSISTENCE)
                .feature("guard", DOMAIN, APPLICATION, WEB));
    }

    @Test
    void useCasesDoNotDependOnPersistence() {
        noClasses()
                .that()
                .resideInAnyPackage(within("ingest.application"), within("guard.application"))
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.trustpay.webhook.*.persistence..")
                .allowEmptyShould(false)
                .check(mainClasses());
    }
}
