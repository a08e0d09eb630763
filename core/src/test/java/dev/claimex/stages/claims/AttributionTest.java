package dev.claimex.stages.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimex.api.Quote;
import dev.claimex.api.QuoteKind;
import dev.claimex.api.Span;
import dev.claimex.api.Speaker;
import dev.claimex.api.SpeakerType;
import dev.claimex.api.TextSpan;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributionTest {
  private static Quote quote(String text, String content, String speaker, String cue) {
    Span c = find(text, content);
    Speaker s = new Speaker(SpeakerType.PERSON, TextSpan.of(text, find(text, speaker)), Optional.of(speaker),
        Optional.empty(), Optional.empty());
    return new Quote("q1", QuoteKind.INDIRECT, c, content, List.of(), Optional.of(s),
        Optional.of(TextSpan.of(text, find(text, cue))), Optional.empty(), 0.9);
  }

  private static Span find(String text, String part) {
    int i = text.indexOf(part);
    return new Span(i, i + part.length());
  }

  @Test
  void sentenceMadeOfAQuoteAndItsAttributionIsTheSpeakers() {
    String text = "Speaking on radio, Ms Berg said the harbour would reopen in June.";
    Quote q = quote(text, "the harbour would reopen in June", "Ms Berg", "said");
    assertThat(Attribution.quoteOf(text, new Span(0, text.length()), List.of(q))).contains(q);
  }

  @Test
  void sentenceWithItsOwnOpeningClauseStaysTheAuthors() {
    String text = "The strike began two days after Ms Berg said the harbour would reopen in June.";
    Quote q = quote(text, "the harbour would reopen in June", "Ms Berg", "said");
    assertThat(Attribution.quoteOf(text, new Span(0, text.length()), List.of(q))).isEmpty();
  }

  @Test
  void smallQuoteInALongSentenceStaysTheAuthors() {
    String text = "The council, which met for six hours and heard forty residents, finally voted on the plan, "
        + "which Ms Berg called “late”.";
    Quote q = quote(text, "late", "Ms Berg", "called");
    assertThat(Attribution.quoteOf(text, new Span(0, text.length()), List.of(q))).isEmpty();
  }

  @Test
  void theFrameBetweenSpeakerAndContentCounts() {
    String text = "Ms Berg told a radio station in the capital on Monday evening that repairs were over.";
    Quote q = quote(text, "repairs were over", "Ms Berg", "told");
    assertThat(Attribution.quoteOf(text, new Span(0, text.length()), List.of(q))).contains(q);
  }

  @Test
  void narrationBetweenTheFragmentsOfAContinuedQuoteStaysTheAuthors() {
    String text = "“The harbour reopens in June,” Ms Berg said after the vote. The crowd cheered loudly for minutes. "
        + "“Every boat can come home.”";
    Span first = find(text, "The harbour reopens in June,");
    Span second = find(text, "Every boat can come home.");
    Speaker s = new Speaker(SpeakerType.PERSON, TextSpan.of(text, find(text, "Ms Berg")), Optional.of("Ms Berg"),
        Optional.empty(), Optional.empty());
    Quote q = new Quote("q1", QuoteKind.DIRECT, new Span(first.start(), second.end()),
        text.substring(first.start(), second.end()), List.of(first, second), Optional.of(s),
        Optional.of(TextSpan.of(text, find(text, "said"))), Optional.empty(), 0.9);
    assertThat(Attribution.quoteOf(text, find(text, "“The harbour reopens in June,” Ms Berg said after the vote."),
        List.of(q))).contains(q);
    assertThat(Attribution.quoteOf(text, find(text, "The crowd cheered loudly for minutes."), List.of(q))).isEmpty();
    assertThat(Attribution.quoteOf(text, find(text, "“Every boat can come home.”"), List.of(q))).contains(q);
  }
}
