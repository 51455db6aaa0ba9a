/** Per-bot positions (table {@code bot_positions}) kept from the bot's own fills on {@code execution.fills.v1}. */
package io.tradingsuite.bot.position;
