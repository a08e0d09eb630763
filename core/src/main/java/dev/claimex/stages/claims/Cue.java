package dev.claimex.stages.claims;

/** The kinds of cue in the claim-cue lexicon; {@link ClaimTyper} says how they combine. */
enum Cue {
  REPORT, OPINION_FRAME, STANCE, DENIAL, PREDICTION, REPORTED_PREDICTION, CAUSATION, CHANGE, TEMPORAL_LINK, OPINION, LAW,
  EXPERIENCE, MAGNITUDE, RANK, HEDGE, EMBEDDED_QUESTION
}
