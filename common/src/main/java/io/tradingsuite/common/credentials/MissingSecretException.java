package io.tradingsuite.common.credentials;

/** A required secret is not configured; the message names the variable and how to provide it, never a value. */
public class MissingSecretException extends RuntimeException {

    private final String variable;

    public MissingSecretException(String variable, String reason) {
        super("Missing required secret " + variable + ": " + reason);
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
