/**
 * JMH benchmarks of Rapport and the batch benchmark; never published.
 *
 * <p>Run them with {@code java -jar benchmarks/target/benchmarks.jar} (all JMH benchmarks) or
 * name one, such as {@code AssessBenchmark}; add {@code -prof gc} for allocation per operation.
 */
package dev.rapport.benchmarks;
