package io.tradingsuite.gateway.security;

import java.util.List;
import java.util.Objects;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** The unverified API key headers of a request; the secret is erased after verification and never printed. */
public final class ApiKeyAuthenticationRequest extends AbstractAuthenticationToken {

    private final String keyId;
    private String secret;

    public ApiKeyAuthenticationRequest(String keyId, String secret) {
        super(List.of());
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        this.secret = Objects.requireNonNull(secret, "secret");
        setAuthenticated(false);
    }

    @Override
    public String getPrincipal() {
        return keyId;
    }

    @Override
    public String getCredentials() {
        return secret;
    }

    @Override
    public void eraseCredentials() {
        secret = "";
        super.eraseCredentials();
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "ApiKeyAuthenticationRequest[keyId=" + keyId + ", secret=****]";
    }
}
