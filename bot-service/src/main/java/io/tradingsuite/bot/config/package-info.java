/** Typed configuration of the bot service ({@code ts.bot.*}). */
package io.tradingsuite.bot.config;
