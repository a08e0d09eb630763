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
    List<Quote> qs = new QuoteAssembler(t.analysis, quoted, new SpeakerResolver(t.analysis, LEXICON), LEXICON).assemble(frames);
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
        .sentence("“/``/punct/9 It/PRP/nsubj/4 is/VBZ/cop/4 safe/JJ/ccomp/9 now/RB/advmod/4 ,/,/punct/9 ”/''/punct/9 "
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
    // the continuation joins the statement as a second fragment: one quote, one speaker
    assertThat(qs).hasSize(1);
    Quote q = qs.get(0);
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(q.fragments()).extracting(s -> s.textIn(text))
        .containsExactly("We open on Monday. Everyone is welcome.", "Tickets are free for all children.");
    assertThat(q.text()).isEqualTo("We open on Monday. Everyone is welcome.”\n“Tickets are free for all children.");
    assertThat(q.speaker().orElseThrow().name()).hasValue("Ana Ruiz");
    assertThat(q.cue().orElseThrow().text()).isEqualTo("stated");
  }

  @Test
  void aQuotationAfterAnIndirectStatementContinuesItAsAMixedQuote() {
    String text = "Ana Ruiz said the bridge would reopen in May. “We checked every single bolt twice.”";
    ParsedText t = new ParsedText(text)
        .sentence("Ana/NNP/compound/2 Ruiz/NNP/nsubj/3 said/VBD/root/0/say the/DT/det/5 bridge/NN/nsubj/7 "
            + "would/MD/aux/7 reopen/VB/ccomp/3 in/IN/case/9 May/NNP/obl/7 ././punct/3")
        .person("Ana Ruiz", "Ana Ruiz");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).kind()).isEqualTo(QuoteKind.MIXED);
    assertThat(qs.get(0).text()).startsWith("the bridge would reopen in May").endsWith("bolt twice.");
    assertThat(qs.get(0).fragments()).extracting(s -> s.textIn(text)).containsExactly("We checked every single bolt twice.");
  }

  @Test
  void aQuotationAfterTheCuesAdjunctsAndAColonIsWhatWasSaid() {
    String text = "Ana Ruiz replied calmly, with a smile: “We checked every bolt.”";
    ParsedText t = new ParsedText(text)
        .sentence("Ana/NNP/compound/2 Ruiz/NNP/nsubj/3 replied/VBD/root/0/reply calmly/RB/advmod/3 ,/,/punct/3 "
            + "with/IN/case/8 a/DT/det/8 smile/NN/obl/3 :/:/punct/3")
        .person("Ana Ruiz", "Ana Ruiz");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(qs.get(0).text()).isEqualTo("We checked every bolt.");
    assertThat(qs.get(0).speaker().orElseThrow().mention().text()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aClauseWithAnObjectEndingItsParagraphWithAColonIntroducesTheQuotedParagraphAfterIt() {
    String text = "On Monday, Ana Ruiz made the following comment:\n\n“We checked every bolt. Nothing was left to chance.”\n\n"
        + "The bridge opened.";
    ParsedText t = new ParsedText(text)
        .sentence("On/IN/case/2 Monday/NNP/obl/6 ,/,/punct/6 Ana/NNP/compound/5 Ruiz/NNP/nsubj/6 made/VBD/root/0/make "
            + "the/DT/det/9 following/JJ/amod/9 comment/NN/obj/6 :/:/punct/6")
        .person("Ana Ruiz", "Ana Ruiz");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("We checked every bolt. Nothing was left to chance.");
    assertThat(qs.get(0).speaker().orElseThrow().mention().text()).isEqualTo("Ana Ruiz");
    // a quotation with an attribution of its own after it in its paragraph is not the object's
    String text2 = "On Monday, Ana Ruiz made the following comment:\n\n“We checked every bolt,” Mr. Lee said.";
    ParsedText t2 = new ParsedText(text2)
        .sentence("On/IN/case/2 Monday/NNP/obl/6 ,/,/punct/6 Ana/NNP/compound/5 Ruiz/NNP/nsubj/6 made/VBD/root/0/make "
            + "the/DT/det/9 following/JJ/amod/9 comment/NN/obj/6 :/:/punct/6")
        .sentence("“/``/punct/3 We/PRP/nsubj/3 checked/VBD/ccomp/10/check every/DT/det/5 bolt/NN/obj/3 ,/,/punct/3 "
            + "”/''/punct/3 Mr./NNP/compound/9 Lee/NNP/nsubj/10 said/VBD/root/0/say ././punct/10")
        .person("Ana Ruiz", "Ana Ruiz").person("Lee", "Mr. Lee");
    assertThat(quotes(t2)).singleElement().satisfies(q ->
        assertThat(q.speaker().orElseThrow().mention().text()).isEqualTo("Mr. Lee"));
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
  void aTrailingAccordingToNamesTheSourceOfTheStatementBeforeIt() {
    ParsedText t = new ParsedText("The mayor said the bridge will open in May, according to two aides.")
        .sentence("The/DT/det/2 mayor/NN/nsubj/3 said/VBD/root/0/say the/DT/det/5 bridge/NN/nsubj/7 will/MD/aux/7 "
            + "open/VB/ccomp/3 in/IN/case/9 May/NNP/obl/7 ,/,/punct/7 according/VBG/case/14/accord to/IN/fixed/11 "
            + "two/CD/nummod/14 aides/NNS/obl/7/aide ././punct/3");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("the bridge will open in May");
    var s = qs.get(0).speaker().orElseThrow();
    assertThat(s.mention().text()).isEqualTo("The mayor");
    assertThat(s.source().orElseThrow().mention().text()).isEqualTo("two aides");
  }

  @Test
  void spansAreInsideTheText() {
    ParsedText t = new ParsedText("Ana Ruiz said that the bridge will reopen.")
        .sentence("Ana/NNP/compound/2 Ruiz/NNP/nsubj/3 said/VBD/root/0/say that/IN/mark/8 the/DT/det/6 "
            + "bridge/NN/nsubj/8 will/MD/aux/8 reopen/VB/ccomp/3 ././punct/3");
    for (Quote q : quotes(t)) {
      assertThat(new Span(0, t.text.length()).contains(q.content())).isTrue();
    }
  }

  @Test
  void aQuotationSignedWithADashIsThatPersonsDirectQuote() {
    String text = "Voters had their say.\n“The bridge is a disgrace and must be fixed.” ― Pamela Ortiz\n"
        + "“Fix it now.”— Jo Bell, 34, Ohio\n“Not a signature” ― and then some words";
    ParsedText t = new ParsedText(text).person("Pamela Ortiz", "Pamela Ortiz");
    List<Quote> qs = quotes(t);
    assertThat(qs).extracting(Quote::text).containsExactly("The bridge is a disgrace and must be fixed.", "Fix it now.");
    assertThat(qs.get(0).speaker().orElseThrow().mention().text()).isEqualTo("Pamela Ortiz");
    assertThat(qs.get(0).speaker().orElseThrow().name()).hasValue("Pamela Ortiz");
    assertThat(qs.get(1).speaker().orElseThrow().mention().text()).isEqualTo("Jo Bell");
    assertThat(qs.get(1).speaker().orElseThrow().type()).isEqualTo(SpeakerType.PERSON);
  }

  @Test
  void aSignatureOpeningTheNextParagraphNamesTheSpeakerButABulletPointDoesNot() {
    String text = "Quotes of the week.\n\n\"The bridge is a disgrace and must be fixed.\"\n\n- Pamela Ortiz.\n\n"
        + "\"We will fix it this summer.\"\n\n- Fix the bridge by June.\n";
    ParsedText t = new ParsedText(text).person("Pamela Ortiz", "Pamela Ortiz");
    List<Quote> qs = quotes(t);
    Quote signed = qs.stream().filter(q -> q.text().startsWith("The bridge")).findFirst().orElseThrow();
    assertThat(signed.speaker().orElseThrow().mention().text()).isEqualTo("Pamela Ortiz");
    assertThat(qs).filteredOn(q -> q.text().startsWith("We will")).allSatisfy(q -> assertThat(q.speaker()).isEmpty());
  }

  @Test
  void saidBeforeItsSubjectAfterAQuotationNamesTheSpeaker() {
    // the neural parser reads "said O'Neill" as a verb with an open complement, not a subject
    ParsedText t = new ParsedText("“The cause has not been determined,” said O'Neill, on his first day.")
        .sentence("“/``/punct/10 The/DT/det/3 cause/NN/nsubj:pass/7 has/VBZ/aux/7 not/RB/advmod/7 been/VBN/aux:pass/7 "
            + "determined/VBN/ccomp/10 ,/,/punct/10 ”/''/punct/10 said/VBD/root/0/say O'Neill/NNP/xcomp/10 ,/,/punct/10 "
            + "on/IN/case/16 his/PRP$/nmod:poss/16 first/JJ/amod/16 day/NN/obl/10 ././punct/10")
        .person("James O'Neill", "O'Neill");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(qs.get(0).text()).isEqualTo("The cause has not been determined,");
    assertThat(qs.get(0).speaker().orElseThrow().mention().text()).isEqualTo("O'Neill");
    assertThat(qs.get(0).speaker().orElseThrow().name()).hasValue("James O'Neill");
  }

  @Test
  void anObjectAfterACommaDoesNotKeepTheCueFromTheQuotationBeforeIt() {
    // "eliciting" read as an adjective made "jeers" the object of "said"
    ParsedText t = new ParsedText("“The convention will be a train wreck,” Wilkin said, eliciting jeers from the crowd.")
        .sentence("“/``/punct/8 The/DT/det/3 convention/NN/nsubj/8 will/MD/aux/8 be/VB/cop/8 a/DT/det/8 train/NN/compound/8 "
            + "wreck/NN/root/0 ,/,/punct/12 ”/''/punct/12 Wilkin/NNP/nsubj/12 said/VBD/dep/8/say ,/,/punct/12 "
            + "eliciting/VBG/amod/15/elicit jeers/NNS/obj/12/jeer from/IN/case/18 the/DT/det/18 crowd/NN/nmod/15 ././punct/8")
        .person("Tom Wilkin", "Wilkin");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("The convention will be a train wreck,");
    assertThat(qs.get(0).speaker().orElseThrow().mention().text()).isEqualTo("Wilkin");
  }

  @Test
  void aParticipleCueTakesTheQuotationAfterItBeforeTheOneBefore() {
    ParsedText t = new ParsedText("“They are both qualified,” he said, adding, “She is overwhelmingly qualified.”")
        .sentence("“/``/punct/9 They/PRP/nsubj/5 are/VBP/cop/5 both/DT/advmod/5 qualified/JJ/ccomp/9 ,/,/punct/9 "
            + "”/''/punct/9 he/PRP/nsubj/9 said/VBD/root/0/say ,/,/punct/9 adding/VBG/xcomp/9/add ,/,/punct/11 "
            + "“/``/punct/17 She/PRP/nsubj/17 is/VBZ/cop/17 overwhelmingly/RB/advmod/17 qualified/JJ/ccomp/11 ././punct/17 "
            + "”/''/punct/17");
    List<Quote> qs = quotes(t);
    assertThat(qs).extracting(Quote::text).containsExactly("They are both qualified,", "She is overwhelmingly qualified.");
    assertThat(qs.get(1).cue().orElseThrow().text()).isEqualTo("adding");
  }

  @Test
  void aQuotationThenSaidAddingIsTwoStatementsOfOneSpeaker() {
    // the parser made the participle's clause the content of "said"
    ParsedText t = new ParsedText("“Some towns need federal help,” he said, adding the help should be “minimal.”")
        .sentence("“/``/punct/10 Some/DT/det/3 towns/NNS/nsubj/4/town need/VBP/ccomp/10 federal/JJ/amod/6 help/NN/obj/4 "
            + ",/,/punct/10 ”/''/punct/10 he/PRP/nsubj/10 said/VBD/root/0/say ,/,/punct/10 adding/VBG/csubj/18/add "
            + "the/DT/det/14 help/NN/obj/12 should/MD/aux/18 be/VB/cop/18 “/``/punct/18 minimal/JJ/ccomp/10 ././punct/10 "
            + "”/''/punct/10");
    List<Quote> qs = quotes(t);
    assertThat(qs).extracting(Quote::text).containsExactly("Some towns need federal help,", "the help should be “minimal.”");
    assertThat(qs).extracting(q -> q.cue().orElseThrow().text()).containsExactly("said", "adding");
    assertThat(qs).extracting(q -> q.speaker().orElseThrow().mention().text()).containsExactly("he", "he");
    assertThat(qs.get(1).kind()).isEqualTo(QuoteKind.MIXED);
  }

  @Test
  void aQuotationEndingTheSentenceRightAfterTheContentCompletesIt() {
    // the parser hung "from being able to “stand together”" from the cue, outside the accusation
    ParsedText t = new ParsedText("Trump accused him of preventing Americans from being able to “stand together.”")
        .sentence("Trump/NNP/nsubj/2 accused/VBD/root/0/accuse him/PRP/obj/2/he of/IN/case/6 preventing/VBG/amod/6/prevent "
            + "Americans/NNPS/obl/2/american from/IN/mark/9 being/VBG/cop/9/be able/JJ/advcl/2 to/TO/mark/12 "
            + "“/``/punct/12 stand/VB/xcomp/9 together/RB/advmod/12 ././punct/2 ”/''/punct/2")
        .person("Donald Trump", "Trump");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).kind()).isEqualTo(QuoteKind.MIXED);
    assertThat(qs.get(0).text()).isEqualTo("him of preventing Americans from being able to “stand together.”");
    assertThat(qs.get(0).fragments()).extracting(f -> f.textIn(t.text)).containsExactly("stand together.");
  }

  @Test
  void theSubjectOfAQuotedSentenceIsNoSpeaker() {
    // "“Full panic mode,” said Jo Bell": the parser gives "said" the quotation's own subject
    ParsedText t = new ParsedText("“Full panic mode,” said Jo Bell, a caucus leader.")
        .sentence("“/``/punct/7 Full/JJ/amod/4 panic/NN/compound/4 mode/NN/nsubj/7 ,/,/punct/7 ”/''/punct/7 "
            + "said/VBD/root/0/say Jo/NNP/compound/9 Bell/NNP/obj/7 ,/,/punct/9 a/DT/det/13 caucus/NN/compound/13 "
            + "leader/NN/appos/9 ././punct/7")
        .person("Jo Bell", "Jo Bell");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("Full panic mode,");
    assertThat(qs.get(0).speaker().orElseThrow().mention().text()).isEqualTo("Jo Bell");
  }

  @Test
  void aQuoteResumedAfterItsAttributionSentenceIsOneQuote() {
    String text = "“The bridge is safe,” Ruiz said in an interview on Monday. “We open it next week.”";
    ParsedText t = new ParsedText(text)
        .sentence("“/``/punct/9 The/DT/det/3 bridge/NN/nsubj/5 is/VBZ/cop/5 safe/JJ/ccomp/9 ,/,/punct/9 ”/''/punct/9 "
            + "Ruiz/NNP/nsubj/9 said/VBD/root/0/say in/IN/case/12 an/DT/det/12 interview/NN/obl/9 on/IN/case/14 "
            + "Monday/NNP/obl/9 ././punct/9")
        .sentence("“/``/punct/3 We/PRP/nsubj/3 open/VBP/root/0 it/PRP/obj/3 next/JJ/amod/6 week/NN/obl:tmod/3 ././punct/3 "
            + "”/''/punct/3")
        .person("Ana Ruiz", "Ruiz");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).fragments()).extracting(s -> s.textIn(text))
        .containsExactly("The bridge is safe,", "We open it next week.");
    assertThat(qs.get(0).speaker().orElseThrow().name()).hasValue("Ana Ruiz");
  }

  @Test
  void aQuotationIsNotJoinedAcrossAnotherClause() {
    // "asking" is the attribution of the second quotation only; the first is Blige's song, sung
    String text = "“Keep your hands in sight,” Blige sings to Clinton before asking her, “Where do we go from here?”";
    ParsedText t = new ParsedText(text)
        .sentence("“/``/punct/10 Keep/VB/ccomp/10 your/PRP$/nmod:poss/4 hands/NNS/obj/2 in/IN/case/6 sight/NN/obl/2 "
            + ",/,/punct/10 ”/''/punct/10 Blige/NNP/nsubj/10 sings/VBZ/root/0/sing to/IN/case/12 Clinton/NNP/obl/10 "
            + "before/IN/mark/14 asking/VBG/advcl/10/ask her/PRP/obj/14 ,/,/punct/14 “/``/punct/14 Where/WRB/advmod/21 "
            + "do/VBP/aux/21 we/PRP/nsubj/21 go/VB/ccomp/14 from/IN/case/23 here/RB/obl/21 ?/./punct/21 ”/''/punct/14")
        .person("Mary J. Blige", "Blige");
    List<Quote> qs = quotes(t);
    assertThat(qs).extracting(Quote::text).contains("Where do we go from here?");
    assertThat(qs).noneMatch(q -> q.text().contains("Keep your hands") && q.text().contains("Where do we go"));
  }

  @Test
  void aParticipleOnANounInAPrepositionalPhraseTakesTheClausesSubject() {
    // the parser hangs "urging" from "board"; the parents sent the letter and urge
    String text = "The parents sent a letter to the school board urging it to reconsider.";
    ParsedText t = new ParsedText(text)
        .sentence("The/DT/det/2 parents/NNS/nsubj/3 sent/VBD/root/0/send a/DT/det/5 letter/NN/obj/3 to/IN/case/9 "
            + "the/DT/det/9 school/NN/compound/9 board/NN/obl/3 urging/VBG/acl/9/urge it/PRP/obj/10 to/TO/mark/13 "
            + "reconsider/VB/xcomp/10 ././punct/3");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker().orElseThrow().mention().text()).isEqualTo("The parents");
  }

  @Test
  void aCueNestedInADroppedFrameStillCounts() {
    // "declare" lies in May's reported clause and goes; "suggested", coordinated with "said", stays
    String text = "May said that the country would declare its intention to break with the bloc and suggested that "
        + "it would leave the market.";
    ParsedText t = new ParsedText(text)
        .sentence("May/NNP/nsubj/2 said/VBD/root/0/say that/IN/mark/7 the/DT/det/5 country/NN/nsubj/7 would/MD/aux/7 "
            + "declare/VB/ccomp/2/declare its/PRP$/nmod:poss/9 intention/NN/obj/7 to/TO/mark/11 break/VB/xcomp/7 "
            + "with/IN/case/14 the/DT/det/14 bloc/NN/obl/11 and/CC/cc/16 suggested/VBD/conj/7/suggest that/IN/mark/20 "
            + "it/PRP/nsubj/20 would/MD/aux/20 leave/VB/ccomp/16 the/DT/det/22 market/NN/obj/20 ././punct/2")
        .person("Theresa May", "May");
    List<Quote> qs = quotes(t);
    assertThat(qs).extracting(Quote::text).contains("it would leave the market");
  }

  @Test
  void labelledParagraphsAreTheLabelledSpeakersStatements() {
    String text = "Ana Ruiz spoke with Jo Bell.\nBELL: Will the bridge open on time this year?\n"
        + "RUIZ: I think everyone will come.\nEditor's note: This story was updated on Monday.";
    ParsedText t = new ParsedText(text)
        .sentence("Ana/NNP/compound/2 Ruiz/NNP/nsubj/3 spoke/VBD/root/0/speak with/IN/case/6 Jo/NNP/compound/6 "
            + "Bell/NNP/obl/3 ././punct/3")
        .sentence("I/PRP/nsubj/2 think/VBP/root/0 everyone/NN/nsubj/5 will/MD/aux/5 come/VB/ccomp/2 ././punct/2")
        .person("Ana Ruiz", "Ana Ruiz")
        .person("Jo Bell", "Jo Bell");
    List<Quote> qs = quotes(t);
    assertThat(qs).extracting(Quote::text).containsExactly("Will the bridge open on time this year?",
        "I think everyone will come.", "everyone will come");
    assertThat(qs.get(0).kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(qs.get(0).speaker().orElseThrow().name()).hasValue("Jo Bell");
    assertThat(qs.get(0).cue().orElseThrow().text()).isEqualTo(":");
    assertThat(qs.get(1).speaker().orElseThrow().name()).hasValue("Ana Ruiz");
    // the first person inside the labelled paragraph is the label's speaker, not the last person named
    assertThat(qs.get(2).speaker().orElseThrow().name()).hasValue("Ana Ruiz");
  }

  @Test
  void aCueEndingItsSentenceTakesTheQuotationOpeningTheNext() {
    String text = "Jo Bell agreed. “The bridge will not open before May.”";
    ParsedText t = new ParsedText(text)
        .sentence("Jo/NNP/compound/2 Bell/NNP/nsubj/3 agreed/VBD/root/0/agree ././punct/3");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("The bridge will not open before May.");
    assertThat(qs.get(0).speaker().orElseThrow().mention().text()).isEqualTo("Jo Bell");
    assertThat(qs.get(0).cue().orElseThrow().text()).isEqualTo("agreed");
  }

  @Test
  void aQuotationLaterInTheSpeakersParagraphKeepsTheSpeaker() {
    String text = "“The bridge is safe,” Ana Ruiz said, as the first cars rolled across it under a grey morning sky. "
        + "“We checked every single bolt twice.”\nThe mayor's office would not answer questions about the old road, "
        + "which opened in 1931.\n“Nobody has ever checked the old road.”";
    ParsedText t = new ParsedText(text)
        .sentence("“/``/punct/10 The/DT/det/3 bridge/NN/nsubj/5 is/VBZ/cop/5 safe/JJ/ccomp/10 ,/,/punct/10 ”/''/punct/10 "
            + "Ana/NNP/compound/9 Ruiz/NNP/nsubj/10 said/VBD/root/0/say ,/,/punct/10 as/IN/mark/16 the/DT/det/15 "
            + "first/JJ/amod/15 cars/NNS/nsubj/16 rolled/VBD/advcl/10/roll across/IN/case/18 it/PRP/obl/16 "
            + "under/IN/case/23 a/DT/det/23 grey/JJ/amod/23 morning/NN/compound/23 sky/NN/obl/16 ././punct/10")
        .person("Ana Ruiz", "Ana Ruiz");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(2);
    assertThat(qs.get(0).fragments()).extracting(s -> s.textIn(text))
        .containsExactly("The bridge is safe,", "We checked every single bolt twice.");
    assertThat(qs.get(0).speaker().orElseThrow().name()).hasValue("Ana Ruiz");
    // a quotation after a paragraph of narration is no continuation
    assertThat(qs.get(1).text()).isEqualTo("Nobody has ever checked the old road.");
    assertThat(qs.get(1).speaker()).isEmpty();
  }

  @Test
  void aColonEndingTheAttributionsParagraphIntroducesAnUnquotedParagraph() {
    String text = "Ana Ruiz added:\n\nThe bridge will open on Monday and everyone is welcome.\n\"RUIZ: We checked every bolt.";
    ParsedText t = new ParsedText(text)
        .sentence("Ana/NNP/compound/2 Ruiz/NNP/nsubj/3 added/VBD/root/0/add :/:/punct/3")
        .person("Ana Ruiz", "Ana Ruiz");
    List<Quote> qs = quotes(t);
    assertThat(qs).extracting(Quote::text).containsExactly("The bridge will open on Monday and everyone is welcome.",
        "We checked every bolt.");
    assertThat(qs.get(0).kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(qs.get(0).cue().orElseThrow().text()).isEqualTo("added");
    assertThat(qs.get(0).speaker().orElseThrow().name()).hasValue("Ana Ruiz");
    // a transcript paragraph opened with a quotation mark keeps its label
    assertThat(qs.get(1).speaker().orElseThrow().name()).hasValue("Ana Ruiz");
  }

  @Test
  void aNoBreakSpaceBeforeTheSecondQuotationStillJoinsIt() {
    // web text often types two spaces after a full stop as a space and a no-break space
    String text = "“We checked every bolt,” Ana Ruiz said. \u00a0“The bridge is safe for every car in town.”";
    ParsedText t = new ParsedText(text)
        .sentence("“/``/punct/10 We/PRP/nsubj/3 checked/VBD/ccomp/10/check every/DT/det/5 bolt/NN/obj/3 ,/,/punct/10 "
            + "”/''/punct/10 Ana/NNP/compound/9 Ruiz/NNP/nsubj/10 said/VBD/root/0/say ././punct/10")
        .person("Ana Ruiz", "Ana Ruiz");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).fragments()).extracting(s -> s.textIn(text))
        .containsExactly("We checked every bolt,", "The bridge is safe for every car in town.");
  }

  @Test
  void aClauseInsideTheAttributionsAdjunctStillJoinsTheTwoQuotations() {
    String text = "“We will rebuild the bridge,” Ana Ruiz said at the gala, where the mayor also spoke. "
        + "“It opens in May.”"; // too short to stand as a continuation of its own
    ParsedText t = new ParsedText(text)
        .sentence("“/``/punct/11 We/PRP/nsubj/4 will/MD/aux/4 rebuild/VB/ccomp/11 the/DT/det/6 bridge/NN/obj/4 "
            + ",/,/punct/11 ”/''/punct/11 Ana/NNP/compound/10 Ruiz/NNP/nsubj/11 said/VBD/root/0/say at/IN/case/14 "
            + "the/DT/det/14 gala/NN/obl/11 ,/,/punct/14 where/WRB/advmod/20 the/DT/det/18 mayor/NN/nsubj/20 "
            + "also/RB/advmod/20 spoke/VBD/acl:relcl/14/speak ././punct/11")
        .person("Ana Ruiz", "Ana Ruiz");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).fragments()).extracting(s -> s.textIn(text))
        .containsExactly("We will rebuild the bridge,", "It opens in May.");
    assertThat(qs.get(0).speaker().orElseThrow().name()).hasValue("Ana Ruiz");
  }

  @Test
  void aRelativePronounIsTheLocalMentionOfANamedSpeaker() {
    ParsedText t = new ParsedText("The council thanked Ana Ruiz, who said the bridge will reopen in May.")
        .sentence("The/DT/det/2 council/NN/nsubj/3 thanked/VBD/root/0/thank Ana/NNP/compound/5 Ruiz/NNP/obj/3 ,/,/punct/5 "
            + "who/WP/nsubj/8 said/VBD/acl:relcl/5/say the/DT/det/10 bridge/NN/obj/8 will/MD/aux/12 reopen/VB/dep/8 "
            + "in/IN/case/14 May/NNP/obl/12 ././punct/3")
        .person("Ana Ruiz", "Ana Ruiz");
    List<Quote> qs = quotes(t);
    // "thanked" is a cue too; its noun phrase content ends before the relative clause, which is Ruiz's statement
    assertThat(qs).extracting(Quote::text).containsExactly("Ana Ruiz", "the bridge will reopen in May");
    Quote q = qs.get(1);
    assertThat(q.speaker().orElseThrow().mention().text()).isEqualTo("who");
    assertThat(q.speaker().orElseThrow().name()).hasValue("Ana Ruiz");
    assertThat(q.speaker().orElseThrow().type()).isEqualTo(SpeakerType.PERSON);
  }

  @Test
  void aRelativePronounTheParserLeftAsTheSpeakerIsNamedAfterItsAntecedent() {
    // the parser made the relative clause a "dep" of the name and the cue a conjunct of its verb
    ParsedText t = new ParsedText("Compare that with Ana Ruiz, who has opposed the plan and said the bridge is safe.")
        .sentence("Compare/VB/root/0 that/DT/obj/1 with/IN/case/5 Ana/NNP/compound/5 Ruiz/NNP/obl/1 ,/,/punct/5 "
            + "who/WP/nsubj/9 has/VBZ/aux/9/have opposed/VBN/dep/5/oppose the/DT/det/11 plan/NN/obj/9 and/CC/cc/13 "
            + "said/VBD/conj/9/say the/DT/det/15 bridge/NN/nsubj/17 is/VBZ/cop/17/be safe/JJ/ccomp/13 ././punct/1")
        .person("Ana Ruiz", "Ana Ruiz");
    List<Quote> qs = quotes(t);
    Quote said = qs.stream().filter(q -> q.text().equals("the bridge is safe")).findFirst().orElseThrow();
    assertThat(said.speaker().orElseThrow().mention().text()).isEqualTo("who");
    assertThat(said.speaker().orElseThrow().name()).hasValue("Ana Ruiz");
    assertThat(said.speaker().orElseThrow().type()).isEqualTo(SpeakerType.PERSON);
  }

  @Test
  void aRelativePronounWithoutAnAntecedentIsNoOrganization() {
    // "who" is no WHO, whatever the organization lexicon holds
    ParsedText t = new ParsedText("Officials met on Monday, who said the bridge is safe.")
        .sentence("Officials/NNS/nsubj/2/official met/VBD/root/0/meet on/IN/case/4 Monday/NNP/obl/2 ,/,/punct/7 "
            + "who/WP/nsubj/7 said/VBD/dep/2/say the/DT/det/9 bridge/NN/nsubj/11 is/VBZ/cop/11/be safe/JJ/ccomp/7 "
            + "././punct/2");
    List<Quote> qs = quotes(t);
    Quote said = qs.stream().filter(q -> q.text().equals("the bridge is safe")).findFirst().orElseThrow();
    assertThat(said.speaker().orElseThrow().type()).isNotEqualTo(SpeakerType.ORGANIZATION);
  }

  @Test
  void anUnquotedLeadInBeforeAQuotationIsPartOfTheStatement() {
    ParsedText t = new ParsedText("With dozens of ballot systems, “there is no single point of failure,” he said.")
        .sentence("With/IN/case/2 dozens/NNS/obl/9/dozen of/IN/case/5 ballot/NN/compound/5 systems/NNS/nmod/2/system "
            + ",/,/punct/9 “/``/punct/9 there/EX/expl/9 is/VBZ/ccomp/18/be no/DT/det/12 single/JJ/amod/12 point/NN/nsubj/9 "
            + "of/IN/case/14 failure/NN/nmod/12 ,/,/punct/18 ”/''/punct/18 he/PRP/nsubj/18 said/VBD/root/0/say ././punct/18");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).kind()).isEqualTo(QuoteKind.MIXED);
    assertThat(qs.get(0).text()).isEqualTo("With dozens of ballot systems, “there is no single point of failure,”");
    assertThat(qs.get(0).fragments()).hasSize(1);
  }

  @Test
  void aLoneParticipleAfterTheAttributionStillLetsTheNextQuotationContinueTheQuote() {
    ParsedText t = new ParsedText("“Here comes the mayor,” she said, clapping. “The mayor. Our mayor.”")
        .sentence("“/``/punct/9 Here/RB/advmod/3 comes/VBZ/ccomp/9/come the/DT/det/5 mayor/NN/nsubj/3 ,/,/punct/9 "
            + "”/''/punct/9 she/PRP/nsubj/9 said/VBD/root/0/say ,/,/punct/9 clapping/NN/xcomp/9 ././punct/9")
        .sentence("“/``/punct/3 The/DT/det/3 mayor/NN/root/0 ././punct/3")
        .sentence("Our/PRP$/nmod:poss/2/we mayor/NN/root/0 ././punct/2 ”/''/punct/2");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).fragments()).hasSize(2);
    assertThat(qs.get(0).speaker().orElseThrow().mention().text()).isEqualTo("she");
  }

  @Test
  void aClauseTellingWhenAQuotationWasSaidIsNotPartOfIt() {
    ParsedText t = new ParsedText("She walks to the car and repeatedly says, \"Do not do it,\" until the train leaves.")
        .sentence("She/PRP/nsubj/2 walks/VBZ/root/0/walk to/IN/case/5 the/DT/det/5 car/NN/obl/2 and/CC/cc/8 "
            + "repeatedly/RB/advmod/8 says/VBZ/conj/2/say ,/,/punct/8 \"/``/punct/8 Do/VB/aux/13 not/RB/advmod/13 "
            + "do/VB/ccomp/8 it/PRP/obj/13 ,/,/punct/13 \"/``/punct/13 until/IN/mark/20 the/DT/det/19 train/NN/nsubj/20 "
            + "leaves/VBZ/advcl/13/leave ././punct/2");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(qs.get(0).text()).isEqualTo("Do not do it,");
  }

  @Test
  void anOutletRelayingAStatementIsItsSpeakerWithTheOriginalAsSource() {
    ParsedText t = new ParsedText("According to the Daily Star, Mayor Ana Ruiz said that the bridge will reopen.")
        .sentence("According/VBG/case/5/accord to/IN/fixed/1 the/DT/det/5 Daily/NNP/compound/5 Star/NNP/obl/10 ,/,/punct/10 "
            + "Mayor/NNP/compound/9 Ana/NNP/compound/9 Ruiz/NNP/nsubj/10 said/VBD/root/0/say that/IN/mark/15 the/DT/det/13 "
            + "bridge/NN/nsubj/15 will/MD/aux/15 reopen/VB/ccomp/10 ././punct/10")
        .person("Ana Ruiz", "Ana Ruiz");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("the bridge will reopen");
    assertThat(qs.get(0).speaker().orElseThrow().mention().text()).isEqualTo("the Daily Star");
    assertThat(qs.get(0).speaker().orElseThrow().source().orElseThrow().name()).hasValue("Ana Ruiz");
  }

  @Test
  void aQuotationOpeningTheParagraphAfterTheSpeakersIsAQuoteOfItsOwnBySameSpeaker() {
    String text = "“Look at all these supporters,” Ana Ruiz said with a smirk, looking over at the crowd.\n\n"
        + "“They are all here because the tickets were free for everyone.”";
    ParsedText t = new ParsedText(text)
        .sentence("“/``/punct/2 Look/VB/ccomp/11 at/IN/case/6 all/PDT/det:predet/6 these/DT/det/6 supporters/NNS/obl/2/supporter "
            + ",/,/punct/11 ”/''/punct/11 Ana/NNP/compound/10 Ruiz/NNP/nsubj/11 said/VBD/root/0/say with/IN/case/14 a/DT/det/14 "
            + "smirk/NN/obl/11 ,/,/punct/11 looking/VBG/advcl/11/look over/RP/compound:prt/16 at/IN/case/20 the/DT/det/20 "
            + "crowd/NN/obl/16 ././punct/11")
        .person("Ana Ruiz", "Ana Ruiz");
    List<Quote> qs = quotes(t);
    assertThat(qs).extracting(Quote::text)
        .containsExactly("Look at all these supporters,", "They are all here because the tickets were free for everyone.");
    assertThat(qs).allSatisfy(q -> assertThat(q.speaker().orElseThrow().name()).hasValue("Ana Ruiz"));
  }

  @Test
  void aParticipleOnTheNounAfterTheCueIsNoComplementOfIt() {
    ParsedText t = new ParsedText("“We owe nobody anything,” she told listeners in an interview taped on Monday.")
        .sentence("“/``/punct/3 We/PRP/nsubj/3 owe/VBP/dep/9 nobody/NN/iobj/3 anything/NN/obj/3 ,/,/punct/3 "
            + "”/''/punct/3 she/PRP/nsubj/9 told/VBD/root/0/tell listeners/NNS/obj/9/listener in/IN/case/13 "
            + "an/DT/det/13 interview/NN/obl/9 taped/VBN/xcomp/9/tape on/IN/case/16 Monday/NNP/obl/14 ././punct/9");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    Quote q = qs.get(0);
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(q.text()).isEqualTo("We owe nobody anything,");
    assertThat(q.speaker().orElseThrow().mention().text()).isEqualTo("she");
  }

  @Test
  void aOneWordAnswerIsAnIndirectQuote() {
    ParsedText t = new ParsedText("Asked if the bridge was safe, the mayor said no.")
        .sentence("Asked/VBN/advmod/10/ask if/IN/mark/6 the/DT/det/4 bridge/NN/nsubj/6 was/VBD/cop/6/be "
            + "safe/JJ/advcl/1 ,/,/punct/10 the/DT/det/9 mayor/NN/nsubj/10 said/VBD/root/0/say no/UH/discourse/10 "
            + "././punct/10");
    List<Quote> qs = quotes(t);
    assertThat(qs).extracting(Quote::text).contains("no");
    Quote q = qs.stream().filter(x -> x.text().equals("no")).findFirst().orElseThrow();
    assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(q.speaker().orElseThrow().mention().text()).isEqualTo("the mayor");
  }

  @Test
  void aCoordinatedClauseWithItsOwnAttributionIsNotPartOfTheFirstStatement() {
    ParsedText t = new ParsedText("Most residents said the bridge should stay open, while a third said it should close.")
        .sentence("Most/JJS/amod/2/most residents/NNS/nsubj/3/resident said/VBD/root/0/say the/DT/det/5 bridge/NN/nsubj/7 "
            + "should/MD/aux/7 stay/VB/ccomp/3 open/JJ/xcomp/7 ,/,/punct/13 while/IN/mark/13 a/DT/det/12 third/NN/nsubj/13 "
            + "said/VBD/advcl/7/say it/PRP/nsubj/16 should/MD/aux/16 close/VB/ccomp/13 ././punct/3");
    List<Quote> qs = quotes(t);
    assertThat(qs).extracting(Quote::text).containsExactly("the bridge should stay open", "it should close");
    assertThat(qs).extracting(q -> q.speaker().orElseThrow().mention().text()).containsExactly("Most residents", "a third");
  }

  @Test
  void anInvertedAttributionOpeningTheSentenceBeforeAQuotationNamesItsSpeaker() {
    ParsedText t = new ParsedText("But, said Ana Ruiz, “The bridge will reopen.”")
        .sentence("But/CC/cc/3 ,/,/punct/3 said/VBD/root/0/say Ana/NNP/compound/5 Ruiz/NNP/obj/3 ,/,/punct/3 "
            + "“/``/punct/11 The/DT/det/9 bridge/NN/nsubj/11 will/MD/aux/11 reopen/VB/ccomp/3 ././punct/3 ”/''/punct/3")
        .person("Ana Ruiz", "Ana Ruiz");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(qs.get(0).text()).isEqualTo("The bridge will reopen.");
    assertThat(qs.get(0).speaker().orElseThrow().mention().text()).isEqualTo("Ana Ruiz");
  }

  @Test
  void anInvertedAttributionAfterAnAdverbialAndBeforeAColonNamesItsSpeaker() {
    ParsedText t = new ParsedText("In other words, explained Ana Ruiz: “Who will pay for the bridge?”")
        .sentence("In/IN/case/3 other/JJ/amod/3 words/NNS/obl/5/word ,/,/punct/5 explained/VBD/root/0/explain "
            + "Ana/NNP/compound/7 Ruiz/NNP/obj/5 :/:/punct/5 “/``/punct/12 Who/WP/nsubj/12 will/MD/aux/12 "
            + "pay/VB/ccomp/5 for/IN/case/15 the/DT/det/15 bridge/NN/obl/12 ?/./punct/5 ”/''/punct/5")
        .person("Ana Ruiz", "Ana Ruiz");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("Who will pay for the bridge?");
    assertThat(qs.get(0).speaker().orElseThrow().mention().text()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aParticipleWithNoSpeakerDoesNotSwallowTheAttributionInItsClause() {
    ParsedText t = new ParsedText("Recalling the vote, Ana Ruiz said of the plan: “It will fail.”")
        .sentence("Recalling/VBG/root/0/recall the/DT/det/3 vote/NN/obj/1 ,/,/punct/1 Ana/NNP/compound/6 "
            + "Ruiz/NNP/nsubj/7 said/VBD/ccomp/1/say of/IN/case/10 the/DT/det/10 plan/NN/obl/7 :/:/punct/7 "
            + "“/``/punct/15 It/PRP/nsubj/15 will/MD/aux/15 fail/VB/parataxis/7 ././punct/15 ”/''/punct/15")
        .person("Ana Ruiz", "Ana Ruiz");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("It will fail.");
    assertThat(qs.get(0).speaker().orElseThrow().mention().text()).isEqualTo("Ana Ruiz");
    assertThat(qs.get(0).cue().orElseThrow().text()).isEqualTo("said");
  }

  @Test
  void aParagraphOpenedByACueAndANameIsNoLabelledStatementOfItsOwn() {
    ParsedText t = new ParsedText("Said Ana Ruiz: “The bridge is safe and open.”")
        .sentence("Said/VBD/root/0/say Ana/NNP/compound/3 Ruiz/NNP/obj/1 :/:/punct/1 “/``/punct/9 The/DT/det/7 "
            + "bridge/NN/nsubj/9 is/VBZ/cop/9/be safe/JJ/parataxis/1 and/CC/cc/11 open/JJ/conj/9 ././punct/9 ”/''/punct/9")
        .person("Ana Ruiz", "Ana Ruiz");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(qs.get(0).speaker().orElseThrow().mention().text()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aStanceCueKeepsATargetNamedInOneWordButNotAPronounOrAClauseVerbsName() {
    ParsedText t = new ParsedText("Ruiz attacked Larsen. Ruiz attacked him. The poll showed Larsen.")
        .sentence("Ruiz/NNP/nsubj/2 attacked/VBD/root/0/attack Larsen/NNP/obj/2 ././punct/2")
        .sentence("Ruiz/NNP/nsubj/2 attacked/VBD/root/0/attack him/PRP/obj/2/he ././punct/2")
        .sentence("The/DT/det/2 poll/NN/nsubj/3 showed/VBD/root/0/show Larsen/NNP/obj/3 ././punct/3")
        .person("Ana Ruiz", "Ruiz")
        .person("Erik Larsen", "Larsen");
    List<Quote> qs = quotes(t);
    assertThat(qs).extracting(Quote::text).containsExactly("Larsen");
    assertThat(qs.get(0).cue().orElseThrow().text()).isEqualTo("attacked");
  }

  @Test
  void aNameAndAVerbOfMannerRightAfterAQuotationAttributeIt() {
    ParsedText t = new ParsedText("“We need the ferry back,” Larsen fumed on Tuesday.")
        .sentence("“/``/punct/3 We/PRP/nsubj/3 need/VBP/ccomp/10 the/DT/det/5 ferry/NN/obj/3 back/RB/advmod/3 "
            + ",/,/punct/3 ”/''/punct/3 Larsen/NNP/nsubj/10 fumed/VBD/root/0/fume on/IN/case/12 Tuesday/NNP/obl/10 "
            + "././punct/10")
        .person("Erik Larsen", "Larsen");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    Quote q = qs.get(0);
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(q.text()).isEqualTo("We need the ferry back,");
    assertThat(q.speaker().orElseThrow().mention().text()).isEqualTo("Larsen");
    assertThat(q.speaker().orElseThrow().name()).hasValue("Erik Larsen");
    assertThat(q.cue().orElseThrow().text()).isEqualTo("fumed");
  }

  @Test
  void aDescriptionAndACueVerbRightAfterAQuotationAttributeItWhenTheParserMissedThem() {
    // the parser took "old" for the head and "asked" for a participle modifying it: no frame
    ParsedText t = new ParsedText("“Can the ferry run again?” the 43-year-old asked in the harbor office.")
        .sentence("“/``/root/0 Can/MD/aux/5 the/DT/det/4 ferry/NN/nsubj/5 run/VB/dep/1 again/RB/advmod/5 ?/./punct/5 "
            + "”/''/punct/5 the/DT/det/14 43/CD/nummod/12 -/HYPH/punct/12 year/NN/dep/14 -/HYPH/punct/14 old/JJ/dep/1 "
            + "asked/VBN/acl/14/ask in/IN/case/19 the/DT/det/19 harbor/NN/compound/19 office/NN/obl/15 ././punct/14");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    Quote q = qs.get(0);
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(q.text()).isEqualTo("Can the ferry run again?");
    assertThat(q.speaker().orElseThrow().mention().text()).isEqualTo("the 43-year-old");
    assertThat(q.speaker().orElseThrow().type()).isEqualTo(SpeakerType.ANONYMOUS);
    assertThat(q.speaker().orElseThrow().name()).isEmpty();
    assertThat(q.cue().orElseThrow().text()).isEqualTo("asked");
  }

  @Test
  void aPronounAndAVerbOfMannerAfterAQuotationNameThePreviousSpeaker() {
    ParsedText t = new ParsedText("“The ferry is late,” Larsen said.\n\n“We need it back,” she fumed.")
        .sentence("“/``/punct/5 The/DT/det/3 ferry/NN/nsubj/5 is/VBZ/cop/5 late/JJ/ccomp/9 ,/,/punct/5 ”/''/punct/5 "
            + "Larsen/NNP/nsubj/9 said/VBD/root/0/say ././punct/9")
        .sentence("“/``/punct/3 We/PRP/nsubj/3 need/VBP/ccomp/8 it/PRP/obj/3 back/RB/advmod/3 ,/,/punct/3 ”/''/punct/3 "
            + "she/PRP/nsubj/9 fumed/VBD/root/0/fume ././punct/9")
        .person("Anna Larsen", "Larsen");
    List<Quote> qs = quotes(t);
    assertThat(qs).extracting(Quote::text).containsExactly("The ferry is late,", "We need it back,");
    Quote q = qs.get(1);
    assertThat(q.speaker().orElseThrow().mention().text()).isEqualTo("she");
    assertThat(q.speaker().orElseThrow().name()).hasValue("Anna Larsen");
    assertThat(q.cue().orElseThrow().text()).isEqualTo("fumed");
  }

  @Test
  void aDescriptionBeforeAVerbThatIsNoCueDoesNotAttributeAQuotation() {
    ParsedText t = new ParsedText("“Can the ferry run again?” the old sailor shrugged again.")
        .sentence("“/``/root/0 Can/MD/aux/5 the/DT/det/4 ferry/NN/nsubj/5 run/VB/dep/1 again/RB/advmod/5 ?/./punct/5 "
            + "”/''/punct/5 the/DT/det/11 old/JJ/amod/11 sailor/NN/nsubj/12 shrugged/VBD/parataxis/1/shrug "
            + "again/RB/advmod/12 ././punct/1");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEmpty();
  }

  @Test
  void aNameAndAPresentTenseCueTheTaggerTookForANounAttributeTheQuotationBefore() {
    // "answers" tagged as a plural noun: no cue verb, no frame
    ParsedText t = new ParsedText("“We have done nothing.” Larsen answers.")
        .sentence("“/``/punct/4 We/PRP/nsubj/4 have/VBP/aux/4 done/VBN/root/0/do nothing/NN/obj/4 ././punct/4 "
            + "”/''/punct/4")
        .sentence("Larsen/NNP/compound/2 answers/NNS/root/0/answer ././punct/2")
        .person("Erik Larsen", "Larsen");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("We have done nothing.");
    assertThat(qs.get(0).speaker().orElseThrow().name()).hasValue("Erik Larsen");
    assertThat(qs.get(0).cue().orElseThrow().text()).isEqualTo("answers");
  }

  @Test
  void aNameItsDescriptionAndACueWithoutACommaAfterAQuotationAttributeIt() {
    // the parser made "wrote" the verb of a relative clause inside the description: no frame
    ParsedText t = new ParsedText("“The ferry must come back,” Ana Ruiz, the planner who drew harbor.org wrote on Monday.")
        .sentence("“/``/punct/5 The/DT/det/3 ferry/NN/nsubj/5 must/MD/aux/5 come/VB/root/0 back/RB/advmod/5 ,/,/punct/5 "
            + "”/''/punct/5 Ana/NNP/compound/10 Ruiz/NNP/obj/5 ,/,/punct/10 the/DT/det/13 planner/NN/appos/10 "
            + "who/WP/nsubj/15 drew/VBD/aux/17/draw harbor.org/ADD/nsubj/17 wrote/VBN/acl:relcl/13/write on/IN/case/19 "
            + "Monday/NNP/obl/17 ././punct/5")
        .person("Ana Ruiz", "Ana Ruiz");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("The ferry must come back,");
    assertThat(qs.get(0).speaker().orElseThrow().name()).hasValue("Ana Ruiz");
    assertThat(qs.get(0).cue().orElseThrow().text()).isEqualTo("wrote");
  }

  @Test
  void aNameItsRelativeClauseAndACueAfterAQuotationClosingInsideAnotherAttributeIt() {
    // the parser made "said" a dependent with no subject, and the name an apposition inside the quotation's clause
    ParsedText t = new ParsedText("“They call it ‘a fair deal,’” Ana Ruiz, who has opposed the plan for years, said at the time.")
        .sentence("“/``/punct/3 They/PRP/nsubj/3 call/VBP/root/0 it/PRP/obj/3 ‘/``/punct/8 a/DT/det/8 fair/JJ/amod/8 "
            + "deal/NN/xcomp/3 ,/,/punct/8 ’”/''/punct/8 Ana/NNP/compound/12 Ruiz/NNP/appos/8 ,/,/punct/12 "
            + "who/WP/nsubj/16 has/VBZ/aux/16 opposed/VBN/acl:relcl/12/oppose the/DT/det/18 plan/NN/obj/16 "
            + "for/IN/case/20 years/NNS/obl/16/year ,/,/punct/3 said/VBD/dep/3/say at/IN/case/25 the/DT/det/25 "
            + "time/NN/obl/22 ././punct/3")
        .person("Ana Ruiz", "Ana Ruiz");
    List<Quote> qs = quotes(t);
    Quote q = qs.stream().filter(x -> x.text().startsWith("They call it")).findFirst().orElseThrow();
    assertThat(q.speaker().orElseThrow().name()).hasValue("Ana Ruiz");
    assertThat(q.cue().orElseThrow().text()).isEqualTo("said");
  }

  @Test
  void aClauseAfterACommaPastTheCueTellsHowTheQuotationBeforeWasSaid() {
    ParsedText t = new ParsedText("“The majority of our workers back this merger,” Ana Ruiz told the crowd, her voice drowned out by boos.")
        .sentence("“/``/punct/7 The/DT/det/3 majority/NN/nsubj/7 of/IN/case/6 our/PRP$/nmod:poss/6 workers/NNS/nmod/3/worker "
            + "back/VBP/root/0 this/DT/det/9 merger/NN/obj/7 ,/,/punct/7 ”/''/punct/7 Ana/NNP/compound/13 "
            + "Ruiz/NNP/nsubj/14 told/VBD/parataxis/7/tell the/DT/det/16 crowd/NN/obj/14 ,/,/punct/14 "
            + "her/PRP$/nmod:poss/19 voice/NN/nsubj/20 drowned/VBD/ccomp/14/drown out/RP/compound:prt/20 "
            + "by/IN/case/23 boos/NNS/obl/20/boo ././punct/7")
        .person("Ana Ruiz", "Ana Ruiz");
    List<Quote> qs = quotes(t);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("The majority of our workers back this merger,");
    assertThat(qs.get(0).speaker().orElseThrow().name()).hasValue("Ana Ruiz");
    assertThat(qs.get(0).cue().orElseThrow().text()).isEqualTo("told");
  }
  @Test
  void aLabelTheTaggerMissedIsASpeakerWhenTheArticleNamesItElsewhereOrItIsAReport() {
    String text = "The mayor, Ana Ruiz, spoke on Monday.\nReport: Tolls will rise on the harbor bridge.\n"
        + "Ana Ruiz: The council will vote on the tolls soon.\nJo Bell: The ferry will stop.";
    ParsedText t = new ParsedText(text)
        .sentence("The/DT/det/2 mayor/NN/nsubj/7 ,/,/punct/4 Ana/NNP/compound/5 Ruiz/NNP/appos/2 ,/,/punct/4 "
            + "spoke/VBD/root/0/speak on/IN/case/9 Monday/NNP/obl/7 ././punct/7")
        .person("Ana Ruiz", "Ana Ruiz");
    List<Quote> qs = quotes(t);
    // "Jo Bell" is named nowhere else: a title-case phrase before a colon may be any label
    assertThat(qs).extracting(Quote::text).containsExactly("Tolls will rise on the harbor bridge.",
        "The council will vote on the tolls soon.");
    assertThat(qs.get(0).speaker().orElseThrow().type()).isEqualTo(SpeakerType.MEDIA);
    assertThat(qs.get(0).speaker().orElseThrow().mention().text()).isEqualTo("Report");
    assertThat(qs.get(1).speaker().orElseThrow().type()).isEqualTo(SpeakerType.PERSON);
    assertThat(qs.get(1).speaker().orElseThrow().name()).hasValue("Ana Ruiz");
  }
}
