package io.tradingsuite.bot.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Bot service settings ({@code ts.bot.*}).
 *
 * @param defaults bots created at startup if they do not exist yet (an existing bot keeps its stored status)
 */
@Validated
@ConfigurationProperties("ts.bot")
public record BotProperties(@Valid List<DefaultBot> defaults) {

    public BotProperties {
        defaults = defaults == null ? List.of() : List.copyOf(defaults);
    }

    /**
     * One default bot.
     *
     * @param id       bot id
     * @param account  owning account
     * @param strategy strategy name (e.g. {@code ma-crossover})
     * @param params   strategy parameters; kebab-case keys ({@code fast-window}) become snake_case ({@code fast_window})
     * @param symbols  symbols the bot trades
     * @param running  whether the bot starts RUNNING when first created
     */
    public record DefaultBot(@NotBlank String id, @NotBlank String account, @NotBlank String strategy,
                             Map<String, String> params, @NotEmpty List<String> symbols, Boolean running) {

        public DefaultBot {
            params = params == null ? Map.of() : params.entrySet().stream()
                    .collect(Collectors.toUnmodifiableMap(e -> e.getKey().replace('-', '_'), Map.Entry::getValue));
            symbols = symbols == null ? List.of() : List.copyOf(symbols);
            running = running == null || running;
        }
    }
}
