package io.tradingsuite.common.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradingsuite.common.test.EventSamples;
import io.tradingsuite.common.types.ClientOrderId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code OrderRequested.replaces} and {@code ocoWith}: optional on the wire (a new order's request is the golden file, without it), the
 * original's client order id on a replacement's request, the partner exit's on a paired exit's.
 */
class OrderRequestsNameTheOrdersTheyRelateToTest {

    @Test
    void aReplacementsRequestCarriesItsOriginalsClientOrderIdAndANewOrdersNone() {
        OrderRequested replacement = new OrderRequested(EventSamples.REQUEST_ID, EventSamples.AT,
                EventSamples.CORRELATION, EventSamples.ACCOUNT, EventSamples.TICKET, ClientOrderId.of("orig-7"));

        JsonNode written = EventJson.mapper().readTree(EventJson.write(replacement));
        Event read = EventJson.read(Topic.ORDER_REQUESTS, EventJson.write(replacement));

        assertThat(written.get("replaces").asString()).isEqualTo("orig-7");
        assertThat(read).isEqualTo(replacement);
        OrderRequested plain = new OrderRequested(EventSamples.REQUEST_ID, EventSamples.AT, EventSamples.CORRELATION,
                EventSamples.ACCOUNT, EventSamples.TICKET);
        assertThat(EventJson.mapper().readTree(EventJson.write(plain)).has("replaces")).isFalse();
        assertThat(EventJson.read(Topic.ORDER_REQUESTS, EventJson.write(plain)))
                .isInstanceOfSatisfying(OrderRequested.class, r -> assertThat(r.replaces()).isNull());
    }

    @Test
    void aPairedExitsRequestNamesItsPartner() {
        OrderRequested exit = OrderRequested.exit(EventSamples.REQUEST_ID, EventSamples.AT, EventSamples.CORRELATION,
                EventSamples.ACCOUNT, EventSamples.TICKET, ClientOrderId.of("br-1-tp"), ClientOrderId.of("br-1"));

        assertThat(EventJson.mapper().readTree(EventJson.write(exit)).get("ocoWith").asString()).isEqualTo("br-1-tp");
        assertThat(EventJson.read(Topic.ORDER_REQUESTS, EventJson.write(exit))).isEqualTo(exit);
        assertThat(exit.replaces()).isNull();
        assertThat(EventJson.mapper().readTree(EventJson.write(exit)).get("exitOf").asString()).isEqualTo("br-1");
    }

    @Test
    void anOrderCannotReplaceItself() {
        assertThatThrownBy(() -> new OrderRequested(EventSamples.REQUEST_ID, EventSamples.AT, EventSamples.CORRELATION,
                EventSamples.ACCOUNT, EventSamples.TICKET, EventSamples.TICKET.clientOrderId()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot replace itself");
    }
}
