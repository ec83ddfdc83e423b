package com.trustpay.testsupport.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The rules every module runs, over its main classes (tests excluded): the packages its layout names exist, its
 * features form no cycle, and no benchmark or test code is in main. A module's {@code ArchitectureTest} extends
 * this (or {@link LayeredArchitectureRules}) and adds its own rules next to these.
 *
 * <pre>{@code
 * class ArchitectureTest extends ArchitectureRules {
 *     ArchitectureTest() { super(ModuleLayout.of("com.trustpay.gateway").feature("security").feature("routing")); }
 * }
 * }</pre>
 */
public abstract class ArchitectureRules {

    private static final Map<String, JavaClasses> MAIN_CLASSES = new ConcurrentHashMap<>();

    private final ModuleLayout layout;

    protected ArchitectureRules(ModuleLayout layout) {
        this.layout = layout;
    }

    protected final ModuleLayout layout() {
        return layout;
    }

    /** The module's main classes, imported once per test JVM. */
    protected final JavaClasses mainClasses() {
        return MAIN_CLASSES.computeIfAbsent(layout.basePackage(), base -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(base));
    }

    /** {@code <base>.<relative>..}, for a module's own rules. */
    protected final String within(String relative) {
        return layout.qualified(relative) + "..";
    }

    @Test
    public void everyPackageTheLayoutNamesExists() {
        assertThat(layout.namedPackages()).as("packages named by the layout").isNotEmpty();
        for (String name : layout.namedPackages()) {
            assertThat(mainClasses().containPackage(name))
                    .as("package %s exists in main", name)
                    .isTrue();
        }
    }

    @Test
    public void featuresDependOnEachOtherWithoutCycles() {
        TrustPayRules.featuresAreFreeOfCycles(layout.basePackage()).check(mainClasses());
    }

    @Test
    public void noBenchmarkCodeIsInMain() {
        TrustPayRules.noBenchmarkPackage(layout.basePackage()).check(mainClasses());
    }

    @Test
    public void noTestLibraryIsUsedInMain() {
        TrustPayRules.noTestLibraries(layout.basePackage()).check(mainClasses());
    }
}
