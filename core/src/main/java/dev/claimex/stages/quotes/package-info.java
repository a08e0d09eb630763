/**
 * Quote stages: direct, mixed and indirect reported statements and their speakers.
 *
 * <p>{@link dev.claimex.stages.quotes.QuoteFinder} is the stage; it pairs quotation marks
 * ({@link dev.claimex.stages.quotes.QuotationMarks}), reads reporting frames off a dependency
 * parse of the sentences that can hold one ({@link dev.claimex.stages.quotes.FrameFinder}) and
 * names speakers from the document's entities ({@link dev.claimex.stages.quotes.SpeakerResolver}).
 */
package dev.claimex.stages.quotes;
