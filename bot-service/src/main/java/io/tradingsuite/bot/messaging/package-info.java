/** Kafka adapter of the bot service: listeners for bars and fills (the only package that imports Kafka). */
package io.tradingsuite.bot.messaging;
