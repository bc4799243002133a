/**
 * JMH benchmarks of Rapport and the batch benchmark; never published.
 *
 * <p>Run the JMH benchmarks with {@code java -jar benchmarks/target/benchmarks.jar} (all of them)
 * or name one, such as {@code AssessBenchmark} or {@code LetterBenchmark}; add {@code -prof gc}
 * for allocation per operation. {@link dev.rapport.benchmarks.BatchBenchmark} is a plain program
 * in the same jar that measures {@code rapport batch} end to end; {@code benchmarks/cold-start.sh}
 * measures the command's cold start. {@code benchmarks/README.md} has the commands.
 */
package dev.rapport.benchmarks;
