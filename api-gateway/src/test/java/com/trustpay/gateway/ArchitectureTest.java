package com.trustpay.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.trustpay.testsupport.architecture.ArchitectureRules;
import com.trustpay.testsupport.architecture.ModuleLayout;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared TrustPay rules over the gateway's feature packages (it has no roles), and the few rules between them. */
class ArchitectureTest extends ArchitectureRules {

    static final List<String> FEATURES =
            List.of("requestid", "security", "ratelimit", "routing", "sandbox", "server", "ui");

    ArchitectureTest() {
        super(gatewayLayout());
    }

    private static ModuleLayout gatewayLayout() {
        ModuleLayout layout = ModuleLayout.of("com.trustpay.gateway");
        FEATURES.forEach(layout::feature);
        return layout;
    }

    @Test
    void onlyTheSandboxFeatureKnowsTheSandbox() {
        noClasses()
                .that()
                .resideOutsideOfPackage(within("sandbox"))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(within("sandbox"))
                .allowEmptyShould(false)
                .check(mainClasses());
    }

    @Test
    void everyConfigurationSitsInItsFeature() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Configuration")
                .should()
                .resideInAnyPackage(FEATURES.stream().map(layout()::qualified).toArray(String[]::new))
                .allowEmptyShould(false)
                .check(mainClasses());
    }
}
