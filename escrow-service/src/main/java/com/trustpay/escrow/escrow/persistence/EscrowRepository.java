package com.trustpay.escrow.escrow.persistence;

import com.trustpay.escrow.escrow.domain.Escrow;
import com.trustpay.escrow.escrow.domain.EscrowSnapshot;
import com.trustpay.platform.crypto.FieldCipher;
import com.trustpay.platform.crypto.SealedColumn;
import com.trustpay.platform.scheduling.DueRows;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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

    /** The encrypted columns of {@code escrow} (ADR 0020), for the re-encryption job. */
    public static final List<SealedColumn> SEALED = EscrowRows.SEALED;

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final RowMapper<Escrow> rows;
    private final DueRows<UUID> overdueCodes;

    public EscrowRepository(JdbcTemplate jdbc, FieldCipher cipher) {
        this.jdbc = JdbcClient.create(jdbc);
        this.cipher = cipher;
        this.rows = EscrowRows.mapper(cipher);
        this.overdueCodes = DueRows.in("escrow", "id", UUID.class)
                .dueAt("code_expires_at")
                .where("status = 'AWAITING_PARTNER'")
                .build(jdbc);
    }

    public void insert(Escrow escrow) {
        Map<String, Object> values = EscrowRows.values(escrow.snapshot(), cipher);
        String placeholders =
                String.join(", ", EscrowRows.COLUMNS.stream().map(c -> ":" + c).toList());
        jdbc.sql("INSERT INTO escrow (" + COLUMNS + ", version) VALUES (" + placeholders + ", 0)")
                .params(values)
                .update();
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
    }

    public Optional<Escrow> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + ", version FROM escrow WHERE id = ?")
                .param(id)
                .query(rows)
                .optional();
    }

    public Optional<Escrow> findByCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + ", version FROM escrow WHERE code = ?")
                .param(code)
                .query(rows)
                .optional();
    }

    /** The user's escrows, newest first. */
    public List<Escrow> findByParty(UUID userId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS
                        + ", version FROM escrow WHERE payer_user_id = :user OR payee_user_id = :user"
                        + " ORDER BY created_at DESC LIMIT :limit")
                .param("user", userId)
                .param("limit", limit)
                .query(rows)
                .list();
    }

    /** Escrows in any of the given statuses, oldest change first: the admin's work list. */
    public List<Escrow> findByStatus(Collection<String> statuses, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + ", version FROM escrow WHERE status IN (:statuses)"
                        + " ORDER BY created_at LIMIT :limit")
                .param("statuses", List.copyOf(statuses))
                .param("limit", limit)
                .query(rows)
                .list();
    }

    /**
     * Locks up to {@code limit} escrows whose code has run out, skipping rows another instance already holds,
     * for the rest of the caller's transaction (the expiry is done in it, so the row lock is the whole lease).
     */
    public List<UUID> lockOverdueCodes(Instant now, int limit) {
        return overdueCodes.lock(now, limit);
    }
}
