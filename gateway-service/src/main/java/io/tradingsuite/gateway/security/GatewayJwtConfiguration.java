package io.tradingsuite.gateway.security;

import io.tradingsuite.common.credentials.Secret;
import io.tradingsuite.common.credentials.Secrets;
import io.tradingsuite.common.security.JwtTokens;
import io.tradingsuite.common.security.Roles;
import io.tradingsuite.common.types.AccountId;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * The HS256 signing secret ({@code TS_JWT_SECRET} or {@code TS_JWT_SECRET_FILE}, at least 32 characters; missing
 * stops startup naming the variable), the {@link JwtTokens} minting service tokens, and the reactive decoder that
 * validates incoming bearer tokens exactly as the services do (signature, expiry, issuer) plus an
 * {@code account} claim that is a valid account id.
 */
@Configuration(proxyBeanMethods = false)
public class GatewayJwtConfiguration {

    /** Name of the signing secret, shared with every service. */
    public static final String JWT_SECRET = "TS_JWT_SECRET";
    /** HS256 needs a key of at least 256 bits. */
    public static final int MIN_SECRET_LENGTH = 32;

    /** Reads the signing secret; a missing or short one is a {@code MissingSecretException} naming the variable. */
    public static Secret signingSecret(Secrets secrets) {
        return secrets.require(JWT_SECRET, MIN_SECRET_LENGTH);
    }

    @Bean
    Secret jwtSigningSecret(Secrets secrets) {
        return signingSecret(secrets);
    }

    @Bean
    JwtTokens jwtTokens(Secret jwtSigningSecret, Clock clock) {
        return new JwtTokens(jwtSigningSecret, clock);
    }

    @Bean
    ReactiveJwtDecoder reactiveJwtDecoder(Secret jwtSigningSecret) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withSecretKey(JwtTokens.key(jwtSigningSecret))
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(Roles.ISSUER),
                new JwtClaimValidator<Object>(Roles.ACCOUNT_CLAIM, v -> v instanceof String s && AccountId.isValid(s))));
        return decoder;
    }
}
