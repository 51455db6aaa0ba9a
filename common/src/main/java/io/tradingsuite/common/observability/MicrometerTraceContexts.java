package io.tradingsuite.common.observability;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/**
 * {@link TraceContexts} from Micrometer Tracing: the current span injected by the configured propagator (W3C by
 * default). Tracer and propagator are looked up on use, so it works whatever the auto-configuration order.
 */
public class MicrometerTraceContexts implements TraceContexts {

    private final ObjectProvider<Tracer> tracer;
    private final ObjectProvider<Propagator> propagator;

    public MicrometerTraceContexts(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public String current() {
        Tracer currentTracer = tracer.getIfAvailable();
        Propagator currentPropagator = propagator.getIfAvailable();
        if (currentTracer == null || currentPropagator == null) {
            return null;
        }
        Span span = currentTracer.currentSpan();
        if (span == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        currentPropagator.inject(span.context(), carrier, Map::put);
        String traceparent = carrier.get(HEADER);
        return TraceContexts.isTraceparent(traceparent) ? traceparent : null;
    }
}
