package com.trustpay.devstack;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** How the devstack ends a process it started: a polite SIGTERM, then SIGKILL after the grace period. */
final class ChildProcesses {

    private ChildProcesses() {}

    static void stop(Process process, Duration grace) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
