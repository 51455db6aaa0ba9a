package io.tradingsuite.common.credentials;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A secret value that never prints itself: {@code toString()} is masked, so a secret that ends up in a log line,
 * an exception message, actuator output or an error body shows as {@code ****}. Read the value only where it is
 * used ({@link #reveal()}, {@link #bytes()}).
 */
public final class Secret {

    public static final String MASK = "****";

    private final String name;
    private final String value;

    Secret(String name, String value) {
        this.name = Objects.requireNonNull(name, "name");
        this.value = Objects.requireNonNull(value, "value");
    }

    /** The name of the variable the secret came from, e.g. {@code TS_JWT_SECRET}. */
    public String name() {
        return name;
    }

    public String reveal() {
        return value;
    }

    public byte[] bytes() {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return name + "=" + MASK;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret s && s.name.equals(name) && java.security.MessageDigest.isEqual(s.bytes(), bytes());
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }
}
