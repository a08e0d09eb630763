package dev.claimex.api;

/** Who a speaker is. */
public enum SpeakerType {
  PERSON,
  /** Unnamed officials and sources ("a senior administration official"). */
  ANONYMOUS,
  /** Governments and bodies ("the Kremlin", "the White House"). */
  ORGANIZATION,
  /** Outlets and their reports ("Reuters", "a report by CNN"). */
  MEDIA,
  /** A collective ("US and Russian officials"). */
  GROUP
}
