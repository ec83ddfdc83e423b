package com.trustpay.notification.directory.persistence;

import com.trustpay.contracts.PartyRole;
import com.trustpay.notification.directory.domain.EscrowFacts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code escrow_facts}: each write sets only the columns its event knows, so facts from several topics merge in
 * whatever order they come.
 */
public class EscrowFactsRepository {

    private final JdbcClient jdbc;

    public EscrowFactsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void described(
            UUID escrowId, String title, String friendlyName, long amountPaise, UUID creator, PartyRole role) {
        jdbc.sql("INSERT INTO escrow_facts (escrow_id, title, friendly_name, amount_paise, creator_user_id,"
                        + " creator_role) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (escrow_id) DO UPDATE SET"
                        + " title = EXCLUDED.title, friendly_name = EXCLUDED.friendly_name,"
                        + " amount_paise = EXCLUDED.amount_paise, creator_user_id = EXCLUDED.creator_user_id,"
                        + " creator_role = EXCLUDED.creator_role, updated_at = now()")
                .params(escrowId, title, friendlyName, amountPaise, creator, role.name())
                .update();
    }

    public void parties(UUID escrowId, UUID payer, UUID payee) {
        jdbc.sql("INSERT INTO escrow_facts (escrow_id, payer_user_id, payee_user_id) VALUES (?, ?, ?)"
                        + " ON CONFLICT (escrow_id) DO UPDATE SET payer_user_id = EXCLUDED.payer_user_id,"
                        + " payee_user_id = EXCLUDED.payee_user_id, updated_at = now()")
                .params(escrowId, payer, payee)
                .update();
    }

    public void payeeVpa(UUID escrowId, String vpa) {
        jdbc.sql("INSERT INTO escrow_facts (escrow_id, payee_vpa) VALUES (?, ?) ON CONFLICT (escrow_id) DO UPDATE"
                        + " SET payee_vpa = EXCLUDED.payee_vpa, updated_at = now()")
                .params(escrowId, vpa)
                .update();
    }

    public void disputed(UUID escrowId, boolean disputed) {
        jdbc.sql("INSERT INTO escrow_facts (escrow_id, disputed) VALUES (?, ?) ON CONFLICT (escrow_id) DO UPDATE"
                        + " SET disputed = EXCLUDED.disputed, updated_at = now()")
                .params(escrowId, disputed)
                .update();
    }

    public Optional<EscrowFacts> find(UUID escrowId) {
        return jdbc.sql("SELECT * FROM escrow_facts WHERE escrow_id = ?")
                .param(escrowId)
                .query(EscrowFactsRepository::map)
                .optional();
    }

    private static EscrowFacts map(ResultSet rs, int row) throws SQLException {
        String role = rs.getString("creator_role");
        return new EscrowFacts(
                rs.getObject("escrow_id", UUID.class),
                rs.getString("title"),
                rs.getString("friendly_name"),
                rs.getObject("amount_paise", Long.class),
                rs.getObject("creator_user_id", UUID.class),
                role == null ? null : PartyRole.valueOf(role),
                rs.getObject("payer_user_id", UUID.class),
                rs.getObject("payee_user_id", UUID.class),
                rs.getString("payee_vpa"),
                rs.getBoolean("disputed"));
    }
}
