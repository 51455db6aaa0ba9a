/**
 * Bots: persisted strategy instances (table {@code bots}), their lifecycle (RUNNING/STOPPED), the default bots
 * created at first start, and the live strategy objects that hold each bot's indicator state.
 */
package io.tradingsuite.bot.bot;
