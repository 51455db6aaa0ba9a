/**
 * JMH micro-benchmarks of hot paths (the pre-trade policy chain). Run by hand with the shaded jar, never as tests;
 * the commands and the latest figures are in BENCHMARKS.md at the repository root.
 */
package io.tradingsuite.benchmarks;
