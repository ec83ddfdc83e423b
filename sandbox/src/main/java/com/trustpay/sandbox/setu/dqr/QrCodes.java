package com.trustpay.sandbox.setu.dqr;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Renders text as a QR code in a 1-bit grayscale PNG, returned as standard Base64. The PNG is written directly
 * (ZXing for the modules, a few lines for the file format) because ImageIO made Dynamic QR creation ten times
 * slower, and the sandbox must not be the bottleneck of a benchmark.
 */
final class QrCodes {

    private static final int SCALE = 4;
    private static final int MARGIN = 2;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private QrCodes() {}

    static String pngBase64(String text) {
        try {
            ByteMatrix modules = Encoder.encode(
                            text,
                            ErrorCorrectionLevel.M,
                            // A fixed mask is valid QR; choosing the best of eight costs 5x the time.
                            Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.QR_MASK_PATTERN, 0))
                    .getMatrix();
            return Base64.getEncoder().encodeToString(png(modules));
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("cannot render QR code", e);
        }
    }

    private static byte[] png(ByteMatrix modules) throws IOException {
        int size = (modules.getWidth() + 2 * MARGIN) * SCALE;
        int rowBytes = (size + 7) / 8;
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream z = new DeflaterOutputStream(raw, deflater)) {
            byte[] row = new byte[rowBytes + 1];
            for (int y = 0; y < size; y++) {
                int my = y / SCALE - MARGIN;
                java.util.Arrays.fill(row, (byte) 0xff);
                row[0] = 0;
                for (int x = 0; x < size; x++) {
                    int mx = x / SCALE - MARGIN;
                    boolean dark = mx >= 0
                            && my >= 0
                            && mx < modules.getWidth()
                            && my < modules.getHeight()
                            && modules.get(mx, my) == 1;
                    if (dark) {
                        row[1 + x / 8] &= (byte) ~(0x80 >>> (x % 8));
                    }
                }
                z.write(row);
            }
        } finally {
            deflater.end();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(size);
        h.writeInt(size);
        h.write(new byte[] {1, 0, 0, 0, 0});
        chunk(out, "IHDR", header.toByteArray());
        chunk(out, "IDAT", raw.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        d.writeInt(data.length);
        d.write(typeBytes);
        d.write(data);
        d.writeInt((int) crc.getValue());
    }
}
