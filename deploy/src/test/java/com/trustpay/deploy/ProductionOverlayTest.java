package com.trustpay.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.deploy.Workload.EnvSource;
import com.trustpay.deploy.Workload.Literal;
import com.trustpay.deploy.Workload.SecretKey;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** The prod overlay: secrets only by name, nothing of the sandbox, Kafka with three brokers and TLS, backed-up PostgreSQL. */
class ProductionOverlayTest {

    /** Variable or key names that hold credentials: their values must come from a Secret. */
    static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|PRIVATE_KEY|JAAS|KEY_ID|CLIENT_ID).*");

    private final Manifests prod = Manifests.overlay("prod");

    @Test
    void containsNoSecretObjectSoNoCredentialIsCommitted() {
        assertThat(prod.ofKind("Secret")).isEmpty();
    }

    @Test
    void everyCredentialComesFromASecretByName() {
        SoftAssertions soft = new SoftAssertions();
        for (Workload workload : prod.workloads()) {
            workload.env().forEach((name, source) -> {
                if (SECRET_NAME.matcher(name).matches()) {
                    soft.assertThat(source).as("%s %s", workload.name(), name).isInstanceOf(SecretKey.class);
                }
            });
        }
        for (Node configMap : prod.ofKind("ConfigMap")) {
            soft.assertThat(configMap.get("data").strings().keySet())
                    .as("ConfigMap %s", configMap.text("metadata", "name"))
                    .noneMatch(key -> SECRET_NAME.matcher(key).matches());
        }
        soft.assertAll();
    }

    @Test
    void nothingOfTheSandboxReachesProduction() {
        assertThat(prod.workloads()).extracting(Workload::name).doesNotContain("sandbox", "greenmail");
        for (Workload workload : prod.workloads()) {
            Map<String, EnvSource> env = workload.env();
            assertThat(env).as(workload.name()).doesNotContainKey("SPRING_PROFILES_ACTIVE");
            env.forEach((name, source) -> {
                if (source instanceof Literal literal) {
                    assertThat(literal.value().toLowerCase(Locale.ROOT))
                            .as("%s %s", workload.name(), name)
                            .doesNotContain("sandbox");
                }
            });
        }
        assertThat(prod.workload("api-gateway").env().get("TRUSTPAY_SANDBOX_ENABLED"))
                .isEqualTo(new Literal("false"));
    }

    @Test
    void imagesComeFromARegistryWithAFixedTag() {
        for (Workload workload : prod.workloads()) {
            String image = workload.container().text("image");
            assertThat(image)
                    .as(workload.name())
                    .matches("[^/]+\\.[^/]+/.+:[^:/]+")
                    .doesNotEndWith(":latest");
        }
    }

    @Test
    void kafkaHasThreeControllersThreeBrokersAndAcknowledgesOnTwo() {
        assertThat(replicasWithRole("broker")).isEqualTo(3);
        assertThat(replicasWithRole("controller")).isEqualTo(3);
        Node kafka = prod.get("Kafka", "trustpay").get("spec", "kafka");
        assertThat(kafka.text("config", "min.insync.replicas")).isEqualTo("2");
        assertThat(kafka.text("config", "default.replication.factor")).isEqualTo("3");
        assertThat(kafka.text("config", "auto.create.topics.enable")).isEqualTo("false");
        assertThat(kafka.text("authorization", "type")).isEqualTo("simple");
        List<Node> listeners = kafka.get("listeners").items();
        assertThat(listeners).hasSize(1);
        assertThat(listeners.get(0).text("tls")).isEqualTo("true");
        assertThat(listeners.get(0).text("authentication", "type")).isEqualTo("scram-sha-512");
        assertThat(prod.configMapData("trustpay-common").get("KAFKA_BOOTSTRAP_SERVERS"))
                .isEqualTo("trustpay-kafka-bootstrap:" + listeners.get(0).text("port"));
    }

    @Test
    void everyKafkaClientLogsInAsItsOwnUserOverTls() {
        for (String service : NetworkPoliciesTest.KAFKA_CLIENTS) {
            Map<String, EnvSource> env = prod.workload(service).env();
            assertThat(env.get("SPRING_KAFKA_SECURITY_PROTOCOL")).as(service).isEqualTo(new Literal("SASL_SSL"));
            assertThat(env.get("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM"))
                    .as(service)
                    .isEqualTo(new Literal("SCRAM-SHA-512"));
            assertThat(env.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG"))
                    .as(service)
                    .isEqualTo(new SecretKey(service, "sasl.jaas.config", false));
            assertThat(env.get("SPRING_KAFKA_SSL_TRUST_STORE_TYPE")).as(service).isEqualTo(new Literal("PEM"));
            assertThat(env.get("SPRING_KAFKA_SSL_TRUST_STORE_CERTIFICATES"))
                    .as(service)
                    .isEqualTo(new SecretKey("trustpay-cluster-ca-cert", "ca.crt", false));
            assertThat(prod.get("KafkaUser", service).text("spec", "authentication", "type"))
                    .isEqualTo("scram-sha-512");
        }
        assertThat(prod.workload("api-gateway").env()).doesNotContainKey("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG");
    }

    @Test
    void eachServiceHasItsOwnPostgresClusterWithContinuousBackups() {
        List<String> objectStores = prod.ofKind("ObjectStore").stream()
                .map(store -> store.text("metadata", "name"))
                .toList();
        assertThat(objectStores).isNotEmpty();
        for (Workload service : prod.services()) {
            Map<String, EnvSource> env = service.env();
            if (!env.containsKey("SPRING_DATASOURCE_URL")) {
                continue;
            }
            SecretKey url = (SecretKey) env.get("SPRING_DATASOURCE_URL");
            assertThat(url.secret()).as(service.name()).endsWith("-app");
            assertThat(url.key()).isEqualTo("jdbc-uri");
            assertThat(env.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(new SecretKey(url.secret(), "username", false));
            assertThat(env.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(new SecretKey(url.secret(), "password", false));
            String clusterName = url.secret().substring(0, url.secret().length() - "-app".length());
            Node cluster = prod.get("Cluster", clusterName).get("spec");
            assertThat(cluster.text("inheritedMetadata", "labels", "trustpay.io/db-" + service.name()))
                    .as("%s is this cluster's only service", service.name())
                    .isEqualTo("true");
            assertThat(cluster.get("inheritedMetadata", "labels").strings()).hasSize(1);
            assertThat(Integer.parseInt(cluster.text("instances"))).isGreaterThanOrEqualTo(3);
            assertThat(cluster.text("postgresql", "synchronous", "number")).isEqualTo("1");
            assertThat(cluster.text("bootstrap", "initdb", "database")).startsWith("trustpay_");
            List<Node> archivers = cluster.get("plugins").items().stream()
                    .filter(p -> "barman-cloud.cloudnative-pg.io".equals(p.text("name")))
                    .filter(p -> "true".equals(p.text("isWALArchiver")))
                    .toList();
            assertThat(archivers).as("%s archives its WAL", clusterName).hasSize(1);
            assertThat(objectStores).contains(archivers.get(0).text("parameters", "barmanObjectName"));
            assertThat(prod.ofKind("ScheduledBackup"))
                    .as("%s has a scheduled base backup", clusterName)
                    .filteredOn(b -> clusterName.equals(b.text("spec", "cluster", "name")))
                    .singleElement()
                    .satisfies(backup -> {
                        assertThat(backup.text("spec", "method")).isEqualTo("plugin");
                        assertThat(backup.text("spec", "pluginConfiguration", "name"))
                                .isEqualTo("barman-cloud.cloudnative-pg.io");
                    });
        }
        assertThat(prod.ofKind("Cluster")).hasSize(5);
    }

    @Test
    void alertRulesAndScrapeTargetsAreDeployedWithTheSuite() {
        assertThat(prod.find("PrometheusRule", "trustpay-alerts")).isPresent();
        assertThat(prod.ofKind("PodMonitor"))
                .extracting(p -> p.text("metadata", "name"))
                .contains("trustpay-services", "trustpay-kafka-exporter");
        assertThat(prod.find("ConfigMap", "trustpay-grafana-dashboard")).isPresent();
    }

    private int replicasWithRole(String role) {
        return prod.ofKind("KafkaNodePool").stream()
                .filter(pool -> pool.get("spec", "roles").items().stream().anyMatch(r -> role.equals(r.text())))
                .mapToInt(pool -> Integer.parseInt(pool.text("spec", "replicas")))
                .sum();
    }
}
