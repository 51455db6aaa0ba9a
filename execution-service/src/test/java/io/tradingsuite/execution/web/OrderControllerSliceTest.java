package io.tradingsuite.execution.web;

import io.tradingsuite.common.config.CommonAutoConfiguration;
import io.tradingsuite.common.security.ServletSecurityAutoConfiguration;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.validation.Asset;
import io.tradingsuite.common.validation.AssetLookup;
import io.tradingsuite.common.validation.OrderRequestValidator;
import io.tradingsuite.common.web.WebAutoConfiguration;
import io.tradingsuite.core.venue.Quote;
import io.tradingsuite.execution.algo.AlgoEntry;
import io.tradingsuite.execution.algo.AlgoRepository;
import io.tradingsuite.execution.order.OrderEntry;
import io.tradingsuite.execution.order.OrderQueries;
import io.tradingsuite.execution.orderclass.OrderClassEntry;
import io.tradingsuite.execution.orderclass.OrderGroupRepository;
import io.tradingsuite.execution.venue.QuoteBook;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The web slice of {@link OrderController}: the real validator (asset AAPL, tick 0.01, fractionable), a quote book
 * with one AAPL quote (bid 187.24, ask 187.25) and mocks for everything behind the controller.
 */
@WebMvcTest(OrderController.class)
@Import({OrderViews.class, OrderControllerSliceTest.Assets.class})
@ImportAutoConfiguration({CommonAutoConfiguration.class, ServletSecurityAutoConfiguration.class, WebAutoConfiguration.class})
@ActiveProfiles("test")
abstract class OrderControllerSliceTest {

    static final Instant QUOTED_AT = Instant.parse("2025-01-02T14:30:00Z");

    @TestConfiguration
    static class Assets {
        @Bean
        OrderRequestValidator orderRequestValidator() {
            AssetLookup lookup = symbol -> symbol.value().equals("AAPL")
                    ? Optional.of(new Asset(symbol, "Apple", "us_equity", "NASDAQ", true, true, true, Quantity.of(1),
                            Price.of("0.01")))
                    : Optional.empty();
            return new OrderRequestValidator(lookup);
        }

        @Bean
        QuoteBook quoteBook() {
            QuoteBook book = new QuoteBook();
            book.update(Quote.of(Symbol.of("AAPL"), Price.of("187.24"), Price.of("187.25"), QUOTED_AT));
            return book;
        }
    }

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    OrderEntry entry;

    @MockitoBean
    OrderQueries queries;

    @MockitoBean
    AlgoEntry algoEntry;

    @MockitoBean
    AlgoRepository algos;

    @MockitoBean
    OrderClassEntry classEntry;

    @MockitoBean
    OrderGroupRepository groups;
}
