package io.tradingsuite.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.systemtests.support.StackService;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code docker-compose.yml}, {@code .env.example} and {@code deploy/Dockerfile} read as a production deployment:
 * healthchecks, memory limits, health-gated start order, pinned images, no default passwords, and every service
 * given what its configuration requires. Plain file checks (no Docker needed, no stack started); the compose stack
 * itself is only exercised where Docker runs (see deploy/README.md).
 */
class DockerComposeIsProductionLikeTest {

    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("^\\$\\{([A-Z0-9_]+):\\?[^}]*}$");
    private static final Pattern ANY_VARIABLE = Pattern.compile("(?<!\\$)\\$\\{([A-Z0-9_]+)(?::?[-?][^}]*)?}");
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|API_KEYS|ROOT_USER|CLUSTER_ID).*");
    /** A secret only some configurations need: passed through from .env, blank when unset, never a default. */
    private static final Pattern OPTIONAL_SECRET = Pattern.compile("^\\$\\{([A-Z0-9_]+):-}$");
    private static final Set<String> OPTIONAL_SECRETS = Set.of("ALPACA_PAPER_SECRET_KEY", "ALPACA_LIVE_SECRET_KEY");

    private static Path root;
    private static String composeText;
    private static Map<String, Map<String, Object>> services;
    private static Map<String, String> envExample;

    @BeforeAll
    static void readFiles() throws IOException {
        root = Path.of(System.getProperty("ts.root")).toAbsolutePath();
        composeText = Files.readString(root.resolve("docker-compose.yml"));
        Map<String, Object> compose = yaml(root.resolve("docker-compose.yml"));
        services = map(compose.get("services"));
        envExample = new LinkedHashMap<>();
        for (String line : Files.readAllLines(root.resolve(".env.example"))) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                int eq = trimmed.indexOf('=');
                assertThat(eq).as(".env.example line '%s' is NAME=value", line).isPositive();
                envExample.put(trimmed.substring(0, eq), trimmed.substring(eq + 1));
            }
        }
    }

    @Test
    void composeRunsTheInfrastructureAndAllSixServices() {
        assertThat(services).containsKeys("kafka", "postgres", "prometheus", "grafana", "minio");
        for (StackService service : StackService.values()) {
            Map<String, Object> definition = services.get(service.moduleName());
            assertThat(definition).as(service.moduleName()).isNotNull();
            Map<String, Object> build = map(definition.get("build"));
            assertThat(build.get("dockerfile")).as("%s build", service.moduleName()).isEqualTo("deploy/Dockerfile");
            assertThat(map(build.get("args")).get("SERVICE")).isEqualTo(service.moduleName());
        }
        assertThat(String.valueOf(services.get("kafka").get("image"))).startsWith("apache/kafka:");
        assertThat(String.valueOf(map(services.get("kafka").get("environment")).get("KAFKA_PROCESS_ROLES")))
                .as("Kafka runs in KRaft mode").isEqualTo("broker,controller");
    }

    @Test
    void everyLongRunningServiceHasAHealthcheckAndAMemoryLimit() {
        services.forEach((name, definition) -> {
            Object memory = map(map(map(definition.get("deploy")).get("resources")).get("limits")).get("memory");
            assertThat(memory != null ? memory : definition.get("mem_limit")).as("memory limit of %s", name)
                    .isNotNull();
            if (isOneShotJob(definition)) {
                return;
            }
            Map<String, Object> healthcheck = map(definition.get("healthcheck"));
            assertThat(healthcheck.get("test")).as("healthcheck of %s", name).isNotNull();
            assertThat(healthcheck.get("disable")).as("healthcheck of %s", name).isNotEqualTo(Boolean.TRUE);
        });
    }

    @Test
    void dependenciesWaitForHealthyServices() {
        services.forEach((name, definition) -> {
            Object dependsOn = definition.get("depends_on");
            if (dependsOn == null) {
                return;
            }
            assertThat(dependsOn).as("depends_on of %s uses the long form with conditions", name)
                    .isInstanceOf(Map.class);
            map(dependsOn).forEach((dependency, spec) -> {
                String expected = isOneShotJob(services.get(dependency))
                        ? "service_completed_successfully" : "service_healthy";
                assertThat(map(spec).get("condition")).as("%s -> %s", name, dependency).isEqualTo(expected);
            });
        });
        for (StackService service : StackService.values()) {
            Set<String> dependencies = map(services.get(service.moduleName()).get("depends_on")).keySet();
            if (service == StackService.GATEWAY) {
                assertThat(dependencies).as("the gateway waits for every backend").containsAll(Stream.of(
                        StackService.values()).filter(s -> s != StackService.GATEWAY)
                        .map(StackService::moduleName).toList());
            } else {
                assertThat(dependencies).as(service.moduleName()).contains("kafka", "postgres");
            }
        }
    }

    @Test
    void everyImageIsPinned() {
        services.forEach((name, definition) -> {
            String image = String.valueOf(definition.get("image"));
            assertThat(definition.get("image")).as("image of %s", name).isNotNull();
            String reference = image.substring(image.lastIndexOf('/') + 1);
            assertThat(reference).as("image of %s has a tag", name).contains(":");
            String tag = reference.substring(reference.indexOf(':') + 1);
            Matcher variable = REQUIRED_VARIABLE.matcher(tag);
            if (variable.matches()) {
                tag = envExample.get(variable.group(1));
                assertThat(tag).as("%s of %s in .env.example", variable.group(1), name).isNotBlank();
            }
            assertThat(tag).as("tag of %s", name).isNotBlank().isNotEqualToIgnoringCase("latest");
        });
    }

    @Test
    void noServiceHasADefaultPassword() {
        services.forEach((name, definition) -> map(definition.get("environment")).forEach((key, value) -> {
            if (OPTIONAL_SECRETS.contains(key)) {
                assertThat(String.valueOf(value)).as("optional %s of %s comes from .env, blank when unset", key, name)
                        .matches(OPTIONAL_SECRET).isEqualTo("${" + key + ":-}");
            } else if (SECRET_NAME.matcher(key).matches() && !key.endsWith("_FILE")) {
                assertThat(String.valueOf(value)).as("%s of %s must come from .env with no default", key, name)
                        .matches(REQUIRED_VARIABLE);
            }
            assertThat(String.valueOf(value)).as("%s of %s", key, name).isNotEqualToIgnoringCase("admin");
        }));
        Map<String, Object> grafana = map(services.get("grafana").get("environment"));
        assertThat(String.valueOf(grafana.get("GF_SECURITY_ADMIN_PASSWORD"))).matches(REQUIRED_VARIABLE);
        for (String postgresPassword : List.of("POSTGRES_PASSWORD")) {
            assertThat(String.valueOf(map(services.get("postgres").get("environment")).get(postgresPassword)))
                    .matches(REQUIRED_VARIABLE);
        }
        envExample.forEach((key, value) -> {
            if (key.matches(".*(PASSWORD|SECRET|API_KEYS|CLUSTER_ID).*")) {
                assertThat(value).as(".env.example must leave %s empty", key).isEmpty();
            }
        });
    }

    @Test
    void everyVariableComposeReadsIsDocumentedInEnvExample() {
        Set<String> referenced = new TreeSet<>();
        Matcher matcher = ANY_VARIABLE.matcher(composeText);
        while (matcher.find()) {
            referenced.add(matcher.group(1));
        }
        assertThat(referenced).isNotEmpty();
        assertThat(envExample.keySet()).as(".env.example").containsAll(referenced);
    }

    @Test
    void everyServiceGetsWhatItsConfigurationRequires() throws IOException {
        String initScript = Files.readString(root.resolve("deploy/postgres/init/01-service-schemas.sh"));
        for (StackService service : StackService.values()) {
            String name = service.moduleName();
            Map<String, Object> env = map(services.get(name).get("environment"));
            String applicationYml = Files.readString(root.resolve(name).resolve("src/main/resources/application.yml"));

            assertThat(applicationYml).as("%s binds to TS_BIND_ADDRESS", name).contains("${TS_BIND_ADDRESS");
            assertThat(env.get("TS_BIND_ADDRESS")).as("%s listens on all container interfaces", name)
                    .isEqualTo("0.0.0.0");
            assertThat(env.containsKey("TS_JWT_SECRET") || env.containsKey("TS_JWT_SECRET_FILE"))
                    .as("%s needs TS_JWT_SECRET or TS_JWT_SECRET_FILE", name).isTrue();

            if (service == StackService.GATEWAY) {
                assertThat(env.containsKey("TS_API_KEYS") || env.containsKey("TS_API_KEYS_FILE"))
                        .as("gateway needs TS_API_KEYS").isTrue();
                for (StackService backend : StackService.values()) {
                    if (backend.gatewayRouteVariable() != null) {
                        assertThat(String.valueOf(env.get(backend.gatewayRouteVariable())))
                                .as(backend.gatewayRouteVariable())
                                .startsWith("http://" + backend.moduleName() + ":");
                    }
                }
                continue;
            }
            assertThat(env.get("TS_KAFKA_BOOTSTRAP")).as("%s Kafka", name).isEqualTo("kafka:9092");
            assertThat(String.valueOf(env.get("SPRING_PROFILES_ACTIVE"))).as(name).contains("postgres");
            for (String dbSetting : List.of("TS_DB_HOST", "TS_DB_NAME", "TS_DB_USER", "TS_DB_PASSWORD")) {
                assertThat(env).as("%s needs %s for the postgres profile", name, dbSetting).containsKey(dbSetting);
            }
            Matcher schema = Pattern.compile("currentSchema=([a-z_]+)").matcher(applicationYml);
            assertThat(schema.find()).as("%s postgres profile names its schema", name).isTrue();
            assertThat(initScript).as("init script creates role %s owning schema %s", env.get("TS_DB_USER"),
                    schema.group(1)).containsPattern("create_service\\s+" + env.get("TS_DB_USER") + "\\s+"
                    + schema.group(1) + "\\s");
        }
    }

    @Test
    void publishedPortsAreBoundToLoopbackOnly() {
        services.forEach((name, definition) -> {
            for (Object port : definition.get("ports") instanceof List<?> ports ? ports : List.of()) {
                assertThat(String.valueOf(port)).as("port of %s", name).startsWith("127.0.0.1:");
            }
        });
    }

    @Test
    void dockerfileIsMultiStageLayeredAndNonRoot() throws IOException {
        List<String> lines = Files.readAllLines(root.resolve("deploy/Dockerfile"));
        String text = String.join("\n", lines);
        List<String> stages = new ArrayList<>(lines.stream().filter(l -> l.startsWith("FROM ")).toList());
        assertThat(stages).as("stages").hasSizeGreaterThanOrEqualTo(2);
        assertThat(text).contains("ARG JRE_IMAGE=eclipse-temurin:25-jre")
                .contains("-Djarmode=tools -jar app.jar extract --layers")
                .contains("AOTCache");
        String lastUser = lines.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElse("USER root");
        assertThat(lastUser).as("runtime user").isNotIn("USER root", "USER 0");
    }

    private static boolean isOneShotJob(Map<String, Object> definition) {
        return definition != null && "no".equals(String.valueOf(definition.get("restart")))
                && definition.get("healthcheck") == null;
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, V>) m : Map.of();
    }
}
