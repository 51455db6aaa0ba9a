package io.tradingsuite.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tradingsuite.systemtests.support.ApiKey;
import io.tradingsuite.systemtests.support.GatewayClient;
import io.tradingsuite.systemtests.support.GatewayClient.ApiResponse;
import io.tradingsuite.systemtests.support.Orders;
import io.tradingsuite.systemtests.support.PromQl;
import io.tradingsuite.systemtests.support.PrometheusServer;
import io.tradingsuite.systemtests.support.StackService;
import io.tradingsuite.systemtests.support.SystemTest;
import io.tradingsuite.systemtests.support.TradingStack;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monitoring in {@code deploy/} is proven against the running suite: promtool accepts the Prometheus config and
 * the alert rules; a real Prometheus scrapes every service of the test stack each second; then EVERY panel query of
 * EVERY Grafana dashboard and EVERY alert expression is evaluated through {@code /api/v1/query} and must succeed and
 * select only metrics the suite exports ({@code /api/v1/label/__name__/values}); every alert rule loads and
 * evaluates without error. Before that the test produces the traffic that makes lazily created meters appear: a
 * filled order, a denied order, an unauthenticated request and a poison record (dead letter).
 *
 * <p>Needs the {@code prometheus} and {@code promtool} binaries ({@code apt-get install prometheus}); skipped with a
 * message when they are absent.
 */
