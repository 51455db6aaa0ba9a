package io.tradingsuite.systemtests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service running as a child process of the test JVM, its output appended to a log file.
 * {@link #close()} stops it with SIGTERM and kills it if it has not exited within ten seconds;
 * {@link #killForcibly()} is {@code kill -9} of the service's own JVM, and {@link #restart()} starts the same command
 * again (same port, settings, environment and data folder) with its output appended to the same log.
 */
public final class ServiceProcess implements AutoCloseable {

    private final StackService service;
    private final int port;
    private final Path logFile;
    private final ProcessBuilder builder;
    private final Process process;

    private ServiceProcess(StackService service, int port, Path logFile, ProcessBuilder builder, Process process) {
        this.service = service;
        this.port = port;
        this.logFile = logFile;
        this.builder = builder;
        this.process = process;
    }

    /**
     * Starts {@code java <jvmFlags> -jar <jar> --server.port=<port> <settings>} with the given environment
     * added to the test JVM's (secrets only travel in the environment, never on the command line).
     */
    static ServiceProcess start(StackService service, Path java, Path jar, int port, Map<String, String> environment,
                                List<String> settings, Path logFile) {
        List<String> command = new ArrayList<>(List.of(java.toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-Xmx256m",
                "-jar", jar.toString(), "--server.port=" + port));
        command.addAll(settings);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        // Secrets come from the given environment only, never from files the developer's shell may point at.
        builder.environment().keySet().removeIf(name -> name.startsWith("TS_") || name.startsWith("SPRING_"));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(logFile.getParent());
            return new ServiceProcess(service, port, logFile, builder, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + service.moduleName(), e);
        }
    }

    /**
     * SIGKILL to the service's JVM (the child process itself, by its handle: never a search by name), then waits
     * until it is gone. No shutdown hook runs: whatever the service had not committed or sent is lost with it.
     */
    public void killForcibly() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(service.moduleName() + " (pid " + process.pid() + ") survived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while killing " + service.moduleName(), e);
        }
    }

    /** Starts the same command again; this process must have exited. */
    ServiceProcess restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(service.moduleName() + " (pid " + process.pid() + ") is still running");
        }
        try {
            return new ServiceProcess(service, port, logFile, builder, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restart " + service.moduleName(), e);
        }
    }

    /** The operating-system process id of the service's JVM. */
    public long pid() {
        return process.pid();
    }

    /** Which service this is. */
    public StackService service() {
        return service;
    }

    /** The HTTP port on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** Whether the process is still running. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** The last {@code lines} lines of the service's log, for failure messages. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log " + logFile + " unreadable: " + e.getMessage() + ")";
        }
    }

    /** The log file. */
    public Path logFile() {
        return logFile;
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
