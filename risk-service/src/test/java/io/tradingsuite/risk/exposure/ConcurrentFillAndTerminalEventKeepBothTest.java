package io.tradingsuite.risk.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TimeInForce;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fills listener and the order-events listener change the same reservation from two threads. Here the fill's
 * transaction has updated the row but not committed when the order's {@code OrderFilled} arrives: the terminal
 * event must wait for the fill and build on it, so nothing stays reserved (it used to read the old row and
 * overwrite the fill, leaving the filled quantity reserved for good).
 */
class ConcurrentFillAndTerminalEventKeepBothTest {

    private static final AccountId ACCOUNT = AccountId.of("acc-1");
    private static final ClientOrderId ORDER = ClientOrderId.of("c-1");
    private static final Instant NOW = Instant.parse("2025-03-03T15:00:00Z");

    @Test
    void aTerminalEventRacingAnUncommittedFillReleasesTheReservation() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/common", "classpath:db/migration").load()
                .migrate();
        ReservationRepository reservations = new ReservationRepository(JdbcClient.create(dataSource));
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        reservations.reserve(ACCOUNT, new OrderTicket(ORDER, Symbol.of("AAPL"), Side.BUY, OrderType.MARKET,
                TimeInForce.DAY, Quantity.of(2), null, null, OrderSource.MANUAL, null), Price.of("50.00"), NOW);

        // two threads of their own: the common pool may have a single worker on a small machine
        ExecutorService listeners = Executors.newFixedThreadPool(2);
        CountDownLatch fillApplied = new CountDownLatch(1);
        CountDownLatch commitFill = new CountDownLatch(1);
        CompletableFuture<Void> fill = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> {
            reservations.applyFill(ACCOUNT, ORDER, Quantity.of(2), NOW);
            fillApplied.countDown();
            awaitLatch(commitFill);
        }), listeners);
        awaitLatch(fillApplied);

        Thread[] terminalThread = new Thread[1];
        CompletableFuture<Void> terminal = CompletableFuture.runAsync(() -> {
            terminalThread[0] = Thread.currentThread();
            tx.executeWithoutResult(status -> reservations.terminate(ACCOUNT, ORDER, Quantity.of(2), NOW));
        }, listeners);
        // the terminal event's transaction is waiting for the fill's row lock
        await().atMost(Duration.ofSeconds(30)).until(() -> terminalThread[0] != null
                && EnumSet.of(Thread.State.WAITING, Thread.State.TIMED_WAITING).contains(terminalThread[0].getState()));
        commitFill.countDown();
        fill.get(30, TimeUnit.SECONDS);
        terminal.get(30, TimeUnit.SECONDS);
        listeners.shutdown();

        assertThat(reservations.holding(ACCOUNT)).isEmpty();
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).as("latch released").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
