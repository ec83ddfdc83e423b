package com.trustpay.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.DockerClientFactory;

/** Whether a Docker engine answers, asked cheaply first so machines without one don't wait for Testcontainers. */
final class DockerProbe {

    private static Boolean available;

    private DockerProbe() {}

    static synchronized boolean dockerAvailable() {
        if (available == null) {
            boolean socket = Files.exists(Path.of("/var/run/docker.sock")) || System.getenv("DOCKER_HOST") != null;
            available = socket && askTestcontainers();
        }
        return available;
    }

    private static boolean askTestcontainers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
