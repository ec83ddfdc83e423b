package com.trustpay.sandbox.setu;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.trustpay.sandbox.support.Http.Response;
import com.trustpay.sandbox.support.SandboxIntegrationSupport;
import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DynamicQrTest extends SandboxIntegrationSupport {

    @Test
    void createReturnsAnIntentLinkAndAQrImageOfIt() throws Exception {
        JsonNode dqr = createDqr(12_345);

        assertThat(dqr.get("status").asString()).isEqualTo("active");
        assertThat(dqr.get("id").asString()).hasSize(26);
        String link = dqr.get("intentLink").asString();
        assertThat(link)
                .startsWith("upi://pay?pa=trustpay@sandbox&pn=TrustPay%20Sandbox&am=123.45&tr=")
                .contains("tr=" + dqr.get("refId").asString())
                .endsWith("&cu=INR&mc=0000");
        byte[] png = Base64.getDecoder().decode(dqr.get("qrCode").asString());
        var image = ImageIO.read(new ByteArrayInputStream(png));
        var decoded = new MultiFormatReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))));
        assertThat(decoded.getText()).isEqualTo(link);
    }

    @Test
    void fetchReturnsTheLinkStatusAndExpireClosesIt() {
        String id = createDqr(10_000).get("id").asString();

        assertThat(setu("GET", "/api/v1/merchants/dqr/" + id, null)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("active");
        Response expired = setu("PUT", "/api/v1/merchants/dqr/" + id + "/expire", null);
        assertThat(expired.status()).isEqualTo(200);
        assertThat(expired.json().get("status").asString()).isEqualTo("closed");
        assertThat(expired.json().get("closedAt").asString()).endsWith("+05:30");
    }

    @Test
    void linkClosesAtItsExpiryDateOnTheVirtualClock() {
        String expiry = OffsetDateTime.now().plusMinutes(2).toString();
        Response r = setu(
                "POST",
                "/api/v1/merchants/dqr",
                Map.of("merchantVpa", MERCHANT_VPA, "minAmount", 500, "expiryDate", expiry));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("intentLink").asString()).contains("&mam=5.00&");
        String id = r.json().get("id").asString();
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(5))
                .until(() -> setu("GET", "/api/v1/merchants/dqr/" + id, null)
                        .json()
                        .get("status")
                        .asString()
                        .equals("closed"));
    }

    @Test
    void invalidCreatesAreRefusedWithSetusErrorBody() {
        assertBadRequest(Map.of("merchantVpa", MERCHANT_VPA, "amount", 99));
        assertBadRequest(Map.of("merchantVpa", MERCHANT_VPA));
        assertBadRequest(Map.of("merchantVpa", "Trust_Pay@sandbox", "amount", 1000));
        assertBadRequest(Map.of("merchantVpa", "someoneelse@sandbox", "amount", 1000));
        assertBadRequest(Map.of("merchantVpa", MERCHANT_VPA, "amount", 1000, "transactionNote", "deal (1)"));
        assertBadRequest(Map.of("merchantVpa", MERCHANT_VPA, "amount", 1000, "expiryDate", "2001-01-01T00:00:00Z"));
        assertBadRequest("{\"merchantVpa\":\"trustpay@sandbox\",\"amount\":100.5}");
    }

    @Test
    void unknownLinkIsNotFound() {
        Response r = setu("GET", "/api/v1/merchants/dqr/01UNKNOWN0000000000000000", null);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("docUrl").asString()).isEmpty();
    }

    @Test
    void shortLinkResolvesToTheIntentLink() {
        JsonNode dqr = createDqr(10_000);
        String path = java.net.URI.create(dqr.get("shortLink").asString()).getPath();
        Response r = http.send("GET", path, null, Map.of());
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.http().headers().firstValue("Location"))
                .contains(dqr.get("intentLink").asString());
    }

    private void assertBadRequest(Object body) {
        Response r = setu("POST", "/api/v1/merchants/dqr", body);
        assertThat(r.status()).as(r.raw()).isEqualTo(400);
        assertThat(r.json().get("code").asString()).isEqualTo("bad-request");
        assertThat(r.json().get("docUrl").asString()).isEmpty();
    }
}
