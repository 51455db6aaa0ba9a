package io.tradingsuite.gateway.security;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.gateway.apikey.ApiKey;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by a verified API key: the key id is the principal (and the subject of relayed
 * tokens), the key's roles become {@code ROLE_x} authorities. Holds no secret or hash.
 */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final String keyId;
    private final Set<String> roles;
    private final AccountId account;

    public ApiKeyAuthentication(ApiKey key) {
        super(key.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
        this.keyId = key.keyId();
        this.roles = key.roles();
        this.account = key.account();
        setAuthenticated(true);
    }

    @Override
    public String getPrincipal() {
        return keyId;
    }

    /** No credentials are kept after verification. */
    @Override
    public Object getCredentials() {
        return null;
    }

    /** Role names as they go into the JWT {@code roles} claim. */
    public Set<String> roles() {
        return roles;
    }

    public AccountId account() {
        return account;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKeyAuthentication a && a.keyId.equals(keyId) && a.roles.equals(roles)
                && a.account.equals(account);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyId, roles, account);
    }

    @Override
    public String toString() {
        return "ApiKeyAuthentication[keyId=" + keyId + ", roles=" + roles + ", account=" + account + "]";
    }
}
