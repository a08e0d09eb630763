package dev.claimex.stages.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimex.api.Quote;
import dev.claimex.api.QuoteKind;
import dev.claimex.api.Span;
import dev.claimex.api.SpeakerType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Frames and quotations joined into quotes, on hand-parsed sentences (no model loaded). */
class QuoteAssemblerTest {
  private static final QuoteLexicon LEXICON = new QuoteLexicon();

  private static List<Quote> quotes(ParsedText t) {
    FrameFinder finder = new FrameFinder(LEXICON, true);
    List<Frame> frames = new ArrayList<>();
    for (DepParse p : t.parses) {
      frames.addAll(finder.find(p));
    }
    List<QuotationMarks.Quoted> quoted = QuotationMarks.find(t.text);
    List<Quote> qs = new QuoteAssembler(t.analysis, quoted, new SpeakerResolver(t.analysis, LEXICON)).assemble(frames);
    QuoteInvariants.check(t.text, qs);
    return qs;
  }

  @Test
  void indirectSpeechWithComplementizer() {
    ParsedText t = new ParsedText("Mayor Ana Ruiz said that the bridge will reopen.")
        .sentence("Mayor/NNP/compound/3 Ana/NNP/compound/3 Ruiz/NNP/nsubj/4 said/VBD/root/0/say that/IN/mark/8 "
            + "the/DT/det/7 bridge/NN/nsubj/9 will/MD/aux/9 reopen/VB/ccomp/4 ././punct/4")
        .person("Ana Ruiz", "Ana Ruiz");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    Quote q = qs.get(0);
    assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(q.text()).isEqualTo("the bridge will reopen");
    assertThat(q.cue().orElseThrow().text()).isEqualTo("said");
    assertThat(q.speaker().orElseThrow().mention().text()).isEqualTo("Mayor Ana Ruiz");
    assertThat(q.speaker().orElseThrow().name()).hasValue("Ana Ruiz");
    assertThat(q.speaker().orElseThrow().type()).isEqualTo(SpeakerType.PERSON);
  }

  @Test
  void directQuoteBeforeItsAttributionAndPronounResolution() {
    ParsedText t = new ParsedText("Ana Ruiz opened the bridge. “It is safe now,” she said.")
        .sentence("Ana/NNP/compound/2 Ruiz/NNP/nsubj/3 opened/VBD/root/0/open the/DT/det/5 bridge/NN/obj/3 ././punct/3")
        .sentence("“/``/punct/9 It/PRP/nsubj/5 is/VBZ/cop/5 safe/JJ/ccomp/9 now/RB/advmod/5 ,/,/punct/9 ”/''/punct/9 "
            + "she/PRP/nsubj/9 said/VBD/root/0/say ././punct/9")
        .person("Ana Ruiz", "Ana Ruiz");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    Quote q = qs.get(0);
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(q.text()).isEqualTo("It is safe now,");
    assertThat(q.speaker().orElseThrow().mention().text()).isEqualTo("she");
    assertThat(q.speaker().orElseThrow().name()).hasValue("Ana Ruiz");
  }

  @Test
  void mixedQuoteIsOneQuoteListingItsFragments() {
    ParsedText t = new ParsedText("A council aide told radio listeners that there is “no money” for repairs.")
        .sentence("A/DT/det/3 council/NN/compound/3 aide/NN/nsubj/4 told/VBD/root/0/tell radio/NN/compound/6 "
            + "listeners/NNS/obj/4 that/IN/mark/9 there/EX/expl/9 is/VBZ/ccomp/4 “/``/punct/12 no/DT/det/12 "
            + "money/NN/nsubj/9 ”/''/punct/12 for/IN/case/15 repairs/NNS/nmod/12 ././punct/4");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    Quote q = qs.get(0);
    assertThat(q.kind()).isEqualTo(QuoteKind.MIXED);
    assertThat(q.text()).isEqualTo("there is “no money” for repairs");
    assertThat(q.fragments()).extracting(s -> s.textIn(t.text)).containsExactly("no money");
    assertThat(q.channel().orElseThrow().text()).isEqualTo("radio listeners");
    assertThat(q.speaker().orElseThrow().type()).isEqualTo(SpeakerType.ANONYMOUS);
  }

