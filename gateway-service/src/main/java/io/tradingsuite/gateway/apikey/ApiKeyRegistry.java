package io.tradingsuite.gateway.apikey;

import io.tradingsuite.common.credentials.Secrets;
import io.tradingsuite.common.security.Roles;
import io.tradingsuite.common.types.AccountId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The configured API keys, parsed from the {@code TS_API_KEYS} secret: a {@code ;}- or newline-separated list of
 * {@code keyId:sha256hex(secret):ROLE[,ROLE...]:accountId} entries (blank lines and lines starting with {@code #}
 * are ignored). Only hashes are held; {@link #verify(String, String)} hashes the presented secret and compares in
 * constant time, and does the same amount of work for an unknown key id.
 */
public final class ApiKeyRegistry {

    /** Name of the secret (environment variable, or {@code TS_API_KEYS_FILE}) holding the key list. */
    public static final String SECRET_NAME = "TS_API_KEYS";

    private static final Pattern ENTRY_SEPARATOR = Pattern.compile("[;\\r\\n]+");
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");
    /** Compared against when the key id is unknown, so unknown and known ids take the same time. */
    private static final byte[] DECOY_HASH = new byte[32];

    private final Map<String, ApiKey> keysById;

    private ApiKeyRegistry(Map<String, ApiKey> keysById) {
        this.keysById = Map.copyOf(keysById);
    }

    /** Reads and parses the {@code TS_API_KEYS} secret; a missing secret stops startup naming the variable. */
    public static ApiKeyRegistry fromSecrets(Secrets secrets) {
        return parse(secrets.require(SECRET_NAME).reveal());
    }

    /** Parses a key list; throws {@link InvalidApiKeysException} naming the bad entry's position, never its content. */
    public static ApiKeyRegistry parse(String keyList) {
        Map<String, ApiKey> keys = new LinkedHashMap<>();
        int position = 0;
        for (String rawEntry : ENTRY_SEPARATOR.split(keyList == null ? "" : keyList)) {
            String entry = rawEntry.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            position++;
            ApiKey key = parseEntry(position, entry);
            if (keys.putIfAbsent(key.keyId(), key) != null) {
                throw invalid(position, "duplicate key id");
            }
        }
        if (keys.isEmpty()) {
            throw new InvalidApiKeysException(SECRET_NAME + " holds no API key entries");
        }
        return new ApiKeyRegistry(keys);
    }

    private static ApiKey parseEntry(int position, String entry) {
        String[] fields = entry.split(":", -1);
        if (fields.length != 4) {
            throw invalid(position, "expected keyId:sha256hex(secret):ROLE[,ROLE...]:accountId");
        }
        String keyId = fields[0].strip();
        if (!KEY_ID.matcher(keyId).matches()) {
            throw invalid(position, "key id must be 1-64 characters of letters, digits, '.', '_' or '-'");
        }
        String hash = fields[1].strip();
        if (!SHA256_HEX.matcher(hash).matches()) {
            throw invalid(position, "the secret hash must be 64 hex characters (SHA-256)");
        }
        Set<String> roles = new TreeSet<>();
        for (String role : fields[2].split(",")) {
            if (!Roles.ALL.contains(role.strip())) {
                throw invalid(position, "unknown role (expected VIEWER, TRADER, RISK_ADMIN or ADMIN)");
            }
            roles.add(role.strip());
        }
        String account = fields[3].strip();
        if (!AccountId.isValid(account)) {
            throw invalid(position, "invalid account id");
        }
        return new ApiKey(keyId, HexFormat.of().parseHex(hash.toLowerCase()), roles, AccountId.of(account));
    }

    private static InvalidApiKeysException invalid(int position, String problem) {
        return new InvalidApiKeysException(SECRET_NAME + " entry #" + position + " is malformed: " + problem);
    }

    /** The key whose id and secret match, or empty; constant-time in the secret, same work for unknown ids. */
    public Optional<ApiKey> verify(String keyId, String secret) {
        ApiKey key = keyId == null ? null : keysById.get(keyId);
        byte[] expected = key == null ? DECOY_HASH : key.secretSha256();
        boolean secretMatches = MessageDigest.isEqual(sha256(secret == null ? "" : secret), expected);
        return key != null && secretMatches ? Optional.of(key) : Optional.empty();
    }

    /** Number of configured keys (for a startup log line; never the keys themselves). */
    public int size() {
        return keysById.size();
    }

    /** Lower-case hex SHA-256 of a secret: how an operator derives the hash to put in {@code TS_API_KEYS}. */
    public static String sha256Hex(String secret) {
        return HexFormat.of().formatHex(sha256(secret));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "ApiKeyRegistry[" + keysById.size() + " keys]";
    }
}
