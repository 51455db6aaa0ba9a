package io.tradingsuite.common.error;

import java.util.Map;
import java.util.Objects;

/**
 * An error to return to the API caller as an RFC 9457 problem detail: HTTP status, stable code (an
 * {@link ErrorCode} name or a risk reason code such as {@code RISK_INSUFFICIENT_BUYING_POWER}), a human detail and
 * optional extra properties. The detail must never contain secrets.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final transient Map<String, Object> properties;

    public ApiException(ErrorCode code, int status, String detail) {
        this(code.name(), code.title(), status, detail, Map.of());
    }

    public ApiException(String code, String title, int status, String detail, Map<String, Object> properties) {
        super(detail);
        this.code = Objects.requireNonNull(code, "code");
        this.title = Objects.requireNonNull(title, "title");
        this.status = status;
        this.properties = Map.copyOf(properties);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(ErrorCode.NOT_FOUND, 404, detail);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ErrorCode.CONFLICT, 409, detail);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