  @Test
  void colonIntroducesTheQuoteOnTheNextParagraphAndContinuationsKeepTheSpeaker() {
    String text = "Ana Ruiz stated:\n“We open on Monday. Everyone is welcome.”\n“Tickets are free for all children.”";
    ParsedText t = new ParsedText(text)
        .sentence("Ana/NNP/compound/2 Ruiz/NNP/nsubj/3 stated/VBD/root/0/state :/:/punct/3")
        .person("Ana Ruiz", "Ana Ruiz");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(2);
    assertThat(qs.get(0).kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(qs.get(0).text()).isEqualTo("We open on Monday. Everyone is welcome.");
    assertThat(qs.get(0).speaker().orElseThrow().name()).hasValue("Ana Ruiz");
    assertThat(qs.get(1).text()).isEqualTo("Tickets are free for all children.");
    assertThat(qs.get(1).speaker().orElseThrow().name()).hasValue("Ana Ruiz");
    assertThat(qs.get(1).cue()).isEmpty();
  }

  @Test
  void scareQuotesNobodySaysAreNotQuotes() {
    ParsedText t = new ParsedText("The so-called “miracle bridge” opened in May.")
        .sentence("The/DT/det/5 so-called/JJ/amod/5 “/``/punct/5 miracle/NN/compound/5 bridge/NN/nsubj/7 ”/''/punct/5 "
            + "opened/VBD/root/0/open in/IN/case/9 May/NNP/obl/7 ././punct/7");
    assertThat(quotes(t)).isEmpty();
  }

  @Test
  void accordingToAnOutletNamesTheOutlet() {
    ParsedText t = new ParsedText("According to Reuters, the port will close.")
        .sentence("According/VBG/case/3 to/IN/fixed/1 Reuters/NNP/obl/8 ,/,/punct/8 the/DT/det/6 port/NN/nsubj/8 "
            + "will/MD/aux/8 close/VB/root/0 ././punct/8");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("the port will close");
    assertThat(qs.get(0).cue().orElseThrow().text()).isEqualTo("According to");
    assertThat(qs.get(0).speaker().orElseThrow().type()).isEqualTo(SpeakerType.MEDIA);
    assertThat(qs.get(0).speaker().orElseThrow().name()).hasValue("Reuters");
  }

  @Test
  void interruptedQuoteIsOneQuoteWithTwoFragments() {
    String text = "“We are ready,” the aide said, “and we will win.”";
    ParsedText t = new ParsedText(text)
        .sentence("“/``/punct/9 We/PRP/nsubj/4 are/VBP/cop/4 ready/JJ/ccomp/9 ,/,/punct/9 ”/''/punct/9 the/DT/det/8 "
            + "aide/NN/nsubj/9 said/VBD/root/0/say ,/,/punct/9 “/``/punct/15 and/CC/cc/15 we/PRP/nsubj/15 "
            + "will/MD/aux/15 win/VB/parataxis/9 ././punct/9 ”/''/punct/9");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(qs.get(0).fragments()).extracting(s -> s.textIn(text)).containsExactly("We are ready,", "and we will win.");
  }

  @Test
  void relayedAttributionKeepsTheOriginalSource() {
    ParsedText t = new ParsedText("Reuters reported, citing an unnamed official, that talks had stalled.")
        .sentence("Reuters/NNP/nsubj/2 reported/VBD/root/0/report ,/,/punct/2 citing/VBG/dep/2/cite an/DT/det/7 "
            + "unnamed/JJ/amod/7 official/NN/obj/4 ,/,/punct/2 that/IN/mark/12 talks/NNS/nsubj/12 had/VBD/aux/12 "
            + "stalled/VBN/ccomp/2/stall ././punct/2");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    var s = qs.get(0).speaker().orElseThrow();
    assertThat(s.type()).isEqualTo(SpeakerType.MEDIA);
    assertThat(s.source().orElseThrow().mention().text()).isEqualTo("an unnamed official");
    assertThat(s.source().orElseThrow().type()).isEqualTo(SpeakerType.ANONYMOUS);
  }

  @Test
  void spansAreInsideTheText() {
    ParsedText t = new ParsedText("Ana Ruiz said that the bridge will reopen.")
        .sentence("Ana/NNP/compound/2 Ruiz/NNP/nsubj/3 said/VBD/root/0/say that/IN/mark/7 the/DT/det/6 "
            + "bridge/NN/nsubj/7 will/MD/aux/7 reopen/VB/ccomp/3 ././punct/3");
    for (Quote q : quotes(t)) {
      assertThat(new Span(0, t.text.length()).contains(q.content())).isTrue();
    }
  }
}
