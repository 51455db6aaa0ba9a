package io.tradingsuite.core.orderclass;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderClass;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.validation.ExitPrices;
import java.util.ArrayList;
import java.util.List;

/**
 * The exit legs of an order class, built from the primary order's ticket: a bracket / oto entry, or an oco's
 * take-profit limit order. A leg has the primary's symbol, quantity, time in force, source and bot; its side is the
 * opposite of a bracket / oto entry's and the oco's own side; the take-profit is a {@code limit} at
 * {@code take_profit.limit_price}, the stop-loss a {@code stop} at {@code stop_loss.stop_price} or a
 * {@code stop_limit} when {@code stop_loss.limit_price} is given. Its client order id is the primary's plus
 * {@link LegRole#suffix()} ({@code <coid>-tp}, {@code <coid>-sl}): deterministic, so a leg can only ever be recorded
 * and asked of risk once.
 */
public final class Legs {

    private Legs() {
    }

    /** One leg: its role and its ticket. */
    public record Leg(LegRole role, OrderTicket ticket) {
    }

    /** The client order id of {@code role}'s leg of the primary order {@code primary}. */
    public static ClientOrderId clientOrderId(ClientOrderId primary, LegRole role) {
        return ClientOrderId.of(primary.value() + role.suffix());
    }

    /**
     * The legs recorded next to the primary order: both exits of a bracket, the one exit of an oto, the stop-loss of
     * an oco (whose take-profit is the primary itself); none for a simple order.
     */
    public static List<Leg> of(OrderClass orderClass, OrderTicket primary, ExitPrices exits) {
        List<Leg> legs = new ArrayList<>();
        if (orderClass == OrderClass.SIMPLE) {
            return legs;
        }
        Side side = orderClass == OrderClass.OCO ? primary.side() : primary.side().opposite();
        if (orderClass != OrderClass.OCO && exits.hasTakeProfit()) {
            legs.add(new Leg(LegRole.TAKE_PROFIT, ticket(primary, LegRole.TAKE_PROFIT, side, OrderType.LIMIT,
                    exits.takeProfitLimit(), null)));
        }
        if (exits.hasStopLoss()) {
            OrderType type = exits.stopLossLimit() == null ? OrderType.STOP : OrderType.STOP_LIMIT;
            legs.add(new Leg(LegRole.STOP_LOSS, ticket(primary, LegRole.STOP_LOSS, side, type, exits.stopLossLimit(),
                    exits.stopLossStop())));
        }
        return legs;
    }

    private static OrderTicket ticket(OrderTicket primary, LegRole role, Side side, OrderType type, Price limit,
            Price stop) {
        return new OrderTicket(clientOrderId(primary.clientOrderId(), role), primary.symbol(), side, type,
                primary.timeInForce(), primary.quantity(), limit, stop, primary.source(), primary.botId());
    }
}
