package io.tradingsuite.execution.web;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.BotId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.algo.AlgoParameters;
import io.tradingsuite.core.algo.ArrivalSlippage;
import io.tradingsuite.execution.algo.AlgoParent;
import io.tradingsuite.execution.algo.AlgoRepository;
import io.tradingsuite.common.types.OrderClass;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An order as the API shows it (Alpaca's order object; {@code reason_code} set for denied and rejected orders,
 * {@code replaced_by}/{@code replaces} link the orders of a replace). Algorithm parents carry {@code algo},
 * {@code arrival_price} (mid at creation) and {@code slippage_bps} (average fill price against the arrival price,
 * positive = worse for the side); children carry {@code parent_order_id}. Trailing stops carry {@code trail_price} or
 * {@code trail_percent}, {@code hwm} (the watermark: highest bid for a sell, lowest ask for a buy) and, in
 * {@code stop_price}, the stop price the watermark implies now. Every order carries its {@code order_class}
 * ({@code simple}, {@code bracket}, {@code oco}, {@code oto}); a group's primary (a bracket / oto entry, an oco's
 * take-profit) carries its other orders as nested {@code legs} (Alpaca's shape; a leg is {@code held} until its entry
 * ends), null for every other order.
 */
public record OrderResponse(
        OrderId id,
        ClientOrderId clientOrderId,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        Instant filledAt,
        Symbol symbol,
        Quantity qty,
        Quantity filledQty,
        Price filledAvgPrice,
        Money filledNotional,
        Side side,
        OrderType type,
        TimeInForce timeInForce,
        Price limitPrice,
        Price stopPrice,
        OrderStatus status,
        BotId botId,
        OrderSource source,
        String reasonCode,
        OrderId replacedBy,
        OrderId replaces,
        AlgoResponse algo,
        OrderId parentOrderId,
        Price arrivalPrice,
        String slippageBps,
        Price trailPrice,
        String trailPercent,
        Price hwm,
        OrderClass orderClass,
        List<OrderResponse> legs) {

    /**
     * The algorithm of a parent order: its parameters ({@code duration}/{@code slices} for twap and vwap,
     * {@code participation} for pov, {@code display_qty} for iceberg) and how far it got ({@code children}: number of
     * the last child released, {@code released_qty}: their total quantity).
     */
    public record AlgoResponse(String type, Duration duration, Integer slices, String participation,
            Quantity displayQty, int children, Quantity releasedQty, String stopReason) {

        static AlgoResponse of(AlgoParent parent) {
            AlgoParameters p = parent.parameters();
            return new AlgoResponse(p.type().wire(), p.duration(), p.slices(),
                    p.participation() == null ? null : p.participation().toPlainString(), p.displayQuantity(),
                    parent.childCount(), parent.releasedQuantity(), parent.stopReason());
        }
    }

    /** A simple order that is neither an algorithm parent nor a child. */
    public static OrderResponse of(Order order) {
        return of(order, null, null, OrderClass.SIMPLE, null);
    }

    /**
     * An order with its algorithm links ({@code null} when it has none), its class and, for a group's primary, its
     * legs (null otherwise).
     */
    public static OrderResponse of(Order order, AlgoRepository.AlgoLinks links, Price trailingStopPrice,
            OrderClass orderClass, List<OrderResponse> legs) {
        AlgoParent parent = links == null ? null : links.parent();
        Price arrival = parent == null ? null : parent.arrivalPrice();
        String slippage = arrival == null ? null : order.averageFillPrice()
                .map(average -> ArrivalSlippage.bps(order.ticket().side(), arrival, average).toPlainString())
                .orElse(null);
        OrderTicket t = order.ticket();
        boolean refused = order.status() == OrderStatus.DENIED || order.status() == OrderStatus.REJECTED;
        return new OrderResponse(order.id(), t.clientOrderId(), order.createdAt(), order.updatedAt(),
                order.submittedAt().orElse(null), order.filledAt().orElse(null), t.symbol(), t.quantity(),
                order.filledQuantity(), order.averageFillPrice().orElse(null),
                order.filledQuantity().isZero() ? null : order.filledNotional(), t.side(), t.type(), t.timeInForce(),
                t.limitPrice(), trailingStopPrice != null ? trailingStopPrice : t.stopPrice(), order.status(), t.botId(),
                t.source(),
                refused ? order.reasonCode().orElse(null) : null, order.replacedBy().orElse(null),
                order.replaces().orElse(null), parent == null ? null : AlgoResponse.of(parent),
                links == null ? null : links.parentOrderId(), arrival, slippage, t.trailPrice(),
                t.trailPercent() == null ? null : t.trailPercent().toPlainString(), order.trailWatermark().orElse(null),
                orderClass, legs);
    }
}
