package io.tradingsuite.marketdata.asset;

import io.tradingsuite.common.events.AssetUpdated;
import io.tradingsuite.common.messaging.Outbox;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.validation.Asset;
import io.tradingsuite.common.validation.AssetLookup;
import io.tradingsuite.core.marketdata.DefaultUniverse;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The asset master of the suite. At startup it writes the default universe to table {@code assets} and, in the same
 * transaction, publishes an {@link AssetUpdated} per asset through the outbox (the topic is compacted, so
 * re-announcing on every start is harmless and repairs a lost topic). Reads are served from memory.
 */
@Service
public class AssetMaster implements AssetLookup, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AssetMaster.class);

    private final AssetRepository repository;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<Symbol, Asset> assets = new ConcurrentHashMap<>();

    public AssetMaster(AssetRepository repository, Outbox outbox, TransactionTemplate transactions, Clock clock) {
        this.repository = repository;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        seed(DefaultUniverse.assets());
    }

    /** Stores and announces the given asset definitions; then reloads the in-memory view. */
    public void seed(List<Asset> definitions) {
        Instant now = clock.instant();
        transactions.executeWithoutResult(tx -> {
            for (Asset asset : definitions) {
                repository.upsert(asset, now);
                outbox.publish(new AssetUpdated(UUID.randomUUID(), now, null, asset));
            }
        });
        repository.findAll().forEach(a -> assets.put(a.symbol(), a));
        log.info("Asset master holds {} assets", assets.size());
    }

    @Override
    public Optional<Asset> find(Symbol symbol) {
        return Optional.ofNullable(assets.get(symbol));
    }

    /** All assets, by symbol; only tradable ones if {@code tradableOnly}. */
    public List<Asset> list(boolean tradableOnly) {
        return assets.values().stream()
                .filter(a -> !tradableOnly || a.tradable())
                .sorted(Comparator.comparing(Asset::symbol))
                .toList();
    }
}
