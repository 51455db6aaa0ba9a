package io.tradingsuite.common.validation;

import io.tradingsuite.common.types.Symbol;
import java.util.Optional;

/** Finds an asset of the asset master by symbol. */
@FunctionalInterface
public interface AssetLookup {

    Optional<Asset> find(Symbol symbol);
}
