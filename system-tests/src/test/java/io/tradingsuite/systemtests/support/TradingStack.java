package io.tradingsuite.systemtests.support;

import static org.awaitility.Awaitility.await;

import io.tradingsuite.stack.LocalKafka;
import io.tradingsuite.stack.LocalServices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole trading stack for a test run: a real Kafka broker ({@link LocalKafka}, in-process, free port) and the
 * six services as child processes of the JDK running the tests, each on a free port with its own H2 files in a
 * fresh data directory, a random JWT secret and generated API keys: TRADER+ADMIN and VIEWER on {@link #ACCOUNT}, and
 * one TRADER key for each of the {@link #OTHER_ACCOUNTS} (accounts no bot trades, for scenarios that must add up
 * exactly). A service can be killed with SIGKILL and started again ({@link #kill}, {@link #restart}).
 * Logs go to {@code <module>/target/system-tests/<service>.log}.
 *
 * <p>Configured by system properties the Failsafe configuration sets: {@code ts.root} (repository root),
 * {@code ts.target} (build folder name), {@code ts.version}, {@code ts.system-tests.dir} (work folder) and
 * optionally {@code ts.system-tests.services} (comma-separated module names, default all six) and
 * {@code ts.system-tests.db} ({@code h2}, the default, or {@code postgres}: see {@link StackDatabase}).
 */
public final class TradingStack implements AutoCloseable {

    /** The account both generated API keys belong to; the portfolio opens it by default with 100000.00 cash. */
    public static final String ACCOUNT = "demo";

    /** Further accounts the portfolio opens with {@link Orders#STARTING_CASH}; no bot trades them. */
    public static final List<String> OTHER_ACCOUNTS = List.of("st-acct-1", "st-acct-2", "st-acct-3", "st-acct-4",
            "st-acct-5");

    /**
     * One more account opened with {@link Orders#STARTING_CASH}, for the scenarios that place orders through the
     * gateway and need them approved (brackets, the kill switch, an order after a poison record, the dashboards'
     * fill): no bot trades it, so risk decides on the scenarios' own small positions. On {@link #ACCOUNT} the demo
     * bot's position can stand at a limit (risk once denied a bracket's take-profit there, {@code RISK_CONCENTRATION},
     * the bot being short SPY near 100 % of the equity), or its buys can have used the cash. Not among the
     * {@link #OTHER_ACCOUNTS}, whose orders the kill -9 scenario counts.
     */
    public static final String SCENARIO_ACCOUNT = "st-scenarios";

    private static final Logger log = LoggerFactory.getLogger(TradingStack.class);
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(180);

    private final LocalKafka kafka;
    private final Map<StackService, ServiceProcess> processes;
    private final ApiKey trader;
    private final ApiKey viewer;
    private final Map<String, ApiKey> otherTraders;
    private final Path runDir;
    private final StackDatabase database;

    private TradingStack(LocalKafka kafka, Map<StackService, ServiceProcess> processes, ApiKey trader, ApiKey viewer,
                         Map<String, ApiKey> otherTraders, Path runDir, StackDatabase database) {
        this.kafka = kafka;
        this.processes = processes;
        this.trader = trader;
        this.viewer = viewer;
        this.otherTraders = otherTraders;
        this.runDir = runDir;
        this.database = database;
    }

    /** Starts Kafka and the configured services and waits until every service reports health UP. */
    public static TradingStack start() {
        Instant started = Instant.now();
        Path root = Path.of(requiredProperty("ts.root")).toAbsolutePath();
        String target = System.getProperty("ts.target", "target");
        String version = requiredProperty("ts.version");
        Path workDir = Path.of(System.getProperty("ts.system-tests.dir", root.resolve("system-tests")
                .resolve(target).resolve("system-tests").toString())).toAbsolutePath();
        List<StackService> services = selectedServices();

        Path java = ProcessHandle.current().info().command().map(Path::of)
                .orElseThrow(() -> new IllegalStateException("Cannot tell which java runs the tests"));
        Map<StackService, Path> jars = new EnumMap<>(StackService.class);
        for (StackService service : services) {
            Path jar = root.resolve(service.moduleName()).resolve(target)
                    .resolve(service.moduleName() + "-" + version + "-exec.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("Missing " + jar + ": build the services first, e.g. "
                        + "./mvnw -B -pl system-tests -am verify");
            }
            jars.put(service, jar);
        }

        Path runDir = createRunDir(workDir);
        StackDatabase database = StackDatabase.fromSystemProperties(runDir);
        LocalKafka kafka = LocalKafka.start(runDir.resolve("kafka"), 0);
        ApiKey trader = ApiKey.generate("st-trader", ACCOUNT, "TRADER", "ADMIN");
        ApiKey viewer = ApiKey.generate("st-viewer", ACCOUNT, "VIEWER");
        Map<String, ApiKey> otherTraders = new LinkedHashMap<>();
        for (String account : OTHER_ACCOUNTS) {
            otherTraders.put(account, ApiKey.generate("st-" + account, account, "TRADER"));
        }
        otherTraders.put(SCENARIO_ACCOUNT, ApiKey.generate("st-" + SCENARIO_ACCOUNT, SCENARIO_ACCOUNT, "TRADER"));
        String jwtSecret = randomSecret();

        Map<StackService, Integer> ports = new EnumMap<>(StackService.class);
        for (StackService service : StackService.values()) {
            ports.put(service, LocalServices.freePort());
        }
        Map<StackService, ServiceProcess> processes = new EnumMap<>(StackService.class);
        TradingStack stack = new TradingStack(kafka, processes, trader, viewer, otherTraders, runDir, database);
        Thread reaper = new Thread(stack::close, "trading-stack-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
        try {
            for (StackService service : services) {
                Map<String, String> env = new HashMap<>();
                env.put("TS_DATA_DIR", runDir.resolve("data").toString());
                env.put("TS_KAFKA_BOOTSTRAP", kafka.bootstrapServers());
                env.put("TS_JWT_SECRET", jwtSecret);
                env.putAll(database.environment());
                if (service == StackService.GATEWAY) {
                    List<String> keys = new ArrayList<>(List.of(trader.registryEntry(), viewer.registryEntry()));
                    otherTraders.values().forEach(key -> keys.add(key.registryEntry()));
                    env.put("TS_API_KEYS", String.join(";", keys));
                    for (StackService backend : StackService.values()) {
                        if (backend.gatewayRouteVariable() != null) {
                            env.put(backend.gatewayRouteVariable(), "http://127.0.0.1:" + ports.get(backend));
                        }
                    }
                }
                Path logFile = workDir.resolve(service.moduleName() + ".log");
                Files.deleteIfExists(logFile);
                List<String> settings = new ArrayList<>(service.fastSettings());
                if (service == StackService.PORTFOLIO) {
                    settings.addAll(portfolioAccounts());
                }
                processes.put(service, ServiceProcess.start(service, java, jars.get(service), ports.get(service),
                        env, settings, logFile));
            }
            stack.awaitHealthy();
        } catch (IOException e) {
            stack.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            stack.close();
            throw e;
        }
        log.info("Trading stack ({} services, Kafka {}) healthy in {} s", services.size(), kafka.bootstrapServers(),
                Duration.between(started, Instant.now()).toSeconds());
        return stack;
    }

    /** The gateway's base URI, e.g. {@code http://127.0.0.1:54321}. */
    public URI gatewayUri() {
        ServiceProcess gateway = processes.get(StackService.GATEWAY);
        if (gateway == null) {
            throw new IllegalStateException("The gateway is not part of this run (ts.system-tests.services)");
        }
        return URI.create("http://127.0.0.1:" + gateway.port());
    }

    /** A client for the gateway. */
    public GatewayClient gateway() {
        return new GatewayClient(gatewayUri());
    }

    /** The TRADER+ADMIN key of {@link #ACCOUNT}. */
    public ApiKey trader() {
        return trader;
    }

    /** The VIEWER key of {@link #ACCOUNT}. */
    public ApiKey viewer() {
        return viewer;
    }

    /** The TRADER key of one of the {@link #OTHER_ACCOUNTS} or of {@link #SCENARIO_ACCOUNT}. */
    public ApiKey traderOf(String account) {
        ApiKey key = otherTraders.get(account);
        if (key == null) {
            throw new IllegalArgumentException(account + " is not one of " + otherTraders.keySet());
        }
        return key;
    }

    /** Kafka's bootstrap servers, for tests that play a misbehaving producer. */
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** This run's folder (Kafka and H2 files). */
    public Path runDir() {
        return runDir;
    }

    /** The loopback port {@code service} listens on (its actuator endpoints are there too). */
    public int port(StackService service) {
        ServiceProcess process = processes.get(service);
        if (process == null) {
            throw new IllegalStateException(service.moduleName() + " is not part of this run (ts.system-tests.services)");
        }
        return process.port();
    }

    /** Which services run. */
    public Set<StackService> services() {
        return processes.keySet();
    }

    /** Whether the service's process is running. */
    public boolean isRunning(StackService service) {
        ServiceProcess process = processes.get(service);
        return process != null && process.isAlive();
    }

    /** {@code kill -9} of the service's JVM; returns once the process is gone. */
    public void kill(StackService service) {
        ServiceProcess process = processes.get(service);
        if (process == null) {
            throw new IllegalStateException(service.moduleName() + " is not part of this run (ts.system-tests.services)");
        }
        long pid = process.pid();
        process.killForcibly();
        log.info("{} (pid {}) killed with SIGKILL", service.moduleName(), pid);
    }

    /**
     * Starts a killed (or exited) service again with the same port, settings, environment and data folder, and waits
     * until it reports health UP.
     */
    public void restart(StackService service) {
        ServiceProcess restarted = processes.get(service).restart();
        processes.put(service, restarted);
        awaitHealthy(restarted);
        log.info("{} restarted (pid {})", service.moduleName(), restarted.pid());
    }

    /** Stops the services (gateway first) and then Kafka. */
    @Override
    public void close() {
        List<StackService> order = new ArrayList<>(processes.keySet());
        order.sort((a, b) -> Integer.compare(b.ordinal(), a.ordinal()));
        for (StackService service : order) {
            processes.get(service).close();
        }
        kafka.close();
        database.close();
    }

    private void awaitHealthy() {
        for (ServiceProcess process : processes.values()) {
            awaitHealthy(process);
        }
    }

    private static void awaitHealthy(ServiceProcess process) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String name = process.service().moduleName();
        try {
            await("health of " + name)
                    .atMost(HEALTH_TIMEOUT)
                    .pollInterval(Duration.ofMillis(500))
                    .failFast(name + " exited during startup; log tail:\n" + process.logTail(60),
                            () -> !process.isAlive())
                    .until(() -> LocalServices.isHealthy(http, process.port()));
        } catch (RuntimeException e) {
            throw new IllegalStateException(name + " did not become healthy; log " + process.logFile()
                    + " ends with:\n" + process.logTail(60), e);
        }
        log.info("{} healthy on port {}", name, process.port());
    }


    /** The portfolio's account list: a list is bound from one property source as a whole, so demo is restated. */
    private static List<String> portfolioAccounts() {
        List<String> settings = new ArrayList<>();
        List<String> accounts = new ArrayList<>(List.of(ACCOUNT));
        accounts.addAll(OTHER_ACCOUNTS);
        accounts.add(SCENARIO_ACCOUNT);
        for (int i = 0; i < accounts.size(); i++) {
            settings.add("--ts.portfolio.accounts[" + i + "].id=" + accounts.get(i));
            settings.add("--ts.portfolio.accounts[" + i + "].starting-cash=" + Orders.STARTING_CASH.toPlainString());
        }
        return settings;
    }

    private static List<StackService> selectedServices() {
        String selection = System.getProperty("ts.system-tests.services", "").trim();
        if (selection.isEmpty()) {
            return List.of(StackService.values());
        }
        Set<String> names = Arrays.stream(selection.split(","))
                .map(String::trim).map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return Arrays.stream(StackService.values()).filter(s -> names.contains(s.moduleName())).toList();
    }

    private static Path createRunDir(Path workDir) {
        try {
            Files.createDirectories(workDir);
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            return Files.createTempDirectory(workDir, "run-" + stamp + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the system-test folder under " + workDir, e);
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }


    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set (the Failsafe configuration "
                    + "of system-tests/pom.xml sets it)");
        }
        return value;
    }
}
