package io.tradingsuite.common.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.tradingsuite.common.events.Event;
import io.tradingsuite.common.events.Topic;
import io.tradingsuite.common.observability.MicrometerTraceContexts;
import io.tradingsuite.common.observability.TraceContexts;
import io.tradingsuite.common.validation.AssetLookup;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Kafka for every service, one way: events as JSON with type tokens; consumers behind an
 * {@link ErrorHandlingDeserializer}; a failing record retried {@code ts.kafka.retry-attempts} times, then sent to
 * {@code <topic>-dlt} while the consumer carries on; an idempotent producer with {@code acks=all} and
 * {@code linger.ms=0}; the transactional {@link Outbox}/{@link Inbox}; every catalogue topic and its dead-letter
 * topic created at startup. Observation is on for the template and the listener containers (Boot's
 * {@code spring.kafka.template.observation-enabled} / {@code spring.kafka.listener.observation-enabled} turn it off):
 * with Micrometer Tracing present a record carries the W3C {@code traceparent} header and the listener runs in the
 * continued trace, its trace id in the logging MDC.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@ConditionalOnClass({KafkaTemplate.class, JdbcClient.class})
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MessagingAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean(ProducerFactory.class)
    public ProducerFactory<String, Object> kafkaProducerFactory(KafkaProperties kafka, ObjectProvider<MeterRegistry> meters) {
        Map<String, Object> props = new HashMap<>(kafka.buildProducerProperties());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, EventSerializer.class);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        DefaultKafkaProducerFactory<String, Object> factory = new DefaultKafkaProducerFactory<>(props);
        meters.ifAvailable(registry -> factory.addListener(new MicrometerProducerListener<>(registry)));
        return factory;
    }

    @Bean
    @ConditionalOnMissingBean(KafkaOperations.class)
    public KafkaTemplate<String, Object> kafkaTemplate(ProducerFactory<String, Object> producerFactory, Environment environment) {
        KafkaTemplate<String, Object> template = new KafkaTemplate<>(producerFactory);
        template.setObservationEnabled(environment.getProperty(TEMPLATE_OBSERVATION, Boolean.class, true));
        return template;
    }

    static final String TEMPLATE_OBSERVATION = "spring.kafka.template.observation-enabled";
    static final String LISTENER_OBSERVATION = "spring.kafka.listener.observation-enabled";

    @Bean
    @ConditionalOnMissingBean(ConsumerFactory.class)
    public ConsumerFactory<String, Event> kafkaConsumerFactory(KafkaProperties kafka, Environment environment,
            ObjectProvider<MeterRegistry> meters) {
        DefaultKafkaConsumerFactory<String, Event> factory = new DefaultKafkaConsumerFactory<>(consumerProperties(kafka, environment));
        // Kafka client metrics (records-lag-max, fetch rates...) as kafka_consumer_* meters.
        meters.ifAvailable(registry -> factory.addListener(new MicrometerConsumerListener<>(registry)));
        return factory;
    }

    static Map<String, Object> consumerProperties(KafkaProperties kafka, Environment environment) {
        Map<String, Object> props = new HashMap<>(kafka.buildConsumerProperties());
        props.putIfAbsent(ConsumerConfig.GROUP_ID_CONFIG, environment.getProperty("spring.application.name", "trading-suite"));
        props.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class);
        props.put(ErrorHandlingDeserializer.KEY_DESERIALIZER_CLASS, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class);
        props.put(ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, EventDeserializer.class);
        return props;
    }

    @Bean
    @ConditionalOnMissingBean(name = "deadLetterRecoverer")
    public ConsumerRecordRecoverer deadLetterRecoverer(KafkaOperations<String, Object> template,
            ObjectProvider<MeterRegistry> meters) {
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(template,
                (rec, ex) -> new TopicPartition(rec.topic() + Topic.DEAD_LETTER_SUFFIX, -1));
        MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
        return (rec, ex) -> {
            log.error("Dead-lettering {}-{}@{} to {}{}: {}", rec.topic(), rec.partition(), rec.offset(), rec.topic(),
                    Topic.DEAD_LETTER_SUFFIX, rootMessage(ex));
            publisher.accept(rec, ex);
            Counter.builder("ts.kafka.dead.letters").tag("topic", rec.topic())
                    .description("Records sent to a dead-letter topic").register(registry).increment();
        };
    }

    private static String rootMessage(Throwable ex) {
        Throwable t = ex;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    @Bean
    @ConditionalOnMissingBean
    public DefaultErrorHandler kafkaErrorHandler(ConsumerRecordRecoverer deadLetterRecoverer, MessagingProperties properties) {
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetterRecoverer,
                new FixedBackOff(properties.retryInterval().toMillis(), properties.retryAttempts()));
        handler.addNotRetryableExceptions(IllegalArgumentException.class, NullPointerException.class,
                io.tradingsuite.common.validation.ValidationException.class);
        return handler;
    }

    @Bean(name = "kafkaListenerContainerFactory")
    @ConditionalOnMissingBean(name = "kafkaListenerContainerFactory")
    public ConcurrentKafkaListenerContainerFactory<Object, Object> kafkaListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
            ConsumerFactory<?, ?> consumerFactory,
            DefaultErrorHandler errorHandler,
            Environment environment) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        @SuppressWarnings("unchecked")
        ConsumerFactory<Object, Object> objectConsumerFactory = (ConsumerFactory<Object, Object>) consumerFactory;
        configurer.configure(factory, objectConsumerFactory);
        factory.setCommonErrorHandler(errorHandler);
        factory.getContainerProperties().setObservationEnabled(
                environment.getProperty(LISTENER_OBSERVATION, Boolean.class, true));
        factory.setRecordInterceptor(new io.tradingsuite.common.observability.CorrelationIdRecordInterceptor());
        return factory;
    }

    @Bean
    public KafkaAdmin.NewTopics tradingSuiteTopics(MessagingProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            TopicBuilder builder = TopicBuilder.name(topic.topicName())
                    .partitions(properties.partitions())
                    .replicas(properties.replicationFactor());
            if (topic.compacted()) {
                builder.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
            }
            topics.add(builder.build());
            topics.add(TopicBuilder.name(topic.deadLetterTopic())
                    .partitions(properties.partitions())
                    .replicas(properties.replicationFactor())
                    .build());
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    @Bean
    @ConditionalOnMissingBean
    public OutboxRelay outboxRelay(JdbcClient jdbc, KafkaOperations<String, Object> template, MessagingProperties properties,
            ObjectProvider<MeterRegistry> meters, ObjectProvider<ObservationRegistry> observations) {
        return new OutboxRelay(jdbc, template, properties.outboxPollInterval(), properties.outboxBatchSize(),
                meters.getIfAvailable(SimpleMeterRegistry::new), observations.getIfAvailable(() -> ObservationRegistry.NOOP),
                properties.outboxDeleteDelay());
    }

    @Bean
    @ConditionalOnMissingBean
    public Outbox outbox(JdbcClient jdbc, Clock clock, OutboxRelay relay, ObjectProvider<TraceContexts> traces) {
        return new Outbox(jdbc, clock, relay, traces.getIfAvailable(() -> TraceContexts.NONE));
    }

    /** The current trace context for the outbox, when Micrometer Tracing is on the classpath. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({Tracer.class, Propagator.class})
    static class TraceContextCapture {

        @Bean
        @ConditionalOnMissingBean
        TraceContexts traceContexts(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
            return new MicrometerTraceContexts(tracer, propagator);
        }
    }

    @Bean
    @ConditionalOnMissingBean
    public Inbox inbox(JdbcClient jdbc, Clock clock) {
        return new Inbox(jdbc, clock);
    }

    @Bean
    @ConditionalOnMissingBean(AssetLookup.class)
    public AssetCatalog assetCatalog(KafkaProperties kafka, Environment environment) {
        return new AssetCatalog(consumerProperties(kafka, environment));
    }

    @Bean
    @ConditionalOnMissingBean
    public io.tradingsuite.common.validation.OrderRequestValidator orderRequestValidator(AssetLookup assets, Environment environment) {
        return new io.tradingsuite.common.validation.OrderRequestValidator(assets,
                environment.getProperty("ts.validation.max-quantity", java.math.BigDecimal.class,
                        io.tradingsuite.common.validation.OrderRequestValidator.DEFAULT_MAX_QUANTITY));
    }
}
