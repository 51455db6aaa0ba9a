/**
 * Order classes (bracket, oco, oto): the legs' tickets ({@link io.tradingsuite.core.orderclass.Legs}) and the
 * contingency rules ({@link io.tradingsuite.core.orderclass.Contingency}) — when held legs are released or canceled
 * after their entry, and how one exit's fill or end updates or cancels its sibling. Pure functions over order states;
 * the execution service persists and publishes what they decide.
 */
package io.tradingsuite.core.orderclass;
