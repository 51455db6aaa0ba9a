package io.tradingsuite.common.observability;

import java.util.regex.Pattern;

/**
 * The W3C trace context of the current span, as the {@value #HEADER} header value
 * ({@code 00-<trace id>-<span id>-<flags>}). The outbox stores it with each row, so the relay, which sends later in
 * its own thread, can continue the trace of the transaction that wrote the event.
 */
@FunctionalInterface
public interface TraceContexts {

    /** The W3C Trace Context header, on HTTP requests and Kafka records alike. */
    String HEADER = "traceparent";

    /** No tracing on the classpath: there is never a current trace. */
    TraceContexts NONE = () -> null;

    /** The {@code traceparent} of the current span, or {@code null} outside a span. */
    String current();

    /** Whether the value is a well-formed version-00 {@code traceparent}. */
    static boolean isTraceparent(String value) {
        return value != null && Format.TRACEPARENT.matcher(value).matches();
    }

    /** The trace id part of a well-formed {@code traceparent}. */
    static String traceIdOf(String traceparent) {
        if (!isTraceparent(traceparent)) {
            throw new IllegalArgumentException("not a W3C traceparent: " + traceparent);
        }
        return traceparent.substring(3, 35);
    }

    /** Holder of the pattern (interfaces cannot have private static fields). */
    final class Format {
        static final Pattern TRACEPARENT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

        private Format() {
        }
    }
}
