package io.tradingsuite.common.security;

import java.util.Set;

/** The roles of the suite, carried in the JWT claim {@value #CLAIM} and mapped to authorities {@code ROLE_<name>}. */
public final class Roles {

    public static final String CLAIM = "roles";
    public static final String ACCOUNT_CLAIM = "account";
    public static final String ISSUER = "trading-suite";

    /** Read-only access. */
    public static final String VIEWER = "VIEWER";
    /** May place and cancel orders and start/stop bots. */
    public static final String TRADER = "TRADER";
    /** May change risk limits and engage/release the kill switch. */
    public static final String RISK_ADMIN = "RISK_ADMIN";
    /** Everything. */
    public static final String ADMIN = "ADMIN";

    public static final Set<String> ALL = Set.of(VIEWER, TRADER, RISK_ADMIN, ADMIN);

    private Roles() {
    }
}
