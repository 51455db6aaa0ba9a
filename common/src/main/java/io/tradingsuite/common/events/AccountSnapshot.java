package io.tradingsuite.common.events;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The whole state of an account after {@code fillsApplied} fills (counted in the order they were applied,
 * which is the order of the account's partition of {@code execution.fills.v1}); {@code version} increases
 * with every snapshot. Money is exact; {@code buyingPower} is cash (no margin in this version).
 */
public record AccountSnapshot(
        UUID eventId,
        Instant occurredAt,
        String correlationId,
        AccountId accountId,
        long version,
        long fillsApplied,
        Money cash,
        Money equity,
        Money buyingPower,
        Money realizedPnl,
        Money unrealizedPnl,
        List<PositionSnapshot> positions) implements AccountEvent {

    public AccountSnapshot {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(cash, "cash");
        positions = positions == null ? List.of() : List.copyOf(positions);
    }

    /** One open position: signed quantity, exact cost basis, and its mark. */
    public record PositionSnapshot(
            Symbol symbol,
            Quantity quantity,
            Money costBasis,
            Price averageEntryPrice,
            Price marketPrice,
            Money marketValue,
            Money unrealizedPnl) {
    }
}
