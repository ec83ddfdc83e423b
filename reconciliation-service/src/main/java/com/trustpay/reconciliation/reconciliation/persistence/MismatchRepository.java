package com.trustpay.reconciliation.reconciliation.persistence;

import static com.trustpay.reconciliation.reconciliation.persistence.ProjectionRepository.instant;
import static com.trustpay.reconciliation.reconciliation.persistence.ProjectionRepository.longOrNull;
import static com.trustpay.reconciliation.reconciliation.persistence.ProjectionRepository.ts;

import com.trustpay.reconciliation.reconciliation.domain.Finding;
import com.trustpay.reconciliation.reconciliation.domain.Mismatch;
import com.trustpay.reconciliation.reconciliation.domain.MismatchKind;
import com.trustpay.reconciliation.reconciliation.domain.MismatchQuery;
import com.trustpay.reconciliation.reconciliation.domain.MismatchStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The kept mismatches, one row per fingerprint. */
public class MismatchRepository {

    private static final TypeReference<Map<String, String>> IDS = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public MismatchRepository(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Inserts a finding seen for the first time and returns its id, or returns empty when its fingerprint is already
     * kept (then {@link #lockByFingerprint} and {@link #seenAgain} apply the repeat).
     */
    public Optional<UUID> insertNew(Finding f, UUID runId, Instant now) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.update(
                """
                INSERT INTO mismatch (id, fingerprint, kind, severity, escrow_id, reference, provider_ids,
                    our_amount_paise, provider_amount_paise, our_status, provider_status, detail, occurred_at,
                    first_seen, last_seen, last_run_id, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')
                ON CONFLICT (fingerprint) DO NOTHING
                """,
                id,
                f.fingerprint(),
                f.kind().name(),
                f.kind().severity().name(),
                f.escrowId(),
                f.reference(),
                json.writeValueAsString(f.providerIds()),
                f.ourAmountPaise(),
                f.providerAmountPaise(),
                f.ourStatus(),
                f.providerStatus(),
                f.detail(),
                ts(f.occurredAt()),
                ts(now),
                ts(now),
                runId);
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    /** The kept mismatch with this fingerprint, locked for the caller's transaction. */
    public Mismatch lockByFingerprint(String fingerprint) {
        return jdbc.queryForObject("SELECT * FROM mismatch WHERE fingerprint = ? FOR UPDATE", this::map, fingerprint);
    }

    /** A repeat: the latest values and last-seen time, and the status a repeat leads to. */
    public void seenAgain(UUID id, Finding f, MismatchStatus status, boolean reopened, UUID runId, Instant now) {
        jdbc.update(
                """
                UPDATE mismatch SET our_amount_paise = ?, provider_amount_paise = ?, our_status = ?,
                    provider_status = ?, detail = ?, last_seen = ?, last_run_id = ?, status = ?,
                    reopened = reopened + ?
                WHERE id = ?
                """,
                f.ourAmountPaise(),
                f.providerAmountPaise(),
                f.ourStatus(),
                f.providerStatus(),
                f.detail(),
                ts(now),
                runId,
                status.name(),
                reopened ? 1 : 0,
                id);
    }

    public void foundBy(UUID runId, List<UUID> mismatchIds) {
        jdbc.batchUpdate(
                "INSERT INTO run_mismatch (run_id, mismatch_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                mismatchIds.stream().map(id -> new Object[] {runId, id}).toList());
    }

    /** Moves a mismatch from {@code expected} to {@code next} with an admin's note; false if it was no longer so. */
    public boolean note(UUID id, MismatchStatus expected, MismatchStatus next, String note, String by, Instant at) {
        return jdbc.update(
                        "UPDATE mismatch SET status = ?, note = ?, noted_by = ?, noted_at = ? WHERE id = ? AND status = ?",
                        next.name(),
                        note,
                        by,
                        ts(at),
                        id,
                        expected.name())
                == 1;
    }

    public Optional<Mismatch> byId(UUID id) {
        return jdbc.query("SELECT * FROM mismatch WHERE id = ?", this::map, id).stream()
                .findFirst();
    }

    public List<Mismatch> foundByRun(UUID runId) {
        return jdbc.query(
                "SELECT m.* FROM mismatch m JOIN run_mismatch r ON r.mismatch_id = m.id WHERE r.run_id = ?"
                        + " ORDER BY m.occurred_at, m.id",
                this::map,
                runId);
    }

    public List<Mismatch> list(MismatchQuery filter) {
        StringBuilder sql = new StringBuilder("SELECT * FROM mismatch WHERE TRUE");
        List<Object> args = new ArrayList<>();
        if (filter.kind() != null) {
            sql.append(" AND kind = ?");
            args.add(filter.kind().name());
        }
        if (filter.status() != null) {
            sql.append(" AND status = ?");
            args.add(filter.status().name());
        }
        if (filter.escrowId() != null) {
            sql.append(" AND escrow_id = ?");
            args.add(filter.escrowId());
        }
        if (filter.from() != null) {
            sql.append(" AND occurred_at >= ?");
            args.add(ts(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND occurred_at < ?");
            args.add(ts(filter.to()));
        }
        sql.append(" ORDER BY occurred_at, id LIMIT ?");
        args.add(filter.limit());
        return jdbc.query(sql.toString(), this::map, args.toArray());
    }

    private Mismatch map(ResultSet rs, int row) throws SQLException {
        Finding finding = new Finding(
                MismatchKind.valueOf(rs.getString("kind")),
                rs.getObject("escrow_id", UUID.class),
                rs.getString("reference"),
                json.readValue(rs.getString("provider_ids"), IDS),
                longOrNull(rs, "our_amount_paise"),
                longOrNull(rs, "provider_amount_paise"),
                rs.getString("our_status"),
                rs.getString("provider_status"),
                rs.getString("detail"),
                instant(rs, "occurred_at"));
        return new Mismatch(
                rs.getObject("id", UUID.class),
                finding,
                instant(rs, "first_seen"),
                instant(rs, "last_seen"),
                rs.getObject("last_run_id", UUID.class),
                MismatchStatus.valueOf(rs.getString("status")),
                rs.getString("note"),
                rs.getString("noted_by"),
                instant(rs, "noted_at"),
                rs.getInt("reopened"));
    }
}
