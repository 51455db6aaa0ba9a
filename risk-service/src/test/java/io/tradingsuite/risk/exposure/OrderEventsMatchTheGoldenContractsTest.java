package io.tradingsuite.risk.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.events.EventJson;
import io.tradingsuite.common.events.OrderDoneForDay;
import io.tradingsuite.common.events.OrderEvent;
import io.tradingsuite.common.events.OrderReplaced;
import io.tradingsuite.common.events.Topic;
import io.tradingsuite.common.types.ClientOrderId;
import io.tradingsuite.common.types.OrderId;
import io.tradingsuite.common.types.Quantity;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The consumer side of {@code execution.order-events.v1}: risk reads every golden order event of common's test-jar
 * and classifies it — terminal events (filled, canceled, replaced, expired, rejected) release a reservation with the
 * filled quantity they carry, the others (accepted, partially filled, done_for_day) keep it.
 */
class OrderEventsMatchTheGoldenContractsTest {

    @Test
    void everyGoldenOrderEventIsReadAndClassifiedAsItsTerminalFlagSays() throws IOException {
        for (Class<?> type : OrderEvent.class.getPermittedSubclasses()) {
            OrderEvent event = read(type.getSimpleName());
            assertThat(event).isInstanceOf(type);
            assertThat(ExposureService.filledAtEnd(event).isPresent()).as(type.getSimpleName()).isEqualTo(event.terminal());
        }
    }

    @Test
    void aReplacedOrderReleasesLikeACancelWithWhatItFilledAndNamesItsReplacement() throws IOException {
        OrderReplaced replaced = (OrderReplaced) read("OrderReplaced");

        assertThat(replaced.terminal()).isTrue();
        assertThat(ExposureService.filledAtEnd(replaced)).contains(Quantity.of(4));
        assertThat(replaced.replacedBy()).isEqualTo(OrderId.of("ord-000043"));
        assertThat(replaced.replacedByClientOrderId()).isEqualTo(ClientOrderId.of("my-replacement-1"));
    }

    @Test
    void anOrderDoneForTheDayKeepsItsReservation() throws IOException {
        OrderDoneForDay done = (OrderDoneForDay) read("OrderDoneForDay");

        assertThat(done.terminal()).isFalse();
        assertThat(ExposureService.filledAtEnd(done)).isEmpty();
        assertThat(done.filledQuantity()).isEqualTo(Quantity.of(4));
    }

    private static OrderEvent read(String type) throws IOException {
        String resource = "contracts/" + Topic.ORDER_EVENTS.topicName() + "/" + type + ".json";
        try (InputStream in = OrderEventsMatchTheGoldenContractsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the test classpath (common test-jar)").isNotNull();
            return (OrderEvent) EventJson.read(Topic.ORDER_EVENTS, in.readAllBytes());
        }
    }
}