@SystemTest
class DashboardsAndAlertsQueryRealMetricsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration METRICS_TIMEOUT = Duration.ofSeconds(120);

    private static Path prometheusBinary;
    private static Path promtoolBinary;
    private static Path deploy;

    private PrometheusServer prometheus;

    @BeforeAll
    static void requirePrometheusBinaries() {
        var prometheus = PrometheusServer.binary("prometheus");
        var promtool = PrometheusServer.binary("promtool");
        assumeTrue(prometheus.isPresent() && promtool.isPresent(),
                "Skipped: the prometheus and promtool binaries are not on the PATH. Install them (Debian/Ubuntu: "
                        + "apt-get install prometheus) to prove deploy/ dashboards and alerts against real metrics.");
        prometheusBinary = prometheus.get();
        promtoolBinary = promtool.get();
        deploy = Path.of(System.getProperty("ts.root")).toAbsolutePath().resolve("deploy");
    }

    @AfterEach
    void stopPrometheus() {
        if (prometheus != null) {
            prometheus.close();
        }
    }

    @Test
    void promtoolAcceptsTheComposeConfigAndTheAlertRules() {
        var config = PrometheusServer.promtool(promtoolBinary, "check", "config",
                deploy.resolve("prometheus/prometheus.yml").toString());
        assertThat(config.exitCode()).as("promtool check config:\n%s", config.output()).isZero();
        var rules = PrometheusServer.promtool(promtoolBinary, "check", "rules",
                deploy.resolve("prometheus/alerts.yml").toString());
        assertThat(rules.exitCode()).as("promtool check rules:\n%s", rules.output()).isZero();
    }

    @Test
    void composePrometheusScrapesEveryServiceAsItsOwnJob() throws IOException {
        Map<String, Object> config = yaml(deploy.resolve("prometheus/prometheus.yml"));
        Map<String, String> targets = new LinkedHashMap<>();
        for (Map<String, Object> job : list(config.get("scrape_configs"))) {
            List<Map<String, Object>> staticConfigs = list(job.get("static_configs"));
            targets.put((String) job.get("job_name"), String.valueOf(staticConfigs.getFirst().get("targets")));
            if (((String) job.get("job_name")).endsWith("-service")) {
                assertThat(job.get("metrics_path")).as("metrics_path of %s", job.get("job_name"))
                        .isEqualTo("/actuator/prometheus");
            }
        }
        for (StackService service : StackService.values()) {
            assertThat(targets).as("scrape jobs").containsKey(service.moduleName());
            assertThat(targets.get(service.moduleName())).startsWith("[" + service.moduleName() + ":");
        }
    }

    @Test
    void everyDashboardPanelAndAlertExpressionQueriesMetricsTheSuiteExports(TradingStack stack) throws Exception {
        Path work = Files.createTempDirectory(stack.runDir(), "prometheus-");
        Path config = work.resolve("prometheus.yml");
        Files.writeString(config, scrapeConfigFor(stack));
        prometheus = PrometheusServer.start(prometheusBinary, config, work);

        produceTrafficThatCreatesLazyMeters(stack);

        await("Prometheus scrapes all six services").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .failFast("Prometheus exited; log:\n" + prometheus.logTail(), () -> !prometheus.isAlive())
                .untilAsserted(() -> {
                    List<String> up = new ArrayList<>();
                    prometheus.get("/api/v1/targets").path("data").path("activeTargets").values()
                            .forEach(t -> {
                                if ("up".equals(t.path("health").asString())) {
                                    up.add(t.path("labels").path("job").asString());
                                }
                            });
                    assertThat(up).containsExactlyInAnyOrderElementsOf(
                            Stream.of(StackService.values()).map(StackService::moduleName).toList());
                });

        Map<String, String> queries = dashboardQueries();
        queries.putAll(alertExpressions());
        assertThat(queries).as("queries found in deploy/").hasSizeGreaterThan(40);

        await("every dashboard and alert query succeeds on exported metrics").atMost(METRICS_TIMEOUT)
                .pollInterval(Duration.ofSeconds(2))
                .failFast("Prometheus exited; log:\n" + prometheus.logTail(), () -> !prometheus.isAlive())
                .untilAsserted(() -> assertThat(problems(queries)).as("queries that fail or select unknown metrics")
                        .isEmpty());

        await("every alert rule loads and evaluates").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    Map<String, String> health = new LinkedHashMap<>();
                    prometheus.get("/api/v1/rules").path("data").path("groups").values().forEach(group ->
                            group.path("rules").values().forEach(rule -> health.put(rule.path("name").asString(),
                                    rule.path("health").asString() + " " + rule.path("lastError").asString(""))));
                    assertThat(health.keySet()).containsExactlyInAnyOrderElementsOf(alertNames());
                    assertThat(health).allSatisfy((name, state) -> assertThat(state).as(name).startsWith("ok"));
                });
    }

    /** Each failing query with its reason; empty when all are fine. */
    private List<String> problems(Map<String, String> queries) {
        Set<String> exported = new HashSet<>(prometheus.metricNames());
        List<String> problems = new ArrayList<>();
        queries.forEach((where, expression) -> {
            String query = PromQl.withGrafanaVariablesResolved(expression);
            if (query.contains("$")) {
                problems.add(where + ": unresolved variable in " + query);
                return;
            }
            JsonNode answer = prometheus.query(query);
            if (!"success".equals(answer.path("status").asString())) {
                problems.add(where + ": " + answer.path("errorType").asString() + " "
                        + answer.path("error").asString() + " in " + query);
            }
            Set<String> unknown = new TreeSet<>(PromQl.metricNames(query));
            unknown.removeAll(exported);
            if (!unknown.isEmpty()) {
                problems.add(where + ": metrics not exported by the suite " + unknown + " in " + query);
            }
        });
        return problems;
    }

    private static Map<String, String> dashboardQueries() throws IOException {
        Map<String, String> queries = new LinkedHashMap<>();
        List<Path> dashboards;
        try (Stream<Path> files = Files.list(deploy.resolve("grafana/dashboards"))) {
            dashboards = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(dashboards).as("dashboards").hasSizeGreaterThanOrEqualTo(5);
        for (Path file : dashboards) {
            JsonNode dashboard = JSON.readTree(Files.readString(file));
            int before = queries.size();
            collectTargets(file.getFileName().toString(), dashboard.path("panels"), queries);
            assertThat(queries.size() - before).as("queries in %s", file.getFileName()).isPositive();
        }
        return queries;
    }

    private static void collectTargets(String dashboard, JsonNode panels, Map<String, String> queries) {
        for (JsonNode panel : panels.values()) {
            for (JsonNode target : panel.path("targets").values()) {
                String expr = target.path("expr").asString("");
                assertThat(expr).as("%s / %s / %s has a PromQL expr", dashboard, panel.path("title").asString(),
                        target.path("refId").asString()).isNotBlank();
                queries.put(dashboard + " / " + panel.path("title").asString() + " / "
                        + target.path("refId").asString(), expr);
            }
            collectTargets(dashboard, panel.path("panels"), queries);
        }
    }

    private static Map<String, String> alertExpressions() throws IOException {
        Map<String, String> expressions = new LinkedHashMap<>();
        for (Map<String, Object> group : list(yaml(deploy.resolve("prometheus/alerts.yml")).get("groups"))) {
            for (Map<String, Object> rule : list(group.get("rules"))) {
                expressions.put("alert " + rule.get("alert"), String.valueOf(rule.get("expr")));
            }
        }
        return expressions;
    }

    private static List<String> alertNames() throws IOException {
        return alertExpressions().keySet().stream().map(k -> k.substring("alert ".length())).toList();
    }

    /** The test Prometheus: every service of this run each second, and the real alert rules. */
    private static String scrapeConfigFor(TradingStack stack) {
        StringBuilder config = new StringBuilder()
                .append("global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n  evaluation_interval: 1s\n")
                .append("rule_files:\n  - '").append(deploy.resolve("prometheus/alerts.yml")).append("'\n")
                .append("scrape_configs:\n");
        for (StackService service : StackService.values()) {
            config.append("  - job_name: ").append(service.moduleName()).append('\n')
                    .append("    metrics_path: /actuator/prometheus\n")
                    .append("    static_configs:\n")
                    .append("      - targets: ['127.0.0.1:").append(stack.port(service)).append("']\n");
        }
        return config.toString();
    }

    /**
     * Meters registered on first use (denials by reason, gateway rejections, dead letters) only exist after the
     * event: produce each once.
     */
    private static void produceTrafficThatCreatesLazyMeters(TradingStack stack) throws Exception {
        GatewayClient gateway = stack.gateway();
        // an account no bot trades: the fill must not depend on the bot's position or cash
        ApiKey trader = stack.traderOf(TradingStack.SCENARIO_ACCOUNT);

        ApiResponse anonymous = gateway.get("/api/portfolio", null);
        assertThat(anonymous.status()).as("%s", anonymous).isEqualTo(401);

        ApiResponse filled = gateway.post("/api/orders", trader,
                Orders.marketOrder("SPY", BigDecimal.ONE, "buy", Orders.clientOrderId("st-metrics-fill")));
        assertThat(filled.status()).as("%s", filled).isIn(200, 202);

        BigDecimal ask = Orders.ask(gateway, trader, "AAPL");
        ApiResponse denied = gateway.post("/api/orders", trader, Orders.marketOrder("AAPL",
                Orders.sharesWorth(new BigDecimal("200000"), ask), "buy", Orders.clientOrderId("st-metrics-deny")));
        // 403 when risk decides within execution's wait, else 202 pending_new and the denial follows.
        assertThat(denied.status()).as("%s", denied).isIn(202, 403);

        Map<String, Object> producer = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<byte[], byte[]> kafka =
                     new KafkaProducer<>(producer, new ByteArraySerializer(), new ByteArraySerializer())) {
            kafka.send(new ProducerRecord<>("risk.order-requests.v1",
                    TradingStack.ACCOUNT.getBytes(StandardCharsets.UTF_8),
                    ("\u0000metrics poison " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8))).get();
        }
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
