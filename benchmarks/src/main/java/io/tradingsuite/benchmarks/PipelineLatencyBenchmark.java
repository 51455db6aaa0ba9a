package io.tradingsuite.benchmarks;

import io.tradingsuite.stack.LocalKafka;
import io.tradingsuite.stack.LocalServices;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Pipeline latency harness (a main class, run by hand; never a test). It starts a local KRaft broker
 * ({@link LocalKafka}) and market-data, risk, execution and portfolio from their exec jars as separate JVMs (H2 files
 * in a fresh folder), then measures two chains at the same fixed request rates, one after the other in one run:
 * <ul>
 *   <li><b>pipeline</b>: an {@code OrderRequested} (market order, 1 share) onto {@code risk.order-requests.v1} →
 *       risk decides → execution accepts it and fills it on the paper venue → portfolio applies the fill; the clock
 *       stops when the {@code AccountSnapshot} carrying the request's correlation id arrives on
 *       {@code portfolio.accounts.v1};</li>
 *   <li><b>bare Kafka</b>: the same three hops with nothing but Kafka: three relay threads, each a consumer of one
 *       topic and a producer to the next, committing offsets after each polled batch has been acknowledged.</li>
 * </ul>
 * Every producer has the services' settings ({@code acks=all}, idempotence, {@code linger.ms=0}); consumers use the
 * client defaults the services also use. Latency is taken from the <em>intended</em> send time of each request
 * ({@code start + i / rate}), not from when the sender got round to it, so queueing shows (no coordinated omission).
 * The first {@code --warmup} seconds of each run are not recorded. Then a search: for each rate of
 * {@code --search-rates} in turn, both chains run for {@code --search-duration}; the highest rate whose p99 stays
 * under {@code --p99-budget-ms} with nothing missing is the sustained rate of that chain.
 *
 * <p>Options ({@code --name=value}): {@code rate} (200), {@code duration} (60s), {@code warmup} (10s),
 * {@code search-rates} (10,25,50,100,200,400), {@code search-duration} (20s), {@code p99-budget-ms} (50),
 * {@code accounts} (8), {@code root} (.), {@code target} (target), {@code version} (0.1.0-SNAPSHOT),
 * {@code work} (root/benchmarks/target/pipeline), {@code java} (the running java), {@code prime} (2000: requests sent
 * through each chain in a closed loop, 8 outstanding, before anything is measured, so the JIT has warmed up),
 * {@code db} (h2, or postgres: the services' postgres profile in a fresh database on {@code pg-url}, default
 * jdbc:postgresql://127.0.0.1:5432/postgres, dropped at the end), {@code profile} (false: a JFR recording per
 * service), {@code service-jvm} ("-XX:+UseSerialGC -Xmx256m", as {@code bin/stack} runs them: the services' JVM
 * options, space-separated). Each pipeline run also prints its stages (risk, execution's acceptance, the paper fill, portfolio), and
 * every run the CPU each service and the harness (with the broker) used, per request. Each result line ends with the
 * one-minute load average when the run ended (the machine is shared). See BENCHMARKS.md.
 */
public final class PipelineLatencyBenchmark {

    /** The services' JVM options unless {@code --service-jvm} says otherwise. */
    static final String DEFAULT_SERVICE_JVM = "-XX:+UseSerialGC -Xmx256m";

    private static final List<String> SYMBOLS = List.of("AAPL", "MSFT", "SPY");
    private static final String[] SERVICES = {"market-data-service", "risk-service", "execution-service",
            "portfolio-service"};
    private static final List<String> BARE_TOPICS = List.of("bench.hop0", "bench.hop1", "bench.hop2", "bench.hop3");
    private static final Duration DRAIN = Duration.ofSeconds(30);
    private static final long MAX_LATENCY_NANOS = TimeUnit.MINUTES.toNanos(10);
    private static final int PRIME_IN_FLIGHT = 8;
    private static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

    private final Map<String, String> options;
    private final List<Process> processes = new ArrayList<>();
    private LocalKafka kafka;
    /** The run's PostgreSQL database with {@code --db=postgres}, dropped when the run ends; null on H2. */
    private String database;

    private PipelineLatencyBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        // Before the first logger: the broker's and the clients' logging at WARN (logback's default is DEBUG to the
        // console, which costs the in-process relays more than the hops themselves).
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "localkafka-logback.xml");
        }
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("options are --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        PipelineLatencyBenchmark benchmark = new PipelineLatencyBenchmark(options);
        Runtime.getRuntime().addShutdownHook(new Thread(benchmark::stop, "pipeline-benchmark-stop"));
        benchmark.run();
        benchmark.stop();
        System.exit(0);
    }

    private void run() throws Exception {
        Path root = Path.of(option("root", ".")).toAbsolutePath().normalize();
        Path work = Path.of(option("work", root.resolve("benchmarks").resolve(option("target", "target"))
                .resolve("pipeline").toString())).toAbsolutePath();
        Files.createDirectories(work);
        Path runDir = Files.createTempDirectory(work, "run-");
        int rate = Integer.parseInt(option("rate", "200"));
        Duration duration = Duration.parse("PT" + option("duration", "60s").toUpperCase(Locale.ROOT));
        Duration warmup = Duration.parse("PT" + option("warmup", "10s").toUpperCase(Locale.ROOT));
        Duration searchDuration = Duration.parse("PT" + option("search-duration", "20s").toUpperCase(Locale.ROOT));
        long budgetMs = Long.parseLong(option("p99-budget-ms", "50"));
        int accounts = Integer.parseInt(option("accounts", "8"));

        say("run folder " + runDir);
        kafka = LocalKafka.start(runDir.resolve("kafka"), 0);
        createBareTopics(kafka.bootstrapServers());
        startServices(root, runDir, accounts);
        Map<String, ProcessHandle> cpuMeters = new LinkedHashMap<>();
        for (int i = 0; i < SERVICES.length; i++) {
            cpuMeters.put(SERVICES[i].replace("-service", ""), processes.get(i).toHandle());
        }
        cpuMeters.put("harness+broker", ProcessHandle.current());
        awaitQuotes(kafka.bootstrapServers());

        int prime = Integer.parseInt(option("prime", "2000"));
        try (Chain bare = new BareChain(kafka.bootstrapServers());
             Chain pipeline = new ServicePipeline(kafka.bootstrapServers(), accounts)) {
            // Warm both chains up first (the JIT compiles the hot paths after some thousand calls; cold, the
            // services spend several times the CPU per order): closed loop, so nothing queues up.
            prime(bare, prime, PRIME_IN_FLIGHT);
            prime(pipeline, prime, PRIME_IN_FLIGHT);
            say(String.format(Locale.ROOT, "fixed rate: %d/s for %s (first %s not recorded)", rate, duration, warmup));
            Result bareResult = measure(bare, "fixed", rate, duration, warmup, cpuMeters);
            Result pipelineResult = measure(pipeline, "fixed", rate, duration, warmup, cpuMeters);
            report(List.of(bareResult, pipelineResult));
            say(String.format(Locale.ROOT, "ratio pipeline / bare Kafka: p50 %.1fx, p99 %.1fx, p99.9 %.1fx",
                    ratio(pipelineResult, bareResult, 50), ratio(pipelineResult, bareResult, 99),
                    ratio(pipelineResult, bareResult, 99.9)));

            List<Result> search = new ArrayList<>();
            Map<String, Integer> sustained = new LinkedHashMap<>();
            Map<Chain, Boolean> stillPassing = new LinkedHashMap<>(Map.of(bare, true, pipeline, true));
            for (String text : option("search-rates", "10,25,50,100,200,400").split(",")) {
                int searchRate = Integer.parseInt(text.trim());
                for (Chain chain : List.of(bare, pipeline)) {
                    if (!stillPassing.get(chain)) {
                        continue;
                    }
                    Result result = measure(chain, "search", searchRate, searchDuration,
                            searchDuration.compareTo(warmup.multipliedBy(2)) > 0 ? warmup : searchDuration.dividedBy(4),
                            cpuMeters);
                    search.add(result);
                    boolean passes = result.missing() == 0
                            && result.histogram().getValueAtPercentile(99) < TimeUnit.MILLISECONDS.toNanos(budgetMs);
                    if (passes) {
                        sustained.put(chain.name(), searchRate);
                    } else {
                        stillPassing.put(chain, false);
                    }
                }
            }
            say("search (p99 budget " + budgetMs + " ms):");
            report(search);
            for (Chain chain : List.of(bare, pipeline)) {
                Integer best = sustained.get(chain.name());
                say(String.format(Locale.ROOT, "highest sustained rate of %s with p99 < %d ms: %s", chain.name(),
                        budgetMs, best == null ? "none of the rates tried" : best + "/s"));
            }
        }
    }

    /**
     * Sends {@code count} requests through the chain with at most {@code inFlight} outstanding (closed loop) and
     * reports the throughput it reached: a warm-up for the JIT, not a measurement of latency.
     */
    private static void prime(Chain chain, int count, int inFlight) throws InterruptedException {
        if (count <= 0) {
            return;
        }
        String run = "prime-" + chain.name() + "-" + UUID.randomUUID().toString().substring(0, 6);
        Semaphore permits = new Semaphore(inFlight);
        AtomicLong seen = new AtomicLong();
        chain.observe(run, (index, arrivedAt) -> {
            seen.incrementAndGet();
            permits.release();
        });
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            if (!permits.tryAcquire(DRAIN.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("priming " + chain.name() + " stalled after " + seen.get()
                        + " of " + count + " requests");
            }
            chain.send(run, i);
        }
        permits.tryAcquire(inFlight, DRAIN.toSeconds(), TimeUnit.SECONDS);
        chain.observe(null, null);
        double seconds = (System.nanoTime() - started) / 1e9;
        say(String.format(Locale.ROOT, "primed %s: %d of %d requests in %.1f s (%.0f/s closed loop, %d in flight)",
                chain.name(), seen.get(), count, seconds, seen.get() / seconds, inFlight));
    }

    /** Sends at {@code rate} for {@code duration}, from the intended send times, then waits for the stragglers. */
    private static Result measure(Chain chain, String phase, int rate, Duration duration, Duration warmup,
            Map<String, ProcessHandle> cpuMeters) {
        chain.awaitQuiet();
        Map<String, Duration> cpuBefore = cpuTimes(cpuMeters);
        long runStarted = System.nanoTime();
        String run = phase + "-" + chain.name() + "-" + rate + "-" + UUID.randomUUID().toString().substring(0, 6);
        int count = (int) (duration.toNanos() * rate / 1_000_000_000L);
        int firstRecorded = (int) (warmup.toNanos() * rate / 1_000_000_000L);
        long period = 1_000_000_000L / rate;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        long[] intended = new long[count];
        for (int i = 0; i < count; i++) {
            intended[i] = start + i * period;
        }
        Histogram histogram = new Histogram(MAX_LATENCY_NANOS, 3);
        AtomicLong seen = new AtomicLong();
        long[] arrivals = new long[count];
        chain.observe(run, (index, arrivedAt) -> {
            if (index < 0 || index >= count) {
                return;
            }
            seen.incrementAndGet();
            arrivals[index] = arrivedAt;
            if (index >= firstRecorded) {
                synchronized (histogram) {
                    histogram.recordValue(Math.min(MAX_LATENCY_NANOS, Math.max(0, arrivedAt - intended[index])));
                }
            }
        });
        long lateSends = 0;
        for (int i = 0; i < count; i++) {
            long wait = intended[i] - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else if (-wait > TimeUnit.MILLISECONDS.toNanos(1)) {
                lateSends++;
            }
            chain.send(run, i);
        }
        long deadline = System.nanoTime() + DRAIN.toNanos();
        while (seen.get() < count && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
        chain.observe(null, null);
        Histogram recorded;
        synchronized (histogram) {
            recorded = histogram.copy();
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Result result = new Result(chain.name(), phase, rate, count - firstRecorded, count - seen.get(), lateSends,
                recorded, load);
        chain.reportStages(run, intended, arrivals, firstRecorded);
        reportCpu(run, cpuBefore, cpuTimes(cpuMeters), System.nanoTime() - runStarted, count);
        return result;
    }

    /** CPU time used so far by each process ({@link ProcessHandle.Info#totalCpuDuration()}, from /proc on Linux). */
    private static Map<String, Duration> cpuTimes(Map<String, ProcessHandle> processes) {
        Map<String, Duration> times = new LinkedHashMap<>();
        processes.forEach((name, process) -> times.put(name, process.info().totalCpuDuration().orElse(Duration.ZERO)));
        return times;
    }

    /**
     * Per process: CPU used during the run (sending, draining and the quiet wait before it), as cores and as
     * milliseconds per request. A bare-Kafka run shows what the services burn with no orders (quotes, marks).
     */
    private static void reportCpu(String run, Map<String, Duration> before, Map<String, Duration> after,
            long elapsedNanos, int requests) {
        StringBuilder line = new StringBuilder("cpu of " + run + " (cores / ms per request):");
        before.forEach((name, start) -> {
            long nanos = after.get(name).minus(start).toNanos();
            line.append(String.format(Locale.ROOT, " %s %.2f / %.1f;", name, nanos / (double) elapsedNanos,
                    nanos / 1e6 / requests));
        });
        say(line.toString());
    }

    private static void report(List<Result> results) {
        say(String.format(Locale.ROOT, "%-10s %-7s %6s %8s %8s %9s %9s %9s %9s %6s", "chain", "phase", "rate/s",
                "recorded", "missing", "p50 ms", "p99 ms", "p99.9 ms", "max ms", "load"));
        for (Result r : results) {
            say(String.format(Locale.ROOT, "%-10s %-7s %6d %8d %8d %9.2f %9.2f %9.2f %9.2f %6.1f", r.chain(),
                    r.phase(), r.rate(), r.recorded(), r.missing(), ms(r, 50), ms(r, 99), ms(r, 99.9),
                    r.histogram().getMaxValue() / 1e6, r.loadAverage()));
            if (r.lateSends() > 0) {
                say("           (" + r.lateSends() + " sends more than 1 ms behind their intended time)");
            }
        }
    }

    private static double ms(Result r, double percentile) {
        return r.histogram().getTotalCount() == 0 ? Double.NaN : r.histogram().getValueAtPercentile(percentile) / 1e6;
    }

    private static double ratio(Result a, Result b, double percentile) {
        return ms(a, percentile) / ms(b, percentile);
    }

    private record Result(String chain, String phase, int rate, long recorded, long missing, long lateSends,
                          Histogram histogram, double loadAverage) {
    }

    /** Called from a consumer thread with the request index and the arrival time ({@link System#nanoTime()}). */
    private interface Arrival {
        void arrived(int index, long arrivedAt);
    }

    /** A chain under test: sends request {@code index} of a run and reports when it comes out at the end. */
    private abstract static class Chain implements AutoCloseable {

        private final String name;
        private final KafkaProducer<String, String> producer;
        private final KafkaConsumer<String, String> consumer;
        private final Thread observer;
        private final Map<String, Boolean> seenIds = new ConcurrentHashMap<>();
        private volatile String run;
        private volatile Arrival arrival;
        private volatile long lastArrival = System.nanoTime();
        private volatile boolean running = true;

        Chain(String name, String bootstrap, String outputTopic) {
            this.name = name;
            this.producer = producer(bootstrap);
            this.consumer = consumer(bootstrap, "bench-observer-" + name + "-" + UUID.randomUUID());
            assignAtEnd(consumer, List.of(outputTopic));
            this.observer = Thread.ofPlatform().name("observer-" + name).daemon(true).start(this::observe);
        }

        String name() {
            return name;
        }

        /** The correlation id of request {@code index} of {@code run}; {@code run} has no dash-digit tail. */
        static String correlationId(String run, int index) {
            return "bench-" + run + "#" + index;
        }

        void send(String run, int index) {
            producer.send(record(run, index, correlationId(run, index)));
        }

        abstract ProducerRecord<String, String> record(String run, int index, String correlationId);

        /** Prints where the time of {@code run}'s recorded requests went, for chains that can tell (default: no). */
        void reportStages(String run, long[] intended, long[] arrivals, int firstRecorded) {
        }

        /** Starts reporting arrivals of {@code run} (null stops). */
        void observe(String run, Arrival arrival) {
            this.arrival = arrival;
            this.run = run;
            seenIds.clear();
        }

        /** Waits until nothing has come out of the chain for two seconds (the previous run's stragglers). */
        void awaitQuiet() {
            while (System.nanoTime() - lastArrival < TimeUnit.SECONDS.toNanos(2)) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            }
        }

        private void observe() {
            pollBenchmarkRecords(consumer, () -> running, (record, correlationId, now) -> {
                lastArrival = now;
                String current = run;
                Arrival target = arrival;
                String prefix = "bench-" + current + "#";
                if (current == null || target == null || !correlationId.startsWith(prefix)
                        || seenIds.putIfAbsent(correlationId, Boolean.TRUE) != null) {
                    return;
                }
                target.arrived(Integer.parseInt(correlationId.substring(prefix.length())), now);
            });
        }

        /** The {@code "correlationId":"..."} of an event, found without parsing the whole JSON. */
        static String correlationIdOf(String json) {
            if (json == null) {
                return null;
            }
            int key = json.indexOf("\"correlationId\"");
            if (key < 0) {
                return null;
            }
            int open = json.indexOf('"', json.indexOf(':', key) + 1);
            int close = json.indexOf('"', open + 1);
            return open < 0 || close < 0 ? null : json.substring(open + 1, close);
        }

        @Override
        public void close() {
            running = false;
            wakeAndJoin(consumer, observer);
            producer.close();
        }
    }

    /** risk → execution → portfolio, the real services. */
    private static final class ServicePipeline extends Chain {

        private final int accounts;
        private final StageObserver stages;

        ServicePipeline(String bootstrap, int accounts) {
            super("pipeline", bootstrap, "portfolio.accounts.v1");
            this.accounts = accounts;
            this.stages = new StageObserver(bootstrap);
        }

        @Override
        ProducerRecord<String, String> record(String run, int index, String correlationId) {
            String account = "bench-" + (index % accounts + 1);
            String symbol = SYMBOLS.get(index % SYMBOLS.size());
            // per account and symbol: buy, sell, buy, ... so positions and cash stay where they started
            String side = (index / (accounts * SYMBOLS.size())) % 2 == 0 ? "buy" : "sell";
            String json = "{\"type\":\"OrderRequested\",\"eventId\":\"" + UUID.randomUUID() + "\",\"occurredAt\":\""
                    + Instant.now() + "\",\"correlationId\":\"" + correlationId + "\",\"accountId\":\"" + account
                    + "\",\"order\":{\"clientOrderId\":\"" + correlationId.replace('#', '-')
                    + "\",\"symbol\":\"" + symbol + "\",\"side\":\"" + side
                    + "\",\"type\":\"market\",\"timeInForce\":\"day\",\"quantity\":\"1\",\"source\":\"manual\"}}";
            return new ProducerRecord<>("risk.order-requests.v1", account, json);
        }

        /**
         * Per stage, from the harness's arrival times of each request's first record on the intermediate topics:
         * intended send → decision (risk), decision → acceptance (execution's first order event), acceptance → fill
         * (paper venue), fill → snapshot (portfolio). Each stage includes one Kafka hop and the producing service's
         * outbox relay.
         */
        @Override
        void reportStages(String run, long[] intended, long[] arrivals, int firstRecorded) {
            String[] names = {"request -> decision", "decision -> accepted", "accepted -> fill", "fill -> snapshot"};
            Histogram[] histograms = new Histogram[names.length];
            for (int i = 0; i < names.length; i++) {
                histograms[i] = new Histogram(MAX_LATENCY_NANOS, 3);
            }
            for (int index = firstRecorded; index < intended.length; index++) {
                long[] stamps = stages.stamps.remove(correlationId(run, index));
                if (stamps == null || arrivals[index] == 0) {
                    continue;
                }
                long[] points = {intended[index], stamps[0], stamps[1], stamps[2], arrivals[index]};
                for (int i = 0; i < names.length; i++) {
                    if (points[i] != 0 && points[i + 1] != 0) {
                        histograms[i].recordValue(Math.min(MAX_LATENCY_NANOS, Math.max(0, points[i + 1] - points[i])));
                    }
                }
            }
            stages.stamps.clear(); // also the priming's and earlier runs' stragglers
            say("stages of " + run + " (recorded requests):");
            for (int i = 0; i < names.length; i++) {
                Histogram h = histograms[i];
                say(String.format(Locale.ROOT, "           stage %-21s n=%5d p50 %8.2f ms  p99 %8.2f ms  max %8.2f ms",
                        names[i], h.getTotalCount(), h.getValueAtPercentile(50) / 1e6,
                        h.getValueAtPercentile(99) / 1e6, h.getMaxValue() / 1e6));
            }
        }

        @Override
        public void close() {
            stages.close();
            super.close();
        }
    }

    /**
     * Notes when each benchmark request's first record appears on risk's decisions, execution's order events and
     * execution's fills (the harness's clock, as for the chain's end), so a run can say which stage the time went to.
     */
    private static final class StageObserver {

        private static final List<String> TOPICS = List.of("risk.order-decisions.v1", "execution.order-events.v1",
                "execution.fills.v1");
        final Map<String, long[]> stamps = new ConcurrentHashMap<>();
        private final KafkaConsumer<String, String> consumer;
        private final Thread thread;
        private volatile boolean running = true;

        StageObserver(String bootstrap) {
            consumer = consumer(bootstrap, "bench-stages-" + UUID.randomUUID());
            assignAtEnd(consumer, TOPICS);
            thread = Thread.ofPlatform().name("observer-stages").daemon(true).start(this::loop);
        }

        private void loop() {
            pollBenchmarkRecords(consumer, () -> running, (record, correlationId, now) -> {
                long[] times = stamps.computeIfAbsent(correlationId, id -> new long[3]);
                int stage = TOPICS.indexOf(record.topic());
                if (times[stage] == 0) {
                    times[stage] = now;
                }
            });
        }

        void close() {
            running = false;
            wakeAndJoin(consumer, thread);
        }
    }

    /** Three relay threads over four topics: the same hops with nothing but Kafka. */
    private static final class BareChain extends Chain {

        private final List<Relay> relays = new ArrayList<>();

        BareChain(String bootstrap) {
            super("bare-kafka", bootstrap, BARE_TOPICS.getLast());
            for (int hop = 0; hop < BARE_TOPICS.size() - 1; hop++) {
                relays.add(new Relay(bootstrap, BARE_TOPICS.get(hop), BARE_TOPICS.get(hop + 1)));
            }
        }

        @Override
        ProducerRecord<String, String> record(String run, int index, String correlationId) {
            String key = "bench-" + (index % 8 + 1);
            return new ProducerRecord<>(BARE_TOPICS.getFirst(), key, "{\"correlationId\":\"" + correlationId
                    + "\",\"payload\":\"" + "x".repeat(300) + "\"}");
        }

        @Override
        public void close() {
            relays.forEach(Relay::close);
            super.close();
        }
    }

    /**
     * Consumes one topic and produces every record to the next; after each polled batch it waits for the broker's
     * acknowledgements and then commits the offsets (at least once, as the services' listeners do).
     */
    private static final class Relay {

        private final KafkaConsumer<String, String> consumer;
        private final KafkaProducer<String, String> producer;
        private final Thread thread;
        private volatile boolean running = true;

        Relay(String bootstrap, String from, String to) {
            this.consumer = consumer(bootstrap, "bench-relay-" + from);
            this.producer = producer(bootstrap);
            consumer.subscribe(List.of(from));
            this.thread = Thread.ofPlatform().name("relay-" + from).daemon(true).start(() -> loop(to));
        }

        private void loop(String to) {
            try {
                while (running) {
                    ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(100));
                    if (records.isEmpty()) {
                        continue;
                    }
                    List<Future<RecordMetadata>> acks = new ArrayList<>();
                    for (ConsumerRecord<String, String> record : records) {
                        acks.add(producer.send(new ProducerRecord<>(to, record.key(), record.value())));
                    }
                    for (Future<RecordMetadata> ack : acks) {
                        ack.get();
                    }
                    consumer.commitSync();
                }
            } catch (WakeupException stopping) {
                // close()
            } catch (Exception e) {
                if (running) {
                    throw new IllegalStateException("relay failed", e);
                }
            } finally {
                consumer.close();
                producer.close();
            }
        }

        void close() {
            running = false;
            wakeAndJoin(consumer, thread);
        }
    }

    /** Assigns every partition of {@code topics} to the consumer, positioned at their current ends. */
    private static void assignAtEnd(KafkaConsumer<String, String> consumer, List<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    /** Called with each benchmark record (correlation id {@code bench-…}) and when it was polled. */
    private interface BenchmarkRecord {
        void seen(ConsumerRecord<String, String> record, String correlationId, long polledAt);
    }

    /** Polls until {@code running} turns false or the consumer is woken, then closes the consumer. */
    private static void pollBenchmarkRecords(KafkaConsumer<String, String> consumer,
            java.util.function.BooleanSupplier running, BenchmarkRecord handler) {
        try {
            while (running.getAsBoolean()) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(100));
                long now = System.nanoTime();
                for (ConsumerRecord<String, String> record : records) {
                    String correlationId = Chain.correlationIdOf(record.value());
                    if (correlationId != null && correlationId.startsWith("bench-")) {
                        handler.seen(record, correlationId, now);
                    }
                }
            }
        } catch (WakeupException stopping) {
            // close()
        } finally {
            consumer.close();
        }
    }

    /** Interrupts the consumer's poll and waits for its thread, which closes it. */
    private static void wakeAndJoin(KafkaConsumer<?, ?> consumer, Thread thread) {
        consumer.wakeup();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(String bootstrap, String group) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
    }

    private static void createBareTopics(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            // as many partitions as the services' topics (ts.kafka.partitions, default 3)
            admin.createTopics(BARE_TOPICS.stream().map(t -> new NewTopic(t, 3, (short) 1)).toList()).all().get();
        }
    }

    private void startServices(Path root, Path runDir, int accounts) throws Exception {
        String target = option("target", "target");
        String version = option("version", "0.1.0-SNAPSHOT");
        String java = option("java", ProcessHandle.current().info().command().orElse("java"));
        byte[] secret = new byte[48];
        new SecureRandom().nextBytes(secret);
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("TS_DATA_DIR", runDir.resolve("data").toString());
        String db = option("db", "h2");
        if (db.equals("postgres")) {
            // the services' postgres profile (as in docker-compose), one schema each, in a fresh database
            database = "bench_" + Long.toHexString(new SecureRandom().nextLong() & Long.MAX_VALUE);
            postgres("CREATE DATABASE " + database);
            environment.put("SPRING_PROFILES_ACTIVE", "postgres");
            environment.put("TS_DB_NAME", database);
            say("services on PostgreSQL, database " + database + " (" + option("pg-url", DEFAULT_PG_URL) + ")");
        } else if (!db.equals("h2")) {
            throw new IllegalArgumentException("--db is h2 or postgres, got " + db);
        }
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String service : SERVICES) {
            Path jar = root.resolve(service).resolve(target).resolve(service + "-" + version + "-exec.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("Missing " + jar + ": build it first (see BENCHMARKS.md)");
            }
            int port = LocalServices.freePort();
            ports.put(service, port);
            List<String> command = new ArrayList<>(List.of(java));
            for (String flag : option("service-jvm", DEFAULT_SERVICE_JVM).trim().split("\\s+")) {
                if (!flag.isEmpty()) {
                    command.add(flag);
                }
            }
            if (Boolean.parseBoolean(option("profile", "false"))) {
                // A JFR recording per service (CPU samples, allocations, locks), written when the service stops.
                command.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                        + runDir.resolve(service + ".jfr"));
            }
            command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
            command.addAll(settings(service, accounts));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(runDir.resolve(service + ".log").toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("TS_") || name.startsWith("SPRING_"));
            builder.environment().putAll(environment);
            builder.environment().put("TS_KAFKA_BOOTSTRAP", kafka.bootstrapServers());
            builder.environment().put("TS_JWT_SECRET", Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
            processes.add(builder.start());
            say("started " + service + " on port " + port);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        for (Map.Entry<String, Integer> service : ports.entrySet()) {
            while (!LocalServices.isHealthy(http, service.getValue())) {
                if (System.nanoTime() > deadline || processes.stream().anyMatch(p -> !p.isAlive())) {
                    throw new IllegalStateException(service.getKey() + " did not become healthy; see " + runDir);
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
            }
            say(service.getKey() + " healthy");
        }
    }

    /** Per service: a quick feed of three symbols, no throttle or duplicate window, the benchmark's accounts. */
    private static List<String> settings(String service, int accounts) {
        List<String> settings = new ArrayList<>();
        switch (service) {
            case "market-data-service" -> settings.add("--ts.market-data.simulation.symbols=" + String.join(",", SYMBOLS));
            case "risk-service" -> {
                settings.add("--ts.risk.limits.max-orders-per-second-per-account=100000");
                settings.add("--ts.risk.limits.duplicate-window=0s");
            }
            case "execution-service" -> settings.add("--ts.execution.paper.participation-rate=1");
            case "portfolio-service" -> {
                for (int i = 0; i < accounts; i++) {
                    settings.add("--ts.portfolio.accounts[" + i + "].id=bench-" + (i + 1));
                    settings.add("--ts.portfolio.accounts[" + i + "].starting-cash=10000000.00");
                }
            }
            default -> throw new IllegalArgumentException(service);
        }
        return settings;
    }

    private static void awaitQuotes(String bootstrap) {
        try (KafkaConsumer<String, String> consumer = consumer(bootstrap, "bench-quotes-" + UUID.randomUUID())) {
            consumer.subscribe(List.of("market-data.quotes.v1"));
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            java.util.Set<String> quoted = new java.util.HashSet<>();
            while (!quoted.containsAll(SYMBOLS)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no quotes for " + SYMBOLS + " within two minutes");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    quoted.add(record.key());
                }
            }
        }
        say("quotes flowing for " + SYMBOLS);
    }



    /** Runs one statement on the local PostgreSQL's admin database ({@code --pg-url}, user postgres, trust). */
    private void postgres(String sql) {
        String url = option("pg-url", DEFAULT_PG_URL);
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, "postgres", "");
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " refused: " + sql, e);
        }
    }

    private String option(String name, String defaultValue) {
        return options.getOrDefault(name, defaultValue);
    }

    /** Stops the services (their own JVMs, by handle) and the broker. */
    private synchronized void stop() {
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        processes.clear();
        if (database != null) {
            try {
                postgres("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            } catch (RuntimeException e) {
                say("could not drop " + database + ": " + e.getMessage());
            }
            database = null;
        }
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
