package io.tradingsuite.gateway.apikey;

/**
 * The {@code TS_API_KEYS} secret is present but malformed. The message names the entry number and the problem,
 * never the entry's content.
 */
public class InvalidApiKeysException extends RuntimeException {

    public InvalidApiKeysException(String message) {
        super(message);
    }
}
