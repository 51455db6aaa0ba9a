package io.tradingsuite.common.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Messaging settings shared by the services ({@code ts.kafka.*}).
 *
 * @param partitions partitions of every topic the service creates (work is partitioned by account/symbol)
 * @param replicationFactor replication of created topics (1 for a single local broker)
 * @param retryAttempts redeliveries of a failing record before it goes to {@code <topic>-dlt}
 * @param retryInterval pause between redeliveries
 * @param outboxPollInterval how often the outbox relay looks for rows when not woken by a commit
 * @param outboxBatchSize rows sent per relay round
 * @param outboxDeleteDelay how long acknowledged outbox rows may wait to be deleted together (0: after each round)
 */
@ConfigurationProperties("ts.kafka")
public record MessagingProperties(
        Integer partitions,
        Short replicationFactor,
        Integer retryAttempts,
        Duration retryInterval,
        Duration outboxPollInterval,
        Integer outboxBatchSize,
        Duration outboxDeleteDelay) {

    public MessagingProperties {
        partitions = partitions == null ? 3 : partitions;
        replicationFactor = replicationFactor == null ? 1 : replicationFactor;
        retryAttempts = retryAttempts == null ? 2 : retryAttempts;
        retryInterval = retryInterval == null ? Duration.ofMillis(200) : retryInterval;
        outboxPollInterval = outboxPollInterval == null ? Duration.ofMillis(500) : outboxPollInterval;
        outboxBatchSize = outboxBatchSize == null ? 500 : outboxBatchSize;
        outboxDeleteDelay = outboxDeleteDelay == null ? Duration.ofMillis(100) : outboxDeleteDelay;
    }
}
