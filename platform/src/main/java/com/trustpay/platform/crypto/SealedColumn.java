package com.trustpay.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The table and column a sealed value belongs to. It is the value's associated data: a value copied into another
 * column (or another table) no longer decrypts, so a read of one column can never be made to show another's secret.
 *
 * @param table the table's plain SQL name
 * @param column the column's plain SQL name
 */
public record SealedColumn(String table, String column) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public SealedColumn {
        if (table == null || !IDENTIFIER.matcher(table).matches()) {
            throw new IllegalArgumentException("Not a plain table name: " + table);
        }
        if (column == null || !IDENTIFIER.matcher(column).matches()) {
            throw new IllegalArgumentException("Not a plain column name: " + column);
        }
    }

    public static SealedColumn of(String table, String column) {
        return new SealedColumn(table, column);
    }

    /** The associated data under a key: the format version, the key id and the column. */
    byte[] associatedData(String keyId) {
        return (FieldCipher.VERSION + ":" + keyId + ":" + table + "." + column).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return table + "." + column;
    }
}
