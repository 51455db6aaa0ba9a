package io.tradingsuite.core.risk;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.BotId;
import java.util.Objects;

/**
 * Where a trading state applies: {@code global}, {@code account:<id>} or {@code bot:<id>} (the wire form, also the
 * key of {@code risk.limits.v1}).
 */
public record RiskScope(Kind kind, String id) {

    /** The kinds of scope, from widest to narrowest. */
    public enum Kind { GLOBAL, ACCOUNT, BOT }

    public static final RiskScope GLOBAL = new RiskScope(Kind.GLOBAL, null);

    public RiskScope {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.GLOBAL && id != null) {
            throw new IllegalArgumentException("the global scope has no id");
        }
        if (kind != Kind.GLOBAL) {
            Objects.requireNonNull(id, "id");
        }
    }

    public static RiskScope account(AccountId accountId) {
        return new RiskScope(Kind.ACCOUNT, accountId.value());
    }

    public static RiskScope bot(BotId botId) {
        return new RiskScope(Kind.BOT, botId.value());
    }

    /**
     * Parses {@code global}, {@code account:<id>} or {@code bot:<id>} (ids validated as {@link AccountId} /
     * {@link BotId}).
     *
     * @throws IllegalArgumentException for anything else
     */
    public static RiskScope parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("scope is required");
        }
        String trimmed = text.trim();
        if (trimmed.equals("global")) {
            return GLOBAL;
        }
        if (trimmed.startsWith("account:")) {
            return account(AccountId.of(trimmed.substring("account:".length())));
        }
        if (trimmed.startsWith("bot:")) {
            return bot(BotId.of(trimmed.substring("bot:".length())));
        }
        throw new IllegalArgumentException("invalid scope '" + text + "': expected global, account:<id> or bot:<id>");
    }

    public String wire() {
        return switch (kind) {
            case GLOBAL -> "global";
            case ACCOUNT -> "account:" + id;
            case BOT -> "bot:" + id;
        };
    }

    @Override
    public String toString() {
        return wire();
    }
}
