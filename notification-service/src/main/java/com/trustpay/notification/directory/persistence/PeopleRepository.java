package com.trustpay.notification.directory.persistence;

import com.trustpay.notification.directory.domain.Person;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code person}: one row per user id, the latest name and address. */
public class PeopleRepository {

    private final JdbcClient jdbc;

    public PeopleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void upsert(Person person) {
        jdbc.sql("INSERT INTO person (user_id, display_name, email) VALUES (?, ?, ?) ON CONFLICT (user_id) DO UPDATE"
                        + " SET display_name = EXCLUDED.display_name,"
                        + " email = COALESCE(EXCLUDED.email, person.email), updated_at = now()")
                .params(person.userId(), person.displayName(), person.email())
                .update();
    }

    public Optional<Person> find(UUID userId) {
        return jdbc.sql("SELECT user_id, display_name, email FROM person WHERE user_id = ?")
                .param(userId)
                .query((rs, i) -> new Person(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .optional();
    }
}
