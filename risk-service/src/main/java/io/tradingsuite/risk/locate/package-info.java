/**
 * Locates: shares a risk admin has located for short sales of hard-to-borrow symbols, per account, symbol and New
 * York trading day; the {@code ShortSaleLocate} policy reads what is left and an approved short sale uses it up in
 * the decision's transaction.
 */
package io.tradingsuite.risk.locate;
