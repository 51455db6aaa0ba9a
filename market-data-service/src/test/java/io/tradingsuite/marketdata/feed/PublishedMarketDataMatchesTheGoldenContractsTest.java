package io.tradingsuite.marketdata.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.events.AssetUpdated;
import io.tradingsuite.common.events.BarClosed;
import io.tradingsuite.common.events.Event;
import io.tradingsuite.common.events.EventJson;
import io.tradingsuite.common.events.QuoteUpdated;
import io.tradingsuite.common.events.Topic;
import io.tradingsuite.common.types.Price;
import io.tradingsuite.common.types.Quantity;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.core.marketdata.Bar;
import io.tradingsuite.core.marketdata.DefaultUniverse;
import io.tradingsuite.core.marketdata.Quote;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Producer side of the wire contract: what this service builds serialises with exactly the fields of the golden
 * files in common's test-jar ({@code contracts/<topic>/<Type>.json}), and equal values give equal events.
 */
class PublishedMarketDataMatchesTheGoldenContractsTest {

    private static final Symbol AAPL = Symbol.of("AAPL");

    @Test
    void aSimulatedBarIsTheGoldenBarClosed() throws IOException {
        BarClosed golden = (BarClosed) golden(Topic.BARS, "BarClosed");
        Bar bar = new Bar(AAPL, golden.start(), golden.end(), Price.of("187.00"), Price.of("187.40"),
                Price.of("186.90"), Price.of("187.25"), 125_300);

        BarClosed produced = bar.toEvent(golden.eventId(), golden.occurredAt());

        assertThat(produced).isEqualTo(new BarClosed(golden.eventId(), golden.occurredAt(), null, AAPL, "1Min",
                golden.start(), golden.end(), golden.open(), golden.high(), golden.low(), golden.close(), golden.volume()));
        assertThat(fieldNames(produced)).isEqualTo(without(goldenFields(Topic.BARS, "BarClosed"), "correlationId"));
    }

    @Test
    void aSimulatedQuoteIsTheGoldenQuoteUpdated() throws IOException {
        QuoteUpdated golden = (QuoteUpdated) golden(Topic.QUOTES, "QuoteUpdated");
        Quote quote = new Quote(AAPL, golden.marketTime(), Price.of("187.24"), Price.of("187.26"), Quantity.of(300),
                Quantity.of(200), Price.of("187.25"));

        QuoteUpdated produced = quote.toEvent(golden.eventId(), golden.occurredAt());

        assertThat(produced.bid()).isEqualTo(golden.bid());
        assertThat(produced.askSize()).isEqualTo(golden.askSize());
        assertThat(produced.marketTime()).isEqualTo(golden.marketTime());
        assertThat(fieldNames(produced)).isEqualTo(without(goldenFields(Topic.QUOTES, "QuoteUpdated"), "correlationId"));
    }

    @Test
    void theAssetMasterAnnouncesTheGoldenAssetShape() throws IOException {
        AssetUpdated golden = (AssetUpdated) golden(Topic.ASSETS, "AssetUpdated");
        AssetUpdated produced = new AssetUpdated(golden.eventId(), golden.occurredAt(), golden.correlationId(),
                DefaultUniverse.instrument(AAPL).orElseThrow().asset());

        assertThat(produced).isEqualTo(golden);
    }

    private static Event golden(Topic topic, String type) throws IOException {
        return EventJson.read(topic, bytes(topic, type));
    }

    private static Set<String> goldenFields(Topic topic, String type) throws IOException {
        return names(EventJson.mapper().readTree(bytes(topic, type)));
    }

    private static Set<String> fieldNames(Event event) {
        return names(EventJson.mapper().readTree(EventJson.write(event)));
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        Iterator<String> it = node.propertyNames().iterator();
        it.forEachRemaining(names::add);
        return names;
    }

    private static Set<String> without(Set<String> names, String removed) {
        Set<String> copy = new TreeSet<>(names);
        copy.remove(removed);
        return copy;
    }

    private static byte[] bytes(Topic topic, String type) throws IOException {
        String resource = "contracts/" + topic.topicName() + "/" + type + ".json";
        try (InputStream in = PublishedMarketDataMatchesTheGoldenContractsTest.class.getClassLoader()
                .getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the test classpath (common test-jar)").isNotNull();
            return in.readAllBytes();
        }
    }
}
