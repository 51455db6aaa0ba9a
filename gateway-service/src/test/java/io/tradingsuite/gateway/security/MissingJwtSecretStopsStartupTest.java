package io.tradingsuite.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradingsuite.common.credentials.MissingSecretException;
import io.tradingsuite.common.credentials.Secrets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MissingJwtSecretStopsStartupTest {

    @Test
    void missingSigningSecretNamesTheVariable() {
        assertThatThrownBy(() -> GatewayJwtConfiguration.signingSecret(new Secrets(Map.of())))
                .isInstanceOf(MissingSecretException.class)
                .hasMessageContaining("TS_JWT_SECRET")
                .hasMessageContaining("TS_JWT_SECRET_FILE");
    }

    @Test
    void tooShortSigningSecretIsRefusedWithoutPrintingIt() {
        assertThatThrownBy(() -> GatewayJwtConfiguration.signingSecret(new Secrets(Map.of("TS_JWT_SECRET", "short-one"))))
                .isInstanceOf(MissingSecretException.class)
                .hasMessageContaining("TS_JWT_SECRET")
                .hasMessageContaining("at least 32")
                .hasMessageNotContaining("short-one");
    }

    @Test
    void signingSecretIsMaskedWhenPrinted() {
        String value = "a-signing-secret-that-is-long-enough-0123456789";
        var secret = GatewayJwtConfiguration.signingSecret(new Secrets(Map.of("TS_JWT_SECRET", value)));
        assertThat(secret.toString()).doesNotContain(value);
    }
}
