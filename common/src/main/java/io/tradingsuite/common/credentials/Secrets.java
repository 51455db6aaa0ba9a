package io.tradingsuite.common.credentials;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The only way secrets enter the suite: an environment variable {@code NAME}, or a mounted file whose path is in
 * {@code NAME_FILE} (Docker/Kubernetes secrets). There are no defaults and no fallbacks: a missing required secret
 * is a {@link MissingSecretException} naming the variable, which stops startup.
 */
public final class Secrets {

    public static final String FILE_SUFFIX = "_FILE";

    private final UnaryOperator<String> environment;

    /** Reads the process environment. */
    public Secrets() {
        this(System::getenv);
    }

    /** Reads the given environment (tests). */
    public Secrets(Map<String, String> environment) {
        this(environment::get);
    }

    private Secrets(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    /** The secret, or a {@link MissingSecretException} naming {@code name}. */
    public Secret require(String name) {
        return find(name).orElseThrow(() -> new MissingSecretException(name,
                "set the environment variable " + name + " (or " + name + FILE_SUFFIX + " to the path of a file holding it)"));
    }

    /** A secret that must be at least {@code minLength} characters long (e.g. an HMAC key). */
    public Secret require(String name, int minLength) {
        Secret secret = require(name);
        if (secret.reveal().length() < minLength) {
            throw new MissingSecretException(name, "it must be at least " + minLength + " characters long");
        }
        return secret;
    }

    public Optional<Secret> find(String name) {
        String direct = environment.apply(name);
        if (direct != null && !direct.isBlank()) {
            return Optional.of(new Secret(name, direct.strip()));
        }
        String file = environment.apply(name + FILE_SUFFIX);
        if (file != null && !file.isBlank()) {
            Path path = Path.of(file.strip());
            try {
                String content = Files.readString(path, StandardCharsets.UTF_8).strip();
                if (content.isEmpty()) {
                    throw new MissingSecretException(name, "the file " + path + " named by " + name + FILE_SUFFIX + " is empty");
                }
                return Optional.of(new Secret(name, content));
            } catch (IOException e) {
                throw new MissingSecretException(name, "cannot read the file " + path + " named by " + name + FILE_SUFFIX
                        + " (" + e.getClass().getSimpleName() + ")");
            }
        }
        return Optional.empty();
    }
}
