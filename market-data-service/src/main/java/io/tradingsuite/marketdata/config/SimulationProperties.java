package io.tradingsuite.marketdata.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The simulated feed ({@code ts.market-data.simulation.*}).
 *
 * @param enabled     run the feed (tests that drive it by hand turn it off)
 * @param seed        seed of every random draw: same seed, same series
 * @param symbols     symbols to simulate; empty = the whole default universe
 * @param barInterval real time per simulated minute (time compression; 1s makes a demo trade within minutes)
 * @param ticksPerBar quote/trade steps per simulated minute
 * @param startDate   market date whose 09:30 open the simulation starts at; empty = today (New York)
 * @param startPrices start price overrides by symbol (default: the universe's reference prices)
 */
@Validated
@ConfigurationProperties("ts.market-data.simulation")
public record SimulationProperties(
        Boolean enabled,
        Long seed,
        List<String> symbols,
        Duration barInterval,
        @Min(1) @Max(600) Integer ticksPerBar,
        LocalDate startDate,
        Map<String, BigDecimal> startPrices) {

    public SimulationProperties {
        enabled = enabled == null || enabled;
        seed = seed == null ? 42L : seed;
        symbols = symbols == null ? List.of() : List.copyOf(symbols);
        barInterval = barInterval == null ? Duration.ofSeconds(1) : barInterval;
        ticksPerBar = ticksPerBar == null ? 10 : ticksPerBar;
        startPrices = startPrices == null ? Map.of() : Map.copyOf(startPrices);
        if (barInterval.isNegative() || barInterval.toMillis() < 10) {
            throw new IllegalArgumentException("ts.market-data.simulation.bar-interval must be at least 10ms");
        }
    }

    /** Real time between two feed steps. */
    public @NotNull Duration stepInterval() {
        return barInterval.dividedBy(ticksPerBar);
    }
}
