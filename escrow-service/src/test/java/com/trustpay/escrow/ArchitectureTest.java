package com.trustpay.escrow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layering STYLE.md asks for, over packages that exist (checked, so the rules cannot pass vacuously). */
class ArchitectureTest {

    private static final String BASE = "com.trustpay.escrow";
    private static final List<String> DOMAINS = List.of(BASE + ".escrow.domain..", BASE + ".identity.domain..");

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void thePackagesTheRulesNameExist() {
        for (String pkg : List.of(
                "escrow.domain",
                "escrow.application",
                "escrow.web",
                "escrow.messaging",
                "escrow.persistence",
                "identity.domain",
                "identity.application",
                "identity.web",
                "identity.persistence")) {
            org.assertj.core.api.Assertions.assertThat(classes.containPackage(BASE + "." + pkg))
                    .as(pkg)
                    .isTrue();
        }
    }

    @Test
    void theDomainKnowsNoFrameworks() {
        noClasses()
                .that()
                .resideInAnyPackage(DOMAINS.toArray(String[]::new))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "org.apache.kafka..", "jakarta..", "java.sql..", "tools.jackson..")
                .check(classes);
    }

    @Test
    void theDomainDoesNotReachOutward() {
        noClasses()
                .that()
                .resideInAnyPackage(DOMAINS.toArray(String[]::new))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..application..", "..web..", "..messaging..", "..persistence..")
                .check(classes);
    }

    @Test
    void useCasesDoNotDependOnTheWebOrKafkaEdges() {
        noClasses()
                .that()
                .resideInAnyPackage(BASE + ".escrow.application..", BASE + ".identity.application..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..escrow.web..", "..escrow.messaging..", "..identity.web..", "org.apache.kafka..")
                .check(classes);
    }

    @Test
    void persistenceIsReachedOnlyThroughUseCases() {
        noClasses()
                .that()
                .resideInAnyPackage("..web..", "..messaging..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..escrow.persistence..", "..identity.persistence..")
                .allowEmptyShould(false)
                .check(classes);
    }
}
