package io.tradingsuite.common.events;

import java.util.Arrays;

/**
 * The topic catalogue: name, the one sealed event type carried, and whether the topic is compacted.
 * Dead letters of a topic go to {@code <topic>-dlt}.
 */
public enum Topic {
    QUOTES("market-data.quotes.v1", QuoteEvent.class, false),
    BARS("market-data.bars.v1", BarEvent.class, false),
    ORDER_REQUESTS("risk.order-requests.v1", OrderRequestEvent.class, false),
    ORDER_DECISIONS("risk.order-decisions.v1", OrderDecisionEvent.class, false),
    ORDER_EVENTS("execution.order-events.v1", OrderEvent.class, false),
    FILLS("execution.fills.v1", FillEvent.class, false),
    ACCOUNTS("portfolio.accounts.v1", AccountEvent.class, true),
    ASSETS("market-data.assets.v1", AssetEvent.class, true),
    LIMITS("risk.limits.v1", RiskControlEvent.class, true);

    public static final String DEAD_LETTER_SUFFIX = "-dlt";

    // Compile-time constants for @KafkaListener(topics = ...).
    public static final String QUOTES_NAME = "market-data.quotes.v1";
    public static final String BARS_NAME = "market-data.bars.v1";
    public static final String ORDER_REQUESTS_NAME = "risk.order-requests.v1";
    public static final String ORDER_DECISIONS_NAME = "risk.order-decisions.v1";
    public static final String ORDER_EVENTS_NAME = "execution.order-events.v1";
    public static final String FILLS_NAME = "execution.fills.v1";
    public static final String ACCOUNTS_NAME = "portfolio.accounts.v1";
    public static final String ASSETS_NAME = "market-data.assets.v1";
    public static final String LIMITS_NAME = "risk.limits.v1";

    private final String topicName;
    private final Class<? extends Event> eventType;
    private final boolean compacted;

    Topic(String topicName, Class<? extends Event> eventType, boolean compacted) {
        this.topicName = topicName;
        this.eventType = eventType;
        this.compacted = compacted;
    }

    public String topicName() {
        return topicName;
    }

    public Class<? extends Event> eventType() {
        return eventType;
    }

    public boolean compacted() {
        return compacted;
    }

    public String deadLetterTopic() {
        return topicName + DEAD_LETTER_SUFFIX;
    }

    /** The topic of a name; a dead-letter name resolves to its source topic. */
    public static Topic ofName(String name) {
        String base = name.endsWith(DEAD_LETTER_SUFFIX) ? name.substring(0, name.length() - DEAD_LETTER_SUFFIX.length()) : name;
        return Arrays.stream(values())
                .filter(t -> t.topicName.equals(base))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown topic '" + name + "'"));
    }

    /** The one topic that carries this event's type. */
    public static Topic of(Event event) {
        return Arrays.stream(values())
                .filter(t -> t.eventType.isInstance(event))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no topic carries " + event.getClass().getSimpleName()));
    }
}
