package io.tradingsuite.gateway.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Gateway settings under {@code ts.gateway}. Secrets are deliberately absent: they come only from
 * {@code TS_JWT_SECRET} and {@code TS_API_KEYS} through common's {@code Secrets}.
 *
 * @param tokenTtl lifetime of tokens issued by {@code POST /api/auth/token}
 * @param relayTokenTtl lifetime of the short-lived token minted for each API-key request and relayed downstream
 */
@ConfigurationProperties("ts.gateway")
public record GatewayProperties(
        @DefaultValue("PT15M") Duration tokenTtl,
        @DefaultValue("PT1M") Duration relayTokenTtl) {

    public GatewayProperties {
        requirePositive("ts.gateway.token-ttl", tokenTtl);
        requirePositive("ts.gateway.relay-token-ttl", relayTokenTtl);
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
        }
    }
}
