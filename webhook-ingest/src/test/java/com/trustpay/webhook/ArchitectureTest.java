package com.trustpay.webhook;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final String[] DOMAINS = {
        "com.trustpay.webhook.ingest.domain..", "com.trustpay.webhook.guard.domain.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.trustpay.webhook");
    }

    @Test
    void domainUsesNoSpringWebKafkaOrHttpClients() {
        ArchRule rule = noClasses()
                .that()
                .resideInAnyPackage(DOMAINS)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "org.apache.kafka..",
                        "jakarta.servlet..",
                        "java.net.http..",
                        "okhttp3..",
                        "com.trustpay.platform..");
        rule.check(classes);
    }

    @Test
    void applicationDoesNotReachIntoWebPersistenceOrMessaging() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "com.trustpay.webhook.ingest.application..", "com.trustpay.webhook.guard.application..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..web..", "..persistence..", "..messaging..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void thePackagesNamedHereExist() {
        for (String domain : DOMAINS) {
            String name = domain.substring(0, domain.length() - 2);
            org.assertj.core.api.Assertions.assertThat(classes.containPackage(name))
                    .as(name)
                    .isTrue();
        }
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("com.trustpay.webhook.ingest.application"))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("com.trustpay.webhook.guard.application"))
                .isTrue();
    }
}
