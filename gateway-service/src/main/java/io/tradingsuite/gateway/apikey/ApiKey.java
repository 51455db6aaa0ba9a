package io.tradingsuite.gateway.apikey;

import io.tradingsuite.common.security.Roles;
import io.tradingsuite.common.types.AccountId;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * One configured API key: its public id, the SHA-256 hash of its secret (the secret itself is never stored),
 * the roles it grants (names from common's {@link Roles}) and the account it acts for. {@link #toString()} omits the hash.
 */
public record ApiKey(String keyId, byte[] secretSha256, Set<String> roles, AccountId account) {

    public ApiKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(account, "account");
        if (secretSha256 == null || secretSha256.length != 32) {
            throw new IllegalArgumentException("secretSha256 must be 32 bytes");
        }
        secretSha256 = secretSha256.clone();
        roles = Set.copyOf(roles);
        if (roles.isEmpty() || !Roles.ALL.containsAll(roles)) {
            throw new IllegalArgumentException("an API key needs one or more of the roles " + Roles.ALL);
        }
    }

    @Override
    public byte[] secretSha256() {
        return secretSha256.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKey k && k.keyId.equals(keyId) && Arrays.equals(k.secretSha256, secretSha256)
                && k.roles.equals(roles) && k.account.equals(account);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyId, roles, account);
    }

    @Override
    public String toString() {
        return "ApiKey[keyId=" + keyId + ", secretSha256=****, roles=" + roles + ", account=" + account + "]";
    }
}
