package io.tradingsuite.execution.order;

import io.tradingsuite.common.types.AccountId;
import io.tradingsuite.common.types.ClientOrderId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/**
 * REST requests waiting for risk's decision, keyed by account and client order id. The decision consumer completes
 * the future after its transaction committed, so a woken request always reads the decided order. In-memory: a
 * decision handled by another replica is not seen here, and the request then answers 202 after its wait.
 */
@Component
public class DecisionWaiters {

    private final ConcurrentMap<Key, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

    /** Registers interest (before the request is published, so no decision can be missed); shared by repeats. */
    public CompletableFuture<Void> register(AccountId account, ClientOrderId clientOrderId) {
        return waiting.computeIfAbsent(new Key(account, clientOrderId), k -> new CompletableFuture<>());
    }

    /** Wakes the requests waiting for this order, if any. */
    public void complete(AccountId account, ClientOrderId clientOrderId) {
        CompletableFuture<Void> future = waiting.remove(new Key(account, clientOrderId));
        if (future != null) {
            future.complete(null);
        }
    }

    /** Drops a registration whose request stopped waiting. */
    public void forget(AccountId account, ClientOrderId clientOrderId, CompletableFuture<Void> future) {
        waiting.remove(new Key(account, clientOrderId), future);
    }

    int size() {
        return waiting.size();
    }

    private record Key(AccountId account, ClientOrderId clientOrderId) {
    }
}
