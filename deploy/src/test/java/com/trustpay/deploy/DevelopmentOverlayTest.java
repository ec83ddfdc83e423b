package com.trustpay.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.deploy.Workload.Literal;
import com.trustpay.deploy.Workload.SecretKey;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dev overlay: the sandbox profile everywhere, sandbox-only Secrets generated, one broker, one shared database. */
class DevelopmentOverlayTest {

    private final Manifests dev = Manifests.overlay("dev");

    @Test
    void everyServiceRunsWithTheSandboxProfile() {
        for (Workload service : dev.services()) {
            assertThat(service.env().get("SPRING_PROFILES_ACTIVE"))
                    .as(service.name())
                    .isEqualTo(new Literal("sandbox"));
        }
        assertThat(dev.workload("payment-service").env().get("SETU_BASE_URL"))
                .isEqualTo(new Literal("http://sandbox:8089"));
    }

    @Test
    void everySecretIsGeneratedSandboxOnlyAndHoldsEveryKeyAWorkloadReads() {
        assertThat(dev.ofKind("Secret")).isNotEmpty().allSatisfy(secret -> assertThat(
                        secret.text("metadata", "labels", "trustpay.io/sandbox-only"))
                .as(secret.text("metadata", "name"))
                .isEqualTo("true"));
        for (Workload workload : dev.workloads()) {
            workload.env().forEach((name, source) -> {
                if (source instanceof SecretKey key && !key.optional()) {
                    Optional<Node> secret = dev.find("Secret", key.secret());
                    assertThat(secret)
                            .as("%s %s reads Secret %s", workload.name(), name, key.secret())
                            .isPresent();
                    assertThat(secret.get().get("data").strings())
                            .as("%s of %s", key.key(), key.secret())
                            .containsKey(key.key());
                }
            });
        }
    }

    @Test
    void kafkaIsOneNodeAndTheTopicsFitIt() {
        assertThat(dev.ofKind("KafkaNodePool"))
                .singleElement()
                .satisfies(pool -> assertThat(pool.text("spec", "replicas")).isEqualTo("1"));
        assertThat(dev.get("Kafka", "trustpay").text("spec", "kafka", "config", "min.insync.replicas"))
                .isEqualTo("1");
        assertThat(dev.ofKind("KafkaTopic")).allSatisfy(topic -> {
            assertThat(topic.text("spec", "replicas")).isEqualTo("1");
            assertThat(topic.text("spec", "config", "min.insync.replicas")).isEqualTo("1");
        });
    }

    @Test
    void theSharedDatabaseHasADatabaseAndALoginRoleForEveryService() {
        Node cluster = dev.get("Cluster", "trustpay-db");
        for (Workload service : dev.services()) {
            if (!(service.env().get("SPRING_DATASOURCE_USERNAME") instanceof SecretKey user)) {
                continue;
            }
            Map<String, String> credentials =
                    dev.get("Secret", user.secret()).get("data").strings();
            String role = decode(credentials.get("username"));
            assertThat(cluster.get("spec", "managed", "roles").items())
                    .as("role of %s", service.name())
                    .anySatisfy(managed -> {
                        assertThat(managed.text("name")).isEqualTo(role);
                        assertThat(managed.text("login")).isEqualTo("true");
                        assertThat(managed.text("passwordSecret", "name")).isEqualTo(user.secret());
                    });
            String url = decode(credentials.get("jdbc-uri"));
            String database = url.substring(url.lastIndexOf('/') + 1);
            assertThat(url).startsWith("jdbc:postgresql://trustpay-db-rw:5432/");
            assertThat(dev.ofKind("Database"))
                    .as("database of %s", service.name())
                    .anySatisfy(db -> {
                        assertThat(db.text("spec", "name")).isEqualTo(database);
                        assertThat(db.text("spec", "owner")).isEqualTo(role);
                        assertThat(db.text("spec", "cluster", "name")).isEqualTo("trustpay-db");
                    });
        }
    }

    private static String decode(String base64) {
        // kustomize v5 folds long base64 values over several lines.
        return new String(Base64.getMimeDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
