package com.trustpay.escrow.identity.persistence;

import com.trustpay.escrow.identity.domain.Role;
import com.trustpay.escrow.identity.domain.User;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Users in {@code app_user}; e-mail addresses are unique regardless of case (a database index). */
public class UserRepository {

    private final JdbcClient jdbc;

    public UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the user; a taken e-mail fails with a duplicate-key error. */
    public void insert(User user) {
        jdbc.sql("INSERT INTO app_user (id, email, name, phone, password_hash, roles) VALUES (?, ?, ?, ?, ?, ?)")
                .params(user.id(), user.email(), user.name(), user.phone(), user.passwordHash(), roles(user.roles()))
                .update();
    }

    public void updateRoles(UUID id, Set<Role> roles) {
        jdbc.sql("UPDATE app_user SET roles = ? WHERE id = ?")
                .params(roles(roles), id)
                .update();
    }

    public Optional<User> findByEmail(String email) {
        return jdbc.sql("SELECT * FROM app_user WHERE lower(email) = lower(?)")
                .param(email)
                .query(UserRepository::map)
                .optional();
    }

    /** The user, unless an operator disabled the account ({@code disabled_at} set). */
    public Optional<User> findEnabled(UUID id) {
        return jdbc.sql("SELECT * FROM app_user WHERE id = ? AND disabled_at IS NULL")
                .param(id)
                .query(UserRepository::map)
                .optional();
    }

    public Optional<User> find(UUID id) {
        return jdbc.sql("SELECT * FROM app_user WHERE id = ?")
                .param(id)
                .query(UserRepository::map)
                .optional();
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static User map(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(rs.getString("roles").split(",")).map(Role::valueOf).forEach(roles::add);
        return new User(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                rs.getString("name"),
                rs.getString("phone"),
                rs.getString("password_hash"),
                roles);
    }
}
