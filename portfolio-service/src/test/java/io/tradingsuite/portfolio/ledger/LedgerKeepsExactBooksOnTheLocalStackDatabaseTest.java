package io.tradingsuite.portfolio.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import io.tradingsuite.common.events.AccountSnapshot;
import io.tradingsuite.common.events.EventJson;
import io.tradingsuite.common.events.FillExecuted;
import io.tradingsuite.common.messaging.Inbox;
import io.tradingsuite.common.messaging.Outbox;
import io.tradingsuite.common.messaging.OutboxRelay;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TradeId;
import io.tradingsuite.core.portfolio.FillApplied;
import io.tradingsuite.core.portfolio.PositionChange;
import io.tradingsuite.portfolio.marks.MarkBook;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger's SQL and transactions on H2 in PostgreSQL mode (the zero-setup database of the local stack):
 * exactly-once by event id and by trade id, exact decimals through the database, snapshots in the outbox.
 */
class LedgerKeepsExactBooksOnTheLocalStackDatabaseTest {

    private static final AccountId DEMO = AccountId.of("demo");
    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final Symbol MSFT = Symbol.of("MSFT");
    private static final Instant NOW = Instant.parse("2026-01-05T15:00:00Z");

    private JdbcClient jdbc;
    private TransactionTemplate tx;
    private LedgerService ledger;
    private MarkBook marks;
    private final List<FillApplied> committed = new ArrayList<>();

