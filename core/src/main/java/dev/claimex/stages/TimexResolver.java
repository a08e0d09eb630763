package dev.claimex.stages;

import edu.stanford.nlp.ling.CoreLabel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Final touches on SUTime's values for news text. Starts as a pass-through; rules are added as
 * measurement shows SUTime's values differ from TIMEX3 practice.
 */
final class TimexResolver {
  enum Tense { PAST, PRESENT, FUTURE }

  private final Optional<LocalDate> published;

  TimexResolver(Optional<LocalDate> published) {
    this.published = published;
  }

  Optional<String> resolve(String text, String value, List<CoreLabel> sentence, Tense tense) {
    return Optional.ofNullable(value);
  }
}
