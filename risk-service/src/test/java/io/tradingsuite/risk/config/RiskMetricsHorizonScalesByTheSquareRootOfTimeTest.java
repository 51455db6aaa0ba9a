package io.tradingsuite.risk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RiskMetricsHorizonScalesByTheSquareRootOfTimeTest {

    @Test
    void oneMinuteReturnsOverA390MinuteSessionScaleBySqrt390() {
        RiskMetricsProperties properties = new RiskMetricsProperties(Duration.ofMinutes(1), 250,
                Duration.ofMinutes(390), Duration.ofSeconds(5));
        assertThat(properties.horizonScale()).isCloseTo(19.748417658, within(1e-9));
        assertThat(new RiskMetricsProperties(Duration.ofDays(1), 250, Duration.ofDays(1), Duration.ofSeconds(5))
                .horizonScale()).isEqualTo(1.0);
    }

    @Test
    void aHorizonShorterThanTheSampleIntervalOrANonPositiveIntervalIsRejected() {
        assertThatThrownBy(() -> new RiskMetricsProperties(Duration.ofMinutes(5), 250, Duration.ofMinutes(1),
                Duration.ofSeconds(5))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("horizon");
        assertThatThrownBy(() -> new RiskMetricsProperties(Duration.ZERO, 250, Duration.ofMinutes(1),
                Duration.ofSeconds(5))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sample-interval");
    }
}
