package dev.claimex.api;

/** How a statement is reported. */
public enum QuoteKind {
  /** The whole content is inside quotation marks. */
  DIRECT,
  /** A reported clause holding quoted fragments. */
  MIXED,
  /** Reported speech without quotation marks. */
  INDIRECT
}
