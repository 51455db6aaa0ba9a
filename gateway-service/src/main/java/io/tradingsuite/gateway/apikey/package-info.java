/**
 * API keys (Alpaca-style {@code APCA-API-KEY-ID} / {@code APCA-API-SECRET-KEY}): the registry parsed from the
 * {@code TS_API_KEYS} secret, holding only SHA-256 hashes of the key secrets, and constant-time verification.
 */
package io.tradingsuite.gateway.apikey;
