package io.tradingsuite.bot.bot;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.Symbol;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A bot: a named strategy with parameters, trading some symbols for an account. */
public record Bot(BotId id, AccountId accountId, String strategy, Map<String, String> params, List<Symbol> symbols,
                  BotStatus status, Instant createdAt, Instant updatedAt) {

    public Bot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(status, "status");
        params = Map.copyOf(params);
        symbols = List.copyOf(symbols);
    }

    public boolean isRunning() {
        return status == BotStatus.RUNNING;
    }

    public boolean trades(Symbol symbol) {
        return symbols.contains(symbol);
    }
}
