package dev.claimex.api;

/** Claim types, after Full Fact's published schema, extended for news. */
public enum ClaimType {
  QUANTITY, PREDICTION, CAUSATION, LAW_OR_RULE, PERSONAL_EXPERIENCE, EVENT, STANCE, OPINION
}
