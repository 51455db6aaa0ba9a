package io.tradingsuite.execution.venue.alpaca;

import io.tradingsuite.common.credentials.Secret;
import io.tradingsuite.common.credentials.Secrets;
import io.tradingsuite.execution.config.AlpacaProperties;
import java.util.Objects;

/**
 * The API key pair of the selected Alpaca mode, read through common's {@link Secrets} only: paper mode reads
 * {@code ALPACA_PAPER_KEY_ID} and {@code ALPACA_PAPER_SECRET_KEY} and never the live variables, live mode the
 * reverse. A missing variable stops startup with its name. {@code toString} shows the variable names only.
 */
public record AlpacaCredentials(Secret keyId, Secret secretKey) {

    public AlpacaCredentials {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(secretKey, "secretKey");
    }

    /** Reads the pair of the selected mode (and nothing else). */
    public static AlpacaCredentials of(AlpacaProperties properties, Secrets secrets) {
        return new AlpacaCredentials(secrets.require(properties.keyIdVariable()),
                secrets.require(properties.secretKeyVariable()));
    }

    @Override
    public String toString() {
        return "AlpacaCredentials[" + keyId + ", " + secretKey + "]";
    }
}
