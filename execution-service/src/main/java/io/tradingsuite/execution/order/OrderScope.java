package io.tradingsuite.execution.order;

import io.tradingsuite.common.events.RiskControlEvent;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.BotId;

/** The orders a risk control applies to: all ({@code global}), one account ({@code account:<id>}) or one bot ({@code bot:<id>}). */
public sealed interface OrderScope {

    record Global() implements OrderScope {
    }

    record Account(AccountId accountId) implements OrderScope {
    }

    record Bot(BotId botId) implements OrderScope {
    }

    /** Parses risk's scope text; throws {@link IllegalArgumentException} for anything else (the record is dead-lettered). */
    static OrderScope parse(String scope) {
        if (RiskControlEvent.GLOBAL.equals(scope)) {
            return new Global();
        }
        if (scope != null && scope.startsWith("account:")) {
            return new Account(AccountId.of(scope.substring("account:".length())));
        }
        if (scope != null && scope.startsWith("bot:")) {
            return new Bot(BotId.of(scope.substring("bot:".length())));
        }
        throw new IllegalArgumentException("unknown scope '" + scope + "': expected global, account:<id> or bot:<id>");
    }
}
