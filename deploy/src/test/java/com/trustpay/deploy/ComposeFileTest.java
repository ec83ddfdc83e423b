package com.trustpay.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml as Debian's docker-compose (1.29) reads it with the committed .env.example, and the rules it
 * keeps: health checks and healthy dependencies, the one Dockerfile, the sandbox profile, nothing secret committed.
 */
class ComposeFileTest {

    private static final List<String> CONFIG =
            List.of("docker-compose", "--env-file", ".env.example", "-f", "docker-compose.yml", "config");
    private static final Set<String> INFRASTRUCTURE = Set.of("kafka", "postgres", "redis", "greenmail", "zipkin");
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|PRIVATE_KEY|KEY_ID).*");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(:?[-?][^}]*)?}");

    @Test
    void dockerComposeAcceptsTheFileWithTheExampleEnvironment() {
        Tools.require("docker-compose", "docker-compose");
        List<String> quiet = new ArrayList<>(CONFIG);
        quiet.add("-q");
        Tools.output(quiet);
    }

    @Test
    void withoutAnEnvironmentFileComposeRefusesToStart() throws Exception {
        Tools.require("docker-compose", "docker-compose");
        Path empty = Files.createTempFile("compose", ".env");
        try {
            Tools.Result result = Tools.run(List.of(
                    "docker-compose", "--env-file", empty.toString(), "-f", "docker-compose.yml", "config", "-q"));
            assertThat(result.exitCode()).isNotZero();
            assertThat(result.stderr()).contains("set it in .env");
        } finally {
            Files.delete(empty);
        }
    }

    @Test
    void everyContainerHasAHealthCheckAndWaitsForHealthyDependencies() {
        Map<String, Node> services = resolved();
        SoftAssertions soft = new SoftAssertions();
        services.forEach((name, service) -> {
            soft.assertThat(service.get("healthcheck", "test").items())
                    .as("%s health check", name)
                    .isNotEmpty();
            service.get("depends_on").entries().forEach((dependency, condition) -> {
                String expected = dependency.equals("zipkin") ? "service_started" : "service_healthy";
                soft.assertThat(condition.text("condition"))
                        .as("%s waits for %s", name, dependency)
                        .isEqualTo(expected);
            });
        });
        soft.assertAll();
        for (String service : Manifests.SERVICES) {
            assertThat(services.get(service).get("depends_on").entries().keySet())
                    .as("%s starts after its infrastructure", service)
                    .containsAnyElementsOf(Set.of("kafka", "redis"));
        }
    }

    @Test
    void everyTrustPayProcessIsBuiltFromTheOneDockerfile() {
        Map<String, Node> services = resolved();
        Set<String> built = new TreeSet<>(Manifests.SERVICES);
        built.add("sandbox");
        assertThat(services.keySet()).containsAll(built).containsAll(INFRASTRUCTURE);
        for (String name : built) {
            Node build = services.get(name).get("build");
            assertThat(build.text("dockerfile")).as(name).isEqualTo("deploy/docker/Dockerfile");
            assertThat(build.text("args", "MODULE")).as(name).isEqualTo(name);
            assertThat(Path.of(build.text("context")).toAbsolutePath().normalize())
                    .isEqualTo(Repository.root());
        }
    }

    @Test
    void theServicesRunTheSandboxProfileWithActuatorOnTheManagementPort() {
        Map<String, Node> services = resolved();
        Set<String> initialised = databasesCreatedAtInit();
        for (String name : Manifests.SERVICES) {
            Map<String, String> env = services.get(name).get("environment").strings();
            assertThat(env)
                    .as(name)
                    .containsEntry("SPRING_PROFILES_ACTIVE", "sandbox")
                    .containsEntry("MANAGEMENT_SERVER_PORT", "9090");
            String url = env.get("SPRING_DATASOURCE_URL");
            if (url != null) {
                assertThat(initialised)
                        .as("the init script creates the database of %s", name)
                        .contains(url.substring(url.lastIndexOf('/') + 1));
            }
        }
    }

    @Test
    void publishedPortsListenOnLoopbackOnly() {
        resolved().forEach((name, service) -> service.get("ports")
                .items()
                .forEach(port -> assertThat(port.text()).as(name).startsWith("127.0.0.1:")));
    }

    @Test
    void noSecretIsWrittenIntoTheComposeFile() {
        Node raw = Node.load(Repository.read("docker-compose.yml"));
        SoftAssertions soft = new SoftAssertions();
        raw.get("services")
                .entries()
                .forEach((name, service) -> service.get("environment").strings().forEach((key, value) -> {
                    if (SECRET_NAME.matcher(key).matches()) {
                        soft.assertThat(value).as("%s %s", name, key).matches("\\$\\{[A-Z0-9_]+(:?[-?][^}]*)?}");
                    }
                }));
        soft.assertAll();
    }

    @Test
    void everyVariableComposeNeedsIsInTheExampleAndEveryExampleSecretSaysSandbox() {
        Map<String, String> example = exampleEnvironment();
        Matcher variable = VARIABLE.matcher(Repository.read("docker-compose.yml"));
        while (variable.find()) {
            boolean defaulted = variable.group(2) != null && variable.group(2).contains("-");
            if (!defaulted) {
                assertThat(example)
                        .as(".env.example defines %s", variable.group(1))
                        .containsKey(variable.group(1));
            }
        }
        example.forEach((key, value) -> {
            if (SECRET_NAME.matcher(key).matches() && !value.isEmpty()) {
                assertThat(value.toLowerCase(Locale.ROOT))
                        .as("%s is marked as a sandbox value", key)
                        .contains("sandbox");
            }
        });
        assertThat(Repository.read(".gitignore").lines())
                .as(".env stays out of git")
                .contains(".env");
    }

    private static Map<String, Node> resolved() {
        Tools.require("docker-compose", "docker-compose");
        return Node.load(Tools.output(CONFIG)).get("services").entries();
    }

    private static Map<String, String> exampleEnvironment() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Repository.read(".env.example").lines().toList()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int equals = line.indexOf('=');
                values.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return values;
    }

    private static Set<String> databasesCreatedAtInit() {
        Set<String> databases = new TreeSet<>();
        Matcher create = Pattern.compile("(?m)^create_database (\\w+) ")
                .matcher(Repository.read("deploy/compose/postgres-init/10-trustpay-databases.sh"));
        while (create.find()) {
            databases.add(create.group(1));
        }
        return databases;
    }
}
