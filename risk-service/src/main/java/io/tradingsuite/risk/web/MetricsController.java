package io.tradingsuite.risk.web;

import io.tradingsuite.common.error.ApiException;
import io.tradingsuite.common.security.CurrentUser;
import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.risk.metrics.AccountMetricsService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/risk/metrics}: the caller's account's real-time risk metrics (any authenticated caller; 404
 * {@code NOT_FOUND} while risk has seen no snapshot of the account).
 */
@RestController
@RequestMapping("/api/risk")
class MetricsController {

    private final AccountMetricsService metrics;

    MetricsController(AccountMetricsService metrics) {
        this.metrics = metrics;
    }

    @GetMapping("/metrics")
    RiskMetricsResponse metrics() {
        AccountId account = CurrentUser.accountId();
        return metrics.metrics(account)
                .map(m -> RiskMetricsResponse.of(account, m))
                .orElseThrow(() -> ApiException.notFound("no account state seen for account " + account + " yet"));
    }
}
