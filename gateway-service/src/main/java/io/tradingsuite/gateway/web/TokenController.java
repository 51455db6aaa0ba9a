package io.tradingsuite.gateway.web;

import io.tradingsuite.common.security.JwtTokens;
import io.tradingsuite.gateway.config.GatewayProperties;
import io.tradingsuite.gateway.security.ApiKeyAuthentication;
import java.security.Principal;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/auth/token}: exchanges valid API key headers for a bearer JWT ({@code ts.gateway.token-ttl},
 * 15 minutes by default). Only API-key callers get a token: a bearer token cannot extend itself.
 */
@RestController
public class TokenController {

    private final JwtTokens tokens;
    private final GatewayProperties properties;

    public TokenController(JwtTokens tokens, GatewayProperties properties) {
        this.tokens = tokens;
        this.properties = properties;
    }

    @PostMapping("/api/auth/token")
    public ResponseEntity<TokenResponse> issue(Principal principal) {
        if (!(principal instanceof ApiKeyAuthentication key)) {
            throw new AccessDeniedException("Tokens are issued for API key credentials only");
        }
        String token = tokens.mint(key.getName(), key.roles(), key.account(), properties.tokenTtl());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(TokenResponse.bearer(token, properties.tokenTtl().toSeconds()));
    }
}
