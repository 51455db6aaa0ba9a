package io.tradingsuite.core.marketdata;

import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.validation.Asset;
import java.util.List;
import java.util.Optional;

/**
 * The default simulated universe: liquid US equities and ETFs at plausible prices, whole-share lots, one-cent
 * ticks. Volatilities are realistic annualised figures (index ETFs ~15%, mega caps 20-35%, high-beta names ~45%).
 */
public final class DefaultUniverse {

    /** Price increment of every default asset. */
    public static final Price TICK = Price.of("0.01");

    private static final List<SimulatedInstrument> INSTRUMENTS = List.of(
            equity("AAPL", "Apple Inc.", "NASDAQ", "189.50", 0.25, 55_000_000L),
            equity("MSFT", "Microsoft Corporation", "NASDAQ", "415.20", 0.24, 22_000_000L),
            equity("NVDA", "NVIDIA Corporation", "NASDAQ", "121.40", 0.45, 250_000_000L),
            equity("AMZN", "Amazon.com, Inc.", "NASDAQ", "185.30", 0.30, 40_000_000L),
            equity("GOOGL", "Alphabet Inc. Class A", "NASDAQ", "172.60", 0.28, 25_000_000L),
            equity("META", "Meta Platforms, Inc.", "NASDAQ", "505.80", 0.35, 15_000_000L),
            equity("TSLA", "Tesla, Inc.", "NASDAQ", "248.50", 0.45, 95_000_000L),
            equity("JPM", "JPMorgan Chase & Co.", "NYSE", "205.10", 0.20, 9_000_000L),
            equity("V", "Visa Inc. Class A", "NYSE", "276.40", 0.18, 6_500_000L),
            equity("XOM", "Exxon Mobil Corporation", "NYSE", "114.70", 0.22, 16_000_000L),
            equity("JNJ", "Johnson & Johnson", "NYSE", "152.30", 0.16, 7_000_000L),
            equity("WMT", "Walmart Inc.", "NYSE", "68.90", 0.17, 15_000_000L),
            equity("PG", "The Procter & Gamble Company", "NYSE", "166.20", 0.15, 6_500_000L),
            equity("KO", "The Coca-Cola Company", "NYSE", "62.80", 0.15, 13_000_000L),
            equity("DIS", "The Walt Disney Company", "NYSE", "101.50", 0.27, 9_500_000L),
            equity("NFLX", "Netflix, Inc.", "NASDAQ", "645.00", 0.38, 3_500_000L),
            equity("AMD", "Advanced Micro Devices, Inc.", "NASDAQ", "158.20", 0.45, 50_000_000L),
            equity("INTC", "Intel Corporation", "NASDAQ", "31.20", 0.38, 45_000_000L),
            etf("SPY", "SPDR S&P 500 ETF Trust", "ARCA", "545.30", 0.15, 60_000_000L),
            etf("QQQ", "Invesco QQQ Trust", "NASDAQ", "470.10", 0.19, 35_000_000L),
            etf("IWM", "iShares Russell 2000 ETF", "ARCA", "205.60", 0.22, 28_000_000L),
            etf("DIA", "SPDR Dow Jones Industrial Average ETF Trust", "ARCA", "395.40", 0.15, 3_000_000L));

    private DefaultUniverse() {
    }

    /** All default instruments, in a fixed order. */
    public static List<SimulatedInstrument> instruments() {
        return INSTRUMENTS;
    }

    /** The asset master entries of the default universe. */
    public static List<Asset> assets() {
        return INSTRUMENTS.stream().map(SimulatedInstrument::asset).toList();
    }

    public static Optional<SimulatedInstrument> instrument(Symbol symbol) {
        return INSTRUMENTS.stream().filter(i -> i.symbol().equals(symbol)).findFirst();
    }

    private static SimulatedInstrument equity(String symbol, String name, String exchange, String price,
                                              double volatility, long adv) {
        return instrument(symbol, name, exchange, price, volatility, adv, 2.0);
    }

    private static SimulatedInstrument etf(String symbol, String name, String exchange, String price,
                                           double volatility, long adv) {
        return instrument(symbol, name, exchange, price, volatility, adv, 1.0);
    }

    private static SimulatedInstrument instrument(String symbol, String name, String exchange, String price,
                                                  double volatility, long adv, double spreadBps) {
        Asset asset = new Asset(Symbol.of(symbol), name, "us_equity", exchange, true, true, true, Quantity.of(1), TICK);
        return new SimulatedInstrument(asset, Price.of(price), volatility, adv, spreadBps);
    }
}
