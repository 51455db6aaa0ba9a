package io.tradingsuite.portfolio.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradingsuite.common.events.AccountSnapshot;
import io.tradingsuite.common.events.EventJson;
import io.tradingsuite.common.events.FillExecuted;
import io.tradingsuite.common.events.QuoteUpdated;
import io.tradingsuite.common.events.Topic;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Money;
import io.tradingsuite.core.portfolio.Account;
import io.tradingsuite.core.portfolio.MarkSource;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Contracts from both sides: the ledger reads the producers' golden fill and quote, and the snapshots it publishes
 * have exactly the fields of the golden {@code AccountSnapshot} (common's test-jar {@code contracts/}).
 */
class SnapshotsMatchTheGoldenContractTest {

    @Test
    void theGoldenFillAndQuoteDriveAnAccountAndItsSnapshotHasTheGoldenShape() throws IOException {
        FillExecuted fill = (FillExecuted) EventJson.read(Topic.FILLS, golden("execution.fills.v1/FillExecuted.json"));
        QuoteUpdated quote = (QuoteUpdated) EventJson.read(Topic.QUOTES, golden("market-data.quotes.v1/QuoteUpdated.json"));
        Account account = Account.open(AccountId.of("demo"), Money.of("100000.00"));

        account.apply(fill);
        AccountSnapshot ours = AccountSnapshots.of(account.valuation(MarkSource.of(Map.of(quote.symbol(), quote.last()))), 2,
                Instant.parse("2026-03-02T14:31:00Z"), fill.correlationId());

        assertThat(account.cash()).isEqualTo(Money.of("100000.00").minus(fill.notional()));
        JsonNode expected = EventJson.mapper().readTree(golden("portfolio.accounts.v1/AccountSnapshot.json"));
        JsonNode actual = EventJson.mapper().readTree(EventJson.write(ours));
        assertThat(fieldNames(actual)).isEqualTo(fieldNames(expected));
        assertThat(fieldNames(actual.get("positions").get(0))).isEqualTo(fieldNames(expected.get("positions").get(0)));
        assertThat(EventJson.read(AccountSnapshot.class, EventJson.writeString(ours))).isEqualTo(ours);
        // the golden snapshot itself is readable by risk's side of the contract
        assertThat(EventJson.read(Topic.ACCOUNTS, golden("portfolio.accounts.v1/AccountSnapshot.json"))).isInstanceOf(AccountSnapshot.class);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>(node.propertyNames());
        names.sort(String::compareTo);
        return names;
    }

    private static byte[] golden(String path) throws IOException {
        try (InputStream in = SnapshotsMatchTheGoldenContractTest.class.getResourceAsStream("/contracts/" + path)) {
            assertThat(in).as("golden file " + path).isNotNull();
            return in.readAllBytes();
        }
    }
}
