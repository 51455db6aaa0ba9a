package io.tradingsuite.gateway.security;

/** The Alpaca-style API key request headers. They are stripped before a request is forwarded. */
public final class ApiKeyHeaders {

    public static final String KEY_ID = "APCA-API-KEY-ID";
    public static final String SECRET_KEY = "APCA-API-SECRET-KEY";

    private ApiKeyHeaders() {
    }
}
