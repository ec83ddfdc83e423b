package com.trustpay.deploy;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The external tools the checks run (docker-compose, kubectl, promtool, bash), always from the repository root.
 *
 * <p>A tool that is not installed fails the check when {@code CI=true}: CI installs the tools ({@code .ci/run}), so a
 * missing one there is a broken machine, never a reason to pass. Elsewhere the check is skipped, saying which Debian
 * package brings the tool.
 */
final class Tools {

    private static final long TIMEOUT_SECONDS = 60;

    private Tools() {}

    /** What a command printed and how it ended. */
    record Result(int exitCode, String stdout, String stderr) {}

    /** Fails (under CI) or skips the calling check unless {@code command} is on the PATH. */
    static void require(String command, String debianPackage) {
        if (onPath(command)) {
            return;
        }
        String message = command + " is not on the PATH (Debian package " + debianPackage
                + "; .ci/run installs it with apt-get when it is missing)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + ". CI must run this check, so it fails instead of skipping.");
        }
        Assumptions.abort(message + ". Skipped outside CI.");
    }

    /** Runs a command and returns its standard output; fails with both outputs unless it exits with 0. */
    static String output(List<String> command) {
        Result result = run(command);
        if (result.exitCode() != 0) {
            fail(String.join(" ", command) + " exited with " + result.exitCode() + "\nstdout:\n" + result.stdout()
                    + "\nstderr:\n" + result.stderr());
        }
        return result.stdout();
    }

    static Result run(List<String> command) {
        try {
            // Files, not pipes: a chatty tool can never block on a full pipe while we wait for it.
            Path out = Files.createTempFile("deploy-check", ".out");
            Path err = Files.createTempFile("deploy-check", ".err");
            try {
                Process process = new ProcessBuilder(command)
                        .directory(Repository.root().toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    fail(String.join(" ", command) + " did not finish within " + TIMEOUT_SECONDS + " s");
                }
                return new Result(
                        process.exitValue(),
                        Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, command))) {
                return true;
            }
        }
        return false;
    }
}
