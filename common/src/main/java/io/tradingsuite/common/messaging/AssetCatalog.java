package io.tradingsuite.common.messaging;

import io.tradingsuite.common.events.AssetUpdated;
import io.tradingsuite.common.events.Event;
import io.tradingsuite.common.events.Topic;
import io.tradingsuite.common.types.Symbol;
import io.tradingsuite.common.validation.Asset;
import io.tradingsuite.common.validation.AssetLookup;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A local copy of the asset master, read from the compacted {@code market-data.assets.v1} from the beginning on
 * every start (all partitions assigned, no consumer group, so every replica sees every asset). Services other
 * than market-data validate symbols against it.
 */
public class AssetCatalog implements AssetLookup, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AssetCatalog.class);

    private final Map<String, Object> consumerProperties;
    private final Map<Symbol, Asset> assets = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile Consumer<String, Event> consumer;
    private Thread worker;

    public AssetCatalog(Map<String, Object> consumerProperties) {
        Map<String, Object> props = new HashMap<>(consumerProperties);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, EventDeserializer.class);
        this.consumerProperties = props;
    }

    @Override
    public Optional<Asset> find(Symbol symbol) {
        return Optional.ofNullable(assets.get(symbol));
    }

    public int size() {
        return assets.size();
    }

    /** Applies one asset definition (also used by tests to seed the catalog). */
    public void put(Asset asset) {
        assets.put(asset.symbol(), asset);
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().name("asset-catalog").daemon(true).start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        Consumer<String, Event> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try (Consumer<String, Event> c = new KafkaConsumer<>(consumerProperties)) {
                consumer = c;
                List<TopicPartition> partitions = c.partitionsFor(Topic.ASSETS_NAME, Duration.ofSeconds(30)).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition()))
                        .toList();
                if (partitions.isEmpty()) {
                    continue;
                }
                c.assign(partitions);
                c.seekToBeginning(partitions);
                while (running) {
                    try {
                        for (ConsumerRecord<String, Event> rec : c.poll(Duration.ofSeconds(1))) {
                            if (rec.value() instanceof AssetUpdated updated) {
                                put(updated.asset());
                            }
                        }
                    } catch (RecordDeserializationException e) {
                        log.warn("Skipping unreadable asset record at {}@{}", e.topicPartition(), e.offset());
                        c.seek(e.topicPartition(), e.offset() + 1);
                    }
                }
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("Asset catalog consumer failed, retrying: {}", e.toString());
                }
            }
        }
    }
}
