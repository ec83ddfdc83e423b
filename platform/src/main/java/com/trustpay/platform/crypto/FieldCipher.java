package com.trustpay.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals one column value with AES-256-GCM. The stored text is {@code v1:<keyId>:<base64(nonce | ciphertext | tag)>}:
 * a fresh random 96-bit nonce per value (so equal plaintexts never look equal), the id of the key it was sealed under
 * (so old values stay readable after the active key changes), and a 128-bit tag over the ciphertext and the
 * {@link SealedColumn} (so a changed byte or a value moved to another column is refused, not misread).
 *
 * <p>Text rather than {@code bytea} because the key id must be readable by SQL: {@link ColumnReencryption} finds the
 * rows not yet under the active key with a plain comparison on the prefix.
 */
public final class FieldCipher {

    /** The format's first part; a new layout would be {@code v2} and this class would read both. */
    public static final String VERSION = "v1";

    private static final String PREFIX = VERSION + ":";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int TAG_BYTES = TAG_BITS / 8;

    private final DataKeys keys;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(DataKeys keys) {
        this.keys = keys;
    }

    /** The id new values are sealed under. */
    public String activeKeyId() {
        return keys.activeId();
    }

    /** How every value sealed under the active key begins; any other stored value needs re-encryption. */
    public String activePrefix() {
        return PREFIX + keys.activeId() + ":";
    }

    /** Whether a stored value is in the sealed form (rather than plaintext written before encryption at rest). */
    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** Seals UTF-8 text; {@code null} stays {@code null}. */
    public String seal(SealedColumn column, String plaintext) {
        return plaintext == null ? null : seal(column, plaintext.getBytes(StandardCharsets.UTF_8));
    }

    /** Seals bytes under the active key; {@code null} stays {@code null}. */
    public String seal(SealedColumn column, byte[] plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        String keyId = keys.activeId();
        byte[] sealed = run(Cipher.ENCRYPT_MODE, keys.active(), nonce, column.associatedData(keyId), plaintext);
        byte[] stored = ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                .put(nonce)
                .put(sealed)
                .array();
        return PREFIX + keyId + ":" + Base64.getEncoder().encodeToString(stored);
    }

    /** The UTF-8 text of a sealed value; {@code null} stays {@code null}. */
    public String openText(SealedColumn column, String stored) {
        byte[] plaintext = open(column, stored);
        return plaintext == null ? null : new String(plaintext, StandardCharsets.UTF_8);
    }

    /**
     * For columns that may still hold values written before they were encrypted: a value not in the sealed form is
     * returned as it is. Only for columns whose writes are all sealed now (a {@code CHECK} in the migration), until
     * {@link ColumnReencryption} has sealed the old rows.
     */
    public String openTextOrPlaintext(SealedColumn column, String stored) {
        return stored == null || isSealed(stored) ? openText(column, stored) : stored;
    }

    /**
     * Opens a sealed value under whichever key of the ring it names.
     *
     * @throws UnknownDataKeyException when its key is not in the ring
     * @throws UnreadableValueException when it is malformed, changed, or from another column
     */
    public byte[] open(SealedColumn column, String stored) {
        if (stored == null) {
            return null;
        }
        int second = stored.indexOf(':', PREFIX.length());
        if (!isSealed(stored) || second < 0) {
            throw new UnreadableValueException("A value of " + column + " is not in the " + VERSION + " sealed form");
        }
        String keyId = stored.substring(PREFIX.length(), second);
        SecretKey key = keys.get(keyId);
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored.substring(second + 1));
        } catch (IllegalArgumentException e) {
            throw new UnreadableValueException("A sealed value of " + column + " is not base64");
        }
        if (bytes.length < NONCE_BYTES + TAG_BYTES) {
            throw new UnreadableValueException("A sealed value of " + column + " is too short");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] sealed = new byte[buffer.remaining()];
        buffer.get(sealed);
        return run(Cipher.DECRYPT_MODE, key, nonce, column.associatedData(keyId), sealed);
    }

    /**
     * The value sealed under the active key: itself when it already is, else opened (or taken as plaintext, when it
     * predates encryption) and sealed again.
     */
    public String reseal(SealedColumn column, String stored) {
        if (stored == null || stored.startsWith(activePrefix())) {
            return stored;
        }
        return isSealed(stored) ? seal(column, open(column, stored)) : seal(column, stored);
    }

    private static byte[] run(int mode, SecretKey key, byte[] nonce, byte[] associatedData, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new UnreadableValueException(
                    "A sealed value failed its integrity check: changed, or sealed for another column", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    @Override
    public String toString() {
        return "FieldCipher[" + keys + "]";
    }
}
