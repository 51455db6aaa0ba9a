package io.tradingsuite.execution.venue.alpaca;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.tradingsuite.common.credentials.Secrets;
import io.tradingsuite.execution.config.AlpacaProperties;
import io.tradingsuite.execution.order.ExecutionMetrics;
import io.tradingsuite.execution.order.OrderRepository;
import io.tradingsuite.execution.order.OrderTransitions;
import io.tradingsuite.execution.venue.VenueFills;
import java.net.http.HttpClient;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import io.tradingsuite.execution.orderclass.OrderGroupRepository;
import io.tradingsuite.execution.orderclass.VenueOcoPairs;
import io.tradingsuite.execution.venue.VenueOrderAliases;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

/**
 * The Alpaca venue, active with {@code ts.execution.venue=alpaca}: keys of the selected mode, the REST adapter, the
 * {@code trade_updates} stream, the routing, the startup reconciliation (health indicator {@code alpacaVenue},
 * gauges {@code ts.execution.venue.reconciled} and {@code ts.execution.venue.reconciliation.flagged}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ts.execution.venue", havingValue = "alpaca")
public class AlpacaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AlpacaConfiguration.class);

    /** A REST client for the selected mode's API with the keys as default headers and the configured timeouts. */
    public static RestClient restClient(AlpacaProperties properties, AlpacaCredentials credentials) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(properties.readTimeout());
        return RestClient.builder()
                .baseUrl(properties.endpoints().apiUrl().toString())
                .requestFactory(factory)
                .defaultHeader("APCA-API-KEY-ID", credentials.keyId().reveal())
                .defaultHeader("APCA-API-SECRET-KEY", credentials.secretKey().reveal())
                .build();
    }

    @Bean
    AlpacaCredentials alpacaCredentials(AlpacaProperties properties, ObjectProvider<Secrets> secrets) {
        return AlpacaCredentials.of(properties, secrets.getIfAvailable(Secrets::new));
    }

    @Bean
    AlpacaVenue alpacaVenue(AlpacaProperties properties, AlpacaCredentials credentials) {
        log.info("Alpaca venue: {} account at {}", properties.mode().name().toLowerCase(java.util.Locale.ROOT),
                properties.endpoints().apiUrl());
        return new AlpacaVenue(restClient(properties, credentials), new AlpacaJson(), properties.retry(),
                AlpacaVenue.Sleeper.REAL);
    }

    @Bean
    VenueOrderAliases venueOrderAliases(JdbcClient jdbc, Clock clock) {
        return new VenueOrderAliases(jdbc, clock);
    }

    @Bean
    VenueFills alpacaFills(OrderRepository orders, OrderTransitions transitions, TransactionTemplate tx,
            ExecutionMetrics metrics, Clock clock, MeterRegistry registry, VenueOrderAliases aliases) {
        return new VenueFills(AlpacaVenue.NAME, orders, transitions, tx, metrics, clock, registry, aliases);
    }

    @Bean
    VenueOcoPairs alpacaOcoPairs(VenueOrderAliases aliases) {
        return aliases::pairedAtVenue;
    }

    @Bean(destroyMethod = "close")
    OcoPairRelease alpacaOcoPairRelease(OrderRepository orders, OrderGroupRepository groups,
            VenueOrderAliases aliases, ObjectProvider<AlpacaRouting> routing) {
        return new OcoPairRelease(new ExitPairs(orders, groups), orders, aliases, routing);
    }

    @Bean
    AlpacaReconciliation alpacaReconciliation(AlpacaVenue venue, OrderRepository orders, VenueFills fills,
            TransactionTemplate tx, Clock clock, MeterRegistry registry, VenueOrderAliases aliases) {
        AlpacaReconciliation reconciliation = new AlpacaReconciliation(venue, orders, fills, tx, clock, aliases);
        Gauge.builder("ts.execution.venue.reconciled", reconciliation, r -> r.ready() ? 1 : 0)
                .description("1 when the venue's orders match ours and orders are sent").tag("venue", AlpacaVenue.NAME)
                .register(registry);
        Gauge.builder("ts.execution.venue.reconciliation.flagged", reconciliation, r -> r.lastResult()
                        .map(x -> x.unknownAtVenue().size() + x.flagged().size() + x.positionMismatches().size())
                        .orElse(0))
                .description("Differences the last reconciliation flagged for an operator")
                .tag("venue", AlpacaVenue.NAME).register(registry);
        return reconciliation;
    }

    @Bean
    AlpacaRouting alpacaRouting(AlpacaVenue venue, AlpacaReconciliation reconciliation, VenueFills fills,
            OrderRepository orders, OrderTransitions transitions, TransactionTemplate tx, ExecutionMetrics metrics,
            Clock clock, VenueOrderAliases aliases, OrderGroupRepository groups) {
        AlpacaRouting routing = new AlpacaRouting(venue, reconciliation, fills, orders, transitions, tx, metrics, clock,
                aliases, groups);
        reconciliation.resubmitWith(routing::submit);
        venue.subscribe(fills);
        return routing;
    }

    @Bean(destroyMethod = "close")
    AlpacaTradeStream alpacaTradeStream(AlpacaProperties properties, AlpacaCredentials credentials, AlpacaVenue venue,
            Clock clock) {
        return new AlpacaTradeStream(properties.endpoints().streamUrl(), credentials.keyId(), credentials.secretKey(),
                new AlpacaJson(), venue.listeners(), properties.reconnectDelay(), clock);
    }

    @Bean
    AlpacaStartup alpacaStartup(AlpacaTradeStream stream, AlpacaReconciliation reconciliation) {
        return new AlpacaStartup(stream, reconciliation);
    }

    @Bean
    HealthIndicator alpacaVenueHealthIndicator(AlpacaReconciliation reconciliation, AlpacaTradeStream stream,
            AlpacaProperties properties) {
        return () -> {
            Health.Builder health = reconciliation.ready() ? Health.up() : Health.outOfService();
            health.withDetail("mode", properties.mode().name().toLowerCase(java.util.Locale.ROOT))
                    .withDetail("reconciliation", reconciliation.state().name().toLowerCase(java.util.Locale.ROOT))
                    .withDetail("reason", reconciliation.reason())
                    .withDetail("trade_updates", stream.listening() ? "listening" : "not listening");
            reconciliation.lastResult().ifPresent(r -> health.withDetail("last_run", r.at().toString())
                    .withDetail("adopted", r.adopted())
                    .withDetail("unknown_at_venue", r.unknownAtVenue())
                    .withDetail("flagged", r.flagged())
                    .withDetail("position_mismatches", r.positionMismatches()));
            return health.build();
        };
    }

    /** Opens the stream and reconciles once the application is ready; retries a failed reconciliation. */
    static class AlpacaStartup {

        private final AlpacaTradeStream stream;
        private final AlpacaReconciliation reconciliation;

        AlpacaStartup(AlpacaTradeStream stream, AlpacaReconciliation reconciliation) {
            this.stream = stream;
            this.reconciliation = reconciliation;
        }

        @EventListener(ApplicationReadyEvent.class)
        void start() {
            stream.start();
            reconciliation.run();
        }

        @Scheduled(fixedDelayString = "${ts.execution.alpaca.reconcile-retry:30s}",
                initialDelayString = "${ts.execution.alpaca.reconcile-retry:30s}")
        void retry() {
            reconciliation.runIfNeeded();
        }
    }
}
