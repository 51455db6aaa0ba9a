/** The gateway's own HTTP endpoints (token issuing) and its problem+json rendering of routing errors. */
package io.tradingsuite.gateway.web;
