package io.tradingsuite.portfolio.ledger;

import io.tradingsuite.common.events.AccountSnapshot;
import io.tradingsuite.portfolio.config.PortfolioProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At startup, before the Kafka listeners start: creates the configured accounts that are missing and publishes
 * each account's current snapshot through the outbox, so risk has state even before the first fill.
 */
@Component
public class AccountBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final LedgerService ledger;
    private final PortfolioProperties properties;

    public AccountBootstrap(LedgerService ledger, PortfolioProperties properties) {
        this.ledger = ledger;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (PortfolioProperties.AccountSettings settings : properties.accounts()) {
            AccountSnapshot snapshot = ledger.open(settings.accountId(), settings.startingCashMoney());
            log.info("Account {}: cash {}, equity {}, {} fills applied, snapshot version {}", snapshot.accountId(),
                    snapshot.cash(), snapshot.equity(), snapshot.fillsApplied(), snapshot.version());
        }
    }
}
