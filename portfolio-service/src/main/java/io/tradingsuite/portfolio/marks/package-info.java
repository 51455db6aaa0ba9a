/**
 * Marks: the latest quote price per symbol, kept in memory, and the scheduled re-publication of snapshots for
 * accounts whose marks changed (batched: never one snapshot per quote).
 */
package io.tradingsuite.portfolio.marks;
