/**
 * {@code GET /api/system/status}: the gateway asks every service's {@code /actuator/health} (short timeout, in
 * parallel) and reports each one's status and last error plus an overall status.
 */
package io.tradingsuite.gateway.status;
