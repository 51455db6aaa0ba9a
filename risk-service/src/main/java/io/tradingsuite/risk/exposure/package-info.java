/**
 * What risk knows about each account between decisions: the latest account snapshot, the fills seen since,
 * reservations of approved open orders, and the latest quote per symbol. Fed by the portfolio, execution and
 * market-data topics; read by the decision feature.
 */
package io.tradingsuite.risk.exposure;
