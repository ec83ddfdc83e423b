package com.trustpay.webhook.bench;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /bench/noop} reads the body and answers; {@code POST /bench/insert} also inserts it as one row in
 * its own transaction. Same Tomcat, virtual threads, message converters and pool as the webhook path.
 */
@RestController
@RequestMapping("/bench")
@ConditionalOnBooleanProperty("webhook.bench-probes.enabled")
class BenchProbeController {

    private final JdbcTemplate jdbc;

    BenchProbeController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute("CREATE TABLE IF NOT EXISTS bench_probe"
                + " (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, body bytea NOT NULL)");
    }

    @PostMapping("/noop")
    ProbeAck noop(InputStream body) throws IOException {
        return new ProbeAck(body.readAllBytes().length);
    }

    @PostMapping("/insert")
    ProbeAck insert(InputStream body) throws IOException {
        byte[] bytes = body.readAllBytes();
        jdbc.update("INSERT INTO bench_probe (body) VALUES (?)", (Object) bytes);
        return new ProbeAck(bytes.length);
    }

    record ProbeAck(int bytes) {}
}
