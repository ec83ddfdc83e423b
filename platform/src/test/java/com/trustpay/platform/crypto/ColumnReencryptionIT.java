package com.trustpay.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.platform.PlatformTestApplication;
import com.trustpay.testsupport.RealInfrastructure;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Re-encryption against real PostgreSQL, on a table of its own per test. */
@SpringBootTest(classes = PlatformTestApplication.class)
@RealInfrastructure
class ColumnReencryptionIT {

    private final FieldCipher k1Only = Keys.cipher("k1:" + Keys.K1, "k1");
    private final FieldCipher rotated = Keys.cipher("k2:" + Keys.K2 + ",k1:" + Keys.K1, "k2");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    private String table;
    private SealedColumn a;
    private SealedColumn b;

    @BeforeEach
    void createTable() {
        table = "sealed_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.execute("CREATE TABLE " + table + " (id int NOT NULL, a text, b text)");
        a = SealedColumn.of(table, "a");
        b = SealedColumn.of(table, "b");
    }

    @AfterEach
    void dropTable() {
        jdbc.execute("DROP TABLE " + table);
    }

    @Test
    void rowsUnderTheOldKeyAndPlaintextRowsEndUpUnderTheActiveKeyWithTheSameValues() {
        insert(1, k1Only.seal(a, "one@upi"), null);
        insert(2, "two@upi", k1Only.seal(b, "two-b@upi"));
        insert(3, rotated.seal(a, "three@upi"), rotated.seal(b, "three-b@upi"));
        for (int i = 4; i < 30; i++) {
            insert(i, k1Only.seal(a, i + "@upi"), "plain" + i);
        }
        String untouched = jdbc.queryForObject("SELECT a FROM " + table + " WHERE id = 3", String.class);

        ColumnReencryption.Result result = reencryption(rotated).runAll(5);

        assertThat(result).isEqualTo(new ColumnReencryption.Result(28, 0));
        List<String> stored = jdbc.queryForList(
                "SELECT a FROM " + table + " UNION ALL SELECT b FROM " + table + " WHERE b IS NOT NULL", String.class);
        assertThat(stored).allSatisfy(v -> assertThat(v).startsWith("v1:k2:").doesNotContain("@upi"));
        assertThat(read(1, a)).isEqualTo("one@upi");
        assertThat(jdbc.queryForObject("SELECT b FROM " + table + " WHERE id = 1", String.class))
                .isNull();
        assertThat(read(2, a)).isEqualTo("two@upi");
        assertThat(read(2, b)).isEqualTo("two-b@upi");
        assertThat(read(17, b)).isEqualTo("plain17");
        assertThat(jdbc.queryForObject("SELECT a FROM " + table + " WHERE id = 3", String.class))
                .isEqualTo(untouched);
        assertThat(reencryption(rotated).runAll(5)).isEqualTo(new ColumnReencryption.Result(0, 0));
    }

    @Test
    void aValueUnderAKeyNoLongerInTheRingIsLeftAsItIsAndCounted() {
        FieldCipher k3 = Keys.cipher("k3:" + Keys.key(3), "k3");
        String orphan = k3.seal(a, "orphan@upi");
        insert(1, orphan, null);
        insert(2, k1Only.seal(a, "two@upi"), null);

        ColumnReencryption.Result result = reencryption(rotated).runAll(10);

        assertThat(result.resealed()).isEqualTo(1);
        assertThat(result.unreadable()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT a FROM " + table + " WHERE id = 1", String.class))
                .isEqualTo(orphan);
        assertThat(read(2, a)).isEqualTo("two@upi");
    }

    private ColumnReencryption reencryption(FieldCipher cipher) {
        return new ColumnReencryption(jdbc, tx, cipher, List.of(a, b));
    }

    private void insert(int id, String aValue, String bValue) {
        jdbc.update("INSERT INTO " + table + " (id, a, b) VALUES (?, ?, ?)", id, aValue, bValue);
    }

    private String read(int id, SealedColumn column) {
        return rotated.openText(
                column,
                jdbc.queryForObject(
                        "SELECT " + column.column() + " FROM " + table + " WHERE id = ?", String.class, id));
    }
}
