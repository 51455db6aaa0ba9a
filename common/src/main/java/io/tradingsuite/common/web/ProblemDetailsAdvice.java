package io.tradingsuite.common.web;

import io.tradingsuite.common.error.ApiException;
import io.tradingsuite.common.error.ErrorCode;
import io.tradingsuite.common.validation.FieldViolation;
import io.tradingsuite.common.validation.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.DatabindException;

/**
 * Every error of every service as an RFC 9457 problem detail with a stable {@code code}; validation failures list
 * {@code errors} by field. Nothing internal (stack traces, class names, SQL) reaches the caller: unexpected errors
 * are logged with a reference that the 500 body repeats.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ApiException.class)
    public ResponseEntity<ProblemDetail> api(ApiException e) {
        ProblemDetail problem = Problems.of(e.status(), e.code(), e.title(), e.getMessage());
        e.properties().forEach(problem::setProperty);
        return respond(problem);
    }

    @ExceptionHandler(ValidationException.class)
    public ResponseEntity<ProblemDetail> validation(ValidationException e) {
        return respond(Problems.withErrors(Problems.of(400, ErrorCode.VALIDATION_FAILED,
                "The request has " + e.violations().size() + " invalid field(s)"), e.violations()));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ResponseEntity<ProblemDetail> beanValidation(MethodArgumentNotValidException e) {
        List<FieldViolation> violations = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldViolation(snake(f.getField()), ErrorCode.VALIDATION_FORMAT.name(),
                        f.getDefaultMessage() == null ? "invalid value" : f.getDefaultMessage()))
                .toList();
        return respond(Problems.withErrors(Problems.of(400, ErrorCode.VALIDATION_FAILED,
                "The request has " + violations.size() + " invalid field(s)"), violations));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        ProblemDetail problem = Problems.of(400, ErrorCode.VALIDATION_MALFORMED_BODY,
                "The request body is not valid JSON for this endpoint");
        Throwable cause = e.getCause();
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> a + "." + b).orElse("");
            Problems.withErrors(problem, List.of(new FieldViolation(field, ErrorCode.VALIDATION_FORMAT.name(),
                    "invalid value for " + field)));
        }
        return respond(problem);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            HandlerMethodValidationException.class})
    public ResponseEntity<ProblemDetail> badParameter(Exception e) {
        String detail = switch (e) {
            case MethodArgumentTypeMismatchException m -> "invalid value for parameter '" + m.getName() + "'";
            case MissingServletRequestParameterException m -> "missing parameter '" + m.getParameterName() + "'";
            default -> "invalid request parameter";
        };
        return respond(Problems.of(400, ErrorCode.VALIDATION_PARAMETER, detail));
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    public ResponseEntity<ProblemDetail> notFound(Exception e) {
        return respond(Problems.of(404, ErrorCode.NOT_FOUND, "No such resource"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return respond(Problems.of(405, ErrorCode.METHOD_NOT_ALLOWED, "Method " + e.getMethod() + " is not supported here"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(Problems.of(415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send application/json"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return respond(Problems.of(403, ErrorCode.AUTH_FORBIDDEN, "Your role does not allow this request"));
    }

    @ExceptionHandler(AuthenticationException.class)
    public ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return respond(Problems.of(401, ErrorCode.AUTH_UNAUTHENTICATED, "Valid credentials are required"));
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception e) {
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected error, reference {}", reference, e);
        return respond(Problems.of(500, ErrorCode.INTERNAL, "Internal error, reference " + reference));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
