/**
 * Claimex's typed data model: immutable records, no nulls ({@link java.util.Optional} for what
 * may be absent), and half-open character offsets into the original input text everywhere.
 * Records point to each other by id (a mention's {@code entityId}, a claim's {@code quoteId}).
 */
package dev.claimex.api;
