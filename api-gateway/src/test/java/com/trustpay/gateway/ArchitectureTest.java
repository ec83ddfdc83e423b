package com.trustpay.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The gateway's feature packages, and the few rules between them. */
class ArchitectureTest {

    static final List<String> FEATURES =
            List.of("requestid", "security", "ratelimit", "routing", "sandbox", "server", "ui");

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.trustpay.gateway");

    @ParameterizedTest
    @FieldSource("FEATURES")
    void everyNamedFeaturePackageExists(String feature) {
        assertThat(CLASSES.stream().filter(c -> c.getPackageName().equals("com.trustpay.gateway." + feature)))
                .isNotEmpty();
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("com.trustpay.gateway.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void onlyTheSandboxFeatureKnowsTheSandbox() {
        noClasses()
                .that()
                .resideOutsideOfPackage("com.trustpay.gateway.sandbox..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.trustpay.gateway.sandbox..")
                .check(CLASSES);
    }

    @Test
    void everyConfigurationSitsInItsFeature() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Configuration")
                .should()
                .resideInAnyPackage(
                        FEATURES.stream().map(f -> "com.trustpay.gateway." + f).toArray(String[]::new))
                .check(CLASSES);
    }
}
