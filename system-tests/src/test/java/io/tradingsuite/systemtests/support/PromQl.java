package io.tradingsuite.systemtests.support;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough PromQL reading to name the metrics an expression selects: string literals, label matchers
 * ({@code {...}}), range/subquery brackets and grouping label lists ({@code by (...)}, {@code on (...)}, ...) are
 * removed; what remains that looks like an identifier and is not a function call or keyword is a metric name.
 */
public final class PromQl {

    private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
    private static final Pattern GROUPING = Pattern.compile(
            "\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    /** An identifier not preceded by a word character, dot or {@code $} and not followed by {@code (}. */
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.$])[a-zA-Z_:][a-zA-Z0-9_:]*+(?!\\s*\\()");
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right", "and", "or", "unless", "bool", "offset", "inf", "nan", "atan2");

    private PromQl() {
    }

    /** The metric names {@code expression} selects, e.g. {@code [ts_risk_decisions_total]}. */
    public static Set<String> metricNames(String expression) {
        String stripped = STRINGS.matcher(expression).replaceAll("\"\"");
        stripped = MATCHERS.matcher(stripped).replaceAll(" ");
        stripped = RANGES.matcher(stripped).replaceAll(" ");
        stripped = GROUPING.matcher(stripped).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher matcher = IDENTIFIER.matcher(stripped);
        while (matcher.find()) {
            if (!KEYWORDS.contains(matcher.group().toLowerCase(java.util.Locale.ROOT))) {
                names.add(matcher.group());
            }
        }
        return names;
    }

    /**
     * Replaces Grafana's built-in interval variables with fixed windows a 1 s scrape interval fills, so a panel
     * query can be sent to Prometheus as is.
     */
    public static String withGrafanaVariablesResolved(String expression) {
        return expression
                .replace("$__rate_interval", "1m")
                .replace("${__rate_interval}", "1m")
                .replace("$__interval", "15s")
                .replace("${__interval}", "15s")
                .replace("$__range", "5m")
                .replace("${__range}", "5m");
    }
}
