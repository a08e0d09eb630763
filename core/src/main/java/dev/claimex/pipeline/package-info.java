/**
 * The staged pipeline: {@link dev.claimex.pipeline.Stage stages} declare what they require and
 * provide; a {@link dev.claimex.pipeline.Pipeline} checks the order and loads every model at
 * build time; the batch API returns a success or a failure per document and never stops.
 */
package dev.claimex.pipeline;
