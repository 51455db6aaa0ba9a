package io.tradingsuite.execution.venue.alpaca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradingsuite.common.credentials.MissingSecretException;
import io.tradingsuite.common.credentials.Secrets;
import io.tradingsuite.execution.config.AlpacaProperties;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Paper and live keys are separate; only the selected mode's variables are ever read; secrets never print. */
class AlpacaCredentialsTest {

    /** An environment that remembers every variable asked for. */
    static final class RecordingEnvironment extends HashMap<String, String> {
        final List<Object> asked = new CopyOnWriteArrayList<>();

        RecordingEnvironment(Map<String, String> values) {
            super(values);
        }

        @Override
        public String get(Object key) {
            asked.add(key);
            return super.get(key);
        }
    }

    static AlpacaProperties mode(AlpacaProperties.Mode mode) {
        return new AlpacaProperties(mode, null, null, null, null, null, null, null);
    }

    @Test
    void paperModeReadsOnlyThePaperVariables() {
        RecordingEnvironment env = new RecordingEnvironment(Map.of(
                "ALPACA_PAPER_KEY_ID", "PK123", "ALPACA_PAPER_SECRET_KEY", "paper-secret",
                "ALPACA_LIVE_KEY_ID", "AK999", "ALPACA_LIVE_SECRET_KEY", "live-secret"));

        AlpacaCredentials keys = AlpacaCredentials.of(mode(AlpacaProperties.Mode.PAPER), new Secrets(env));

        assertThat(keys.keyId().reveal()).isEqualTo("PK123");
        assertThat(keys.secretKey().reveal()).isEqualTo("paper-secret");
        assertThat(env.asked).isNotEmpty().allSatisfy(name -> assertThat((String) name).startsWith("ALPACA_PAPER_"));
    }

    @Test
    void liveModeReadsOnlyTheLiveVariablesAndTheLiveEndpoints() {
        RecordingEnvironment env = new RecordingEnvironment(Map.of(
                "ALPACA_LIVE_KEY_ID", "AK999", "ALPACA_LIVE_SECRET_KEY", "live-secret"));
        AlpacaProperties live = mode(AlpacaProperties.Mode.LIVE);

        AlpacaCredentials keys = AlpacaCredentials.of(live, new Secrets(env));

        assertThat(keys.keyId().reveal()).isEqualTo("AK999");
        assertThat(env.asked).allSatisfy(name -> assertThat((String) name).startsWith("ALPACA_LIVE_"));
        assertThat(live.endpoints().apiUrl()).isEqualTo(AlpacaProperties.LIVE_API);
        assertThat(mode(AlpacaProperties.Mode.PAPER).endpoints().streamUrl()).isEqualTo(AlpacaProperties.PAPER_STREAM);
    }

    @Test
    void aMissingKeyStopsStartupNamingTheVariable() {
        RecordingEnvironment env = new RecordingEnvironment(Map.of("ALPACA_PAPER_KEY_ID", "PK123",
                "ALPACA_LIVE_SECRET_KEY", "live-secret"));

        assertThatThrownBy(() -> AlpacaCredentials.of(mode(AlpacaProperties.Mode.PAPER), new Secrets(env)))
                .isInstanceOf(MissingSecretException.class)
                .hasMessageContaining("ALPACA_PAPER_SECRET_KEY")
                .hasMessageNotContaining("live-secret");
    }

    @Test
    void theKeysNeverPrint() {
        AlpacaCredentials keys = AlpacaCredentials.of(mode(AlpacaProperties.Mode.PAPER), new Secrets(Map.of(
                "ALPACA_PAPER_KEY_ID", "PK123", "ALPACA_PAPER_SECRET_KEY", "paper-secret")));

        assertThat(keys.toString()).doesNotContain("PK123").doesNotContain("paper-secret")
                .contains("ALPACA_PAPER_SECRET_KEY");
    }

    @Test
    void backoffGrowsExponentiallyUpToTheBound() {
        AlpacaProperties.Retry retry = new AlpacaProperties.Retry(6, java.time.Duration.ofMillis(200),
                java.time.Duration.ofSeconds(1), null);

        assertThat(List.of(retry.backoff(1), retry.backoff(2), retry.backoff(3), retry.backoff(4)))
                .containsExactly(java.time.Duration.ofMillis(200), java.time.Duration.ofMillis(400),
                        java.time.Duration.ofMillis(800), java.time.Duration.ofSeconds(1));
    }
}
