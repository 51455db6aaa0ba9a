package io.tradingsuite.core.risk;

/**
 * Stable reason codes of risk denials (grouped under {@code RISK_*}, like exchange-core's result codes).
 * The names are part of the public contract: they travel in {@code OrderDenied.reasonCode}, the REST API and
 * metric tags, so never rename one.
 */
public enum RiskReasonCode {
    /** The symbol is unknown to the asset master or not tradable. */
    RISK_SYMBOL_NOT_TRADABLE,
    /** A sell larger than the available position of an asset that may not be sold short. */
    RISK_NOT_SHORTABLE,
    /** Quantity below the minimum, above the maximum, or not a multiple of the asset's lot size. */
    RISK_QUANTITY_OUT_OF_BOUNDS,
    /** Quantity x reference price above the per-order notional limit. */
    RISK_MAX_NOTIONAL_EXCEEDED,
    /** Limit price further through the reference quote than the collar allows. */
    RISK_PRICE_COLLAR,
    /** The latest quote of the symbol is older than the maximum quote age. */
    RISK_QUOTE_STALE,
    /** No quote of the symbol has been seen. */
    RISK_NO_QUOTE,
    /** Buy notional above the available buying power. */
    RISK_INSUFFICIENT_BUYING_POWER,
    /** No account snapshot has been seen for the account. */
    RISK_NO_ACCOUNT_STATE,
    /** The ticket failed the shared order validation. */
    RISK_INVALID_ORDER,
    /** The account already has a decided order with this client order id. */
    RISK_DUPLICATE_CLIENT_ORDER_ID,
    /** A scope of the order (global, its account or its bot) is halted. */
    RISK_TRADING_HALTED,
    /** A scope of the order is reducing and the order would not reduce the position. */
    RISK_REDUCE_ONLY,
    /** The absolute position of the symbol after the order would exceed the per-symbol limit. */
    RISK_MAX_POSITION,
    /** The symbol's position value after the order would exceed the concentration limit (% of equity). */
    RISK_CONCENTRATION,
    /** The account's gross exposure after the order would exceed its limit. */
    RISK_GROSS_EXPOSURE,
    /** The account's net exposure after the order would exceed its limit. */
    RISK_NET_EXPOSURE,
    /** The account lost more than the daily loss limit today: only reducing orders are accepted. */
    RISK_DAILY_LOSS,
    /** The account's drawdown from its equity high-water mark exceeds the limit: only reducing orders. */
    RISK_DRAWDOWN,
    /** Too many approvals for the account or the bot within the last second. */
    RISK_THROTTLED,
    /** An identical order (symbol, side, quantity, type, prices) was approved within the duplicate window. */
    RISK_DUPLICATE_ORDER,
    /** The symbol is on the restricted list ({@code restricted_symbols}). */
    RISK_SYMBOL_RESTRICTED,
    /** The order type, time in force or a fractional quantity is not supported for the asset's class. */
    RISK_ORDER_TYPE_NOT_SUPPORTED,
    /** The time in force can't be honoured at this time of the market's day (e.g. ioc while closed, opg after 09:28). */
    RISK_MARKET_HOURS,
    /** A short sale of a hard-to-borrow symbol without (enough) located shares. */
    RISK_NO_LOCATE
}
