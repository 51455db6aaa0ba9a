package io.tradingsuite.risk.web;

import io.tradingsuite.common.error.ErrorCode;
import io.tradingsuite.common.security.CurrentUser;
import io.tradingsuite.common.security.Roles;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.validation.FieldViolation;
import io.tradingsuite.common.validation.ValidationException;
import io.tradingsuite.core.risk.RiskReasonCode;
import io.tradingsuite.risk.decision.DecisionQuery;
import io.tradingsuite.risk.decision.DecisionRepository;
import io.tradingsuite.risk.decision.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/risk/decisions} (newest first; filters {@code outcome}, {@code reason}, {@code symbol},
 * {@code bot}, {@code limit}). Any authenticated caller may read; callers see
 * their own account's decisions, risk admins and admins see every account's.
 */
@RestController
@RequestMapping("/api/risk")
class RiskController {

    private final DecisionRepository decisions;

    RiskController(DecisionRepository decisions) {
        this.decisions = decisions;
    }

    @GetMapping("/decisions")
    List<DecisionResponse> decisions(
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String symbol,
            @RequestParam(required = false) String bot,
            @RequestParam(required = false) Integer limit,
            Authentication authentication) {
        List<FieldViolation> violations = new ArrayList<>();
        Outcome wantedOutcome = parse(violations, "outcome", outcome, Outcome::fromWire);
        String wantedReason = parse(violations, "reason", reason, RiskController::reasonCode);
        Symbol wantedSymbol = parse(violations, "symbol", symbol, s -> Symbol.of(s.toUpperCase(Locale.ROOT)));
        BotId wantedBot = parse(violations, "bot", bot, BotId::of);
        if (limit != null && (limit < 1 || limit > DecisionQuery.MAX_LIMIT)) {
            violations.add(FieldViolation.of("limit", ErrorCode.VALIDATION_PARAMETER,
                    "limit must be between 1 and " + DecisionQuery.MAX_LIMIT));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        AccountId account = seesAllAccounts(authentication) ? null : CurrentUser.accountId();
        DecisionQuery query = new DecisionQuery(account, wantedOutcome, wantedReason, wantedSymbol, wantedBot,
                limit == null ? DecisionQuery.DEFAULT_LIMIT : limit);
        return decisions.find(query).stream().map(DecisionResponse::of).toList();
    }

    private static boolean seesAllAccounts(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream().anyMatch(a ->
                ("ROLE_" + Roles.RISK_ADMIN).equals(a.getAuthority()) || ("ROLE_" + Roles.ADMIN).equals(a.getAuthority()));
    }

    private static String reasonCode(String text) {
        return RiskReasonCode.valueOf(text.trim().toUpperCase(Locale.ROOT)).name();
    }

    private static <T> T parse(List<FieldViolation> violations, String field, String text, Function<String, T> parser) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text.trim());
        } catch (IllegalArgumentException e) {
            violations.add(FieldViolation.of(field, ErrorCode.VALIDATION_PARAMETER, "invalid " + field + " '"
                    + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'"));
            return null;
        }
    }
}
