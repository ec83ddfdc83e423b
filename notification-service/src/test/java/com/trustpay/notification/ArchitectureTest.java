package com.trustpay.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.trustpay.testsupport.architecture.Role.APPLICATION;
import static com.trustpay.testsupport.architecture.Role.DOMAIN;
import static com.trustpay.testsupport.architecture.Role.MESSAGING;
import static com.trustpay.testsupport.architecture.Role.PERSISTENCE;
import static com.trustpay.testsupport.architecture.Role.WEB;

import com.trustpay.testsupport.architecture.LayeredArchitectureRules;
import com.trustpay.testsupport.architecture.ModuleLayout;
import org.junit.jupiter.api.Test;

/** The shared TrustPay rules over notification-service's features, plus its own. */
class ArchitectureTest extends LayeredArchitectureRules {

    ArchitectureTest() {
        super(ModuleLayout.of("com.trustpay.notification")
                .feature("directory", DOMAIN, APPLICATION, MESSAGING, PERSISTENCE)
                .feature("notification", DOMAIN, APPLICATION, WEB, MESSAGING, PERSISTENCE)
                .feature("mail", DOMAIN, APPLICATION, WEB, PERSISTENCE)
                .feature("stream", APPLICATION, WEB, PERSISTENCE)
                .feature("shared", WEB)
                .packages("mail.smtp"));
    }

    @Test
    void onlyTheSmtpAdapterAndItsWiringKnowJakartaMail() {
        noClasses()
                .that()
                .resideOutsideOfPackages(within("mail.smtp"), layout().qualified("mail"))
                .and()
                .resideInAPackage("com.trustpay.notification..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.mail..", "org.springframework.mail..")
                .allowEmptyShould(false)
                .check(mainClasses());
    }

    @Test
    void theEdgesReachTablesOnlyThroughUseCases() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        within("notification.web"),
                        within("notification.messaging"),
                        within("mail.web"),
                        within("directory.messaging"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        within("notification.persistence"), within("mail.persistence"), within("directory.persistence"))
                .allowEmptyShould(false)
                .check(mainClasses());
    }
}
