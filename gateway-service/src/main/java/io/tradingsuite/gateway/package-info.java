/**
 * gateway-service: the suite's public entry point. Feature packages: {@code apikey} (API key registry),
 * {@code security} (authentication, role rules, problem responses), {@code relay} (token relay to the services),
 * {@code web} (token endpoint, error rendering), {@code config} (typed settings). See {@code CANVAS.md}.
 */
package io.tradingsuite.gateway;
