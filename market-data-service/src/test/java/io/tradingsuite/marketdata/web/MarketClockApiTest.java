package io.tradingsuite.marketdata.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.security.ServletSecurityAutoConfiguration;
import io.tradingsuite.common.test.TestJwt;
import io.tradingsuite.common.web.WebAutoConfiguration;
import io.tradingsuite.core.venue.MarketClock;
import io.tradingsuite.marketdata.config.MarketSessionProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Thursday 2025-01-02 15:00Z = 10:00 New York, with Friday 2025-01-03 a holiday. */
@WebMvcTest(ClockController.class)
@ImportAutoConfiguration({ServletSecurityAutoConfiguration.class, WebAutoConfiguration.class})
@ActiveProfiles("test")
class MarketClockApiTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class UsCalendarAtTenInTheMorning {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2025-01-02T15:00:00Z"), ZoneOffset.UTC);
        }

        @Bean
        MarketClock marketClock() {
            return new MarketSessionProperties(MarketClock.Kind.US_EQUITIES,
                    List.of(LocalDate.parse("2025-01-03"))).toMarketClock();
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Test
    void theClockSaysOpenWithTheNextOpenAfterTheHolidayAndTodaysClose() {
        var response = mvc.get().uri("/api/market/clock")
                .header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(TestJwt.DEMO, "VIEWER")).exchange();

        assertThat(response).hasStatus(HttpStatus.OK);
        assertThat(response).bodyJson().extractingPath("$.is_open").isEqualTo(true);
        assertThat(response).bodyJson().extractingPath("$.timestamp").isEqualTo("2025-01-02T15:00:00Z");
        assertThat(response).bodyJson().extractingPath("$.next_open").isEqualTo("2025-01-06T14:30:00Z");
        assertThat(response).bodyJson().extractingPath("$.next_close").isEqualTo("2025-01-02T21:00:00Z");
        assertThat(response).bodyJson().extractingPath("$.calendar").isEqualTo("us-equities");
    }

    @Test
    void theClockNeedsCredentials() {
        assertThat(mvc.get().uri("/api/market/clock").exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theDefaultCalendarIsAlwaysOpenWithoutNextOpenOrClose() {
        MarketClock always = new MarketSessionProperties(MarketClock.Kind.ALWAYS_OPEN, List.of())
                .toMarketClock();
        ClockResponse clock = ClockResponse.of(always, Instant.parse("2025-01-04T03:00:00Z"));

        assertThat(clock.isOpen()).isTrue();
        assertThat(clock.nextOpen()).isNull();
        assertThat(clock.nextClose()).isNull();
        assertThat(clock.calendar()).isEqualTo("always-open");
    }
}
