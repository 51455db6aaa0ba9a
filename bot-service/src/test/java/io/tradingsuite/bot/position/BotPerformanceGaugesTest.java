package io.tradingsuite.bot.position;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.Money;
import org.junit.jupiter.api.Test;

class BotPerformanceGaugesTest {

    private static final BotId BOT = BotId.of("ma-crossover-1");

    @Test
    void gaugesExistAtZeroBeforeTheFirstFillAndFollowTheRecord() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        BotPerformanceGauges gauges = new BotPerformanceGauges(meters);

        gauges.show(BotPerformance.none(BOT));
        assertThat(meters.get("ts.bot.pnl.realized").tag("bot", "ma-crossover-1").gauge().value()).isZero();
        assertThat(meters.get("ts.bot.hit.rate").tag("bot", "ma-crossover-1").gauge().value()).isZero();
        assertThat(meters.get("ts.bot.round.trips").tag("bot", "ma-crossover-1").gauge().value()).isZero();

        gauges.show(new BotPerformance(BOT, Money.of("-12.5"), 4, 1));
        assertThat(meters.get("ts.bot.pnl.realized").tag("bot", "ma-crossover-1").gauge().value()).isEqualTo(-12.5);
        assertThat(meters.get("ts.bot.hit.rate").tag("bot", "ma-crossover-1").gauge().value()).isEqualTo(0.25);
        assertThat(meters.get("ts.bot.round.trips").tag("bot", "ma-crossover-1").gauge().value()).isEqualTo(4);
        assertThat(meters.find("ts.bot.hit.rate").gauges()).hasSize(1);
    }
}
