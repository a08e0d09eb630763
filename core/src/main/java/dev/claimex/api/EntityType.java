package dev.claimex.api;

/** Types of entity mentions. Which ones appear depends on the configured backend. */
public enum EntityType {
  PERSON, LOCATION, ORGANIZATION, MISC,
  DATE, TIME, DURATION, SET,
  MONEY, PERCENT, NUMBER;

  /** Time expressions carry a TIMEX3-style normalized value. */
  public boolean isTemporal() {
    return this == DATE || this == TIME || this == DURATION || this == SET;
  }

  /** Names of people, places and organizations, grouped into {@link Entity entities}. */
  public boolean isName() {
    return this == PERSON || this == LOCATION || this == ORGANIZATION;
  }
}
