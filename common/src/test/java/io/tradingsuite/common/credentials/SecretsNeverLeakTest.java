package io.tradingsuite.common.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class SecretsNeverLeakTest {

    private static final String VALUE = "s3cr3t-value-that-must-never-print-0123456789";

    @Test
    void aMissingSecretNamesTheVariableAndHowToProvideIt() {
        Secrets secrets = new Secrets(Map.of());
        assertThatThrownBy(() -> secrets.require("TS_JWT_SECRET"))
                .isInstanceOf(MissingSecretException.class)
                .hasMessage("Missing required secret TS_JWT_SECRET: set the environment variable TS_JWT_SECRET"
                        + " (or TS_JWT_SECRET_FILE to the path of a file holding it)");
    }

    @Test
    void thereIsNoFallbackForABlankValueOrATooShortOne() {
        assertThatThrownBy(() -> new Secrets(Map.of("K", "  ")).require("K")).isInstanceOf(MissingSecretException.class);
        assertThatThrownBy(() -> new Secrets(Map.of("K", "short")).require("K", 32))
                .hasMessageContaining("at least 32 characters")
                .hasMessageNotContaining("short\"");
    }

    @Test
    void aMountedFileIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("jwt");
        Files.writeString(file, VALUE + "\n");
        Secret secret = new Secrets(Map.of("TS_JWT_SECRET_FILE", file.toString())).require("TS_JWT_SECRET");
        assertThat(secret.reveal()).isEqualTo(VALUE);
    }

    @Test
    void anUnreadableOrEmptyFileIsAMissingSecret(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty"), "");
        assertThatThrownBy(() -> new Secrets(Map.of("K_FILE", empty.toString())).require("K")).hasMessageContaining("is empty");
        assertThatThrownBy(() -> new Secrets(Map.of("K_FILE", dir.resolve("nope").toString())).require("K"))
                .hasMessageContaining("cannot read");
    }

    @Test
    void toStringIsMasked() {
        Secret secret = new Secrets(Map.of("TS_JWT_SECRET", VALUE)).require("TS_JWT_SECRET");
        assertThat(secret.toString()).isEqualTo("TS_JWT_SECRET=****").doesNotContain(VALUE);
        assertThat(String.valueOf(Map.of("secret", secret))).doesNotContain(VALUE);
    }

    @Test
    void logsShowTheMaskNotTheValue(CapturedOutput output) {
        Secret secret = new Secrets(Map.of("TS_JWT_SECRET", VALUE)).require("TS_JWT_SECRET");
        LoggerFactory.getLogger(SecretsNeverLeakTest.class).info("configured with {}", secret);
        assertThat(output.getAll()).contains("configured with TS_JWT_SECRET=****").doesNotContain(VALUE);
    }

    @Test
    void theStartupFailureReportNamesTheVariableOnly() {
        MissingSecretException missing = new MissingSecretException("TS_API_KEYS", "set the environment variable TS_API_KEYS");
        FailureAnalysis analysis = new MissingSecretFailureAnalyzer().analyze(new RuntimeException(missing));
        assertThat(analysis.getDescription()).contains("TS_API_KEYS");
        assertThat(analysis.getAction()).contains("TS_API_KEYS_FILE").contains("no default");
    }
}
