package io.tradingsuite.bot.web;

import io.tradingsuite.bot.bot.Bot;
import io.tradingsuite.bot.bot.BotStatus;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.Symbol;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A bot as shown by the API. */
public record BotResponse(BotId id, AccountId accountId, String strategy, Map<String, String> params,
                          List<Symbol> symbols, BotStatus status, Instant createdAt, Instant updatedAt) {

    static BotResponse of(Bot b) {
        return new BotResponse(b.id(), b.accountId(), b.strategy(), b.params(), b.symbols(), b.status(),
                b.createdAt(), b.updatedAt());
    }
}
