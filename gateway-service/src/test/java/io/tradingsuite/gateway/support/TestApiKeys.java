package io.tradingsuite.gateway.support;

/**
 * The clear-text secrets of the test API keys that the gateway pom's Surefire configuration puts in
 * {@code TS_API_KEYS} (as SHA-256 hashes). Test-only values, never used outside tests.
 */
public final class TestApiKeys {

    /** Key id of a TRADER key for account {@link #TRADER_ACCOUNT}. */
    public static final String TRADER_KEY_ID = "gw-test-trader";
    /** Clear secret of {@link #TRADER_KEY_ID}; SHA-256 c29a70a6...6de95. */
    public static final String TRADER_SECRET = "gw-trader-test-secret-0001";
    public static final String TRADER_ACCOUNT = "ACC-TRADER-1";

    /** Key id of a VIEWER key for account {@link #VIEWER_ACCOUNT}. */
    public static final String VIEWER_KEY_ID = "gw-test-viewer";
    /** Clear secret of {@link #VIEWER_KEY_ID}; SHA-256 53e4e841...d282e. */
    public static final String VIEWER_SECRET = "gw-viewer-test-secret-0002";
    public static final String VIEWER_ACCOUNT = "ACC-VIEWER-1";

    private TestApiKeys() {
    }
}
