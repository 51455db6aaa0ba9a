/**
 * Per-bot positions (table {@code bot_positions}) kept from the bot's own fills on {@code execution.fills.v1}, with
 * trading-core's average-cost accounting: exact realised P&amp;L, round trips and hit rate per bot
 * ({@code BotPerformance}), over REST and as gauges {@code ts.bot.pnl.realized}, {@code ts.bot.hit.rate},
 * {@code ts.bot.round.trips}.
 */
package io.tradingsuite.bot.position;
