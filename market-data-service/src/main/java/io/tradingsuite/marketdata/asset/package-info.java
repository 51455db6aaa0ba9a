/**
 * The asset master: persisted in table {@code assets}, seeded from the default universe at startup, announced on
 * the compacted {@code market-data.assets.v1} (through the outbox) and served as this service's
 * {@link io.tradingsuite.common.validation.AssetLookup}.
 */
package io.tradingsuite.marketdata.asset;
