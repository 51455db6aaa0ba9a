/**
 * Token relay: every forwarded request carries a bearer JWT the services re-validate (minted for API-key
 * requests, passed through for bearer requests), and never the API key headers.
 */
package io.tradingsuite.gateway.relay;
