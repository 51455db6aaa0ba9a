package io.tradingsuite.execution.web;

import io.tradingsuite.common.error.ApiException;
import io.tradingsuite.common.error.ErrorCode;
import io.tradingsuite.common.security.CurrentUser;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.validation.OrderRequestValidator;
import io.tradingsuite.common.validation.FieldViolation;
import io.tradingsuite.common.validation.ValidationException;
import io.tradingsuite.core.algo.AlgoParameters;
import io.tradingsuite.execution.algo.AlgoEntry;
import java.util.ArrayList;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.execution.order.OrderEntry;
import io.tradingsuite.execution.order.OrderQueries;
import io.tradingsuite.execution.order.Placement;
import io.tradingsuite.execution.order.VenueNotReadyException;
import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.execution.order.OrderSearch;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.function.Function;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import io.tradingsuite.common.validation.OrderDraft;
import io.tradingsuite.common.validation.OrderClassDraft;
import io.tradingsuite.common.validation.ValidatedClassOrder;
import io.tradingsuite.common.types.OrderClass;
import io.tradingsuite.execution.orderclass.OrderClassEntry;
import io.tradingsuite.execution.venue.QuoteBook;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Order entry and queries. {@code POST /api/orders} answers 200 with the decided order (or the existing one for a
 * repeated client order id), 202 when risk has not decided within the wait, 403 with the {@code RISK_*} code when risk
 * denied, 400 with field errors when validation fails, 503 {@code VENUE_UNAVAILABLE} while the venue takes no orders
 * (Alpaca before its startup reconciliation).
 */
@RestController
@RequestMapping("/api")
public class OrderController {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    private static final Set<OrderStatus> OPEN = EnumSet.of(OrderStatus.HELD, OrderStatus.PENDING_NEW, OrderStatus.NEW,
            OrderStatus.PARTIALLY_FILLED, OrderStatus.PENDING_CANCEL, OrderStatus.PENDING_REPLACE,
            OrderStatus.DONE_FOR_DAY);

    private final OrderRequestValidator validator;
    private final OrderEntry entry;
    private final AlgoEntry algoEntry;
    private final OrderQueries queries;
    private final OrderViews views;
    private final QuoteBook quotes;
    private final OrderClassEntry classEntry;

    public OrderController(OrderRequestValidator validator, OrderEntry entry, AlgoEntry algoEntry,
            OrderQueries queries, OrderViews views, QuoteBook quotes, OrderClassEntry classEntry) {
        this.quotes = quotes;
        this.classEntry = classEntry;
        this.validator = validator;
        this.entry = entry;
        this.algoEntry = algoEntry;
        this.queries = queries;
        this.views = views;
    }

    /**
     * Places an order, or with {@code algo} a parent order worked by an execution algorithm: the parent answers 200
     * {@code new} at once (its children go to risk one by one as the schedule releases them). With
     * {@code order_class} bracket / oco / oto the primary order is answered like a simple one (status after the
     * decision wait), its {@code legs} nested.
     */
    @PostMapping("/orders")
    @PreAuthorize("hasAnyRole('TRADER','ADMIN')")
    public ResponseEntity<OrderResponse> place(@RequestBody OrderRequestBody body) {
        AccountId account = CurrentUser.accountId();
        List<FieldViolation> extraViolations = new ArrayList<>();
        AlgoParameters algo = body.hasAlgo() ? AlgoRequest.parse(body, extraViolations) : null;
        OrderClassDraft classDraft = OrderClassRequest.parse(body, extraViolations);
        boolean contingent = OrderClassRequest.isContingent(classDraft);
        if (contingent && body.hasAlgo()) {
            extraViolations.add(FieldViolation.of("order_class", ErrorCode.VALIDATION_ORDER_CLASS,
                    "an algorithm order is a simple order"));
        }
        if (contingent && OrderRequestBody.text(body.notional()) != null) {
            extraViolations.add(FieldViolation.of("notional", ErrorCode.VALIDATION_ORDER_CLASS,
                    "bracket, oco and oto orders are sized by qty"));
        }
        List<FieldViolation> notionalViolations = new ArrayList<>();
        OrderDraft draft = NotionalSizing.draft(body, quotes, notionalViolations);
        if (OrderClassRequest.isOco(classDraft) && (draft.limitPrice() == null || draft.limitPrice().isBlank())) {
            // an oco is a limit order at its take-profit (Alpaca's body gives only take_profit.limit_price)
            draft = new OrderDraft(draft.symbol(), draft.qty(), draft.side(), draft.type(), draft.timeInForce(),
                    classDraft.takeProfitLimitPrice(), draft.stopPrice(), draft.clientOrderId(), draft.trailPrice(),
                    draft.trailPercent());
        }
        if (!notionalViolations.isEmpty()) {
            // the quantity could not be sized: report the notional and whatever else is wrong, but not the missing qty
            List<FieldViolation> all = new ArrayList<>(notionalViolations);
            try {
                validator.validate(draft, classDraft);
            } catch (ValidationException invalid) {
                invalid.violations().stream().filter(v -> !v.field().equals("qty")).forEach(all::add);
            }
            all.addAll(extraViolations);
            throw new ValidationException(all);
        }
        ValidatedClassOrder order;
        try {
            order = validator.validate(draft, classDraft);
        } catch (ValidationException invalid) {
            if (extraViolations.isEmpty()) {
                throw invalid;
            }
            List<FieldViolation> all = new ArrayList<>(invalid.violations());
            all.addAll(extraViolations);
            throw new ValidationException(all);
        }
        if (!extraViolations.isEmpty()) {
            throw new ValidationException(extraViolations);
        }
        if (algo != null) {
            return ResponseEntity.ok(views.of(algoEntry.place(account, order.order(), algo).order()));
        }
        Placement placement;
        try {
            placement = order.orderClass() == OrderClass.SIMPLE ? entry.place(account, order.order())
                    : classEntry.place(account, order);
        } catch (VenueNotReadyException notReady) {
            throw new ApiException(ErrorCode.VENUE_UNAVAILABLE, 503, notReady.getMessage());
        }
        Order placed = placement.order();
        if (!placement.created()) {
            return ResponseEntity.ok(views.of(placed));
        }
        return switch (placed.status()) {
            case DENIED -> throw new ApiException(placed.reasonCode().orElse(ErrorCode.RISK_DENIED.name()),
                    ErrorCode.RISK_DENIED.title(), HttpStatus.FORBIDDEN.value(),
                    placed.reasonDetail().orElse("order denied by risk"),
                    Map.of("order_id", placed.id().value(), "client_order_id", placed.ticket().clientOrderId().value()));
            case PENDING_NEW -> ResponseEntity.status(HttpStatus.ACCEPTED).body(views.of(placed));
            default -> ResponseEntity.ok(views.of(placed));
        };
    }

