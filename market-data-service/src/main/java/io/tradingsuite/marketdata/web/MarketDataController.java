package io.tradingsuite.marketdata.web;

import io.tradingsuite.common.error.ApiException;
import io.tradingsuite.common.error.ErrorCode;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.marketdata.Bar;
import io.tradingsuite.marketdata.asset.AssetMaster;
import io.tradingsuite.marketdata.bar.BarRepository;
import io.tradingsuite.marketdata.quote.LatestQuotes;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only market data API: assets, latest quotes and bars. Any authenticated role may read. */
@RestController
@RequestMapping("/api/market")
public class MarketDataController {

    static final int DEFAULT_BAR_LIMIT = 100;
    static final int MAX_BAR_LIMIT = 10_000;
    private static final Instant FAR_FUTURE = Instant.parse("9999-12-31T00:00:00Z");

    private final AssetMaster assets;
    private final LatestQuotes quotes;
    private final BarRepository bars;

    public MarketDataController(AssetMaster assets, LatestQuotes quotes, BarRepository bars) {
        this.assets = assets;
        this.quotes = quotes;
        this.bars = bars;
    }

    @GetMapping("/assets")
    public List<AssetResponse> assets(@RequestParam(name = "tradable", required = false) Boolean tradable) {
        return assets.list(Boolean.TRUE.equals(tradable)).stream()
                .filter(a -> tradable == null || a.tradable() == tradable)
                .map(AssetResponse::of)
                .toList();
    }

    @GetMapping("/assets/{symbol}")
    public AssetResponse asset(@PathVariable String symbol) {
        Symbol known = knownSymbol(symbol);
        return AssetResponse.of(assets.find(known).orElseThrow());
    }

    @GetMapping("/quotes/{symbol}")
    public QuoteResponse quote(@PathVariable String symbol) {
        Symbol known = knownSymbol(symbol);
        return quotes.find(known).map(QuoteResponse::of)
                .orElseThrow(() -> ApiException.notFound("no quote yet for " + known));
    }

    /**
     * Bars starting in {@code [from, to)} (oldest first, at most {@code limit}); without {@code from}/{@code to},
     * the latest {@code limit} bars.
     */
    @GetMapping("/bars/{symbol}")
    public List<BarResponse> bars(@PathVariable String symbol,
                                  @RequestParam(name = "from", required = false) Instant from,
                                  @RequestParam(name = "to", required = false) Instant to,
                                  @RequestParam(name = "limit", defaultValue = "" + DEFAULT_BAR_LIMIT) int limit) {
        Symbol known = knownSymbol(symbol);
        if (limit < 1 || limit > MAX_BAR_LIMIT) {
            throw new ApiException(ErrorCode.VALIDATION_PARAMETER, 400,
                    "limit must be between 1 and " + MAX_BAR_LIMIT);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new ApiException(ErrorCode.VALIDATION_PARAMETER, 400, "from must be before to");
        }
        List<Bar> found = from == null && to == null
                ? bars.findLatest(known, limit)
                : bars.findBetween(known, from == null ? Instant.EPOCH : from, to == null ? FAR_FUTURE : to, limit);
        return found.stream().map(BarResponse::of).toList();
    }

    private Symbol knownSymbol(String text) {
        if (!Symbol.isValid(text)) {
            throw new ApiException(ErrorCode.VALIDATION_FORMAT, 400,
                    "'" + text + "' is not a valid symbol (upper case, e.g. AAPL)");
        }
        Symbol symbol = Symbol.of(text);
        if (assets.find(symbol).isEmpty()) {
            throw ApiException.notFound("unknown symbol " + symbol);
        }
        return symbol;
    }
}
