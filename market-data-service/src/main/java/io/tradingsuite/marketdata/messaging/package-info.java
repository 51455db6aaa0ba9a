/** Kafka adapter of the market data service (the only package that imports Kafka). */
package io.tradingsuite.marketdata.messaging;
