package io.tradingsuite.bot.web;

import io.tradingsuite.bot.signal.SignalRecord;
import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import java.time.Instant;
import java.util.UUID;

/** A signal a bot emitted and the order it asked for. */
public record SignalResponse(UUID id, BotId botId, Symbol symbol, Side side, Quantity qty, String reason,
                             Instant barTime, ClientOrderId clientOrderId, String correlationId, Instant createdAt) {

    static SignalResponse of(SignalRecord s) {
        return new SignalResponse(s.id(), s.botId(), s.symbol(), s.side(), s.quantity(), s.reason(), s.barStart(),
                s.clientOrderId(), s.correlationId(), s.createdAt());
    }
}
