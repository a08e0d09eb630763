package dev.claimex.stages.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationMarksTest {
  private static List<String> inner(String text) {
    return QuotationMarks.find(text).stream()
        .map(q -> q.inner().stream().map(s -> s.textIn(text)).reduce((a, b) -> a + " | " + b).orElse(""))
        .toList();
  }

  @Test
  void pairsCurlyAndStraightMarks() {
    String t = "The mayor said “the bridge stays open,” and the council called it \"a bad idea.\"";
    assertThat(inner(t)).containsExactly("the bridge stays open,", "a bad idea.");
  }

  @Test
  void singleQuotesInsideDoubleStayInside() {
    String t = "“They told us ‘wait’ and we waited,” she said.";
    assertThat(inner(t)).containsExactly("They told us ‘wait’ and we waited,");
  }

  @Test
  void aQuoteReopenedOnTheNextParagraphIsOneQuotation() {
    String t = "The chef said:\n“First paragraph of the speech.\n“Second paragraph, still talking.”\nNarration.";
    List<QuotationMarks.Quoted> qs = QuotationMarks.find(t);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).inner()).hasSize(2);
    assertThat(qs.get(0).content().textIn(t)).startsWith("First").endsWith("still talking.");
  }

  @Test
  void anUnclosedQuoteEndsWithItsParagraph() {
    String t = "He wrote “this never closes\nNext paragraph has no quote.";
    assertThat(inner(t)).containsExactly("this never closes");
  }

  @Test
  void doubledSingleMarksPairLikeDoubleQuotes() {
    String t = "''We will see,'' the coach said.";
    assertThat(inner(t)).containsExactly("We will see,");
  }

  @Test
  void aSingleMarkClosingRightBeforeADoubledOneStaysInsideTheQuotation() {
    String t = "''I would use the word 'old-school,''' said the envoy. ''We will see,'' he added.";
    assertThat(inner(t)).containsExactly("I would use the word 'old-school,'", "We will see,");
  }

  @Test
  void strayClosingMarkIsIgnored() {
    String t = "A stray” mark, then “a real quote” here.";
    assertThat(inner(t)).containsExactly("a real quote");
  }

  @Test
  void anOpeningMarkTypedAfterAWordAndBeforeASpaceClosesTheOpenQuote() {
    String t = "“If we lose here, that could create real problems,“ said the mayor. Then “a second quote” came.";
    assertThat(inner(t)).containsExactly("If we lose here, that could create real problems,", "a second quote");
  }

  @Test
  void closingMarkTypedAtTheStartOfAParagraphOpensTheQuote() {
    String t = "Readers wrote in.\n”We are ready. It is done.” ― Ana Ruiz\nShe left.";
    assertThat(inner(t)).containsExactly("We are ready. It is done.");
  }

  @Test
  void aStrayStraightMarkIsNotContinuedByACurlyQuoteOnTheNextParagraph() {
    String t = "\"Ana thought it was fine. She was calm.\n“It never crossed my mind,” she said.";
    assertThat(inner(t)).containsExactly("Ana thought it was fine. She was calm.", "It never crossed my mind,");
  }

  @Test
  void noBreakSpacesAroundMarksCountAsSpaces() {
    String t = "He said, \u00a0\"The bridge stays open.\"\u00a0 \"Nobody will close it,\" she said.";
    assertThat(inner(t)).containsExactly("The bridge stays open.", "Nobody will close it,");
    // a closing mark typed as an opening one, after a no-break space
    String u = "The sign read\u00a0”Closed for repairs” all week.";
    assertThat(inner(u)).containsExactly("Closed for repairs");
  }
}
