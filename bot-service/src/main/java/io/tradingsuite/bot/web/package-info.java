/** REST API of the bot service ({@code /api/bots/**}) and its JSON DTOs. */
package io.tradingsuite.bot.web;
