package io.tradingsuite.gateway.status;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/system/status} for any authenticated caller (every role): overall status and each service's
 * health and last error. Always 200: the body says how healthy the suite is.
 */
@RestController
public class SystemStatusController {

    private final SystemStatusService status;

    public SystemStatusController(SystemStatusService status) {
        this.status = status;
    }

    @GetMapping("/api/system/status")
    public Mono<SystemStatus> status() {
        return status.check();
    }
}
