package io.tradingsuite.risk.locate;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.venue.MarketClock;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locates of the current New York trading day (a locate obtained today is good for today's short sales only).
 * {@link #use} runs inside the decision's transaction, under the account's decision lock.
 */
@Service
public class LocateService {

    private final LocateRepository repository;
    private final Clock clock;

    LocateService(LocateRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The trading day locates registered or used now belong to. */
    public LocalDate today() {
        return clock.instant().atZone(MarketClock.UsEquities.NEW_YORK).toLocalDate();
    }

    /** Located and unused shares of the symbol for the account today; zero when none. */
    public Quantity available(AccountId account, Symbol symbol) {
        return repository.find(account, symbol, today()).map(Locate::available).orElse(Quantity.ZERO);
    }

    /** Registers located shares and returns the day's locate. */
    @Transactional
    public Locate add(AccountId account, Symbol symbol, Quantity quantity, String by) {
        LocalDate day = today();
        repository.add(account, symbol, day, quantity, by, clock.instant());
        return repository.find(account, symbol, day).orElseThrow();
    }

    /** Today's locates of every account. */
    public List<Locate> ofToday(boolean onlyUnused) {
        return repository.onDay(today()).stream().filter(l -> !onlyUnused || l.available().isPositive()).toList();
    }

    /**
     * Uses located shares for an approved short sale.
     *
     * @throws IllegalStateException when fewer are left than the decision counted on (cannot happen under the
     *                               account's decision lock; rolls the decision back rather than overdraw)
     */
    public void use(AccountId account, Symbol symbol, Quantity quantity) {
        if (quantity.isPositive() && !repository.use(account, symbol, today(), quantity, clock.instant())) {
            throw new IllegalStateException("locate of " + symbol + " for " + account + " has fewer than " + quantity
                    + " shares left");
        }
    }
}
