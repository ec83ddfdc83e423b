package com.trustpay.testsupport.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.contracts.ContractSamples;
import com.trustpay.contracts.Message;
import com.trustpay.contracts.MessageCatalog;
import com.trustpay.contracts.WireJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contracts' golden examples as a test reads them: the JSON of {@code golden/<Type>.json} from the contracts
 * jar, and the record it holds, {@code ContractSamples} from the contracts test-jar. A module using this declares
 * {@code com.trustpay:contracts} with {@code <type>test-jar</type>} in test scope.
 */
public final class GoldenMessages {

    private GoldenMessages() {}

    /** The text of the golden file of {@code type}. */
    public static String json(Class<? extends Message> type) {
        return read(MessageCatalog.of(type).name());
    }

    /** The golden file of {@code type} as a JSON tree. */
    public static JsonNode tree(Class<? extends Message> type) {
        return WireJson.mapper().readTree(json(type));
    }

    /** The record the golden file of {@code type} holds: the contracts' sample of that type. */
    public static <T extends Message> T sample(Class<T> type) {
        return ContractSamples.all().stream()
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("ContractSamples has no " + type.getName()));
    }

    /**
     * The golden envelope ({@code golden/Envelope.json}) carrying the golden message of {@code type}, as the bytes a
     * consumer receives from Kafka; {@code extraPayloadField}, when not null, is added to the payload the way a later,
     * additive version of the contract would add a field.
     */
    public static byte[] envelopeOf(Class<? extends Message> type, String extraPayloadField) {
        ObjectNode envelope = (ObjectNode) WireJson.mapper().readTree(read("Envelope"));
        ObjectNode payload = (ObjectNode) tree(type);
        if (extraPayloadField != null) {
            payload.put(extraPayloadField, "added by a later producer");
        }
        envelope.put("type", MessageCatalog.of(type).name());
        envelope.put("version", MessageCatalog.of(type).version());
        if (payload.has("escrowId")) {
            envelope.set("escrowId", payload.get("escrowId"));
        } else {
            envelope.remove("escrowId");
        }
        envelope.set("payload", payload);
        return WireJson.mapper().writeValueAsBytes(envelope);
    }

    /**
     * A producer's check: {@code produced}, written with the wire's mapping, has exactly the golden file's fields,
     * except those it leaves out because they are null (the wire omits nulls).
     */
    public static void assertShapedLikeGolden(Message produced) {
        Set<String> written = fieldNames(WireJson.mapper().valueToTree(produced));
        Set<String> expected = fieldNames(tree(produced.getClass()));
        expected.removeAll(nullComponents(produced));

        assertThat(written)
                .as(
                        "fields of %s as written, against its golden file",
                        produced.getClass().getSimpleName())
                .isEqualTo(expected);
    }

    private static Set<String> nullComponents(Message message) {
        Set<String> nulls = new TreeSet<>();
        for (RecordComponent component : message.getClass().getRecordComponents()) {
            try {
                if (component.getAccessor().invoke(message) == null) {
                    nulls.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return nulls;
    }

    private static Set<String> fieldNames(JsonNode node) {
        return new TreeSet<>(node.propertyNames());
    }

    private static String read(String name) {
        try (InputStream in = GoldenMessages.class.getResourceAsStream("/golden/" + name + ".json")) {
            if (in == null) {
                throw new AssertionError("golden/" + name + ".json is not on the classpath (the contracts jar)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
