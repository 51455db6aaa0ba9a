/** Risk service configuration: the limits ({@code ts.risk.limits.*}) and the wiring of the core risk authority. */
package io.tradingsuite.risk.config;
