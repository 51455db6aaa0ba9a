package io.tradingsuite.portfolio.web;

import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tradingsuite.common.events.FillExecuted;
import io.tradingsuite.common.security.Roles;
import io.tradingsuite.common.security.ServletSecurityAutoConfiguration;
import io.tradingsuite.common.test.TestJwt;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TradeId;
import io.tradingsuite.common.web.WebAutoConfiguration;
import io.tradingsuite.core.portfolio.Account;
import io.tradingsuite.core.portfolio.MarkSource;
import io.tradingsuite.portfolio.ledger.AccountView;
import io.tradingsuite.portfolio.ledger.LedgerService;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(PortfolioController.class)
@ImportAutoConfiguration({ServletSecurityAutoConfiguration.class, WebAutoConfiguration.class})
class CallerReadsOnlyTheirOwnPortfolioTest {

    private static final AccountId DEMO = AccountId.of("demo");
    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final Symbol MSFT = Symbol.of("MSFT");
    private static final Instant UPDATED = Instant.parse("2026-01-05T15:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    LedgerService ledger;

    @BeforeEach
    void demoAccountHoldsALongAndAShort() {
        Account account = Account.open(DEMO, Money.of("100000.00"));
        account.apply(fill(1, Side.BUY, "10", AAPL, "187.25"));
        account.apply(fill(2, Side.BUY, "5", AAPL, "187.26"));
        account.apply(fill(3, Side.SELL, "3", MSFT, "400.00"));
        var marks = MarkSource.of(Map.of(AAPL, Price.of("190.00")));
        when(ledger.view(DEMO)).thenReturn(Optional.of(new AccountView(account.valuation(marks), UPDATED)));
        when(ledger.view(AccountId.of("nobody"))).thenReturn(Optional.empty());
    }

    @Test
    void theSummaryShowsExactDecimalStringsInSnakeCase() throws Exception {
        mvc.perform(get("/api/portfolio").header("Authorization", TestJwt.bearer(DEMO, Roles.VIEWER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.account_id").value("demo"))
                // 100000 - 1872.50 - 936.30 + 1200.00
                .andExpect(jsonPath("$.cash").value("98391.20"))
                .andExpect(jsonPath("$.buying_power").value("98391.20"))
                // cash + 15 x 190.00 - 3 x 400.00 (MSFT marked at its last fill)
                .andExpect(jsonPath("$.equity").value("100041.20"))
                .andExpect(jsonPath("$.unrealized_pnl").value("41.20"))
                .andExpect(jsonPath("$.realized_pnl").value("0.00"))
                .andExpect(jsonPath("$.starting_cash").value("100000.00"))
                .andExpect(jsonPath("$.positions_count").value(2))
                .andExpect(jsonPath("$.fills_applied").value(3))
                .andExpect(jsonPath("$.updated_at").value("2026-01-05T15:00:00Z"));
        verify(ledger).view(DEMO);
    }

    @Test
    void positionsAreListedWithAlpacaNamesAndSides() throws Exception {
        mvc.perform(get("/api/portfolio/positions").header("Authorization", TestJwt.bearer(DEMO, Roles.TRADER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].symbol").value("AAPL"))
                .andExpect(jsonPath("$[0].qty").value("15"))
                .andExpect(jsonPath("$[0].cost_basis").value("2808.80"))
                .andExpect(jsonPath("$[0].avg_entry_price").value("187.2533333333"))
                .andExpect(jsonPath("$[0].market_price").value("190.00"))
                .andExpect(jsonPath("$[0].market_value").value("2850.00"))
                .andExpect(jsonPath("$[0].unrealized_pl").value("41.20"))
                .andExpect(jsonPath("$[0].realized_pl").value("0.00"))
                .andExpect(jsonPath("$[0].side").value("long"))
                .andExpect(jsonPath("$[1].symbol").value("MSFT"))
                .andExpect(jsonPath("$[1].qty").value("-3"))
                .andExpect(jsonPath("$[1].side").value("short"))
                .andExpect(jsonPath("$[1].market_value").value("-1200.00"));
    }

    @Test
    void oneOpenPositionIsFoundBySymbolCaseInsensitively() throws Exception {
        mvc.perform(get("/api/portfolio/positions/msft").header("Authorization", TestJwt.bearer(DEMO, Roles.VIEWER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.symbol").value("MSFT"))
                .andExpect(jsonPath("$.avg_entry_price").value("400.00"));
    }

    @Test
    void aFlatSymbolIsNotFound() throws Exception {
        mvc.perform(get("/api/portfolio/positions/TSLA").header("Authorization", TestJwt.bearer(DEMO, Roles.VIEWER)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
    }

    @Test
    void anAccountTheLedgerDoesNotKeepIsNotFound() throws Exception {
        mvc.perform(get("/api/portfolio").header("Authorization", TestJwt.bearer(AccountId.of("nobody"), Roles.VIEWER)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
    }

    @Test
    void withoutATokenTheCallerIsUnauthenticated() throws Exception {
        mvc.perform(get("/api/portfolio"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("AUTH_UNAUTHENTICATED"));
        verify(ledger, never()).view(any());
    }

    private static FillExecuted fill(int n, Side side, String qty, Symbol symbol, String price) {
        return new FillExecuted(UUID.nameUUIDFromBytes(("f" + n).getBytes()), UPDATED, "c" + n, DEMO, TradeId.of("T" + n),
                OrderId.of("O" + n), null, null, symbol, side, Quantity.of(qty), Price.of(price), "paper");
    }
}
