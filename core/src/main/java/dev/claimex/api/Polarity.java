package dev.claimex.api;

/** Whether a claim is asserted or denied by its claimant. */
public enum Polarity {
  ASSERTED, DENIED
}
