package io.tradingsuite.bot.web;

import io.tradingsuite.bot.bot.Bot;
import io.tradingsuite.bot.bot.BotService;
import io.tradingsuite.bot.position.BotPerformanceService;
import io.tradingsuite.bot.signal.SignalRepository;
import io.tradingsuite.common.error.ApiException;
import io.tradingsuite.common.error.ErrorCode;
import io.tradingsuite.common.security.CurrentUser;
import io.tradingsuite.common.types.BotId;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bots API. Callers see and drive the bots of their own account (ADMIN: all bots); another account's bot is
 * reported as not found. Starting and stopping needs TRADER or ADMIN.
 */
@RestController
@RequestMapping("/api/bots")
public class BotController {

    static final int MAX_SIGNALS = 500;

    private final BotService bots;
    private final SignalRepository signals;
    private final BotPerformanceService performance;

    public BotController(BotService bots, SignalRepository signals, BotPerformanceService performance) {
        this.bots = bots;
        this.signals = signals;
        this.performance = performance;
    }

    @GetMapping
    public List<BotResponse> list() {
        return bots.list().stream().filter(this::visible).map(BotResponse::of).toList();
    }

    @GetMapping("/{id}")
    public BotResponse get(@PathVariable String id) {
        return BotResponse.of(visibleBot(id));
    }

    @PostMapping("/{id}/start")
    @PreAuthorize("hasAnyRole('TRADER','ADMIN')")
    public BotResponse start(@PathVariable String id) {
        return BotResponse.of(bots.start(visibleBot(id).id()));
    }

    @PostMapping("/{id}/stop")
    @PreAuthorize("hasAnyRole('TRADER','ADMIN')")
    public BotResponse stop(@PathVariable String id) {
        return BotResponse.of(bots.stop(visibleBot(id).id()));
    }

    /** The bot's signals, newest first. */
    @GetMapping("/{id}/signals")
    public List<SignalResponse> signals(@PathVariable String id,
                                        @RequestParam(name = "limit", defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_SIGNALS) {
            throw new ApiException(ErrorCode.VALIDATION_PARAMETER, 400, "limit must be between 1 and " + MAX_SIGNALS);
        }
        Bot bot = visibleBot(id);
        return signals.findNewest(bot.id(), limit).stream().map(SignalResponse::of).toList();
    }

    /** The bot's realised P&L and hit rate from its own fills. */
    @GetMapping("/{id}/performance")
    public BotPerformanceResponse performance(@PathVariable String id) {
        return BotPerformanceResponse.of(performance.performance(visibleBot(id).id()));
    }

    private Bot visibleBot(String id) {
        if (!BotId.isValid(id)) {
            throw new ApiException(ErrorCode.VALIDATION_FORMAT, 400, "'" + id + "' is not a valid bot id");
        }
        Bot bot = bots.get(BotId.of(id));
        if (!visible(bot)) {
            throw ApiException.notFound("no bot " + id);
        }
        return bot;
    }

    private boolean visible(Bot bot) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean admin = auth != null && auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        return admin || bot.accountId().equals(CurrentUser.accountId());
    }
}
