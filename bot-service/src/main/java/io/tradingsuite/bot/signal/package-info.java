/**
 * Running strategies on bars: each closed bar goes to every running bot that trades its symbol; each signal is
 * stored (table {@code signals}) and turned into an {@code OrderRequested} published through the outbox in the same
 * transaction.
 */
package io.tradingsuite.bot.signal;
