package com.trustpay.testsupport.architecture;

import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The rules of a service laid out by feature, then role ({@link Role}): on top of {@link ArchitectureRules}, the
 * domain depends on no other role and knows no framework, use cases know no edge, and the edges and persistence
 * keep apart. A role the layout does not declare must then have no package at all, so a rule is never skipped
 * because its packages are missing.
 */
public abstract class LayeredArchitectureRules extends ArchitectureRules {

    protected LayeredArchitectureRules(ModuleLayout layout) {
        super(layout);
    }

    @Test
    public void theDomainDependsOnNoOtherRole() {
        checkFor(Role.DOMAIN, TrustPayRules::domainDependsOnNoOtherRole);
    }

    @Test
    public void theDomainKnowsNoFrameworks() {
        checkFor(Role.DOMAIN, TrustPayRules::domainKnowsNoFrameworks);
    }

    @Test
    public void useCasesKnowNoEdges() {
        checkFor(Role.APPLICATION, TrustPayRules::applicationKnowsNoEdges);
    }

    @Test
    public void persistenceKnowsNoEdges() {
        checkFor(Role.PERSISTENCE, TrustPayRules::persistenceKnowsNoEdges);
    }

    @Test
    public void theWebEdgeDoesNotUseTheMessagingEdge() {
        checkFor(Role.WEB, TrustPayRules::webDoesNotUseMessaging);
    }

    @Test
    public void listenersGoThroughUseCases() {
        checkFor(Role.MESSAGING, TrustPayRules::messagingGoesThroughUseCases);
    }

    private void checkFor(Role role, Function<String, ArchRule> rule) {
        String base = layout().basePackage();
        if (layout().hasRole(role)) {
            rule.apply(base).check(mainClasses());
        } else {
            TrustPayRules.noPackageOfRole(base, role).check(mainClasses());
        }
    }
}
