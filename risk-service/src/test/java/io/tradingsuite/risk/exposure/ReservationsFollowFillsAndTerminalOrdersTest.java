package io.tradingsuite.risk.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.events.FillExecuted;
import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.AccountId;
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
import io.tradingsuite.common.types.TradeId;
import io.tradingsuite.core.risk.Reservation;
import io.tradingsuite.core.risk.UnappliedFills;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The reservation and fill tables against the real migrations (H2 in PostgreSQL mode, as in the local stack). */
class ReservationsFollowFillsAndTerminalOrdersTest {

    private static final AccountId ACCOUNT = AccountId.of("acc-1");
    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final Instant NOW = Instant.parse("2025-03-03T15:00:00Z");

    private ReservationRepository reservations;
    private FillLedger fills;

    @BeforeEach
    void migrate() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/common", "classpath:db/migration").load()
                .migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        reservations = new ReservationRepository(jdbc);
        fills = new FillLedger(jdbc);
    }

    @Test
    void aPartialFillReducesTheReservationAndIsCountedAsUnappliedCash() {
        reservations.reserve(ACCOUNT, buy("c-1", 100), Price.of("50.00"), NOW);

        assertThat(fills.record(fill("t-1", "c-1", 40, "49.50"))).isTrue();
        reservations.applyFill(ACCOUNT, ClientOrderId.of("c-1"), Quantity.of(40), NOW);

        assertThat(reservations.holding(ACCOUNT)).extracting(Reservation::remaining).containsExactly(Quantity.of(60));
        UnappliedFills unapplied = fills.unapplied(ACCOUNT, 0);
        assertThat(unapplied.cashEffect()).isEqualTo(Money.of("-1980.00"));
        assertThat(unapplied.position(AAPL)).isEqualTo(Quantity.of(40));
        assertThat(fills.unapplied(ACCOUNT, 1).cashEffect()).isEqualTo(Money.ZERO);
    }

    @Test
    void aTradeIsCountedOnlyOnce() {
        assertThat(fills.record(fill("t-1", "c-1", 10, "10.00"))).isTrue();
        assertThat(fills.record(fill("t-1", "c-1", 10, "10.00"))).isFalse();
        assertThat(fills.record(fill("t-2", "c-1", 10, "10.00"))).isTrue();

        assertThat(fills.fillsSeen(ACCOUNT)).isEqualTo(2);
        assertThat(fills.unapplied(ACCOUNT, 0).cashEffect()).isEqualTo(Money.of("-200.00"));
    }

    @Test
    void aCancelReleasesTheUnfilledRemainder() {
        reservations.reserve(ACCOUNT, buy("c-1", 100), Price.of("50.00"), NOW);
        reservations.applyFill(ACCOUNT, ClientOrderId.of("c-1"), Quantity.of(30), NOW);

        reservations.terminate(ACCOUNT, ClientOrderId.of("c-1"), Quantity.of(30), NOW);

        assertThat(reservations.holding(ACCOUNT)).isEmpty();
    }

    @Test
    void aTerminalEventAheadOfItsFillsKeepsTheFilledButUnseenPartReserved() {
        reservations.reserve(ACCOUNT, buy("c-1", 100), Price.of("50.00"), NOW);

        reservations.terminate(ACCOUNT, ClientOrderId.of("c-1"), Quantity.of(100), NOW);
        assertThat(reservations.holding(ACCOUNT)).extracting(Reservation::remaining).containsExactly(Quantity.of(100));

        reservations.applyFill(ACCOUNT, ClientOrderId.of("c-1"), Quantity.of(100), NOW);
        assertThat(reservations.holding(ACCOUNT)).isEmpty();
    }

    @Test
    void prunedFillsNoLongerCountButTheCounterKeepsCounting() {
        fills.record(fill("t-1", "c-1", 10, "10.00"));
        fills.record(fill("t-2", "c-1", 10, "10.00"));

        fills.pruneApplied(ACCOUNT, 1);

        assertThat(fills.unapplied(ACCOUNT, 1).cashEffect()).isEqualTo(Money.of("-100.00"));
        fills.record(fill("t-3", "c-1", 1, "10.00"));
        assertThat(fills.fillsSeen(ACCOUNT)).isEqualTo(3);
    }

    private static OrderTicket buy(String clientOrderId, long quantity) {
        return new OrderTicket(ClientOrderId.of(clientOrderId), AAPL, Side.BUY, OrderType.LIMIT, TimeInForce.DAY,
                Quantity.of(quantity), Price.of("50.00"), null, OrderSource.MANUAL, null);
    }

    private static FillExecuted fill(String tradeId, String clientOrderId, long quantity, String price) {
        return new FillExecuted(UUID.randomUUID(), NOW, "corr", ACCOUNT, TradeId.of(tradeId), OrderId.of("o-1"),
                ClientOrderId.of(clientOrderId), null, AAPL, Side.BUY, Quantity.of(quantity), Price.of(price), "paper");
    }
}
