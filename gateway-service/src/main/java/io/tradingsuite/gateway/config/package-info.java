/** Typed configuration of the gateway ({@code ts.gateway.*}). Routes live in {@code application.yml}. */
package io.tradingsuite.gateway.config;
