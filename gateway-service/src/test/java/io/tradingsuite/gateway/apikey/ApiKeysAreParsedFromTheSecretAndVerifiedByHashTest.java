package io.tradingsuite.gateway.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradingsuite.common.credentials.MissingSecretException;
import io.tradingsuite.common.credentials.Secrets;
import io.tradingsuite.common.types.AccountId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeysAreParsedFromTheSecretAndVerifiedByHashTest {

    private static final String ALICE_SECRET = "alice-secret";
    private static final String BOB_SECRET = "bob-secret";

    private static String entry(String keyId, String secret, String roles, String account) {
        return keyId + ":" + ApiKeyRegistry.sha256Hex(secret) + ":" + roles + ":" + account;
    }

    @Test
    void semicolonAndNewlineSeparatedEntriesWithSeveralRolesAreParsed() {
        ApiKeyRegistry registry = ApiKeyRegistry.parse(
                entry("alice", ALICE_SECRET, "TRADER", "ACC-1") + ";\n# operators\n"
                        + entry("bob", BOB_SECRET, "RISK_ADMIN,ADMIN", "ACC-2") + "\n");

        assertThat(registry.size()).isEqualTo(2);
        assertThat(registry.verify("bob", BOB_SECRET)).hasValueSatisfying(key -> {
            assertThat(key.roles()).containsExactlyInAnyOrder("RISK_ADMIN", "ADMIN");
            assertThat(key.account()).isEqualTo(AccountId.of("ACC-2"));
        });
        assertThat(registry.verify("alice", ALICE_SECRET)).map(ApiKey::roles).hasValue(java.util.Set.of("TRADER"));
    }

    @Test
    void wrongSecretUnknownKeyAndMissingValuesAreRejected() {
        ApiKeyRegistry registry = ApiKeyRegistry.parse(entry("alice", ALICE_SECRET, "TRADER", "ACC-1"));

        assertThat(registry.verify("alice", BOB_SECRET)).isEmpty();
        assertThat(registry.verify("alice", "")).isEmpty();
        assertThat(registry.verify("alice", null)).isEmpty();
        assertThat(registry.verify("mallory", ALICE_SECRET)).isEmpty();
        assertThat(registry.verify(null, ALICE_SECRET)).isEmpty();
    }

    @Test
    void upperCaseHashesAreAccepted() {
        String upper = "alice:" + ApiKeyRegistry.sha256Hex(ALICE_SECRET).toUpperCase() + ":VIEWER:ACC-1";
        assertThat(ApiKeyRegistry.parse(upper).verify("alice", ALICE_SECRET)).isPresent();
    }

    @Test
    void malformedEntriesNameTheirPositionButNotTheirContent() {
        String good = entry("alice", ALICE_SECRET, "TRADER", "ACC-1");
        assertThatThrownBy(() -> ApiKeyRegistry.parse(good + ";bob:" + BOB_SECRET + ":TRADER:ACC-2"))
                .isInstanceOf(InvalidApiKeysException.class)
                .hasMessageContaining("TS_API_KEYS entry #2")
                .hasMessageNotContaining(BOB_SECRET);
        assertThatThrownBy(() -> ApiKeyRegistry.parse(entry("bob", BOB_SECRET, "SUPERUSER", "ACC-2")))
                .hasMessageContaining("unknown role");
        assertThatThrownBy(() -> ApiKeyRegistry.parse(entry("bob", BOB_SECRET, "TRADER", "ACC 2")))
                .hasMessageContaining("invalid account id");
        assertThatThrownBy(() -> ApiKeyRegistry.parse("bob:TRADER:ACC-2"))
                .hasMessageContaining("expected keyId:sha256hex(secret):ROLE[,ROLE...]:accountId");
        assertThatThrownBy(() -> ApiKeyRegistry.parse(good + ";" + entry("alice", BOB_SECRET, "VIEWER", "ACC-3")))
                .hasMessageContaining("duplicate key id");
        assertThatThrownBy(() -> ApiKeyRegistry.parse(" ;\n# nothing\n"))
                .hasMessageContaining("holds no API key entries");
    }

    @Test
    void missingSecretStopsStartupNamingTheVariable() {
        assertThatThrownBy(() -> ApiKeyRegistry.fromSecrets(new Secrets(Map.of())))
                .isInstanceOf(MissingSecretException.class)
                .hasMessageContaining("TS_API_KEYS")
                .satisfies(e -> assertThat(((MissingSecretException) e).variable()).isEqualTo("TS_API_KEYS"));
    }

    @Test
    void keysCanComeFromAMountedFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("api-keys");
        Files.writeString(file, entry("alice", ALICE_SECRET, "TRADER", "ACC-1") + "\n"
                + entry("bob", BOB_SECRET, "VIEWER", "ACC-2") + "\n");

        ApiKeyRegistry registry = ApiKeyRegistry.fromSecrets(new Secrets(Map.of("TS_API_KEYS_FILE", file.toString())));

        assertThat(registry.verify("bob", BOB_SECRET)).isPresent();
    }

    @Test
    void neitherKeyNorRegistryPrintsTheHash() {
        String hash = ApiKeyRegistry.sha256Hex(ALICE_SECRET);
        ApiKeyRegistry registry = ApiKeyRegistry.parse(entry("alice", ALICE_SECRET, "TRADER", "ACC-1"));
        ApiKey key = registry.verify("alice", ALICE_SECRET).orElseThrow();

        assertThat(key.toString()).contains("alice").doesNotContain(hash).doesNotContain(ALICE_SECRET);
        assertThat(registry.toString()).doesNotContain(hash).doesNotContain("alice");
    }
}
