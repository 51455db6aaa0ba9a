/**
 * Kafka adapters (the only package importing Kafka): risk's decisions from {@code risk.order-decisions.v1}, quotes
 * from {@code market-data.quotes.v1}, bars from {@code market-data.bars.v1} and risk's controls (kill switch) from
 * {@code risk.limits.v1}. Records that cannot be processed throw and go to {@code <topic>-dlt} through
 * common's error handler; events are published only through the outbox.
 */
package io.tradingsuite.execution.messaging;
