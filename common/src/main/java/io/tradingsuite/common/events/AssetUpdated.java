package io.tradingsuite.common.events;

import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.validation.Asset;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The current definition of one asset (latest wins: the topic is compacted). */
public record AssetUpdated(
        UUID eventId,
        Instant occurredAt,
        String correlationId,
        Asset asset) implements AssetEvent {

    public AssetUpdated {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(asset, "asset");
    }

    @Override
    public Symbol symbol() {
        return asset.symbol();
    }
}
