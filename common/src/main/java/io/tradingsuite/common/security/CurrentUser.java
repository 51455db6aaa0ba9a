package io.tradingsuite.common.security;

import io.tradingsuite.common.error.ApiException;
import io.tradingsuite.common.error.ErrorCode;
import io.tradingsuite.common.types.AccountId;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** The authenticated caller of the current request. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The caller's account (JWT claim {@code account}); 403 AUTH_FORBIDDEN when the token carries none. */
    public static AccountId accountId() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Jwt jwt) {
            String account = jwt.getClaimAsString(Roles.ACCOUNT_CLAIM);
            if (account != null && AccountId.isValid(account)) {
                return AccountId.of(account);
            }
        }
        throw new ApiException(ErrorCode.AUTH_FORBIDDEN, 403, "the access token names no account");
    }

    /** The caller's subject (API key id or user name), for audit. */
    public static String subject() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "anonymous" : auth.getName();
    }
}
