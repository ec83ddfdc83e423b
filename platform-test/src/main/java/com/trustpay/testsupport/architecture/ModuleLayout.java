package com.trustpay.testsupport.architecture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a module's packages are: its base package, its features with the roles each has, and any other package a
 * rule of the module names. The rules check that every package named here exists, so that none of them can pass
 * because it looked at a package that is not there.
 */
public final class ModuleLayout {

    private final String basePackage;
    private final Map<String, Set<Role>> features = new LinkedHashMap<>();
    private final List<String> otherPackages = new ArrayList<>();

    private ModuleLayout(String basePackage) {
        this.basePackage = basePackage;
    }

    /** A layout for the module whose classes live under {@code basePackage}, e.g. {@code com.trustpay.escrow}. */
    public static ModuleLayout of(String basePackage) {
        return new ModuleLayout(basePackage);
    }

    /** A feature package {@code <base>.<name>} and the role packages it has. */
    public ModuleLayout feature(String name, Role... roles) {
        features.put(name, Set.copyOf(Arrays.asList(roles)));
        return this;
    }

    /** Other packages, relative to the base (e.g. {@code provider.setu}), that the module's own rules name. */
    public ModuleLayout packages(String... relative) {
        otherPackages.addAll(Arrays.asList(relative));
        return this;
    }

    public String basePackage() {
        return basePackage;
    }

    /** {@code <base>.<relative>}. */
    public String qualified(String relative) {
        return basePackage + "." + relative;
    }

    /** Every package this layout names, fully qualified: features, their roles and the other packages. */
    public List<String> namedPackages() {
        List<String> named = new ArrayList<>();
        features.forEach((feature, roles) -> {
            named.add(qualified(feature));
            for (Role role : Role.values()) {
                if (roles.contains(role)) {
                    named.add(qualified(feature + "." + role.packageName()));
                }
            }
        });
        otherPackages.forEach(relative -> named.add(qualified(relative)));
        return named;
    }

    /** Whether any feature of this layout has {@code role}. */
    public boolean hasRole(Role role) {
        return features.values().stream().anyMatch(roles -> roles.contains(role));
    }
}
