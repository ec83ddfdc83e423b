package com.trustpay.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The Kafka topics both overlays declare, and the ACLs of prod's KafkaUsers against who produces and consumes what. */
class KafkaAccessTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    /** Produced by every service (any service may raise an admin alert). */
    static final String OPS_ALERTS = "ops.alerts";

    /** What one service writes and reads. */
    record Access(Set<String> produces, Set<String> consumes) {}

    /** ARCHITECTURE §2's topic table, by service. deploy/README.md shows the ACLs it gives. */
    static final Map<String, Access> TABLE = Map.of(
            "escrow-service",
                    new Access(
                            Set.of("escrow.commands", "escrow.events", "identity.events"),
                            Set.of("payment.events", "payout.events")),
            "payment-service",
                    new Access(
                            Set.of("payment.events", "payout.events"), Set.of("escrow.commands", "provider.webhooks")),
            "webhook-ingest", new Access(Set.of("provider.webhooks"), Set.of()),
            "notification-service",
                    new Access(
                            Set.of(),
                            Set.of("escrow.events", "payment.events", "payout.events", OPS_ALERTS, "identity.events")),
            "reconciliation-service",
                    new Access(
                            Set.of("reconciliation.reports"),
                            Set.of("escrow.events", "payment.events", "payout.events")));

    private static final Pattern LISTENER_TOPIC = Pattern.compile("topicNames\\.of\\('([^']+)'\\)");
    private static final Pattern LISTENER_DLT = Pattern.compile("topicNames\\.deadLetterOf\\('([^']+)'\\)");
    private static final Pattern LISTENER_GROUP = Pattern.compile("topicNames\\.group\\('([^']+)'\\)");

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void everyTopicOfTheContractsAndItsDeadLetterTopicIsAKafkaTopic(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        Set<String> expected = new TreeSet<>();
        for (String topic : Topics.all()) {
            expected.add(topic);
            expected.add(Topics.deadLetterOf(topic));
        }
        List<Node> topics = manifests.ofKind("KafkaTopic");
        assertThat(topics).extracting(t -> t.text("spec", "topicName")).containsExactlyInAnyOrderElementsOf(expected);
        String replicas = overlay.equals("prod") ? "3" : "1";
        String minInSync = overlay.equals("prod") ? "2" : "1";
        assertThat(topics).allSatisfy(topic -> {
            String name = topic.text("spec", "topicName");
            assertThat(topic.text("metadata", "labels", "strimzi.io/cluster"))
                    .as(name)
                    .isEqualTo("trustpay");
            assertThat(topic.text("spec", "replicas")).as(name).isEqualTo(replicas);
            assertThat(topic.text("spec", "config", "min.insync.replicas"))
                    .as(name)
                    .isEqualTo(minInSync);
            assertThat(Long.parseLong(topic.text("spec", "config", "retention.ms")))
                    .as(name)
                    .isPositive();
            assertThat(Integer.parseInt(topic.text("spec", "partitions")))
                    .as(name)
                    .isGreaterThanOrEqualTo(3);
        });
    }

    @Test
    void theTableNamesOneProducerForEveryTopicAndOnlyRealTopics() {
        List<String> topics = Topics.all();
        for (String topic : topics) {
            if (topic.equals(OPS_ALERTS)) {
                continue;
            }
            assertThat(TABLE.entrySet())
                    .as("producers of %s (add a new topic to TABLE, the KafkaUsers and deploy/README.md)", topic)
                    .filteredOn(e -> e.getValue().produces().contains(topic))
                    .hasSize(1);
        }
        TABLE.values().forEach(access -> {
            assertThat(topics).containsAll(access.produces());
            assertThat(topics).containsAll(access.consumes());
        });
    }

    @Test
    void eachServiceUserMayWriteWhatItProducesAndReadWhatItConsumesAndNothingElse() {
        Manifests prod = Manifests.overlay("prod");
        for (Map.Entry<String, Access> service : TABLE.entrySet()) {
            Node user = prod.get("KafkaUser", service.getKey());
            assertThat(user.text("spec", "authorization", "type")).isEqualTo("simple");
            assertThat(acls(user))
                    .as("ACLs of %s", service.getKey())
                    .containsExactlyInAnyOrderElementsOf(expected(service.getKey(), service.getValue()));
        }
    }

    @Test
    void besidesTheServicesOnlyOperatorsHaveAUserAndTheyWriteNothing() {
        Manifests prod = Manifests.overlay("prod");
        Set<String> users = prod.ofKind("KafkaUser").stream()
                .map(u -> u.text("metadata", "name"))
                .collect(Collectors.toSet());
        Set<String> expected = new TreeSet<>(TABLE.keySet());
        expected.add("trustpay-ops");
        assertThat(users).containsExactlyInAnyOrderElementsOf(expected);
        Set<String> operators = acls(prod.get("KafkaUser", "trustpay-ops"));
        assertThat(operators).noneMatch(acl -> acl.endsWith(":Write") || acl.endsWith(":All"));
        assertThat(operators)
                .noneMatch(acl -> acl.startsWith("topic:") && !acl.contains(".DLT:") && acl.endsWith(":Delete"));
        assertThat(operators).contains("topic:reconciliation.reports:literal:Read", "group:trustpay-ops:prefix:Read");
    }

    @Test
    void theServicesListenOnlyToTopicsTheirUserMayReadInTheirOwnGroups() {
        int listeners = 0;
        for (Map.Entry<String, Access> service : TABLE.entrySet()) {
            Path sources = Repository.path(service.getKey() + "/src/main/java");
            if (!Files.isDirectory(sources)) {
                // Not built yet: the table alone speaks for it.
                continue;
            }
            for (String listener : kafkaListeners(sources)) {
                listeners++;
                Set<String> topics = new TreeSet<>(matches(LISTENER_TOPIC, listener));
                matches(LISTENER_DLT, listener).forEach(topic -> topics.add(Topics.deadLetterOf(topic)));
                assertThat(topics)
                        .as("%s listens to %s", service.getKey(), listener)
                        .isNotEmpty();
                assertThat(service.getValue().consumes())
                        .as("topics %s may read", service.getKey())
                        .containsAll(topics);
                assertThat(matches(LISTENER_GROUP, listener))
                        .as("consumer groups of %s", service.getKey())
                        .allSatisfy(group -> assertThat(group).startsWith(service.getKey()));
            }
        }
        // escrow-service and payment-service consume today: a scan that finds nothing is a broken scan.
        assertThat(listeners).isGreaterThanOrEqualTo(4);
    }

    private static Set<String> expected(String service, Access access) {
        Set<String> acls = new TreeSet<>();
        Set<String> writes = new TreeSet<>(access.produces());
        writes.add(OPS_ALERTS);
        access.consumes().forEach(topic -> writes.add(Topics.deadLetterOf(topic)));
        for (String topic : writes) {
            acls.add("topic:" + topic + ":literal:Write");
            acls.add("topic:" + topic + ":literal:Describe");
        }
        for (String topic : access.consumes()) {
            acls.add("topic:" + topic + ":literal:Read");
            acls.add("topic:" + topic + ":literal:Describe");
        }
        if (!access.consumes().isEmpty()) {
            acls.add("group:" + service + ":prefix:Read");
        }
        return acls;
    }

    /** A user's ACLs as "type:name:pattern:operation", allow rules for any host only. */
    private static Set<String> acls(Node user) {
        Set<String> acls = new TreeSet<>();
        for (Node rule : user.get("spec", "authorization", "acls").items()) {
            assertThat(rule.text("type")).isIn(null, "allow");
            assertThat(rule.text("host")).isIn(null, "*");
            String resource = rule.text("resource", "type") + ":" + rule.text("resource", "name") + ":"
                    + (rule.text("resource", "patternType") == null ? "literal" : rule.text("resource", "patternType"));
            List<Node> operations = rule.get("operations").items();
            if (operations.isEmpty()) {
                acls.add(resource + ":" + rule.text("operation"));
            }
            operations.forEach(operation -> acls.add(resource + ":" + operation.text()));
        }
        return acls;
    }

    /** The argument list of every {@code @KafkaListener(...)} in a source tree. */
    private static List<String> kafkaListeners(Path sources) {
        Map<Path, String> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(sources)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                files.put(file, Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> listeners = new ArrayList<>();
        for (String source : files.values()) {
            int at = source.indexOf("@KafkaListener(");
            while (at >= 0) {
                int start = at + "@KafkaListener(".length();
                int depth = 1;
                int end = start;
                while (depth > 0 && end < source.length()) {
                    char c = source.charAt(end++);
                    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                }
                listeners.add(source.substring(start, end - 1));
                at = source.indexOf("@KafkaListener(", end);
            }
        }
        return listeners;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
