package io.tradingsuite.common.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** Client-chosen order identifier (Alpaca: client_order_id, at most 128 characters); orders are de-duplicated on it per account. */
public record ClientOrderId(@JsonValue String value) implements Comparable<ClientOrderId> {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}");

    public ClientOrderId {
        Identifiers.check("ClientOrderId", FORMAT, value);
    }

    @JsonCreator
    public static ClientOrderId of(String value) {
        return new ClientOrderId(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public int compareTo(ClientOrderId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
