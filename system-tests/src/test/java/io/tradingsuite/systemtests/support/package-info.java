/**
 * The system-test fixture: {@link io.tradingsuite.systemtests.support.TradingStack} starts a real Kafka broker
 * in-process and the six services as child processes once per test run;
 * {@link io.tradingsuite.systemtests.support.TradingStackExtension} hands it to the tests, which talk to the
 * stack only through the gateway with {@link io.tradingsuite.systemtests.support.GatewayClient}.
 */
package io.tradingsuite.systemtests.support;
