package io.tradingsuite.common.security;

import io.tradingsuite.common.credentials.Secret;
import io.tradingsuite.common.types.AccountId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Mints the suite's HS256 access tokens (the gateway does; tests do too). Claims: sub, roles, account, iss, exp. */
public final class JwtTokens {

    private final JwtEncoder encoder;
    private final Clock clock;

    public JwtTokens(Secret signingSecret, Clock clock) {
        this.encoder = NimbusJwtEncoder.withSecretKey(key(signingSecret)).algorithm(MacAlgorithm.HS256).build();
        this.clock = clock;
    }

    /** The HMAC key of a signing secret; shared with the decoders. */
    public static SecretKey key(Secret signingSecret) {
        return new SecretKeySpec(signingSecret.bytes(), "HmacSHA256");
    }

    public String mint(String subject, Set<String> roles, AccountId account, Duration ttl) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(Roles.ISSUER)
                .subject(subject)
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .claim(Roles.CLAIM, List.copyOf(roles))
                .claim(Roles.ACCOUNT_CLAIM, account.value())
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
    }
}
