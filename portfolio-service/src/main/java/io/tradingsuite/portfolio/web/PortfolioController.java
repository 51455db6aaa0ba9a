package io.tradingsuite.portfolio.web;

import io.tradingsuite.common.error.ApiException;
import io.tradingsuite.common.security.CurrentUser;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.portfolio.ledger.AccountView;
import io.tradingsuite.portfolio.ledger.LedgerService;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read-only views of the caller's account. Any authenticated role may read its own account. */
@RestController
@RequestMapping("/api/portfolio")
public class PortfolioController {

    private final LedgerService ledger;

    public PortfolioController(LedgerService ledger) {
        this.ledger = ledger;
    }

    @GetMapping
    public PortfolioResponse portfolio() {
        return PortfolioResponse.of(callersAccount());
    }

    @GetMapping("/positions")
    public List<PositionResponse> positions() {
        return callersAccount().valuation().positions().stream().map(PositionResponse::of).toList();
    }

    @GetMapping("/positions/{symbol}")
    public PositionResponse position(@PathVariable String symbol) {
        String normalized = symbol.trim().toUpperCase(Locale.ROOT);
        if (!Symbol.isValid(normalized)) {
            throw ApiException.notFound("no open position in " + symbol);
        }
        Symbol wanted = Symbol.of(normalized);
        return callersAccount().valuation().positions().stream()
                .filter(p -> p.position().symbol().equals(wanted))
                .findFirst()
                .map(PositionResponse::of)
                .orElseThrow(() -> ApiException.notFound("no open position in " + wanted));
    }

    private AccountView callersAccount() {
        AccountId account = CurrentUser.accountId();
        return ledger.view(account).orElseThrow(() -> ApiException.notFound("account " + account + " is not kept by the portfolio service"));
    }
}
