package com.trustpay.reconciliation.reconciliation.persistence;

import static com.trustpay.reconciliation.reconciliation.persistence.ProjectionRepository.instant;
import static com.trustpay.reconciliation.reconciliation.persistence.ProjectionRepository.ts;

import com.trustpay.reconciliation.reconciliation.domain.Run;
import com.trustpay.reconciliation.reconciliation.domain.RunTrigger;
import com.trustpay.reconciliation.reconciliation.domain.RunWindow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The runs. A scheduled run's key is unique: the instance whose insert wins runs it. */
public class RunRepository {

    private static final TypeReference<Map<String, Long>> COUNTS = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public RunRepository(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Inserts the run in the caller's transaction. A second instance inserting the same key waits for the first
     * one's transaction and then gets {@code false}: it sees the winner's run once that commits.
     */
    public boolean claim(UUID id, RunWindow window, Instant now) {
        return jdbc.update("""
                        INSERT INTO reconciliation_run (id, run_key, trigger, window_from, window_to, started_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (run_key) DO NOTHING
                        """, id, window.key(), window.trigger().name(), ts(window.from()), ts(window.to()), ts(now))
                == 1;
    }

    public void complete(Run run) {
        jdbc.update(
                """
                UPDATE reconciliation_run SET finished_at = ?, escrows_checked = ?, mismatch_count = ?, new_count = ?,
                    reopened_count = ?, counts = ?, report_parts = ?
                WHERE id = ?
                """,
                ts(run.finishedAt()),
                run.escrowsChecked(),
                run.mismatchCount(),
                run.newCount(),
                run.reopenedCount(),
                json.writeValueAsString(run.counts()),
                run.reportParts(),
                run.id());
    }

    /** Keeps what the run could not read from the providers (one line each). */
    public void recordProviderReadFailures(java.util.UUID runId, java.util.List<String> failures) {
        jdbc.update(
                "UPDATE reconciliation_run SET provider_read_failures = ? WHERE id = ?",
                String.join("\n", failures),
                runId);
    }

    public boolean exists(String key) {
        return !jdbc.queryForList("SELECT 1 FROM reconciliation_run WHERE run_key = ?", Integer.class, key)
                .isEmpty();
    }

    public Optional<Run> byKey(String key) {
        return jdbc.query("SELECT * FROM reconciliation_run WHERE run_key = ?", this::map, key).stream()
                .findFirst();
    }

    public Optional<Run> byId(UUID id) {
        return jdbc.query("SELECT * FROM reconciliation_run WHERE id = ?", this::map, id).stream()
                .findFirst();
    }

    /** The latest runs first. */
    public List<Run> latest(int limit) {
        return jdbc.query("SELECT * FROM reconciliation_run ORDER BY started_at DESC, id LIMIT ?", this::map, limit);
    }

    /** The runs whose window overlaps [from, to), latest first. */
    public List<Run> covering(Instant from, Instant to, int limit) {
        return jdbc.query(
                "SELECT * FROM reconciliation_run WHERE window_from < ? AND window_to > ?"
                        + " ORDER BY started_at DESC, id LIMIT ?",
                this::map,
                ts(to),
                ts(from),
                limit);
    }

    private Run map(ResultSet rs, int row) throws SQLException {
        return new Run(
                rs.getObject("id", UUID.class),
                RunTrigger.valueOf(rs.getString("trigger")),
                instant(rs, "window_from"),
                instant(rs, "window_to"),
                rs.getString("run_key"),
                instant(rs, "started_at"),
                instant(rs, "finished_at"),
                rs.getInt("escrows_checked"),
                rs.getInt("mismatch_count"),
                rs.getInt("new_count"),
                rs.getInt("reopened_count"),
                json.readValue(rs.getString("counts"), COUNTS),
                rs.getInt("report_parts"));
    }
}
