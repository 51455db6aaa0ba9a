package io.tradingsuite.gateway.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OAuth2-style token response of {@code POST /api/auth/token}. */
public record TokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn) {

    public static TokenResponse bearer(String accessToken, long expiresInSeconds) {
        return new TokenResponse(accessToken, "bearer", expiresInSeconds);
    }

    @Override
    public String toString() {
        return "TokenResponse[accessToken=****, tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
    }
}
