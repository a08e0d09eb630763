package dev.claimex.stages.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimex.Claimex;
import dev.claimex.api.Document;
import dev.claimex.api.Metadata;
import dev.claimex.api.Quote;
import dev.claimex.api.QuoteKind;
import dev.claimex.testing.DocumentInvariants;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The quote stage inside the real default pipeline (loads the CoreNLP models). */
@Tag("model")
class QuoteFinderModelTest {
  private static final String TEXT = String.join("\n",
      "Harbor city weighs new ferry line",
      "Port director Maria Okafor said on Monday that the new ferry line would open in spring.",
      "“We have waited ten years for this,” Okafor told reporters. “The boats are finally here.”",
      "According to the city council, the budget for the first year is already approved.",
      "A council spokesman said the fares would stay “as low as possible” for residents.",
      "The so-called “blue route” will link the two islands.");

  @Test
  void findsDirectMixedAndIndirectQuotesWithTheirSpeakers() {
    Document doc = Claimex.pipeline().process(TEXT, Metadata.of("ferry", LocalDate.parse("2025-03-03")));
    List<Quote> qs = doc.quotes();
    DocumentInvariants.check(doc);
    QuoteInvariants.check(TEXT, qs);
    assertThat(qs).extracting(Quote::kind)
        .containsExactly(QuoteKind.INDIRECT, QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED);
    assertThat(qs.get(0).text()).isEqualTo("the new ferry line would open in spring");
    assertThat(qs.get(0).speaker().orElseThrow().name()).hasValue("Maria Okafor");
    assertThat(qs.get(1).fragments()).hasSize(2);
    assertThat(qs.get(1).speaker().orElseThrow().name()).hasValue("Maria Okafor");
    assertThat(qs.get(1).channel().orElseThrow().text()).isEqualTo("reporters");
    assertThat(qs.get(2).speaker().orElseThrow().mention().text()).isEqualTo("the city council");
    assertThat(qs.get(3).fragments()).extracting(s -> s.textIn(TEXT)).containsExactly("as low as possible");
  }

  @Test
  void straightQuotesAreReadInTheirDirection() {
    // the tagger read the closing mark as an opening one and "Devine" as an adjective: no speaker
    String text = "\"Things have changed since the campaign began,\" Devine added. \"People should look at that.\"\n"
        + "\"I'm voting for anyone but the mayor,\" declared Alyssa Brandt, 29, of Meridian.";
    Document doc = Claimex.pipeline().process(text, Metadata.of("straight", LocalDate.parse("2016-05-03")));
    DocumentInvariants.check(doc);
    QuoteInvariants.check(text, doc.quotes());
    assertThat(doc.quotes()).hasSize(2);
    assertThat(doc.quotes().get(0).speaker().orElseThrow().mention().text()).isEqualTo("Devine");
    assertThat(doc.quotes().get(0).fragments()).hasSize(2);
    assertThat(doc.quotes().get(1).speaker().orElseThrow().name()).hasValue("Alyssa Brandt");
  }
}
