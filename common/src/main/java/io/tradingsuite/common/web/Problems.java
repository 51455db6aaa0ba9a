package io.tradingsuite.common.web;

import io.tradingsuite.common.error.ErrorCode;
import io.tradingsuite.common.validation.FieldViolation;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the suite's RFC 9457 problem details: {@code type}, {@code title}, {@code status}, {@code detail}, {@code code}, {@code errors}. */
public final class Problems {

    public static final String TYPE_BASE = "https://tradingsuite.io/problems/";
    public static final String CODE = "code";
    public static final String ERRORS = "errors";

    private Problems() {
    }

    public static ProblemDetail of(int status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setType(URI.create(TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(title);
        problem.setProperty(CODE, code);
        return problem;
    }

    public static ProblemDetail of(int status, ErrorCode code, String detail) {
        return of(status, code.name(), code.title(), detail);
    }

    public static ProblemDetail withErrors(ProblemDetail problem, List<FieldViolation> violations) {
        problem.setProperty(ERRORS, violations.stream()
                .map(v -> Map.of("field", v.field(), "code", v.code(), "message", v.message()))
                .toList());
        return problem;
    }

    /** A hand-written JSON body for places without message converters (security entry points). */
    public static String json(int status, ErrorCode code, String detail) {
        return "{\"type\":\"" + TYPE_BASE + code.name().toLowerCase(Locale.ROOT).replace('_', '-') + "\",\"title\":\""
                + code.title() + "\",\"status\":" + status + ",\"detail\":\"" + escape(detail) + "\",\"code\":\""
                + code.name() + "\"}";
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
