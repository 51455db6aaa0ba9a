/**
 * Local stack tooling: {@link io.tradingsuite.stack.LocalKafka} runs a real single-node Kafka broker
 * (KRaft, combined broker and controller) straight from the Maven Central jars, for {@code bin/stack} and the
 * system tests. No Docker, no Kafka distribution download.
 */
package io.tradingsuite.stack;
