package com.trustpay.platform.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.info.BuildProperties;

class OpenApiInfoTest {

    @Test
    void theDocumentNamesTheServiceAndTheVersionItWasBuiltAs() {
        Properties build = new Properties();
        build.setProperty("version", "1.4.2");
        build.setProperty("artifact", "payment-service");

        OpenAPI doc = OpenApiInfo.document("payment-service", null, new BuildProperties(build));

        assertThat(doc.getInfo().getTitle()).isEqualTo("TrustPay payment-service");
        assertThat(doc.getInfo().getVersion()).isEqualTo("1.4.2");
        assertThat(doc.getInfo().getDescription()).isEqualTo("The payment-service API of TrustPay.");
    }

    @Test
    void withoutBuildInformationItSaysSoInsteadOfInventingAVersion() {
        OpenAPI doc = OpenApiInfo.document("escrow-service", "Escrows and accounts.", null);

        assertThat(doc.getInfo().getVersion()).isEqualTo(OpenApiInfo.UNBUILT);
        assertThat(doc.getInfo().getDescription()).isEqualTo("Escrows and accounts.");
    }
}
