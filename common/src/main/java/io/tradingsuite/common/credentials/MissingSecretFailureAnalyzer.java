package io.tradingsuite.common.credentials;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link MissingSecretException} at startup into a short message naming the variable. */
public class MissingSecretFailureAnalyzer extends AbstractFailureAnalyzer<MissingSecretException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingSecretException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Provide " + cause.variable() + " through the environment or a mounted file (" + cause.variable()
                        + Secrets.FILE_SUFFIX + "). There is deliberately no default value.",
                cause);
    }
}
