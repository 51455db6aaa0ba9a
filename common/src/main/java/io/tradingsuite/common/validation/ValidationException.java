package io.tradingsuite.common.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Input failed validation; rendered as a 400 problem detail with {@code errors} listing every field violation. */
public class ValidationException extends RuntimeException {

    private final transient List<FieldViolation> violations;

    public ValidationException(List<FieldViolation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
