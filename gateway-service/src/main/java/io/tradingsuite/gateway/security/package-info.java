/**
 * Reactive security of the gateway: API-key and bearer-JWT authentication, the role rules the gateway enforces
 * itself (a VIEWER may not write orders or bots), and RFC 9457 problem responses for 401/403.
 */
package io.tradingsuite.gateway.security;
