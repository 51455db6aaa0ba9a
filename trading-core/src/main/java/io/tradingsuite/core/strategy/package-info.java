/**
 * Strategy SPI and the built-in strategies. A {@link io.tradingsuite.core.strategy.Strategy} turns closed bars
 * into {@link io.tradingsuite.core.strategy.Signal}s, knowing its positions through a
 * {@link io.tradingsuite.core.strategy.StrategyContext}; the same code runs live (bot-service) and in backtests.
 */
package io.tradingsuite.core.strategy;
