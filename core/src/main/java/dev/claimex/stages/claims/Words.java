package dev.claimex.stages.claims;

import dev.claimex.api.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of one sentence or clause: tokens without punctuation, lower-cased, each with its
 * span in the document text. Cue phrases match on these, so quotation marks and commas inside a
 * phrase ("no “plans”") do not hide it.
 */
record Words(List<String> lower, List<Span> spans) {
  Words {
    lower = List.copyOf(lower);
    spans = List.copyOf(spans);
  }

  private static final java.util.Set<String> CAPITALIZED_NAMES = java.util.Set.of("may", "will", "might", "can", "must");

  /** Builds the words from token texts and spans (parallel lists). */
  static Words of(List<String> tokens, List<Span> tokenSpans) {
    List<String> lower = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (!isWord(t)) {
        continue;
      }
      String w = t.toLowerCase(Locale.ROOT).replace('’', '\'');
      // "May 14", "Will Smith": a capitalized modal inside a sentence is a name, not a cue
      if (!lower.isEmpty() && Character.isUpperCase(t.charAt(0)) && CAPITALIZED_NAMES.contains(w)) {
        w = t;
      }
      lower.add(w);
      spans.add(tokenSpans.get(i));
    }
    return new Words(lower, spans);
  }

  private static final java.util.regex.Pattern PLAIN_TOKEN = java.util.regex.Pattern.compile(
      "[$€£]?\\d[\\d.,]*\\d%?|[$€£]?\\d%?|\\p{L}+(?=n['’]t)|n['’]t|\\p{L}+|['’]\\p{L}+|\\S");

  /** Splits plain text into words (for tests and callers without the pipeline's tokens). */
  static Words ofText(String text) {
    List<String> tokens = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    java.util.regex.Matcher m = PLAIN_TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
      spans.add(new Span(m.start(), m.end()));
    }
    return of(tokens, spans);
  }

  static boolean isWord(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '%') {
        return true;
      }
    }
    return false;
  }

  int size() {
    return lower.size();
  }

  String get(int i) {
    return lower.get(i);
  }

  /** Whether a word is a number written in digits ("23.4", "5,000", "€23.4"). */
  boolean isNumber(int i) {
    String w = lower.get(i);
    for (int k = 0; k < w.length(); k++) {
      if (Character.isDigit(w.charAt(k))) {
        return true;
      }
    }
    return false;
  }
}
