package io.tradingsuite.risk.web;

import io.tradingsuite.common.error.ErrorCode;
import io.tradingsuite.common.security.CurrentUser;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.validation.FieldViolation;
import io.tradingsuite.common.validation.ValidationException;
import io.tradingsuite.risk.locate.Locate;
import io.tradingsuite.risk.locate.LocateService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Locates for short sales of hard-to-borrow symbols (limit {@code hard_to_borrow_symbols}):
 * {@code GET /api/risk/locates[?unused=true]} lists today's (New York trading day); {@code POST /api/risk/locates}
 * {@code {account_id, symbol, qty}} registers located shares ({@code RISK_ADMIN} or {@code ADMIN}; 201 with the
 * day's locate of that account and symbol).
 */
@RestController
@RequestMapping("/api/risk/locates")
class LocateController {

    private final LocateService locates;

    LocateController(LocateService locates) {
        this.locates = locates;
    }

    /** Body of {@code POST /api/risk/locates}; decimals as strings or numbers. */
    record LocateRequest(String accountId, String symbol, BigDecimal qty) {
    }

    record LocateResponse(String accountId, Symbol symbol, LocalDate tradingDay, Quantity located, Quantity used,
            Quantity available, String locatedBy, Instant updatedAt) {

        static LocateResponse of(Locate l) {
            return new LocateResponse(l.accountId().value(), l.symbol(), l.tradingDay(), l.located(), l.used(),
                    l.available(), l.locatedBy(), l.updatedAt());
        }
    }

    @GetMapping
    List<LocateResponse> list(@RequestParam(defaultValue = "false") boolean unused) {
        return locates.ofToday(unused).stream().map(LocateResponse::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('RISK_ADMIN','ADMIN')")
    LocateResponse add(@RequestBody LocateRequest body) {
        List<FieldViolation> violations = new ArrayList<>();
        String account = body == null ? null : body.accountId();
        String symbol = body == null || body.symbol() == null ? null : body.symbol().trim().toUpperCase(Locale.ROOT);
        BigDecimal qty = body == null ? null : body.qty();
        if (account == null || account.isBlank()) {
            violations.add(FieldViolation.of("account_id", ErrorCode.VALIDATION_REQUIRED, "account_id is required"));
        } else if (!AccountId.isValid(account)) {
            violations.add(FieldViolation.of("account_id", ErrorCode.VALIDATION_FORMAT, "account_id is not an account id"));
        }
        if (symbol == null || symbol.isEmpty()) {
            violations.add(FieldViolation.of("symbol", ErrorCode.VALIDATION_REQUIRED, "symbol is required"));
        } else if (!Symbol.isValid(symbol)) {
            violations.add(FieldViolation.of("symbol", ErrorCode.VALIDATION_FORMAT, "symbol is not a ticker symbol"));
        }
        if (qty == null) {
            violations.add(FieldViolation.of("qty", ErrorCode.VALIDATION_REQUIRED, "qty is required"));
        } else if (qty.signum() <= 0 || qty.stripTrailingZeros().scale() > Quantity.MAX_SCALE) {
            violations.add(FieldViolation.of("qty", ErrorCode.VALIDATION_QUANTITY,
                    "qty must be positive with at most " + Quantity.MAX_SCALE + " decimals"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return LocateResponse.of(locates.add(AccountId.of(account), Symbol.of(symbol), Quantity.of(qty),
                CurrentUser.subject()));
    }
}
