package io.tradingsuite.common.testapp;

import io.tradingsuite.common.credentials.Secret;
import io.tradingsuite.common.events.FillEvent;
import io.tradingsuite.common.events.FillExecuted;
import io.tradingsuite.common.events.Topic;
import io.tradingsuite.common.messaging.Inbox;
import io.tradingsuite.common.messaging.Outbox;
import io.tradingsuite.common.security.CurrentUser;
import io.tradingsuite.common.validation.OrderDraft;
import io.tradingsuite.common.validation.OrderRequestValidator;
import io.tradingsuite.common.validation.ValidatedOrder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A minimal service built only from common's auto-configuration, to test it as services use it. */
@SpringBootApplication
public class CommonTestApplication {

    /** Applies fills exactly once and announces each through the outbox. */
    @Service
    public static class FillLedger {

        private final JdbcClient jdbc;
        private final Inbox inbox;
        private final Outbox outbox;

        FillLedger(JdbcClient jdbc, Inbox inbox, Outbox outbox) {
            this.jdbc = jdbc;
            this.inbox = inbox;
            this.outbox = outbox;
        }

        @Transactional
        public void apply(FillEvent event) {
            FillExecuted fill = (FillExecuted) event;
            if (fill.symbol().value().equals("POISON")) {
                throw new IllegalStateException("cannot apply a fill of POISON");
            }
            if (!inbox.firstDelivery("ledger", fill.eventId())) {
                return;
            }
            jdbc.sql("insert into applied_fills (trade_id, account_id, notional) values (:t, :a, :n)")
                    .param("t", fill.tradeId().value())
                    .param("a", fill.accountId().value())
                    .param("n", fill.notional().value())
                    .update();
        }

        @Transactional
        public void announce(FillExecuted fill) {
            outbox.publish(fill);
        }

        public int count() {
            return jdbc.sql("select count(*) from applied_fills").query(Integer.class).single();
        }
    }

    /** Applies consumed fills, remembering the trace id the logging MDC held for each trade. */
    @org.springframework.stereotype.Component
    public static class FillListener {

        private final FillLedger ledger;
        private final Map<String, String> traceIdByTrade = new ConcurrentHashMap<>();

        FillListener(FillLedger ledger) {
            this.ledger = ledger;
        }

        @KafkaListener(topics = Topic.FILLS_NAME, groupId = "common-test")
        void on(FillEvent event) {
            String traceId = MDC.get("traceId");
            if (traceId != null && event instanceof FillExecuted fill) {
                traceIdByTrade.put(fill.tradeId().value(), traceId);
            }
            ledger.apply(event);
        }

        /** The MDC trace id while the fill of that trade was handled, or null. */
        public String traceIdWhileHandling(String tradeId) {
            return traceIdByTrade.get(tradeId);
        }
    }

    @RestController
    static class TestController {

        private final OrderRequestValidator validator;
        private final Secret jwtSigningSecret;

        TestController(OrderRequestValidator validator, Secret jwtSigningSecret) {
            this.validator = validator;
            this.jwtSigningSecret = jwtSigningSecret;
        }

        @PostMapping("/test/orders")
        ValidatedOrder validate(@RequestBody OrderDraft draft) {
            return validator.validate(draft);
        }

        @GetMapping("/test/me")
        Map<String, String> me() {
            return Map.of("account", CurrentUser.accountId().value());
        }

        @PostMapping("/test/admin")
        @PreAuthorize("hasRole('ADMIN')")
        Map<String, String> admin() {
            return Map.of("ok", "yes");
        }

        @GetMapping("/test/boom")
        Map<String, String> boom() {
            throw new IllegalStateException("failure while using " + jwtSigningSecret.reveal());
        }
    }
}
