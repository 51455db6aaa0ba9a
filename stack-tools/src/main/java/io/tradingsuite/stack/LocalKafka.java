package io.tradingsuite.stack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker running in KRaft mode (combined broker and controller, node id 1),
 * built from the Maven Central jars: no Docker and no Kafka distribution.
 *
 * <p>On start it writes a {@code server.properties} into the data directory, formats the storage once
 * (standalone controller, cluster id persisted in {@code <dataDir>/cluster.id}) and starts
 * {@link KafkaRaftServer}. Internal topics are single-replica and automatic topic creation is off, so
 * applications must create their topics (the services do at startup).
 *
 * <p>Two ways to use it:
 * <ul>
 *   <li>as a process: {@code java -cp 'target/classes:target/lib/*' io.tradingsuite.stack.LocalKafka
 *       --port=9092 --controller-port=9093 --data-dir=.stack/data/kafka}; it stops cleanly on SIGTERM;</li>
 *   <li>in-process: {@code try (LocalKafka kafka = LocalKafka.start(dir, 0)) { kafka.bootstrapServers(); }}.</li>
 * </ul>
 */
public final class LocalKafka implements AutoCloseable {

    private static final String CLUSTER_ID_FILE = "cluster.id";
    private static final String CONTROLLER_PORT_FILE = "controller.port";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final LocalKafkaSettings settings;
    private final KafkaRaftServer server;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LocalKafka(LocalKafkaSettings settings, KafkaRaftServer server) {
        this.settings = settings;
        this.server = server;
    }

    /**
     * Starts a broker whose files live under {@code dir}, listening on {@code port} (0 picks a free port).
     * The controller port is a free port, remembered in {@code dir} so a restart on the same directory reuses it.
     * Returns once the broker answers a cluster description request.
     */
    public static LocalKafka start(Path dir, int port) {
        try {
            Files.createDirectories(dir);
            int clientPort = port == 0 ? freePort() : port;
            Path controllerPortFile = dir.resolve(CONTROLLER_PORT_FILE);
            int controllerPort;
            if (Files.exists(controllerPortFile)) {
                controllerPort = Integer.parseInt(Files.readString(controllerPortFile).trim());
            } else {
                do {
                    controllerPort = freePort();
                } while (controllerPort == clientPort);
                Files.writeString(controllerPortFile, controllerPort + "\n");
            }
            return start(LocalKafkaSettings.of(dir, clientPort, controllerPort));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the Kafka directory " + dir, e);
        }
    }

    /** Starts a broker with explicit settings; returns once it answers a cluster description request. */
    public static LocalKafka start(LocalKafkaSettings settings) {
        Logger log = LoggerFactory.getLogger(LocalKafka.class);
        Instant started = Instant.now();
        Properties properties = serverProperties(settings);
        Path configFile = settings.dataDir().resolve("server.properties");
        try {
            Files.createDirectories(settings.dataDir());
            Files.createDirectories(settings.logDir());
            writeProperties(properties, configFile);
            formatOnce(settings, configFile, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare Kafka storage in " + settings.dataDir(), e);
        }
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        LocalKafka kafka = new LocalKafka(settings, server);
        try {
            server.startup();
            kafka.awaitReady();
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
        log.info("Kafka ready at {} (controller 127.0.0.1:{}, logs {}) in {} ms", settings.bootstrapServers(),
                settings.controllerPort(), settings.logDir(), Duration.between(started, Instant.now()).toMillis());
        return kafka;
    }

    /** The {@code bootstrap.servers} value for clients, e.g. {@code 127.0.0.1:9092}. */
    public String bootstrapServers() {
        return settings.bootstrapServers();
    }

    /** The settings this broker runs with. */
    public LocalKafkaSettings settings() {
        return settings;
    }

    /** Stops the broker and waits for it to finish; calling it again does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.shutdown();
            server.awaitShutdown();
        }
    }

    /** Blocks until the broker has been shut down (by {@link #close()}, e.g. from a shutdown hook). */
    public void awaitShutdown() {
        server.awaitShutdown();
    }

    /**
     * Runs a broker until the JVM is asked to stop (SIGTERM/SIGINT run the shutdown hook, which stops Kafka
     * cleanly). Exits with status 2 on bad arguments and 1 if the broker cannot start.
     */
    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "localkafka-logback.xml");
        }
        LocalKafkaSettings settings;
        try {
            settings = LocalKafkaSettings.fromArgs(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        LocalKafka kafka;
        try {
            kafka = start(settings);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(LocalKafka.class).error("Kafka failed to start", e);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LoggerFactory.getLogger(LocalKafka.class).info("Stopping Kafka at {}", kafka.bootstrapServers());
            kafka.close();
        }, "local-kafka-shutdown"));
        kafka.awaitShutdown();
    }

    static Properties serverProperties(LocalKafkaSettings settings) {
        Map<String, String> p = new TreeMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + settings.port()
                + ",CONTROLLER://127.0.0.1:" + settings.controllerPort());
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + settings.port());
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + settings.controllerPort());
        p.put("log.dirs", settings.logDir().toString());
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "3");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "4");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
        p.put("log.retention.hours", "168");
        // A small node: the default 128 MiB cleaner buffer costs heap and seconds at startup.
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        // Reach RUNNING (unfenced) sooner after registration; the session timeout stays at its default.
        p.put("broker.heartbeat.interval.ms", "500");
        Properties properties = new Properties();
        properties.putAll(p);
        return properties;
    }

    private static void writeProperties(Properties properties, Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write("# Generated by io.tradingsuite.stack.LocalKafka on every start; edits are overwritten.\n");
            for (String name : new TreeSet<>(properties.stringPropertyNames())) {
                writer.write(name + "=" + properties.getProperty(name) + "\n");
            }
        }
    }

    /** Formats the log directory the first time (standalone KRaft controller); later starts skip it. */
    private static void formatOnce(LocalKafkaSettings settings, Path configFile, Logger log) throws IOException {
        if (Files.exists(settings.logDir().resolve("meta.properties"))) {
            return;
        }
        Path clusterIdFile = settings.dataDir().resolve(CLUSTER_ID_FILE);
        String clusterId;
        if (Files.exists(clusterIdFile)) {
            clusterId = Files.readString(clusterIdFile).trim();
        } else {
            clusterId = Uuid.randomUuid().toString();
            Files.writeString(clusterIdFile, clusterId + "\n");
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            status = StorageTool.execute(new String[] {
                    "format", "--config", configFile.toString(), "--cluster-id", clusterId,
                    "--standalone", "--ignore-formatted"}, out);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Formatting Kafka storage failed: " + output.toString(StandardCharsets.UTF_8), e);
        }
        if (status != 0) {
            throw new IllegalStateException("Formatting Kafka storage failed (status " + status + "): "
                    + output.toString(StandardCharsets.UTF_8));
        }
        log.info("Formatted Kafka storage in {} with cluster id {}", settings.logDir(), clusterId);
    }

    private void awaitReady() {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) READY_TIMEOUT.toMillis());
        try (Admin admin = Admin.create(config)) {
            admin.describeCluster().nodes().get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka at " + bootstrapServers(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers() + " did not become ready", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
