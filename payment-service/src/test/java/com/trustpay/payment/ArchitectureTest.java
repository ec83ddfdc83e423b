package com.trustpay.payment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Domain packages stay free of web, Kafka, HTTP-client and JDBC types; only the adapters touch OkHttp; the feature
 * packages depend on each other without cycles.
 */
class ArchitectureTest {

    private static final String[] DOMAINS = {
        "com.trustpay.payment.attempt.domain..",
        "com.trustpay.payment.payout.domain..",
        "com.trustpay.payment.refund.domain..",
        "com.trustpay.payment.polling.domain..",
        "com.trustpay.payment.provider.domain.."
    };

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.trustpay.payment");

    @Test
    void domainPackagesExistAndImportNoInfrastructure() {
        noClasses()
                .that()
                .resideInAnyPackage(DOMAINS)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "org.apache.kafka..", "okhttp3..", "java.sql..", "jakarta.servlet..")
                .allowEmptyShould(false)
                .check(classes);
    }

    @Test
    void onlyTheProviderAdaptersUseOkHttp() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "com.trustpay.payment.provider.http..",
                        "com.trustpay.payment.provider.setu..",
                        "com.trustpay.payment.provider.razorpayx..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("okhttp3..")
                .check(classes);
    }

    @Test
    void applicationCodeDoesNotReachIntoWebOrMessaging() {
        noClasses()
                .that()
                .resideInAnyPackage("com.trustpay.payment..application..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.trustpay.payment..web..", "com.trustpay.payment..messaging..")
                .allowEmptyShould(false)
                .check(classes);
    }

    /** Polling runs what the features register and knows none of them, so no feature leads back to itself. */
    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("com.trustpay.payment.(*)..")
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(false)
                .check(classes);
    }
}
