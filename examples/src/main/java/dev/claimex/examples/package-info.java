/**
 * Runnable examples of embedding Claimex: {@link dev.claimex.examples.EmbedExample} processes one
 * text in about ten lines; {@link dev.claimex.examples.BatchFolderExample} extracts a folder of
 * {@code .txt} files to JSON Lines with the batch API, reporting failed documents without
 * stopping. They compile with every build, so they cannot drift from the API.
 */
package dev.claimex.examples;
