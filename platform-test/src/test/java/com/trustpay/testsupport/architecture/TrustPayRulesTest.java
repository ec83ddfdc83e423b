package com.trustpay.testsupport.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** Each shared rule fails on the fixture that breaks it, and none passes on a package that is not there. */
class TrustPayRulesTest {

    private static final String FIXTURES = "com.trustpay.testsupport.architecture.fixtures";
    private static final String SHOP = FIXTURES + ".layered";
    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURES);

    @Test
    void aCycleBetweenFeaturesIsFound() {
        assertThatThrownBy(() -> TrustPayRules.featuresAreFreeOfCycles(FIXTURES + ".cyclic")
                        .check(CLASSES))
                .hasMessageContaining("feature alpha")
                .hasMessageContaining("feature beta");
    }

    @Test
    void featuresWithoutCyclesPass() {
        TrustPayRules.featuresAreFreeOfCycles(SHOP).check(CLASSES);
    }

    @Test
    void aDomainThatKnowsSpringOrTheWebIsFound() {
        assertThatThrownBy(() -> TrustPayRules.domainKnowsNoFrameworks(SHOP).check(CLASSES))
                .hasMessageContaining("org.springframework.util.Assert");
        assertThatThrownBy(() -> TrustPayRules.domainDependsOnNoOtherRole(SHOP).check(CLASSES))
                .hasMessageContaining("BasketController");
    }

    @Test
    void aTestLibraryInMainIsFound() {
        assertThatThrownBy(() -> TrustPayRules.noTestLibraries(SHOP).check(CLASSES))
                .hasMessageContaining("org.assertj");
    }

    @Test
    void aBenchmarkPackageInMainIsFound() {
        assertThatThrownBy(() -> TrustPayRules.noBenchmarkPackage(FIXTURES).check(CLASSES))
                .hasMessageContaining("Probe");
        TrustPayRules.noBenchmarkPackage(SHOP).check(CLASSES);
    }

    @Test
    void aRuleOverAPackageThatIsNotThereFails() {
        assertThatThrownBy(() -> TrustPayRules.persistenceKnowsNoEdges(SHOP).check(CLASSES))
                .hasMessageContaining("failed to check any classes");
        assertThatThrownBy(() -> TrustPayRules.featuresAreFreeOfCycles(FIXTURES + ".missing")
                        .check(CLASSES))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aLayoutNamesItsFeaturesRolesAndOtherPackages() {
        ModuleLayout layout =
                ModuleLayout.of(SHOP).feature("shop", Role.DOMAIN, Role.WEB).packages("shop.application");

        assertThat(layout.namedPackages())
                .containsExactly(SHOP + ".shop", SHOP + ".shop.domain", SHOP + ".shop.web", SHOP + ".shop.application");
        assertThat(layout.hasRole(Role.WEB)).isTrue();
        assertThat(layout.hasRole(Role.MESSAGING)).isFalse();
    }
}
