package com.trustpay.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository around this module: the deployment files and the services' sources the checks read. */
final class Repository {

    private Repository() {}

    /** The repository root: {@code trustpay.root} (set by the module's pom), else the module's parent directory. */
    static Path root() {
        String configured = System.getProperty("trustpay.root");
        return Path.of(configured != null ? configured : "..").toAbsolutePath().normalize();
    }

    static Path path(String relative) {
        return root().resolve(relative);
    }

    static String read(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String projectVersion() {
        String version = System.getProperty("trustpay.version");
        if (version == null) {
            throw new IllegalStateException("trustpay.version is not set; run the checks through Maven");
        }
        return version;
    }
}