    @BeforeEach
    void freshDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/common").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        tx = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        marks = new MarkBook();
        LedgerListener recorder = new LedgerListener() {
            @Override
            public void fillApplied(FillApplied applied) {
                committed.add(applied);
            }
        };
        ledger = new LedgerService(new AccountRepository(jdbc), new H2CompatibleInbox(jdbc, clock),
                new Outbox(jdbc, clock, mock(OutboxRelay.class)), marks, clock, List.of(recorder));
        inTx(() -> ledger.open(DEMO, Money.of("100000.00")));
    }

    @Test
    void openingIsIdempotentAndAnnouncesTheAccount() {
        AccountSnapshot second = inTx(() -> ledger.open(DEMO, Money.of("1.00")));

        assertThat(second.cash()).isEqualTo(Money.of("100000.00"));
        assertThat(second.version()).isEqualTo(2);
        assertThat(outboxSnapshots()).extracting(AccountSnapshot::version).containsExactly(1L, 2L);
    }

    @Test
    void aFillIsAppliedOnceWhateverItsDeliveries() {
        FillExecuted buy = fill("T1", Side.BUY, "0.333333333", AAPL, "187.12345678");
        FillExecuted republished = new FillExecuted(UUID.randomUUID(), NOW, null, DEMO, buy.tradeId(), buy.orderId(), null, null,
                AAPL, Side.BUY, buy.quantity(), buy.price(), "paper");

        Optional<FillApplied> first = inTx(() -> ledger.apply(buy));
        Optional<FillApplied> again = inTx(() -> ledger.apply(buy));
        Optional<FillApplied> sameTrade = inTx(() -> ledger.apply(republished));

        assertThat(first).isPresent();
        assertThat(again).isEmpty();
        assertThat(sameTrade).isEmpty();
        assertThat(committed).hasSize(1);
        // 0.333333333 x 187.12345678 = 62.37448553095884774, kept to the last digit by numeric(38,18)
        AccountView view = inTx(() -> ledger.view(DEMO)).orElseThrow();
        assertThat(view.valuation().cash()).isEqualTo(Money.of("100000.00").minus(Money.of("62.37448553095884774")));
        assertThat(view.valuation().fillsApplied()).isEqualTo(1);
        assertThat(outboxSnapshots()).extracting(AccountSnapshot::fillsApplied).containsExactly(0L, 1L);
    }

    @Test
    void aSequenceWithAFlipReconcilesThroughTheDatabase() {
        inTx(() -> ledger.apply(fill("T1", Side.BUY, "10", AAPL, "100.00")));
        inTx(() -> ledger.apply(fill("T2", Side.BUY, "5", MSFT, "200.00")));
        Optional<FillApplied> flip = inTx(() -> ledger.apply(fill("T3", Side.SELL, "13", AAPL, "101.00")));

        assertThat(flip.orElseThrow().change().kind()).isEqualTo(PositionChange.Kind.FLIPPED);
        AccountView view = inTx(() -> ledger.view(DEMO)).orElseThrow();
        assertThat(view.valuation().cash()).isEqualTo(Money.of("99313.00"));
        assertThat(view.valuation().realizedPnl()).isEqualTo(Money.of("10.00"));
        assertThat(view.valuation().positions()).extracting(p -> p.position().quantity())
                .containsExactly(Quantity.of(-3), Quantity.of(5));
        assertThat(view.valuation().equity()).isEqualTo(Money.of("100010.00"));
        List<AccountSnapshot> published = outboxSnapshots();
        assertThat(published).extracting(AccountSnapshot::version).containsExactly(1L, 2L, 3L, 4L);
        assertThat(published.getLast().positions()).extracting(AccountSnapshot.PositionSnapshot::costBasis)
                .containsExactly(Money.of("-303.00"), Money.of("1000.00"));
    }

    @Test
    void changedMarksRepublishOnlyTheAccountsHoldingTheSymbol() {
        inTx(() -> ledger.open(AccountId.of("idle"), Money.of("10.00")));
        inTx(() -> ledger.apply(fill("T1", Side.BUY, "10", AAPL, "100.00")));
        marks.update(AAPL, Price.of("104.00"));

        int published = inTx(() -> ledger.publishMarkSnapshots(marks.drainChanged()));

        assertThat(published).isEqualTo(1);
        AccountSnapshot latest = outboxSnapshots().getLast();
        assertThat(latest.accountId()).isEqualTo(DEMO);
        assertThat(latest.fillsApplied()).isEqualTo(1);
        assertThat(latest.unrealizedPnl()).isEqualTo(Money.of("40.00"));
        assertThat(latest.positions().getFirst().marketPrice()).isEqualTo(Price.of("104.00"));
        assertThat(inTx(() -> ledger.publishMarkSnapshots(Set.of(MSFT)))).isZero();
    }

    @Test
    void aFillOfAnUnknownAccountIsRefusedAndChangesNothing() {
        FillExecuted stranger = new FillExecuted(UUID.randomUUID(), NOW, null, AccountId.of("stranger"), TradeId.of("X1"),
                OrderId.of("O1"), null, null, AAPL, Side.BUY, Quantity.of(1), Price.of("1.00"), "paper");

        assertThatThrownBy(() -> inTx(() -> ledger.apply(stranger))).isInstanceOf(UnknownAccountException.class);
        assertThat(jdbc.sql("select count(*) from inbox").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from applied_fills").query(Long.class).single()).isZero();
    }

    private List<AccountSnapshot> outboxSnapshots() {
        return jdbc.sql("select payload from outbox where topic = 'portfolio.accounts.v1' order by id")
                .query(String.class).list().stream()
                .map(payload -> EventJson.read(AccountSnapshot.class, payload))
                .filter(s -> s.accountId().equals(DEMO))
                .toList();
    }

    private <T> T inTx(Supplier<T> work) {
        return tx.execute(status -> work.get());
    }

    private static FillExecuted fill(String tradeId, Side side, String qty, Symbol symbol, String price) {
        return new FillExecuted(UUID.randomUUID(), NOW, "c-" + tradeId, DEMO, TradeId.of(tradeId), OrderId.of("O-" + tradeId),
                null, null, symbol, side, Quantity.of(qty), Price.of(price), "paper");
    }

    /**
     * common's {@code Inbox} writes {@code ON CONFLICT (consumer, event_id) DO NOTHING}, which H2 2.4 rejects (it only
     * accepts {@code ON CONFLICT DO NOTHING} without a target); same semantics, H2-compatible SQL, until common
     * changes.
     */
    private static final class H2CompatibleInbox extends Inbox {

        private final JdbcClient jdbc;
        private final Clock clock;

        H2CompatibleInbox(JdbcClient jdbc, Clock clock) {
            super(jdbc, clock);
            this.jdbc = jdbc;
            this.clock = clock;
        }

        @Override
        public boolean firstDelivery(String consumer, UUID eventId) {
            return jdbc.sql("insert into inbox (consumer, event_id, processed_at) values (:consumer, :eventId, :at)"
                            + " on conflict do nothing")
                    .param("consumer", consumer)
                    .param("eventId", eventId.toString())
                    .param("at", Timestamp.from(clock.instant()))
                    .update() == 1;
        }
    }
}
