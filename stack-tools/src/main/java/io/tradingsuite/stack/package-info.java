/**
 * Local stack tooling: {@link io.tradingsuite.stack.LocalKafka} runs a real single-node Kafka broker
 * (KRaft, combined broker and controller) straight from the Maven Central jars, for {@code bin/stack} and the
 * system tests. No Docker, no Kafka distribution download. {@link io.tradingsuite.stack.LocalServices} has the free
 * port and health probe the system tests and the pipeline benchmark use to start the services.
 */
package io.tradingsuite.stack;
