package io.tradingsuite.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where and on which ports a {@link LocalKafka} broker runs.
 *
 * @param port           the client (PLAINTEXT) port on 127.0.0.1
 * @param controllerPort the KRaft controller port on 127.0.0.1
 * @param dataDir        holds the generated {@code server.properties} and the persisted cluster id
 * @param logDir         Kafka's {@code log.dirs}: topic partitions and the KRaft metadata log
 */
public record LocalKafkaSettings(int port, int controllerPort, Path dataDir, Path logDir) {

    /** Default client port. */
    public static final int DEFAULT_PORT = 9092;
    /** Default controller port. */
    public static final int DEFAULT_CONTROLLER_PORT = 9093;

    private static final String USAGE = """
            usage: LocalKafka [--port=9092] [--controller-port=9093] [--data-dir=DIR] [--log-dir=DIR]
              (or system properties localkafka.port, localkafka.controller-port, localkafka.data-dir, localkafka.log-dir)
              --data-dir  holds server.properties and the cluster id (default ./.stack/data/kafka)
              --log-dir   Kafka's log.dirs (default <data-dir>/kraft-logs)""";

    /** Validates ports and normalises the directories to absolute paths. */
    public LocalKafkaSettings {
        requirePort(port, "port");
        requirePort(controllerPort, "controller port");
        if (port == controllerPort) {
            throw new IllegalArgumentException("port and controller port must differ, both are " + port);
        }
        dataDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath().normalize();
        logDir = Objects.requireNonNull(logDir, "logDir").toAbsolutePath().normalize();
    }

    /** Settings with the default Kafka log directory {@code <dataDir>/kraft-logs}. */
    public static LocalKafkaSettings of(Path dataDir, int port, int controllerPort) {
        return new LocalKafkaSettings(port, controllerPort, dataDir, dataDir.resolve("kraft-logs"));
    }

    /** The bootstrap servers string clients use, e.g. {@code 127.0.0.1:9092}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /**
     * Parses {@code --name=value} / {@code --name value} arguments, falling back to {@code localkafka.<name>}
     * system properties and then to the defaults.
     *
     * @throws IllegalArgumentException on an unknown option or a malformed value (message includes the usage)
     */
    public static LocalKafkaSettings fromArgs(String[] args) {
        Map<String, String> options = new HashMap<>();
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String arg = rest.removeFirst();
            if (arg.equals("--help") || arg.equals("-h")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'\n" + USAGE);
            }
            String name;
            String value;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(2, eq);
                value = arg.substring(eq + 1);
            } else if (!rest.isEmpty()) {
                name = arg.substring(2);
                value = rest.removeFirst();
            } else {
                throw new IllegalArgumentException("missing value for " + arg + "\n" + USAGE);
            }
            if (!List.of("port", "controller-port", "data-dir", "log-dir").contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "\n" + USAGE);
            }
            options.put(name, value);
        }
        int port = parsePort(option(options, "port", String.valueOf(DEFAULT_PORT)), "--port");
        int controllerPort = parsePort(
                option(options, "controller-port", String.valueOf(DEFAULT_CONTROLLER_PORT)), "--controller-port");
        Path dataDir = Path.of(option(options, "data-dir", ".stack/data/kafka"));
        Path logDir = Path.of(option(options, "log-dir", dataDir.resolve("kraft-logs").toString()));
        return new LocalKafkaSettings(port, controllerPort, dataDir, logDir);
    }

    private static String option(Map<String, String> options, String name, String fallback) {
        String value = options.get(name);
        if (value == null) {
            value = System.getProperty("localkafka." + name);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int parsePort(String value, String option) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, got '" + value + "'\n" + USAGE, e);
        }
    }

    private static void requirePort(int port, String what) {
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException(what + " must be within 1..65535, got " + port);
        }
    }
}
