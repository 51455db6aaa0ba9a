package io.tradingsuite.execution.order;

import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.order.OrderStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Filters of {@code GET /api/orders} (Alpaca's): statuses, symbols (empty = any), side, bot, creation time window
 * ({@code after} exclusive, {@code until} inclusive), limit and direction by creation time.
 */
public record OrderSearch(Set<OrderStatus> statuses, List<Symbol> symbols, Side side, BotId botId, Instant after,
        Instant until, int limit, boolean ascending) {

    public OrderSearch {
        statuses = Set.copyOf(Objects.requireNonNull(statuses, "statuses"));
        symbols = symbols == null ? List.of() : List.copyOf(symbols);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }
}
