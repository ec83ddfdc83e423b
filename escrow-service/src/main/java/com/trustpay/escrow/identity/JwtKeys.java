package com.trustpay.escrow.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The RSA key pair that signs access tokens, from PEM configuration or generated for a local run. */
final class JwtKeys {

    private static final Logger log = LoggerFactory.getLogger(JwtKeys.class);

    private JwtKeys() {}

    /** The signing key as a JWK whose key id is its RFC 7638 thumbprint. */
    static RSAKey load(String privatePem, String publicPem) {
        try {
            KeyPair pair = isBlank(privatePem) ? generate() : fromPem(privatePem, publicPem);
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .build();
            return new RSAKey.Builder(key)
                    .keyID(key.computeThumbprint().toString())
                    .build();
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("Cannot load the JWT signing key", e);
        }
    }

    private static KeyPair generate() throws GeneralSecurityException {
        log.warn("No TRUSTPAY_JWT_PRIVATE_KEY configured: signing tokens with a key generated for this run only");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static KeyPair fromPem(String privatePem, String publicPem) throws GeneralSecurityException {
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        RSAPrivateKey privateKey = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der(privatePem)));
        RSAPublicKey publicKey;
        if (!isBlank(publicPem)) {
            publicKey = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(der(publicPem)));
        } else if (privateKey instanceof RSAPrivateCrtKey crt) {
            publicKey =
                    (RSAPublicKey) rsa.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        } else {
            throw new IllegalStateException("TRUSTPAY_JWT_PUBLIC_KEY is required with this private key");
        }
        return new KeyPair(publicKey, privateKey);
    }

    /** The DER bytes of a PEM block; tolerates {@code \n} written literally, as environment variables often do. */
    private static byte[] der(String pem) {
        String base64 = pem.replace("\\n", "\n")
                .replaceAll("-----(BEGIN|END) [A-Z ]+-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
