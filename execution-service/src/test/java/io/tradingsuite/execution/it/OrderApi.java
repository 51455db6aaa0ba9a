package io.tradingsuite.execution.it;

import io.tradingsuite.common.test.TestJwt;
import io.tradingsuite.common.types.AccountId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The order API as a scenario drives it (a TRADER posts and deletes, a VIEWER reads, with the account's test token)
 * and the {@code orders} table as a scenario checks it.
 */
final class OrderApi {

    private final MockMvcTester mvc;
    private final JdbcClient jdbc;

    OrderApi(MockMvcTester mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    MvcTestResult post(AccountId account, String body) {
        return mvc.post().uri("/api/orders").header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(account, "TRADER"))
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    MvcTestResult patch(AccountId account, String uri, String body) {
        return mvc.patch().uri(uri).header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(account, "TRADER"))
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    /** A PATCH on another thread: it waits for risk's decision, which the scenario sends meanwhile. */
    CompletableFuture<MvcTestResult> patchAsync(AccountId account, String uri, String body) {
        return CompletableFuture.supplyAsync(() -> patch(account, uri, body));
    }

    MvcTestResult get(AccountId account, String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(account, "VIEWER")).exchange();
    }

    MvcTestResult delete(AccountId account, String uri) {
        return mvc.delete().uri(uri).header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(account, "TRADER")).exchange();
    }

    String orderIdOf(AccountId account, String clientOrderId) {
        return jdbc.sql("select id from orders where account_id = :a and client_order_id = :c")
                .param("a", account.value()).param("c", clientOrderId).query(String.class).single();
    }

    Optional<String> statusOf(AccountId account, String clientOrderId) {
        return jdbc.sql("select status from orders where account_id = :a and client_order_id = :c")
                .param("a", account.value()).param("c", clientOrderId).query(String.class).optional();
    }
}
