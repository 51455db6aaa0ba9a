package io.tradingsuite.common.observability;

import org.slf4j.MDC;

/**
 * The correlation id that follows one trade from signal to fill: carried in every event, in the Kafka header
 * {@value #HEADER} set by the outbox relay, in the HTTP header {@value #HTTP_HEADER}, and in the logging MDC key
 * {@value #MDC_KEY} (printed in every log line by the default log pattern), so one trade can be followed through the
 * logs of every service.
 */
public final class CorrelationIds {

    public static final String MDC_KEY = "correlationId";
    public static final String HEADER = "correlation-id";
    public static final String HTTP_HEADER = "X-Correlation-Id";

    private CorrelationIds() {
    }

    public static void set(String correlationId) {
        if (correlationId == null || correlationId.isBlank()) {
            MDC.remove(MDC_KEY);
        } else {
            MDC.put(MDC_KEY, correlationId.length() > 128 ? correlationId.substring(0, 128) : correlationId);
        }
    }

    public static String current() {
        return MDC.get(MDC_KEY);
    }

    public static void clear() {
        MDC.remove(MDC_KEY);
    }
}
