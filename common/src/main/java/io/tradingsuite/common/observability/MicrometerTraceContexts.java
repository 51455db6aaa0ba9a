package io.tradingsuite.common.observability;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;

/**
 * {@link TraceContexts} from Micrometer Tracing: the current span injected by the configured propagator (W3C by
 * default). Tracer and propagator are looked up on use, so it works whatever the auto-configuration order.
 */
public class MicrometerTraceContexts implements TraceContexts {

    // Resolved once: ObjectProvider.getIfAvailable() asks the bean factory every time (a profile of the order
    // pipeline showed 5-11 % of each service's busiest thread in it), and every outbox row calls current().
    private final SingletonSupplier<Tracer> tracer;
    private final SingletonSupplier<Propagator> propagator;

    public MicrometerTraceContexts(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        this.tracer = SingletonSupplier.of(tracer::getIfAvailable);
        this.propagator = SingletonSupplier.of(propagator::getIfAvailable);
    }

    @Override
    public String current() {
        Tracer currentTracer = tracer.get();
        Propagator currentPropagator = propagator.get();
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
