package io.tradingsuite.bot.signal;

import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import java.time.Instant;
import java.util.UUID;

/** A stored signal: what the bot asked for, why, on which bar, and the order it became. */
public record SignalRecord(UUID id, BotId botId, Symbol symbol, Side side, Quantity quantity, String reason,
                           Instant barStart, UUID barEventId, ClientOrderId clientOrderId, String correlationId,
                           Instant createdAt) {
}
