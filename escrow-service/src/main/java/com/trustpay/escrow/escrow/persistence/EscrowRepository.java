package com.trustpay.escrow.escrow.persistence;

import com.trustpay.escrow.escrow.domain.Escrow;
import com.trustpay.escrow.escrow.domain.EscrowSnapshot;
import com.trustpay.escrow.escrow.domain.EscrowStatus;
import com.trustpay.escrow.escrow.domain.Milestone;
import com.trustpay.escrow.escrow.domain.NextStep;
import com.trustpay.platform.crypto.FieldCipher;
import com.trustpay.platform.crypto.SealedColumn;
import com.trustpay.platform.scheduling.DueRows;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores escrows in the {@code escrow} table. {@link #update} is an optimistic compare-and-set on
 * {@code version}: a concurrent change makes it fail with {@link OptimisticLockingFailureException}.
 */
public class EscrowRepository {

    private static final String COLUMNS = String.join(", ", EscrowRows.COLUMNS);
    private static final String MILESTONE_COLUMNS = String.join(", ", EscrowRows.MILESTONE_COLUMNS);

    /** The encrypted columns of {@code escrow} (ADR 0020), for the re-encryption job. */
    public static final List<SealedColumn> SEALED = EscrowRows.SEALED;

    /** The statuses lists show as finished ({@link NextStep#finished}), quoted for SQL. */
    private static final String FINISHED = Arrays.stream(EscrowStatus.values())
            .filter(NextStep::finished)
            .map(status -> "'" + status.name() + "'")
            .collect(Collectors.joining(", "));

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final RowMapper<EscrowSnapshot> rows;
    private final DueRows<UUID> overdueCodes;
    private final DueRows<UUID> endedInspections;
    private final DueRows<UUID> inspectionReminders;

    public EscrowRepository(JdbcTemplate jdbc, FieldCipher cipher) {
        this.jdbc = JdbcClient.create(jdbc);
        this.cipher = cipher;
        this.rows = EscrowRows.mapper(cipher);
        this.overdueCodes = DueRows.in("escrow", "id", UUID.class)
                .dueAt("code_expires_at")
                .where("status = 'AWAITING_PARTNER'")
                .build(jdbc);
        this.endedInspections = DueRows.in("escrow", "id", UUID.class)
                .dueAt("inspection_ends_at")
                .where("status = 'HELD'")
                .build(jdbc);
        this.inspectionReminders = DueRows.in("escrow", "id", UUID.class)
                .dueAt("inspection_ends_at")
                .where("status = 'HELD' AND inspection_reminder_sent_at IS NULL")
                .build(jdbc);
    }

    public void insert(Escrow escrow) {
        Map<String, Object> values = EscrowRows.values(escrow.snapshot(), cipher);
        String placeholders =
                String.join(", ", EscrowRows.COLUMNS.stream().map(c -> ":" + c).toList());
        jdbc.sql("INSERT INTO escrow (" + COLUMNS + ", version) VALUES (" + placeholders + ", 0)")
                .params(values)
                .update();
        for (Milestone milestone : escrow.milestones()) {
            Map<String, Object> row = EscrowRows.values(escrow.id(), milestone);
            jdbc.sql("INSERT INTO escrow_milestone (escrow_id, " + MILESTONE_COLUMNS + ") VALUES (:escrow_id, "
                            + String.join(
                                    ", ",
                                    EscrowRows.MILESTONE_COLUMNS.stream()
                                            .map(c -> ":" + c)
                                            .toList())
                            + ")")
                    .params(row)
                    .update();
        }
    }

    public void update(Escrow escrow) {
        EscrowSnapshot snapshot = escrow.snapshot();
        Map<String, Object> values = EscrowRows.values(snapshot, cipher);
        String assignments = String.join(
                ", ",
                EscrowRows.COLUMNS.stream()
                        .filter(c -> !c.equals("id"))
                        .map(c -> c + " = :" + c)
                        .toList());
        int updated = jdbc.sql("UPDATE escrow SET " + assignments
                        + ", version = version + 1, updated_at = now() WHERE id = :id AND version = :version")
                .params(values)
                .param("version", snapshot.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Escrow " + snapshot.id() + " changed concurrently");
        }
        // the escrow row's version check above already serialises changes; the table's trigger refuses a second
        // release of a paid milestone and a released sum above the amount, whatever the code does
        for (Milestone milestone : snapshot.milestones()) {
            jdbc.sql("UPDATE escrow_milestone SET status = :status, payer_confirmed = :payer_confirmed,"
                            + " payee_confirmed = :payee_confirmed, release_round = :release_round,"
                            + " payout_reference = :payout_reference, payout_utr = :payout_utr, paid_at = :paid_at"
                            + " WHERE escrow_id = :escrow_id AND number = :number")
                    .params(EscrowRows.values(snapshot.id(), milestone))
                    .update();
        }
    }

    public Optional<Escrow> find(UUID id) {
        return withMilestones(jdbc.sql("SELECT " + COLUMNS + ", version FROM escrow WHERE id = ?")
                        .param(id)
                        .query(rows)
                        .list())
                .stream()
                .findFirst();
    }

    /** The friendly names of the escrows {@code userId} is a party to and that still have something left to do. */
    public Set<String> openNamesOf(UUID userId) {
        return Set.copyOf(jdbc.sql("SELECT name FROM escrow WHERE (payer_user_id = ? OR payee_user_id = ?)"
                        + " AND status NOT IN (" + FINISHED + ")")
                .params(userId, userId)
                .query(String.class)
                .list());
    }

    public Optional<Escrow> findByCode(String code) {
        return withMilestones(jdbc.sql("SELECT " + COLUMNS + ", version FROM escrow WHERE code = ?")
                        .param(code)
                        .query(rows)
                        .list())
                .stream()
                .findFirst();
    }

    /** The escrows of {@code snapshots} with their milestones, read in one query. */
    private List<Escrow> withMilestones(List<EscrowSnapshot> snapshots) {
        if (snapshots.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Milestone>> byEscrow = new HashMap<>();
        jdbc.sql("SELECT escrow_id, " + MILESTONE_COLUMNS
                        + " FROM escrow_milestone WHERE escrow_id IN (:ids) ORDER BY escrow_id, number")
                .param("ids", snapshots.stream().map(EscrowSnapshot::id).toList())
                .query(rs -> {
                    byEscrow.computeIfAbsent(rs.getObject("escrow_id", UUID.class), id -> new ArrayList<>())
                            .add(EscrowRows.milestone(rs));
                });
        return snapshots.stream()
                .map(s -> Escrow.restore(s.withMilestones(byEscrow.getOrDefault(s.id(), List.of()))))
                .toList();
    }

    /**
     * One page of escrows matching {@code filter}, newest first: ordered by ({@code created_at}, {@code id})
     * descending, starting strictly after {@code after} when given. Keyset order, so rows inserted meanwhile never
     * shift a later page.
     */
    public List<Escrow> page(EscrowFilter filter, EscrowKey after, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.partyId() != null) {
            where.add("(payer_user_id = :party OR payee_user_id = :party)");
            params.put("party", filter.partyId());
        }
        if (!filter.statuses().isEmpty()) {
            where.add("status IN (:statuses)");
            params.put("statuses", List.copyOf(filter.statuses()));
        }
        if (filter.id() != null) {
            where.add("id = :id");
            params.put("id", filter.id());
        }
        if (filter.code() != null) {
            where.add("code = :code");
            params.put("code", filter.code());
        }
        if (after != null) {
            where.add("(created_at, id) < (:afterAt, :afterId)");
            params.put("afterAt", Timestamp.from(after.createdAt()));
            params.put("afterId", after.id());
        }
        params.put("limit", limit);
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        return withMilestones(jdbc.sql("SELECT " + COLUMNS + ", version FROM escrow" + condition
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit")
                .params(params)
                .query(rows)
                .list());
    }

    /**
     * Locks up to {@code limit} escrows whose code has run out, skipping rows another instance already holds,
     * for the rest of the caller's transaction (the expiry is done in it, so the row lock is the whole lease).
     */
    public List<UUID> lockOverdueCodes(Instant now, int limit) {
        return overdueCodes.lock(now, limit);
    }

    /**
     * Locks up to {@code limit} held escrows whose inspection period ended by {@code now} (ADR 0018), skipping rows
     * another instance holds, for the rest of the caller's transaction, which releases them.
     */
    public List<UUID> lockEndedInspections(Instant now, int limit) {
        return endedInspections.lock(now, limit);
    }

    /**
     * Locks up to {@code limit} held escrows whose inspection period ends within {@code lead} of {@code now} and
     * that had no reminder yet, skipping rows another instance holds, for the rest of the caller's transaction.
     */
    public List<UUID> lockInspectionReminders(Instant now, Duration lead, int limit) {
        return inspectionReminders.lock(now.plus(lead), limit);
    }
}
