package io.tradingsuite.risk.web;

import io.tradingsuite.common.error.ErrorCode;
import io.tradingsuite.common.security.CurrentUser;
import io.tradingsuite.common.types.TradingState;
import io.tradingsuite.common.validation.FieldViolation;
import io.tradingsuite.common.validation.ValidationException;
import io.tradingsuite.core.risk.RiskScope;
import io.tradingsuite.risk.control.LimitsService;
import io.tradingsuite.risk.control.ScopeState;
import io.tradingsuite.risk.control.TradingControlService;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Runtime controls. Anyone authenticated may read; changes need {@code RISK_ADMIN} or {@code ADMIN} (403
 * {@code AUTH_FORBIDDEN} otherwise):
 * <ul>
 *   <li>{@code GET /api/risk/state}: every scope's state; {@code PUT /api/risk/state/{scope}} {@code {state, reason}}</li>
 *   <li>{@code POST /api/risk/kill} {@code {scope?, reason?}} (default global): halted with the kill switch;
 *       {@code POST /api/risk/resume} {@code {scope?, reason?}}: active again</li>
 *   <li>{@code GET /api/risk/limits}; {@code PUT /api/risk/limits} {@code {<limit name>: value, ...}} (partial; a new
 *       version)</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/risk")
class ControlController {

    private static final String RISK_ADMINS = "hasAnyRole('RISK_ADMIN','ADMIN')";

    private final TradingControlService controls;
    private final LimitsService limits;

    ControlController(TradingControlService controls, LimitsService limits) {
        this.controls = controls;
        this.limits = limits;
    }

    /** The state of one scope as JSON. */
    record ScopeStateResponse(String scope, TradingState state, boolean killSwitch, String reason, String changedBy,
            long version, Instant changedAt) {

        static ScopeStateResponse of(ScopeState s) {
            return new ScopeStateResponse(s.scope().wire(), s.state(), s.killSwitch(), s.reason(), s.changedBy(),
                    s.version(), s.changedAt());
        }
    }

    /** Body of {@code PUT /api/risk/state/{scope}}. */
    record StateChangeRequest(String state, String reason) {
    }

    /** Optional body of kill and resume. */
    record ScopeRequest(String scope, String reason) {
    }

    @GetMapping("/state")
    List<ScopeStateResponse> states() {
        return controls.all().stream().map(ScopeStateResponse::of).toList();
    }

    @PutMapping("/state/{scope}")
    @PreAuthorize(RISK_ADMINS)
    ScopeStateResponse changeState(@PathVariable String scope, @RequestBody StateChangeRequest body) {
        RiskScope parsed = scope(scope, "scope");
        TradingState state;
        try {
            state = TradingState.fromWire(body == null ? null : body.state());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(List.of(FieldViolation.of("state", ErrorCode.VALIDATION_FORMAT,
                    "state must be one of active, reducing, halted")));
        }
        return ScopeStateResponse.of(controls.change(parsed, state, false, reason(body == null ? null : body.reason()),
                CurrentUser.subject()));
    }

    @PostMapping("/kill")
    @PreAuthorize(RISK_ADMINS)
    ScopeStateResponse kill(@RequestBody(required = false) ScopeRequest body) {
        return ScopeStateResponse.of(controls.kill(scopeOrGlobal(body), reason(body == null ? null : body.reason()),
                CurrentUser.subject()));
    }

    @PostMapping("/resume")
    @PreAuthorize(RISK_ADMINS)
    ScopeStateResponse resume(@RequestBody(required = false) ScopeRequest body) {
        return ScopeStateResponse.of(controls.resume(scopeOrGlobal(body), reason(body == null ? null : body.reason()),
                CurrentUser.subject()));
    }

    @GetMapping("/limits")
    Map<String, Object> limits() {
        return LimitsResponse.of(limits.current());
    }

    @PutMapping("/limits")
    @PreAuthorize(RISK_ADMINS)
    Map<String, Object> changeLimits(@RequestBody Map<String, Object> body) {
        if (body == null || body.isEmpty()) {
            throw new ValidationException(List.of(FieldViolation.of("limits", ErrorCode.VALIDATION_REQUIRED,
                    "name at least one limit to change")));
        }
        Map<String, String> changes = new LinkedHashMap<>();
        body.forEach((name, value) -> changes.put(name, text(value)));
        return LimitsResponse.of(limits.change(changes, CurrentUser.subject()));
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> null;
            case Double d -> BigDecimal.valueOf(d).toPlainString();
            case Float f -> new BigDecimal(f.toString()).toPlainString();
            case BigDecimal b -> b.toPlainString();
            case Number n -> n.toString();
            case String s -> s;
            case List<?> list -> String.join(",", list.stream().map(ControlController::text).toList());
            default -> "<" + value.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + ">";
        };
    }

    private static RiskScope scopeOrGlobal(ScopeRequest body) {
        return body == null || body.scope() == null || body.scope().isBlank() ? RiskScope.GLOBAL
                : scope(body.scope(), "scope");
    }

    private static RiskScope scope(String text, String field) {
        try {
            return RiskScope.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(List.of(FieldViolation.of(field, ErrorCode.VALIDATION_FORMAT,
                    "scope must be global, account:<id> or bot:<id>")));
        }
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String trimmed = reason.trim();
        return trimmed.length() > 500 ? trimmed.substring(0, 500) : trimmed;
    }
}
