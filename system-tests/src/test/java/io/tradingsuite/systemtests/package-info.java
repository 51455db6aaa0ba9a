/**
 * End-to-end scenarios against the whole stack (real Kafka, six services as processes), driven only through the
 * gateway's public API. See system-tests/README.md.
 */
package io.tradingsuite.systemtests;
