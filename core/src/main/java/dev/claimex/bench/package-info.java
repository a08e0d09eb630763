/**
 * Measuring Claimex against its peer: {@link dev.claimex.bench.CoreNlpBaseline} (Stanford
 * CoreNLP's default English pipeline, output in Claimex's JSON Lines format for the evaluation
 * kit), the benchmark corpus and the timing and heap measurements behind {@code claimex bench}.
 * Not part of the extraction API.
 */
package dev.claimex.bench;
