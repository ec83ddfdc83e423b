package com.trustpay.testsupport.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules every TrustPay module is held to, for the module whose classes live under {@code base}. Role rules
 * match {@code <base>.<feature>.<role>..} for every feature at once, so a feature added later is covered without
 * naming it. Each rule fails on an empty selection.
 */
public final class TrustPayRules {

    /** Libraries that belong to tests only; main code that needs one is test code in the wrong place. */
    static final String[] TEST_LIBRARIES = {
        "org.junit..",
        "org.assertj..",
        "org.testcontainers..",
        "org.mockito..",
        "org.awaitility..",
        "net.jqwik..",
        "com.code_intelligence.jazzer..",
        "com.tngtech.archunit..",
        "mockwebserver3..",
        "io.zonky.test..",
        "org.springframework.test..",
        "org.springframework.boot.test..",
        "org.springframework.kafka.test..",
        "com.trustpay.testsupport.."
    };

    /** What a domain must not know: Spring (web or any other part), Kafka, JDBC, servlets, JPA, HTTP clients. */
    static final String[] FRAMEWORKS = {
        "org.springframework..",
        "org.apache.kafka..",
        "java.sql..",
        "javax.sql..",
        "jakarta.servlet..",
        "jakarta.persistence..",
        "okhttp3..",
        "java.net.http..",
        "com.trustpay.platform.."
    };

    /** The plain-Java refusal vocabulary of platform-web, which a domain may throw. */
    static final String REFUSALS = "com.trustpay.platform.problem..";

    /** The edges a use case is called from, never calls: HTTP and Kafka. */
    static final String[] EDGE_FRAMEWORKS = {
        "org.apache.kafka..",
        "org.springframework.kafka..",
        "org.springframework.web..",
        "org.springframework.http..",
        "jakarta.servlet.."
    };

    private TrustPayRules() {}

    /** {@code <base>.<feature>.<role>..} for any feature. */
    public static String role(String base, Role role) {
        return base + ".*." + role.packageName() + "..";
    }

    /** No cycle between the feature packages {@code <base>.<feature>..}. */
    public static ArchRule featuresAreFreeOfCycles(String base) {
        return slices().matching(base + ".(*)..")
                .namingSlices("feature $1")
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(false);
    }

    /** No benchmark package in main code: benchmarks do not ship in production jars. */
    public static ArchRule noBenchmarkPackage(String base) {
        return noClasses()
                .that()
                .resideInAPackage(base + "..")
                .should()
                .resideInAPackage("..bench..")
                .because("benchmark code stays out of src/main and of the production jar")
                .allowEmptyShould(false);
    }

    /** No main class uses a test library. */
    public static ArchRule noTestLibraries(String base) {
        return noClasses()
                .that()
                .resideInAPackage(base + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(TEST_LIBRARIES)
                .because("test code stays in src/test")
                .allowEmptyShould(false);
    }

    /** A domain depends on no application, web, messaging or persistence package, of its feature or another. */
    public static ArchRule domainDependsOnNoOtherRole(String base) {
        return noClasses()
                .that()
                .resideInAPackage(role(base, Role.DOMAIN))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        role(base, Role.APPLICATION),
                        role(base, Role.WEB),
                        role(base, Role.MESSAGING),
                        role(base, Role.PERSISTENCE))
                .allowEmptyShould(false);
    }

    /**
     * A domain knows no framework: no Spring, Kafka, JDBC, servlet, JPA, HTTP client or platform plumbing. The one
     * platform package it may use is {@code com.trustpay.platform.problem}: plain Java refusals (a kind such as
     * CONFLICT or GONE, a stable code, field errors) that the web edge turns into HTTP statuses.
     */
    public static ArchRule domainKnowsNoFrameworks(String base) {
        return noClasses()
                .that()
                .resideInAPackage(role(base, Role.DOMAIN))
                .should()
                .dependOnClassesThat(resideInAnyPackage(FRAMEWORKS).and(not(resideInAPackage(REFUSALS))))
                .because("the domain is tested without Spring and says nothing about transport or storage")
                .allowEmptyShould(false);
    }

    /** Use cases do not depend on the web or messaging edges, nor on HTTP or Kafka types. */
    public static ArchRule applicationKnowsNoEdges(String base) {
        String[] edges = new String[EDGE_FRAMEWORKS.length + 2];
        edges[0] = role(base, Role.WEB);
        edges[1] = role(base, Role.MESSAGING);
        System.arraycopy(EDGE_FRAMEWORKS, 0, edges, 2, EDGE_FRAMEWORKS.length);
        return noClasses()
                .that()
                .resideInAPackage(role(base, Role.APPLICATION))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(edges)
                .allowEmptyShould(false);
    }

    /** Persistence depends on no web or messaging package. */
    public static ArchRule persistenceKnowsNoEdges(String base) {
        return noClasses()
                .that()
                .resideInAPackage(role(base, Role.PERSISTENCE))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(role(base, Role.WEB), role(base, Role.MESSAGING))
                .allowEmptyShould(false);
    }

    /** The HTTP edge does not reach into the Kafka edge. */
    public static ArchRule webDoesNotUseMessaging(String base) {
        return noClasses()
                .that()
                .resideInAPackage(role(base, Role.WEB))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(role(base, Role.MESSAGING))
                .allowEmptyShould(false);
    }

    /** Listeners hand messages to use cases: no web package, no repository. */
    public static ArchRule messagingGoesThroughUseCases(String base) {
        return noClasses()
                .that()
                .resideInAPackage(role(base, Role.MESSAGING))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(role(base, Role.WEB), role(base, Role.PERSISTENCE))
                .allowEmptyShould(false);
    }

    /** No class of the module lives in a {@code role} package: for a layout that declares no such role. */
    public static ArchRule noPackageOfRole(String base, Role role) {
        return noClasses()
                .that()
                .resideInAPackage(base + "..")
                .should()
                .resideInAPackage(role(base, role))
                .because("the module's layout declares no " + role.packageName() + " package")
                .allowEmptyShould(false);
    }
}
