package io.tradingsuite.systemtests.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * An API key generated for one test run: the gateway is configured with {@link #registryEntry()} (only the
 * SHA-256 of the secret), the tests present {@link #id()} and {@link #secret()} in the Alpaca-style headers.
 *
 * @param id      key id ({@code APCA-API-KEY-ID})
 * @param secret  clear secret ({@code APCA-API-SECRET-KEY}), never logged
 * @param roles   roles granted by the key
 * @param account the account the key trades for
 */
public record ApiKey(String id, String secret, List<String> roles, String account) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A fresh key with a random id suffix and a random 32-byte secret. */
    public static ApiKey generate(String idPrefix, String account, String... roles) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        byte[] suffix = new byte[6];
        RANDOM.nextBytes(suffix);
        return new ApiKey(idPrefix + "-" + HexFormat.of().formatHex(suffix),
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret), List.of(roles), account);
    }

    /** The {@code TS_API_KEYS} entry: {@code keyId:sha256hex(secret):ROLE[,ROLE]:account}. */
    public String registryEntry() {
        return id + ":" + sha256Hex(secret) + ":" + String.join(",", roles) + ":" + account;
    }

    /** Masks the secret. */
    @Override
    public String toString() {
        return "ApiKey[id=" + id + ", roles=" + roles + ", account=" + account + ", secret=****]";
    }

    private static String sha256Hex(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
