package io.tradingsuite.systemtests.support;

import java.util.List;

/**
 * The six services the stack runs, with the gateway's route variable for each backend and the settings that
 * make a test run fast (quick simulated bars, short bot windows).
 */
public enum StackService {

    /** Simulated market data and the asset master. */
    MARKET_DATA("market-data-service", "TS_MARKET_DATA_URL", List.of(
            "--ts.market-data.simulation.bar-interval=300ms",
            "--ts.market-data.simulation.ticks-per-bar=5",
            // QQQ: quoted, but no bot trades it (the hard-to-borrow bracket scenario needs a position of its own)
            "--ts.market-data.simulation.symbols=AAPL,MSFT,SPY,QQQ")),
    /** Bots turning bars into order requests. */
    BOT("bot-service", "TS_BOT_URL", List.of(
            // A list is bound from one property source as a whole, so the demo bot is restated in full.
            "--ts.bot.defaults[0].id=ma-crossover-1",
            "--ts.bot.defaults[0].account=demo",
            "--ts.bot.defaults[0].strategy=ma-crossover",
            "--ts.bot.defaults[0].running=true",
            "--ts.bot.defaults[0].symbols=AAPL,MSFT,SPY",
            "--ts.bot.defaults[0].params[fast-window]=2",
            "--ts.bot.defaults[0].params[slow-window]=5",
            "--ts.bot.defaults[0].params[notional-per-trade]=5000")),
    /** The single pre-trade risk authority. */
    RISK("risk-service", "TS_RISK_URL", Settings.QUICK_CONSUMER_FAILOVER),
    /** Order management and the paper venue. */
    EXECUTION("execution-service", "TS_EXECUTION_URL", Settings.QUICK_CONSUMER_FAILOVER),
    /** Positions, cash and P&amp;L. */
    PORTFOLIO("portfolio-service", "TS_PORTFOLIO_URL", Settings.QUICK_CONSUMER_FAILOVER),
    /** Authentication and routing; the only entry point the tests use. */
    GATEWAY("gateway-service", null, List.of());

    /** Settings shared by several services (an enum constant cannot refer to a static field of its own enum). */
    private static final class Settings {
        /**
         * A killed consumer's partitions stay assigned to it until its session times out (45 s by default), so a
         * restarted service would wait that long before it consumes again: 6 s, the broker's minimum.
         */
        static final List<String> QUICK_CONSUMER_FAILOVER = List.of(
                "--spring.kafka.consumer.properties[session.timeout.ms]=6000",
                "--spring.kafka.consumer.properties[heartbeat.interval.ms]=1000");
    }

    private final String moduleName;
    private final String gatewayRouteVariable;
    private final List<String> fastSettings;

    StackService(String moduleName, String gatewayRouteVariable, List<String> fastSettings) {
        this.moduleName = moduleName;
        this.gatewayRouteVariable = gatewayRouteVariable;
        this.fastSettings = fastSettings;
    }

    /** Maven module and spring.application.name, e.g. {@code risk-service}. */
    public String moduleName() {
        return moduleName;
    }

    /** The environment variable that points the gateway at this backend; null for the gateway itself. */
    public String gatewayRouteVariable() {
        return gatewayRouteVariable;
    }

    /** Command-line settings (non-secret) that speed a test run up. */
    public List<String> fastSettings() {
        return fastSettings;
    }
}
