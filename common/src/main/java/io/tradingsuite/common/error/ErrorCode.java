package io.tradingsuite.common.error;

/**
 * Stable error codes, grouped by subsystem (exchange-core style). The code is part of the API: clients and
 * dashboards match on it, so codes are added, never renamed. {@code RISK_*} reason codes of risk decisions are
 * carried as strings in events and problem details (the risk policies own that list).
 */
public enum ErrorCode {
    VALIDATION_FAILED("Request validation failed"),
    VALIDATION_MALFORMED_BODY("Malformed request body"),
    VALIDATION_PARAMETER("Invalid request parameter"),
    VALIDATION_REQUIRED("Required field missing"),
    VALIDATION_FORMAT("Invalid format"),
    VALIDATION_UNKNOWN_SYMBOL("Unknown symbol"),
    VALIDATION_NOT_TRADABLE("Asset not tradable"),
    VALIDATION_QUANTITY("Invalid quantity"),
    VALIDATION_PRICE_SCALE("Invalid price increment"),
    VALIDATION_PRICE_COMBINATION("Invalid order type and price combination"),
    VALIDATION_TIME_IN_FORCE("Invalid time in force"),
    VALIDATION_ORDER_CLASS("Invalid order class combination"),
    VALIDATION_EXIT_PRICES("Invalid take-profit / stop-loss prices"),

    RISK_DENIED("Order denied by risk"),

    VENUE_REJECTED("Order rejected by the venue"),
    VENUE_UNAVAILABLE("Venue unavailable"),

    AUTH_UNAUTHENTICATED("Authentication required"),
    AUTH_FORBIDDEN("Forbidden"),

    NOT_FOUND("Not found"),
    CONFLICT("Conflict"),
    METHOD_NOT_ALLOWED("Method not allowed"),
    UNSUPPORTED_MEDIA_TYPE("Unsupported media type"),
    INTERNAL("Internal error");

    private final String title;

    ErrorCode(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
