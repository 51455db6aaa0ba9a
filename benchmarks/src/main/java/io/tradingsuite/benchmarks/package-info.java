/**
 * Benchmarks run by hand, never as tests: JMH micro-benchmarks of hot paths (the pre-trade policy chain) in the
 * shaded jar, and {@link io.tradingsuite.benchmarks.PipelineLatencyBenchmark}, a main class that times order requests
 * through risk, execution and portfolio beside a bare-Kafka relay chain. The commands and the latest figures are in
 * BENCHMARKS.md at the repository root.
 */
package io.tradingsuite.benchmarks;
