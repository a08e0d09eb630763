package dev.claimex.stages.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimex.api.Claim;
import dev.claimex.api.ClaimType;
import dev.claimex.api.Metadata;
import dev.claimex.api.Region;
import dev.claimex.api.RegionKind;
import dev.claimex.api.Sentence;
import dev.claimex.api.Span;
import dev.claimex.api.Token;
import dev.claimex.api.TokenRange;
import dev.claimex.pipeline.Analysis;
import dev.claimex.stages.RegionMarker;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stage on a hand-tokenized fixture (no CoreNLP): which sentences become claims, and the invariants. */
class ClaimStageTest {
  private static final String TEXT = String.join("\n",
      "Harbour reopens after storm",
      "The port authority said the harbour would reopen on Monday.",
      "Repairs cost 4.5 million euros, the authority said.",
      "Will the ferries run again?",
      "Details",
      "Fishermen say the delay was a disaster for the town.",
      "Read also: Ten things to know about ferries",
      "");
  private static ClaimStage stage;

  @BeforeAll
  static void load() {
    stage = new ClaimStage();
  }

  /** Tokens on words and punctuation, one sentence per line (like the pipeline's tokenizer does). */
  static Analysis analysis(String text) {
    Analysis a = new Analysis("fixture", text, Metadata.of("fixture", null));
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    Matcher line = Pattern.compile("[^\\n]+").matcher(text);
    Pattern tok = Pattern.compile("\\d[\\d.,]*\\d|\\p{L}+|\\S");
    while (line.find()) {
      int first = tokens.size();
      Matcher m = tok.matcher(line.group());
      while (m.find()) {
        Span s = new Span(line.start() + m.start(), line.start() + m.end());
        tokens.add(new Token(tokens.size(), s, s.textIn(text), sentences.size()));
      }
      sentences.add(new Sentence(sentences.size(), new Span(line.start(), line.end()), new TokenRange(first, tokens.size())));
    }
    a.setTokens(tokens, sentences);
    a.setRegions(RegionMarker.mark(text));
    return a;
  }

  @Test
  void oneClaimPerClaimSentenceNoneInHeadingsQuestionsOrRelatedLines() {
    Analysis a = analysis(TEXT);
    stage.apply(a);
    List<Claim> claims = a.claims();
    assertThat(claims).extracting(Claim::text).containsExactly(
        "Harbour reopens after storm",
        "The port authority said the harbour would reopen on Monday.",
        "Repairs cost 4.5 million euros, the authority said.",
        "Fishermen say the delay was a disaster for the town.");
    assertThat(claims).extracting(Claim::type).containsExactly(
        ClaimType.EVENT, ClaimType.PREDICTION, ClaimType.QUANTITY, ClaimType.OPINION);
    assertThat(a.regions()).extracting(Region::kind).contains(RegionKind.HEADING, RegionKind.RELATED);
    checkInvariants(TEXT, claims);
  }

  @Test
  void withoutQuotesEveryClaimIsTheAuthors() {
    Analysis a = analysis(TEXT);
    stage.apply(a);
    assertThat(a.claims()).allSatisfy(c -> {
      assertThat(c.claimant()).isEmpty();
      assertThat(c.quoteId()).isEmpty();
    });
  }

  @Test
  void hedgesAreFound() {
    String text = "The minister reportedly could resign this week.";
    Analysis a = analysis(text);
    stage.apply(a);
    assertThat(a.claims()).singleElement().satisfies(c ->
        assertThat(c.hedges()).extracting(h -> h.text()).containsExactly("reportedly", "could"));
  }

  /** Offsets inside the text, text equal to the substring, ids unique, scores in range. */
  static void checkInvariants(String text, List<Claim> claims) {
    List<String> ids = new ArrayList<>();
    Span previous = null;
    for (Claim c : claims) {
      assertThat(c.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(c.text()).isEqualTo(c.span().textIn(text));
      assertThat(c.checkworthiness()).isBetween(0.0, 1.0);
      assertThat(c.confidence()).isBetween(0.0, 1.0);
      c.hedges().forEach(h -> assertThat(c.span().contains(h.span())).isTrue());
      if (previous != null) {
        assertThat(c.span().start()).isGreaterThanOrEqualTo(previous.end());
      }
      previous = c.span();
      ids.add(c.id());
    }
    assertThat(ids).doesNotHaveDuplicates();
  }
}
