package io.tradingsuite.risk.messaging;

import io.tradingsuite.common.events.Topic;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Risk decides orders only once it has caught up with what its decisions depend on. At startup the order-request
 * listener stays stopped while the listeners of fills, order events and account snapshots work off what was
 * published while risk was down (up to the end offsets seen at startup); then it starts. Deciding first would be
 * safe but wrong for the trader: a buy reserves cash at once, while the cash of sells already filled counts only when
 * risk sees their fills, so a risk service that decides a backlog of requests ahead of its fills denies buys the
 * account can afford ({@code RISK_INSUFFICIENT_BUYING_POWER}). Requests wait on their topic meanwhile; nothing is
 * lost. After {@code ts.risk.catch-up.max-wait} (default 60 s) it starts anyway, with a warning.
 */
@Component
class DecideAfterCatchingUp {

    static final String ORDER_REQUESTS_LISTENER = "risk-order-requests";
    static final List<String> STATE_TOPICS = List.of(Topic.FILLS_NAME, Topic.ORDER_EVENTS_NAME, Topic.ACCOUNTS_NAME);
    private static final Duration CHECK_EVERY = Duration.ofMillis(100);
    private static final Logger log = LoggerFactory.getLogger(DecideAfterCatchingUp.class);

    private final KafkaListenerEndpointRegistry registry;
    private final KafkaAdmin kafkaAdmin;
    private final String group;
    private final Duration maxWait;
    private final AtomicBoolean deciding = new AtomicBoolean();

    DecideAfterCatchingUp(KafkaListenerEndpointRegistry registry, KafkaAdmin kafkaAdmin,
            ConsumerFactory<?, ?> consumerFactory, @Value("${ts.risk.catch-up.max-wait:60s}") Duration maxWait) {
        this.registry = registry;
        this.kafkaAdmin = kafkaAdmin;
        this.group = String.valueOf(consumerFactory.getConfigurationProperties().get(ConsumerConfig.GROUP_ID_CONFIG));
        this.maxWait = maxWait;
    }

    /** True once the order-request listener runs. */
    boolean deciding() {
        return deciding.get();
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUpThenDecide() {
        Thread.ofPlatform().name("risk-catch-up").daemon(true).start(this::run);
    }

    private void run() {
        long started = System.nanoTime();
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            Map<TopicPartition, Long> targets = endOffsets(admin);
            long deadline = started + maxWait.toNanos();
            while (!caughtUp(admin, targets)) {
                if (System.nanoTime() > deadline) {
                    log.warn("risk has not caught up with {} after {}: deciding orders anyway", STATE_TOPICS, maxWait);
                    break;
                }
                TimeUnit.MILLISECONDS.sleep(CHECK_EVERY.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            log.warn("could not check how far risk has caught up ({}); deciding orders now", e.toString());
        }
        MessageListenerContainer container = registry.getListenerContainer(ORDER_REQUESTS_LISTENER);
        if (container != null && !container.isRunning()) {
            container.start();
        }
        deciding.set(true);
        log.info("deciding orders: caught up with {} in {} ms", STATE_TOPICS,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /** The end offset of every partition of the state topics, now. */
    private Map<TopicPartition, Long> endOffsets(Admin admin) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(STATE_TOPICS).allTopicNames().get(10, TimeUnit.SECONDS).forEach((topic, description) ->
                description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()),
                        OffsetSpec.latest())));
        Map<TopicPartition, Long> ends = new HashMap<>();
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end
                : admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).entrySet()) {
            ends.put(end.getKey(), end.getValue().offset());
        }
        return ends;
    }

    /**
     * True when the group has committed, for every partition that had records at startup, at least the end offset
     * seen then. A partition the group never committed is not waited for: a new group has no state to catch up on.
     */
    private boolean caughtUp(Admin admin, Map<TopicPartition, Long> targets) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        return targets.entrySet().stream().allMatch(target -> {
            OffsetAndMetadata offset = committed.get(target.getKey());
            return target.getValue() == 0 || offset == null || offset.offset() >= target.getValue();
        });
    }
}
