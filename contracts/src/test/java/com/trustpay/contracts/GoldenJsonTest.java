package com.trustpay.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each wire message serialises to exactly its golden file and back. Regenerate the files after an intended
 * contract change with {@code ./mvnw -pl contracts test -Dgolden.write=true} and review the diff.
 */
class GoldenJsonTest {

    private final JsonMapper json = WireJson.mapper();

    static Stream<Message> samples() {
        return ContractSamples.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void serialisesToItsGoldenFileAndBack(Message sample) throws IOException {
        String type = MessageCatalog.of(sample.getClass()).name();
        String serialised = json.writerWithDefaultPrettyPrinter().writeValueAsString(sample);
        if (Boolean.getBoolean("golden.write")) {
            Files.writeString(Path.of("src/main/resources/golden", type + ".json"), serialised + "\n");
        }
        String golden = Golden.read(type);

        assertThat(json.readTree(serialised)).isEqualTo(json.readTree(golden));
        assertThat(json.readValue(golden, sample.getClass())).isEqualTo(sample);
    }

    @Test
    void everyCatalogTypeHasASampleAndAGoldenFile() throws IOException {
        var sampled = ContractSamples.all().stream().map(Object::getClass).toList();
        for (MessageCatalog.MessageType type : MessageCatalog.all()) {
            assertThat(sampled).as("sample for %s", type.name()).contains(type.javaType());
            try (InputStream in = getClass().getResourceAsStream("/golden/" + type.name() + ".json")) {
                assertThat(in).as("golden file for %s", type.name()).isNotNull();
            }
        }
    }

    @Test
    void envelopeCarriesThePayloadAsJson() {
        String golden = Golden.read("Envelope");
        Envelope envelope = json.readValue(golden, Envelope.class);

        assertThat(envelope.type()).isEqualTo("FundsHeld");
        assertThat(envelope.escrowId()).isEqualTo(ContractSamples.ESCROW);
        JsonNode payload = envelope.payload();
        assertThat(payload.get("amountPaise").asLong()).isEqualTo(1_250_000L);
        assertThat(json.readTree(json.writeValueAsString(envelope))).isEqualTo(json.readTree(golden));
    }

    @Test
    void aReleaseFundsWithoutTheReversalFieldReadsAsAnsweringNoReversalAndOneWithItRoundTrips() {
        var plain = json.readValue(Golden.read("ReleaseFunds"), com.trustpay.contracts.commands.ReleaseFunds.class);
        assertThat(plain.reversedPayoutReference()).isNull();

        var decided = new com.trustpay.contracts.commands.ReleaseFunds(
                ContractSamples.ESCROW, 2, 1_250_000, "ravi@okaxis", "Ravi Kumar", "TPP0B7F6C1E3F1A-1-2");
        String wire = json.writeValueAsString(decided);
        assertThat(wire).contains("\"reversedPayoutReference\":\"TPP0B7F6C1E3F1A-1-2\"");
        assertThat(json.readValue(wire, com.trustpay.contracts.commands.ReleaseFunds.class))
                .isEqualTo(decided);
    }

    @Test
    void aRefundPaymentFromAnOldProducerWithoutTheNumberReadsAsUnnumbered() {
        String old = "{\"escrowId\":\"" + ContractSamples.ESCROW
                + "\",\"amountPaise\":1250000,\"reason\":\"Seller cancelled\"}";

        var read = json.readValue(old, com.trustpay.contracts.commands.RefundPayment.class);

        assertThat(read.refundNumber()).isNull();
        assertThat(read)
                .isEqualTo(new com.trustpay.contracts.commands.RefundPayment(
                        ContractSamples.ESCROW, 1_250_000, "Seller cancelled"));
        assertThat(json.writeValueAsString(read)).doesNotContain("refundNumber");
    }

    static final class Golden {
        static String read(String type) {
            try (InputStream in = GoldenJsonTest.class.getResourceAsStream("/golden/" + type + ".json")) {
                assertThat(in).as("golden/%s.json on the classpath", type).isNotNull();
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
