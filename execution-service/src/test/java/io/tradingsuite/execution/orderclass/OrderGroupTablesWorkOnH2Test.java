package io.tradingsuite.execution.orderclass;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.events.OrderTicket;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderClass;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.OrderSource;
import io.tradingsuite.common.types.OrderType;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Side;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.types.TimeInForce;
import io.tradingsuite.common.validation.ExitPrices;
import io.tradingsuite.core.order.Order;
import io.tradingsuite.core.order.OrderStatus;
import io.tradingsuite.core.order.OrderUpdate;
import io.tradingsuite.core.orderclass.LegRole;
import io.tradingsuite.core.orderclass.Legs;
import io.tradingsuite.execution.order.OrderRepository;
import io.tradingsuite.execution.orderclass.OrderGroupRepository.GroupLink;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The order-class migration (V6) and the group SQL also run on H2 in PostgreSQL mode, the local stack's database: a
 * bracket's entry and held legs are recorded and linked, a leg's release writes its new quantity and status.
 */
class OrderGroupTablesWorkOnH2Test {

    private static final Instant T0 = Instant.parse("2025-01-02T14:30:00Z");
    private static final AccountId ACCOUNT = AccountId.of("acc-h2");
    private OrderRepository orders;
    private OrderGroupRepository groups;

    @BeforeEach
    void migrate() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:execution-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/common").load()
                .migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        orders = new OrderRepository(jdbc);
        groups = new OrderGroupRepository(jdbc);
    }

    @Test
    void aBracketsEntryAndHeldLegsAreLinkedAndAReleasedLegKeepsItsNewQuantity() {
        OrderTicket entryTicket = new OrderTicket(ClientOrderId.of("b-1"), Symbol.of("AAPL"), Side.BUY,
                OrderType.MARKET, TimeInForce.DAY, Quantity.of(10), null, null, OrderSource.MANUAL, null);
        Order entry = Order.request(OrderId.of("entry"), ACCOUNT, entryTicket, "corr", T0);
        orders.insert(entry, UUID.randomUUID());
        groups.mark(entry.id(), OrderClass.BRACKET, entry.id(), null);
        for (Legs.Leg leg : Legs.of(OrderClass.BRACKET, entryTicket,
                new ExitPrices(Price.of("110.00"), Price.of("95.00"), null))) {
            OrderId id = OrderId.of(leg.role().wire());
            orders.insert(Order.held(id, ACCOUNT, leg.ticket(), "corr", T0), null);
            groups.mark(id, OrderClass.BRACKET, entry.id(), leg.role());
        }

        assertThat(groups.linkOf(entry.id())).contains(new GroupLink(entry.id(), OrderClass.BRACKET, entry.id(), null));
        assertThat(groups.members(entry.id())).hasSize(3);
        assertThat(groups.legsOf(List.of(entry.id())).get(entry.id()))
                .containsExactly(OrderId.of("take_profit"), OrderId.of("stop_loss"));
        assertThat(groups.links(List.of(OrderId.of("stop_loss"))).get(OrderId.of("stop_loss")).role())
                .isEqualTo(LegRole.STOP_LOSS);

        Order stop = orders.find(ACCOUNT, OrderId.of("stop_loss")).orElseThrow();
        assertThat(stop.status()).isEqualTo(OrderStatus.HELD);
        stop.apply(new OrderUpdate.Release(Quantity.of(4), T0));
        orders.update(stop);
        orders.setRequestId(stop.id(), UUID.randomUUID());

        Order reloaded = orders.find(ACCOUNT, stop.id()).orElseThrow();
        assertThat(reloaded.status()).isEqualTo(OrderStatus.PENDING_NEW);
        assertThat(reloaded.ticket().quantity()).isEqualTo(Quantity.of(4));
        assertThat(reloaded.ticket().clientOrderId()).isEqualTo(ClientOrderId.of("b-1-sl"));
        assertThat(orders.findAll(ACCOUNT, List.of(entry.id(), stop.id()))).hasSize(2);
        assertThat(groups.linkOf(OrderId.of("simple-order"))).isEmpty();
    }
}
