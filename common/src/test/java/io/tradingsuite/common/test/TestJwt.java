package io.tradingsuite.common.test;

import io.tradingsuite.common.credentials.Secret;
import io.tradingsuite.common.credentials.Secrets;
import io.tradingsuite.common.security.JwtTokens;
import io.tradingsuite.common.types.AccountId;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Test tokens. {@link #SECRET} is the value the root pom's Surefire configuration puts into the environment variable
 * {@code TS_JWT_SECRET} of every test JVM; it exists only for tests.
 */
public final class TestJwt {

    public static final String SECRET = "test-only-jwt-secret-0123456789-abcdefghijklmnop";
    public static final AccountId DEMO = AccountId.of("demo");

    private static final JwtTokens TOKENS = new JwtTokens(
            new Secrets(Map.of("TS_JWT_SECRET", SECRET)).require("TS_JWT_SECRET"), Clock.systemUTC());

    private TestJwt() {
    }

    /** A valid token for {@code account} with the given roles, valid for one hour. */
    public static String token(AccountId account, String... roles) {
        return TOKENS.mint("test-user", Set.of(roles), account, Duration.ofHours(1));
    }

    /** {@code "Bearer <token>"} for an Authorization header. */
    public static String bearer(AccountId account, String... roles) {
        return "Bearer " + token(account, roles);
    }

    public static Secret secret() {
        return new Secrets(Map.of("TS_JWT_SECRET", SECRET)).require("TS_JWT_SECRET");
    }
}
