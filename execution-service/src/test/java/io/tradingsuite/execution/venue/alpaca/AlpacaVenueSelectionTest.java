package io.tradingsuite.execution.venue.alpaca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tradingsuite.common.credentials.MissingSecretException;
import io.tradingsuite.common.credentials.Secrets;
import io.tradingsuite.common.messaging.Outbox;
import io.tradingsuite.execution.config.AlpacaProperties;
import io.tradingsuite.execution.order.ExecutionMetrics;
import io.tradingsuite.execution.order.OrderRepository;
import io.tradingsuite.execution.order.OrderTransitions;
import io.tradingsuite.execution.venue.OrderRouting;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code ts.execution.venue} selects the Alpaca beans; with it the keys of the selected mode are read through
 * {@link Secrets} and nothing else, and a missing key stops startup naming the variable. (Nothing connects: the
 * stream and the reconciliation start only when the application is ready, which a context runner never is.)
 */
class AlpacaVenueSelectionTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AlpacaProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, AlpacaConfiguration.class)
            .withBean(OrderRepository.class, () -> mock(OrderRepository.class))
            .withBean(OrderTransitions.class, () -> mock(OrderTransitions.class))
            .withBean(org.springframework.jdbc.core.simple.JdbcClient.class,
                    () -> mock(org.springframework.jdbc.core.simple.JdbcClient.class))
            .withBean(io.tradingsuite.execution.orderclass.OrderGroupRepository.class,
                    () -> mock(io.tradingsuite.execution.orderclass.OrderGroupRepository.class))
            .withBean(Outbox.class, () -> mock(Outbox.class))
            .withBean(TransactionTemplate.class, () -> mock(TransactionTemplate.class))
            .withBean(ExecutionMetrics.class, () -> mock(ExecutionMetrics.class))
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void thePaperVenueReadsNoAlpacaKeyAtAll() {
        AlpacaCredentialsTest.RecordingEnvironment env = new AlpacaCredentialsTest.RecordingEnvironment(Map.of());
        runner.withPropertyValues("ts.execution.venue=paper")
                .withBean(Secrets.class, () -> new Secrets(env))
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(AlpacaVenue.class)
                            .doesNotHaveBean(OrderRouting.class);
                    assertThat(env.asked).isEmpty();
                });
    }

    @Test
    void alpacaInPaperModeReadsOnlyThePaperKeysAndRoutesThroughAlpaca() {
        AlpacaCredentialsTest.RecordingEnvironment env = new AlpacaCredentialsTest.RecordingEnvironment(Map.of(
                "ALPACA_PAPER_KEY_ID", "PK1", "ALPACA_PAPER_SECRET_KEY", "paper-s",
                "ALPACA_LIVE_KEY_ID", "AK1", "ALPACA_LIVE_SECRET_KEY", "live-s"));
        runner.withPropertyValues("ts.execution.venue=alpaca")
                .withBean(Secrets.class, () -> new Secrets(env))
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(AlpacaVenue.class);
                    assertThat(context.getBean(OrderRouting.class)).isInstanceOf(AlpacaRouting.class);
                    assertThat(env.asked).isNotEmpty()
                            .allSatisfy(name -> assertThat((String) name).startsWith("ALPACA_PAPER_"));
                });
    }

    @Test
    void aMissingKeyOfTheSelectedModeStopsStartupNamingIt() {
        runner.withPropertyValues("ts.execution.venue=alpaca", "ts.execution.alpaca.mode=live")
                .withBean(Secrets.class, () -> new Secrets(Map.of("ALPACA_PAPER_KEY_ID", "PK1",
                        "ALPACA_PAPER_SECRET_KEY", "paper-s", "ALPACA_LIVE_KEY_ID", "AK1")))
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().isInstanceOf(MissingSecretException.class)
                        .hasMessageContaining("ALPACA_LIVE_SECRET_KEY"));
    }
}
