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
    RISK_DUPLICATE_CLIENT_ORDER_ID
}
