package io.tradingsuite.common.validation;

import io.tradingsuite.common.error.ErrorCode;

/** One invalid field: its REST (snake_case) name, a stable {@code VALIDATION_*} code and a readable message. */
public record FieldViolation(String field, String code, String message) {

    public static FieldViolation of(String field, ErrorCode code, String message) {
        return new FieldViolation(field, code.name(), message);
    }
}