    @GetMapping("/orders/{id}")
    public OrderResponse get(@PathVariable("id") String id) {
        AccountId account = CurrentUser.accountId();
        if (!OrderId.isValid(id)) {
            throw ApiException.notFound("no order " + id);
        }
        return queries.find(account, OrderId.of(id)).map(views::of)
                .orElseThrow(() -> ApiException.notFound("no order " + id));
    }

    @GetMapping("/orders:by_client_order_id")
    public OrderResponse byClientOrderId(@RequestParam("client_order_id") String clientOrderId) {
        AccountId account = CurrentUser.accountId();
        if (!ClientOrderId.isValid(clientOrderId)) {
            throw ApiException.notFound("no order with client_order_id " + clientOrderId);
        }
        return queries.findByClientOrderId(account, ClientOrderId.of(clientOrderId)).map(views::of)
                .orElseThrow(() -> ApiException.notFound("no order with client_order_id " + clientOrderId));
    }

    /**
     * Alpaca's order list: {@code status} open|closed|all (default open) or one status by its wire name (e.g.
     * {@code done_for_day}), {@code symbols} comma-separated,
     * {@code side} buy|sell, {@code bot_id}, {@code after} (exclusive) / {@code until} (inclusive) as ISO instants or
     * dates (UTC midnight), {@code limit} 1..500 (default 50), {@code direction} asc|desc by creation time (default desc),
     * {@code nested} true|false (default false): true shows a listed primary's legs only nested in it (see
     * {@link OrderViews#nested}).
     */
    @GetMapping("/orders")
    public List<OrderResponse> list(@RequestParam(name = "status", defaultValue = "open") String status,
            @RequestParam(name = "limit", defaultValue = "" + DEFAULT_LIMIT) int limit,
            @RequestParam(name = "symbols", required = false) String symbols,
            @RequestParam(name = "side", required = false) String side,
            @RequestParam(name = "bot_id", required = false) String botId,
            @RequestParam(name = "after", required = false) String after,
            @RequestParam(name = "until", required = false) String until,
            @RequestParam(name = "direction", defaultValue = "desc") String direction,
            @RequestParam(name = "nested", defaultValue = "false") String nested) {
        AccountId account = CurrentUser.accountId();
        Set<OrderStatus> statuses = switch (status.toLowerCase(Locale.ROOT)) {
            case "open" -> OPEN;
            case "closed" -> EnumSet.complementOf(EnumSet.copyOf(OPEN));
            case "all" -> EnumSet.allOf(OrderStatus.class);
            default -> EnumSet.of(parse("status", status, OrderStatus::fromWire));
        };
        if (limit < 1 || limit > MAX_LIMIT) {
            throw badParameter("limit must be between 1 and " + MAX_LIMIT);
        }
        boolean ascending = switch (direction.toLowerCase(Locale.ROOT)) {
            case "asc" -> true;
            case "desc" -> false;
            default -> throw badParameter("direction must be asc or desc");
        };
        List<Symbol> symbolList = symbols == null || symbols.isBlank() ? List.of()
                : Arrays.stream(symbols.split(",")).map(String::trim).filter(t -> !t.isEmpty())
                        .map(t -> parse("symbols", t, x -> Symbol.of(x.toUpperCase(Locale.ROOT)))).toList();
        OrderSearch search = new OrderSearch(statuses, symbolList,
                side == null ? null : parse("side", side, Side::fromWire),
                botId == null ? null : parse("bot_id", botId, BotId::of),
                after == null ? null : parse("after", after, OrderController::instant),
                until == null ? null : parse("until", until, OrderController::instant),
                limit, ascending);
        boolean rollUp = switch (nested.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw badParameter("nested must be true or false");
        };
        List<Order> found = queries.search(account, search);
        return rollUp ? views.nested(found) : views.of(found);
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }

    private static <T> T parse(String name, String text, Function<String, T> parser) {
        try {
            return parser.apply(text.trim());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw badParameter("invalid " + name + " '" + (text.length() > 40 ? text.substring(0, 40) : text) + "'");
        }
    }

    private static ApiException badParameter(String detail) {
        return new ApiException(ErrorCode.VALIDATION_PARAMETER, 400, detail);
    }
}
