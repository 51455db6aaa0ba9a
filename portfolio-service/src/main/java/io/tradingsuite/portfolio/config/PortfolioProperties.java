package io.tradingsuite.portfolio.config;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Portfolio settings.
 *
 * @param accounts         accounts the ledger keeps; each is created with its starting cash at startup if missing
 *                         (default: one account {@code demo} with 100000.00 USD)
 * @param snapshotInterval how often snapshots are re-published for accounts whose marks changed (default 5s)
 */
@Validated
@ConfigurationProperties("ts.portfolio")
public record PortfolioProperties(@Valid @NotEmpty List<AccountSettings> accounts, Duration snapshotInterval) {

    public static final Duration DEFAULT_SNAPSHOT_INTERVAL = Duration.ofSeconds(5);

    public PortfolioProperties {
        accounts = accounts == null || accounts.isEmpty()
                ? List.of(new AccountSettings("demo", new BigDecimal("100000.00")))
                : List.copyOf(accounts);
        snapshotInterval = snapshotInterval == null ? DEFAULT_SNAPSHOT_INTERVAL : snapshotInterval;
    }

    /**
     * One configured account.
     *
     * @param id           account id (the JWT {@code account} claim of its users)
     * @param startingCash cash the account is opened with, in USD
     */
    public record AccountSettings(
            @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}") String id,
            @NotNull @DecimalMin("0") BigDecimal startingCash) {

        public AccountId accountId() {
            return AccountId.of(id);
        }

        public Money startingCashMoney() {
            return Money.of(startingCash);
        }
    }
}
