/**
 * The simulated feed: a scheduler steps the core {@link io.tradingsuite.core.marketdata.SimulatedFeed} in
 * compressed time, keeps the latest quotes, stores closed bars and hands quotes and bars to the
 * {@link io.tradingsuite.marketdata.feed.MarketDataPublisher}.
 */
package io.tradingsuite.marketdata.feed;
