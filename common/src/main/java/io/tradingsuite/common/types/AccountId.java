package io.tradingsuite.common.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** Identifier of a trading account; Kafka key of every account-scoped event. */
public record AccountId(@JsonValue String value) implements Comparable<AccountId> {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    public AccountId {
        Identifiers.check("AccountId", FORMAT, value);
    }

    @JsonCreator
    public static AccountId of(String value) {
        return new AccountId(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public int compareTo(AccountId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
