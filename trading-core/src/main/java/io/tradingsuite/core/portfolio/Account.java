package io.tradingsuite.core.portfolio;

import io.tradingsuite.common.events.FillExecuted;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A trading account's books: cash, realised P&amp;L and positions by symbol, under the average-cost method.
 *
 * <p>{@link #apply(FillExecuted)} is the only command; it returns what changed. Cash changes exactly by
 * {@code -qty x price} for a buy and {@code +qty x price} for a sell. The books always reconcile:
 * {@code startingCash + realizedPnl - sum(costBasis) == cash} (see {@link #reconciles()}).
 *
 * <p>Not thread-safe: one account is applied by one thread at a time (the service serialises per account).
 */
public final class Account {

    private final AccountId id;
    private final Money startingCash;
    private Money cash;
    private Money realizedPnl;
    private long fillsApplied;
    private final Map<Symbol, Position> positions;

    private Account(AccountId id, Money startingCash, Money cash, Money realizedPnl, long fillsApplied,
                    Collection<Position> positions) {
        this.id = Objects.requireNonNull(id, "id");
        this.startingCash = Objects.requireNonNull(startingCash, "startingCash");
        this.cash = Objects.requireNonNull(cash, "cash");
        this.realizedPnl = Objects.requireNonNull(realizedPnl, "realizedPnl");
        if (fillsApplied < 0) {
            throw new IllegalArgumentException("fillsApplied must not be negative");
        }
        this.fillsApplied = fillsApplied;
        this.positions = new TreeMap<>();
        for (Position position : positions) {
            if (this.positions.put(position.symbol(), position) != null) {
                throw new IllegalArgumentException("duplicate position for " + position.symbol());
            }
        }
    }

    /** A new account holding only its starting cash. */
    public static Account open(AccountId id, Money startingCash) {
        return new Account(id, startingCash, startingCash, Money.ZERO, 0, List.of());
    }

    /** Rebuilds an account from stored state (flat positions may be included to keep their realised P&amp;L). */
    public static Account restore(AccountId id, Money startingCash, Money cash, Money realizedPnl, long fillsApplied,
                                  Collection<Position> positions) {
        return new Account(id, startingCash, cash, realizedPnl, fillsApplied, positions);
    }

    /**
     * Applies one execution of this account.
     *
     * @throws IllegalArgumentException if the fill belongs to another account
     */
    public FillApplied apply(FillExecuted fill) {
        Objects.requireNonNull(fill, "fill");
        if (!fill.accountId().equals(id)) {
            throw new IllegalArgumentException("fill " + fill.tradeId() + " of account " + fill.accountId()
                    + " applied to account " + id);
        }
        Position before = position(fill.symbol());
        PositionChange change = before.apply(fill.side(), fill.quantity(), fill.price());
        Money cashDelta = fill.side() == Side.BUY ? fill.notional().negate() : fill.notional();
        Money cashBefore = cash;
        cash = cash.plus(cashDelta);
        realizedPnl = realizedPnl.plus(change.realizedPnl());
        fillsApplied++;
        positions.put(fill.symbol(), change.after());
        return new FillApplied(id, fill.tradeId(), change, cashBefore, cash, cashDelta, fillsApplied);
    }

    /** The position in a symbol (flat if never traded). */
    public Position position(Symbol symbol) {
        return positions.getOrDefault(symbol, Position.flat(symbol));
    }

    /** Open (non-flat) positions, ordered by symbol. */
    public List<Position> openPositions() {
        return positions.values().stream().filter(p -> !p.isFlat()).toList();
    }

    /** Every position the account has traded, including flat ones, ordered by symbol. */
    public List<Position> allPositions() {
        return new ArrayList<>(positions.values());
    }

    /** Values the account against marks (a quote's last price, else each position's last fill price). */
    public AccountValuation valuation(MarkSource marks) {
        return AccountValuation.of(this, marks);
    }

    /** Sum of the exact cost bases of the open positions. */
    public Money totalCostBasis() {
        return positions.values().stream().map(Position::costBasis).reduce(Money.ZERO, Money::plus);
    }

    /** Whether {@code startingCash + realizedPnl - sum(costBasis) == cash} holds exactly. */
    public boolean reconciles() {
        return startingCash.plus(realizedPnl).minus(totalCostBasis()).equals(cash);
    }

    public AccountId id() {
        return id;
    }

    public Money startingCash() {
        return startingCash;
    }

    public Money cash() {
        return cash;
    }

    public Money realizedPnl() {
        return realizedPnl;
    }

    public long fillsApplied() {
        return fillsApplied;
    }

    @Override
    public String toString() {
        return "Account[" + id + ", cash=" + cash + ", realizedPnl=" + realizedPnl + ", fillsApplied=" + fillsApplied
                + ", positions=" + openPositions().size() + "]";
    }
}
