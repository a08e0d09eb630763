package dev.claimex.stages.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Content spans of reporting frames, on sentences written for the test and parsed as CoreNLP's
 * UD parser parses them (misparses included), so no model is loaded.
 */
class FrameFinderTest {
  private static final QuoteLexicon LEXICON = new QuoteLexicon();

  private static List<Frame> frames(String text, String parse) {
    return new FrameFinder(LEXICON, true).find(new ParsedText(text).sentence(parse).parses.get(0));
  }

  private static Frame frame(String text, String parse, String cue) {
    return frames(text, parse).stream().filter(f -> f.cueSpan().textIn(text).equals(cue)).findFirst().orElseThrow();
  }

  private static String content(String text, Frame f) {
    return f.content() == null ? null : f.content().textIn(text);
  }

  @Test
  void aCueParsedAsTheSubjectOfTheReportedVerbStillTakesTheWholeClause() {
    String text = "City officials said they hoped the new bridge will bring more visitors to the harbor.";
    Frame f = frame(text, "City/NNP/compound/2 officials/NNS/nsubj/3/official said/VBD/csubj/10/say they/PRP/nsubj/5 "
        + "hoped/VBD/ccomp/3/hope the/DT/det/8 new/JJ/amod/8 bridge/NN/obj/5 will/MD/aux/10 bring/VB/root/0 "
        + "more/JJR/amod/12 visitors/NNS/obj/10/visitor to/IN/case/15 the/DT/det/15 harbor/NN/obl/10 ././punct/10", "said");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("City officials");
    assertThat(content(text, f)).isEqualTo("they hoped the new bridge will bring more visitors to the harbor");
  }

  @Test
  void aCueParsedAsThePassiveSubjectOfTheReportedVerbStillTakesTheWholeClause() {
    String text = "The mayor said she believed the old pier would soon be rebuilt with money from the state.";
    Frame f = frame(text, "The/DT/det/2 mayor/NN/nsubj/3 said/VBD/csubj:pass/12/say she/PRP/nsubj/5 "
        + "believed/VBD/ccomp/3/believe the/DT/det/8 old/JJ/amod/8 pier/NN/obj/5 would/MD/aux/12 soon/RB/advmod/12 "
        + "be/VB/aux:pass/12 rebuilt/VBN/root/0/rebuild with/IN/case/14 money/NN/obl/12 from/IN/case/17 the/DT/det/17 "
        + "state/NN/nmod/14 ././punct/12", "said");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("The mayor");
    assertThat(content(text, f)).isEqualTo("she believed the old pier would soon be rebuilt with money from the state");
  }

  @Test
  void thatClauseAfterACsubjCueRunsToTheEndOfTheSentence() {
    String text = "A survey shows that most residents questioned in the spring are happy with the buses.";
    Frame f = frame(text, "A/DT/det/2 survey/NN/nsubj/3 shows/VBZ/csubj/12/show that/IN/mark/7 most/JJS/amod/6 "
        + "residents/NNS/nsubj/7/resident questioned/VBD/ccomp/3/question in/IN/case/10 the/DT/det/10 spring/NN/obl/7 "
        + "are/VBP/cop/12/be happy/JJ/root/0 with/IN/case/15 the/DT/det/15 buses/NNS/obl/12/bus ././punct/12", "shows");
    assertThat(content(text, f)).isEqualTo("most residents questioned in the spring are happy with the buses");
  }

  @Test
  void aStanceVerbJoinedByAndStaysInsideTheReportedClause() {
    String text = "Witnesses say the driver ignored a warning and refused to stop the truck.";
    Frame f = frame(text, "Witnesses/NNS/nsubj/2/witness say/VBP/root/0 the/DT/det/4 driver/NN/nsubj/5 "
        + "ignored/VBD/ccomp/2/ignore a/DT/det/7 warning/NN/obj/5 and/CC/cc/9 refused/VBD/conj/5/refuse to/TO/mark/11 "
        + "stop/VB/xcomp/9 the/DT/det/13 truck/NN/obj/11 ././punct/2", "say");
    assertThat(content(text, f)).isEqualTo("the driver ignored a warning and refused to stop the truck");
  }

  @Test
  void aSecondSpeechVerbAfterACommaStartsItsOwnStatement() {
    String text = "The mayor said the bridge was safe, adding that repairs would start soon.";
    Frame f = frame(text, "The/DT/det/2 mayor/NN/nsubj/3 said/VBD/root/0/say the/DT/det/5 bridge/NN/nsubj/7 "
        + "was/VBD/cop/7/be safe/JJ/ccomp/3 ,/,/punct/7 adding/VBG/advcl/7/add that/IN/mark/13 repairs/NNS/nsubj/13/repair "
        + "would/MD/aux/13 start/VB/ccomp/9 soon/RB/advmod/13 ././punct/3", "said");
    assertThat(content(text, f)).isEqualTo("the bridge was safe");
  }

  @Test
  void accusationKeepsItsOfClause() {
    String text = "The mayor accused the council of delaying the budget vote.";
    Frame f = frame(text, "The/DT/det/2 mayor/NN/nsubj/3 accused/VBD/root/0/accuse the/DT/det/5 council/NN/obj/3 "
        + "of/IN/case/7 delaying/VBG/advcl/3/delay the/DT/det/10 budget/NN/compound/10 vote/NN/obj/7 ././punct/3", "accused");
    assertThat(content(text, f)).isEqualTo("the council of delaying the budget vote");
  }

  @Test
  void nominalContentLeavesOutWhenItWasSaid() {
    String text = "The council praised the new library plan during a meeting on Tuesday.";
    Frame f = frame(text, "The/DT/det/2 council/NN/nsubj/3 praised/VBD/root/0/praise the/DT/det/7 new/JJ/amod/7 "
        + "library/NN/compound/7 plan/NN/obj/3 during/IN/case/10 a/DT/det/10 meeting/NN/obl/3 on/IN/case/12 "
        + "Tuesday/NNP/nmod/10 ././punct/3", "praised");
    assertThat(content(text, f)).isEqualTo("the new library plan");
    assertThat(f.nominal()).isTrue();
  }

  @Test
  void aClauseWhoseSubjectWasParsedAsTheObjectOfSaidIsStillTheContent() {
    // the parser's mistake seen on news text: the subject of the reported clause as the object
    // of "said", the clause's predicate hanging loose from it
    String text = "Harris said the expansion of the tram line was “simply a waste of public money.”";
    Frame f = frame(text, "Harris/NNP/nsubj/2 said/VBD/root/0/say the/DT/det/4 expansion/NN/obj/2 of/IN/case/8 "
        + "the/DT/det/8 tram/NN/compound/8 line/NN/nmod/4 was/VBD/cop/13/be “/``/punct/13 simply/RB/advmod/13 a/DT/det/13 "
        + "waste/NN/dep/2 of/IN/case/16 public/JJ/amod/16 money/NN/nmod/13 ././punct/2 ”/''/punct/2", "said");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("Harris");
    assertThat(content(text, f)).isEqualTo("the expansion of the tram line was “simply a waste of public money.”");
  }

  @Test
  void anAdjunctRightAfterTheCueIsNotPartOfTheClause() {
    String text = "The senator has said for months she is the only candidate who can win the state.";
    Frame f = frame(text, "The/DT/det/2 senator/NN/nsubj/4 has/VBZ/aux/4/have said/VBN/root/0/say for/IN/case/6 "
        + "months/NNS/obl/4/month she/PRP/nsubj/11 is/VBZ/dep/11/be the/DT/det/11 only/JJ/amod/11 candidate/NN/xcomp/4 "
        + "who/WP/nsubj/14 can/MD/aux/14 win/VB/acl:relcl/11 the/DT/det/16 state/NN/obj/14 ././punct/4", "said");
    assertThat(content(text, f)).isEqualTo("she is the only candidate who can win the state");
  }

  @Test
  void aStatementMadeByReferenceIsTheContentUnlessAQuotationFollows() {
    // "said the same thing" reports a statement by reference (PolNeAR annotates it so); before a colon
    // and a quotation, the quotation is the statement
    String text = "The mayor said the same thing.";
    Frame f = frame(text, "The/DT/det/2 mayor/NN/nsubj/3 said/VBD/root/0/say the/DT/det/6 same/JJ/amod/6 thing/NN/obj/3 "
        + "././punct/3", "said");
    assertThat(content(text, f)).isEqualTo("the same thing");
    String other = "The mayor said the same thing: “We will rebuild.”";
    Frame g = frame(other, "The/DT/det/2 mayor/NN/nsubj/3 said/VBD/root/0/say the/DT/det/6 same/JJ/amod/6 thing/NN/obj/3 "
        + ":/:/punct/3 “/``/punct/11 We/PRP/nsubj/11 will/MD/aux/11 rebuild/VB/parataxis/3 ././punct/11 ”/''/punct/11", "said");
    assertThat(content(other, g)).contains("We will rebuild").doesNotContain("same thing");
  }

  @Test
  void anAddresseeMetSomewhereIsNoContent() {
    String text = "Officials told supporters at a town meeting in Dayton.";
    Frame f = frame(text, "Officials/NNS/nsubj/2/official told/VBD/root/0/tell supporters/NNS/obj/2/supporter at/IN/case/7 "
        + "a/DT/det/7 town/NN/compound/7 meeting/NN/obl/2 in/IN/case/9 Dayton/NNP/nmod/7 ././punct/2", "told");
    assertThat(f.content()).isNull();
  }

  @Test
  void attributionAfterAQuotationMisparsedAsAPassiveStillNamesTheSpeaker() {
    // the parser read "who he is,” Haynes said" as a passive relative clause of the quotation
    ParsedText t = new ParsedText("“Ruiz will do it her way because that is who she is,” Haynes said.")
        .sentence("“/``/punct/4 Ruiz/NNP/nsubj/4 will/MD/aux/4 do/VB/root/0 it/PRP/obj/4 her/PRP$/nmod:poss/7 "
            + "way/NN/obl/4 because/IN/mark/10 that/DT/nsubj/10 is/VBZ/advcl/4/be who/WP/obj/17 she/PRP/nsubj:pass/17 "
            + "is/VBZ/aux:pass/17/be ,/,/punct/17 ”/''/punct/17 Haynes/NNP/nsubj:pass/17 said/VBD/ccomp/10/say ././punct/4");
    List<Frame> frames = new FrameFinder(new QuoteLexicon(), true).find(t.parses.get(0));
    assertThat(frames).hasSize(1);
    assertThat(frames.get(0).speakerSpan().textIn(t.text)).isEqualTo("Haynes");
    assertThat(frames.get(0).cueSpan().textIn(t.text)).isEqualTo("said");
    assertThat(frames.get(0).content()).isNull();
  }

  @Test
  void attributionAfterAQuotationIsReadWhateverTheTaggerMadeOfIt() {
    // the tagger made the name an adjective and the parser left it a loose dependent
    ParsedText t = new ParsedText("“We are nowhere near the end,” Devine declared.")
        .sentence("“/``/punct/11 We/PRP/nsubj/7 are/VBP/cop/7/be nowhere/RB/advmod/7 near/IN/case/7 the/DT/det/7 "
            + "end/NN/ccomp/11 ,/,/punct/11 ”/''/punct/11 Devine/JJ/dep/11 declared/VBN/root/0/declare ././punct/11");
    List<Frame> frames = new FrameFinder(new QuoteLexicon(), true).find(t.parses.get(0));
    assertThat(frames).hasSize(1);
    assertThat(frames.get(0).speakerSpan().textIn(t.text)).isEqualTo("Devine");
  }

  @Test
  void aSecondThatClauseCoordinatedToTheCueIsReportedToo() {
    ParsedText t = new ParsedText("Ruiz said the bridge is safe, but that the road needs work.")
        .sentence("Ruiz/NNP/nsubj/2 said/VBD/root/0/say the/DT/det/4 bridge/NN/nsubj/6 is/VBZ/cop/6/be safe/JJ/ccomp/2 "
            + ",/,/punct/2 but/CC/cc/12 that/IN/mark/12 the/DT/det/11 road/NN/nsubj/12 needs/VBZ/conj/2/need "
            + "work/NN/obj/12 ././punct/2");
    List<Frame> frames = new FrameFinder(new QuoteLexicon(), true).find(t.parses.get(0));
    assertThat(frames).hasSize(1);
    assertThat(frames.get(0).content().textIn(t.text)).isEqualTo("the bridge is safe, but that the road needs work");
  }

  @Test
  void aReportedClauseTheParserMadeTheRootIsStillTheContent() {
    // "helms" read as a name: the cue hangs as a conjunct from "efforts", and "challenging" became the root
    ParsedText t = new ParsedText("His aide, Jo Bell, helms the efforts, but Bell said succeeding in 2016 is far more challenging.")
        .sentence("His/PRP$/nmod:poss/2/he aide/NN/nsubj/20 ,/,/punct/2 Jo/NNP/compound/5 Bell/NNP/appos/2 ,/,/punct/2 "
            + "helms/NNP/compound/9 the/DT/det/9 efforts/NNS/nsubj/20/effort ,/,/punct/9 but/CC/cc/13 Bell/NNP/nsubj/13 "
            + "said/VBD/conj/9/say succeeding/VBG/xcomp/13/succeed in/IN/case/16 2016/CD/obl/14 is/VBZ/cop/20/be "
            + "far/RB/advmod/19 more/RBR/advmod/20 challenging/JJ/root/0 ././punct/20");
    List<Frame> frames = new FrameFinder(new QuoteLexicon(), true).find(t.parses.get(0));
    assertThat(frames).hasSize(1);
    assertThat(frames.get(0).speakerSpan().textIn(t.text)).isEqualTo("Bell");
    assertThat(frames.get(0).content().textIn(t.text)).isEqualTo("succeeding in 2016 is far more challenging");
  }

  @Test
  void aStatementBeforeATrailingAttributionIsItsContent() {
    // the parser hung the statement from the cue as an adverbial clause
    ParsedText t = new ParsedText("But the new plan is still tilted toward the rich, the Tax Foundation said.")
        .sentence("But/CC/cc/7 the/DT/det/4 new/JJ/amod/4 plan/NN/nsubj:pass/7 is/VBZ/aux:pass/7/be still/RB/advmod/7 "
            + "tilted/VBN/advcl/15/tilt toward/IN/case/10 the/DT/det/10 rich/JJ/obl/7 ,/,/punct/15 the/DT/det/14 "
            + "Tax/NNP/compound/14 Foundation/NNP/nsubj/15 said/VBD/root/0/say ././punct/15");
    List<Frame> frames = new FrameFinder(new QuoteLexicon(), true).find(t.parses.get(0));
    assertThat(frames).hasSize(1);
    assertThat(frames.get(0).speakerSpan().textIn(t.text)).isEqualTo("the Tax Foundation");
    assertThat(frames.get(0).content().textIn(t.text)).isEqualTo("But the new plan is still tilted toward the rich");
  }

  @Test
  void aSubordinateClauseBeforeTheSpeakerIsNoStatement() {
    ParsedText t = new ParsedText("While the city waited for the money, the mayor complained.")
        .sentence("While/IN/mark/4 the/DT/det/3 city/NN/nsubj/4 waited/VBD/advcl/11/wait for/IN/case/7 the/DT/det/7 "
            + "money/NN/obl/4 ,/,/punct/11 the/DT/det/10 mayor/NN/nsubj/11 complained/VBD/root/0/complain ././punct/11");
    List<Frame> frames = new FrameFinder(new QuoteLexicon(), true).find(t.parses.get(0));
    assertThat(frames).hasSize(1);
    assertThat(frames.get(0).content()).isNull();
  }

  @Test
  void anInvertedAttributionAfterAQuotationSurvivesAMisparse() {
    // "said" made an auxiliary, the name an adjective, and the participle the root
    ParsedText t = new ParsedText("“We will not stop,” said Devine, suggesting that the race goes on.")
        .sentence("“/``/punct/11 We/PRP/nsubj/5 will/MD/aux/5 not/RB/advmod/5 stop/VB/dep/11 ,/,/punct/11 ”/''/punct/11 "
            + "said/VBD/aux/11/say Devine/JJ/dep/11 ,/,/punct/11 suggesting/VBG/root/0/suggest that/IN/mark/15 "
            + "the/DT/det/14 race/NN/nsubj/15 goes/VBZ/ccomp/11/go on/RP/compound:prt/15 ././punct/11");
    List<Frame> frames = new FrameFinder(new QuoteLexicon(), true).find(t.parses.get(0));
    assertThat(frames).extracting(f -> f.cueSpan().textIn(t.text)).containsExactly("said", "suggesting");
    assertThat(frames.get(0).speakerSpan().textIn(t.text)).isEqualTo("Devine");
    assertThat(frames.get(0).content()).isNull();
  }

  @Test
  void anInfinitiveOrAnOfClauseTheParserMadeAdverbialIsTheContent() {
    String text = "Ana Ruiz called on the mayor to close the bridge and apologize.";
    Frame f = frame(text, "Ana/NNP/compound/2 Ruiz/NNP/nsubj/3 called/VBD/root/0/call on/IN/mark/8 the/DT/det/6 "
        + "mayor/NN/nsubj/8 to/TO/mark/8 close/VB/advcl/3 the/DT/det/10 bridge/NN/obj/8 and/CC/cc/12 "
        + "apologize/VB/conj/8 ././punct/3", "called");
    assertThat(content(text, f)).isEqualTo("the mayor to close the bridge and apologize");
    String text2 = "Ruiz accused the council of being reckless, though the audit says otherwise.";
    Frame g = frame(text2, "Ruiz/NNP/nsubj/2 accused/VBD/root/0/accuse the/DT/det/4 council/NN/obj/2 of/IN/mark/7 "
        + "being/VBG/cop/7/be reckless/JJ/advcl/2 ,/,/punct/2 though/IN/mark/12 the/DT/det/11 audit/NN/nsubj/12 "
        + "says/VBZ/advcl/2/say otherwise/RB/advmod/12 ././punct/2", "accused");
    assertThat(content(text2, g)).isEqualTo("the council of being reckless");
  }

  @Test
  void aGerundAfterAPrepositionTakesTheSpeakerOfTheClauseAbove() {
    String text = "Obama closed his speech by saying “Not one more.”";
    Frame f = frame(text, "Obama/NNP/nsubj/2 closed/VBD/root/0/close his/PRP$/nmod:poss/4/he speech/NN/obj/2 by/IN/case/6 "
        + "saying/VBG/obl/2/say “/``/punct/6 Not/RB/advmod/10 one/CD/nummod/10 more/JJR/dep/6 ././punct/2 ”/''/punct/2",
        "saying");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("Obama");
    assertThat(content(text, f)).isNull(); // the quotation after it is taken by the assembler
  }

  @Test
  void toldWithAnAddresseeAndNoInfinitiveHasNoContentOfItsOwn() {
    // the parser made the participle an xcomp of the cue
    String text = "She told CNN in the interview taped on Wednesday.";
    Frame f = frame(text, "She/PRP/nsubj/2 told/VBD/root/0/tell CNN/NNP/obj/2 in/IN/case/6 the/DT/det/6 interview/NN/obl/2 "
        + "taped/VBN/xcomp/2/tape on/IN/case/9 Wednesday/NNP/obl/7 ././punct/2", "told");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("She");
    assertThat(content(text, f)).isNull();
  }

  @Test
  void toldWithAnAddresseeAndAPossessiveHasNoContentOfItsOwn() {
    // the "’s" of "Tuesday’s" is no verb: nothing reported follows the addressee
    String text = "Larsen told reporters during Tuesday’s conference call.";
    Frame f = frame(text, "Larsen/NNP/nsubj/2 told/VBD/root/0/tell reporters/NNS/obj/2/reporter during/IN/case/8 "
        + "Tuesday/NNP/nmod:poss/8 ’s/POS/case/5 conference/NN/compound/8 call/NN/obl/2 ././punct/2", "told");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("Larsen");
    assertThat(content(text, f)).isNull();
  }

  @Test
  void aPassiveStanceCueWithItsAgentReportsItsSubject() {
    String text = "The harbor plan was sharply criticized by local fishermen.";
    Frame f = frame(text, "The/DT/det/3 harbor/NN/compound/3 plan/NN/nsubj:pass/6 was/VBD/aux:pass/6 "
        + "sharply/RB/advmod/6 criticized/VBN/root/0/criticize by/IN/case/9 local/JJ/amod/9 fishermen/NNS/obl/6/fisherman "
        + "././punct/6", "criticized");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("local fishermen");
    assertThat(content(text, f)).isEqualTo("The harbor plan");
  }

  @Test
  void aPassiveNewsCueWithItsAgentNamesWhereAStoryCameFromNotAStatement() {
    String text = "The harbor plan was first reported by the Gazette.";
    List<Frame> fs = frames(text, "The/DT/det/3 harbor/NN/compound/3 plan/NN/nsubj:pass/6 was/VBD/aux:pass/6 "
        + "first/RB/advmod/6 reported/VBN/root/0/report by/IN/case/9 the/DT/det/9 Gazette/NNP/obl/6 ././punct/6");
    assertThat(fs).noneMatch(f -> f.speakerSpan() != null && f.content() != null);
  }

  @Test
  void aSubjectWithItsAppositionBeforeTheCueIsNoStatementOfAnInvertedSpeaker() {
    // no clause before ", said": the noun phrase after the cue is what was said, not who said it
    String text = "Larsen, the author of “Harbor Days,” about the old port, said the days when the town had a ferry are gone.";
    Frame f = frame(text, "Larsen/NNP/nsubj/16 ,/,/punct/1 the/DT/det/4 author/NN/appos/1 of/IN/case/8 “/``/punct/8 "
        + "Harbor/NNP/compound/8 Days/NNP/nmod/4 ,/,/punct/1 ”/''/punct/1 about/IN/case/14 the/DT/det/14 old/JJ/amod/14 "
        + "port/NN/nmod/1 ,/,/punct/16 said/VBD/root/0/say the/DT/det/18 days/NNS/obj/16/day when/WRB/advmod/22 "
        + "the/DT/det/21 town/NN/nsubj/22 had/VBD/acl:relcl/18/have a/DT/det/24 ferry/NN/obj/22 are/VBP/aux:pass/26/be "
        + "gone/VBN/parataxis/22/go ././punct/16", "said");
    assertThat(f.speakerSpan().textIn(text)).startsWith("Larsen");
    assertThat(content(text, f)).isEqualTo("the days when the town had a ferry are gone");
  }

  @Test
  void aTimeTheParserMadeTheSubjectIsNoSpeaker() {
    String text = "Tuesday on the radio show Paul Ryan said the images have no place.";
    Frame f = frame(text, "Tuesday/NNP/nsubj/8 on/IN/case/5 the/DT/det/5 radio/NN/compound/5 show/NN/nmod/1 "
        + "Paul/NNP/compound/7 Ryan/NNP/dep/1 said/VBD/root/0/say the/DT/det/10 images/NNS/nsubj/11/image "
        + "have/VBP/ccomp/8 no/DT/det/13 place/NN/obj/11 ././punct/8", "said");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("Paul Ryan");
  }

  @Test
  void aMisparsedReportedClauseEndsBeforeAnotherAttributionWithItsOwnSubject() {
    // the parser made the clause's subject the object of "said" and its verb an xcomp
    String text = "Harris said the rising costs that come with new rules often erase the gains, though she noted some progress.";
    Frame f = frame(text, "Harris/NNP/nsubj/2 said/VBD/root/0/say the/DT/det/5 rising/VBG/amod/5/rise costs/NNS/obj/2/cost "
        + "that/WDT/nsubj/7 come/VBP/acl:relcl/5 with/IN/case/10 new/JJ/amod/10 rules/NNS/obl/7/rule often/RB/advmod/12 "
        + "erase/VBP/xcomp/2 the/DT/det/14 gains/NNS/obj/12/gain ,/,/punct/12 though/IN/mark/18 she/PRP/nsubj/18 "
        + "noted/VBD/advcl/12/note some/DT/det/20 progress/NN/obj/18 ././punct/2", "said");
    assertThat(content(text, f)).isEqualTo("the rising costs that come with new rules often erase the gains");
  }

  @Test
  void anExistentialThereTaggedAsAnAdverbStartsTheReportedClause() {
    String text = "Dr. Wilson says there needs to be a rule that requires every clinic to publish its prices.";
    Frame f = frame(text, "Dr./NNP/compound/2 Wilson/NNP/nsubj/3 says/VBZ/root/0/say there/RB/advmod/3 needs/VBZ/obj/3/need "
        + "to/TO/mark/9 be/VB/cop/9 a/DT/det/9 rule/NN/xcomp/3 that/WDT/nsubj/11 requires/VBZ/ccomp/9/require "
        + "every/DT/det/13 clinic/NN/obj/11 to/TO/mark/15 publish/VB/xcomp/11 its/PRP$/nmod:poss/17 prices/NNS/obj/15/price "
        + "././punct/3", "says");
    assertThat(content(text, f)).isEqualTo("there needs to be a rule that requires every clinic to publish its prices");
  }

  @Test
  void anAsClauseAttributesTheClauseItModifies() {
    String text = "As several economists have pointed out, the city is free to raise the fee even if it is being challenged.";
    Frame f = frame(text, "As/IN/mark/5 several/JJ/amod/3 economists/NNS/nsubj/5/economist have/VBP/aux/5 "
        + "pointed/VBN/advcl/11/point out/RP/compound:prt/5 ,/,/punct/11 the/DT/det/9 city/NN/nsubj/11 is/VBZ/cop/11/be "
        + "free/JJ/root/0 to/TO/mark/13 raise/VB/xcomp/11 the/DT/det/15 fee/NN/obj/13 even/RB/advmod/21 if/IN/mark/21 "
        + "it/PRP/nsubj:pass/21 is/VBZ/aux/21/be being/VBG/aux:pass/21/be challenged/VBN/advcl/13/challenge ././punct/11",
        "pointed out");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("several economists");
    assertThat(content(text, f)).isEqualTo("the city is free to raise the fee even if it is being challenged");
  }

  @Test
  void aConjoinedAttributionWithItsOwnSubjectIsNotPartOfTheFirstStatement() {
    String text = "Officials said they're fairly confident the county mishandled the audit and Democrats accused the board "
        + "of hiding the figures.";
    String parse = "Officials/NNS/nsubj/2/official said/VBD/root/0/say they/PRP/nsubj/6 're/VBP/cop/6/be fairly/RB/advmod/6 "
        + "confident/JJ/ccomp/2 the/DT/det/8 county/NN/nsubj/9 mishandled/VBD/ccomp/6/mishandle the/DT/det/11 "
        + "audit/NN/obj/9 and/CC/cc/14 Democrats/NNPS/nsubj/14/democrat accused/VBD/conj/9/accuse the/DT/det/16 "
        + "board/NN/obj/14 of/IN/case/18 hiding/VBG/advcl/14/hide the/DT/det/20 figures/NNS/obj/18/figure ././punct/2";
    assertThat(content(text, frame(text, parse, "said"))).isEqualTo("they're fairly confident the county mishandled the audit");
    assertThat(content(text, frame(text, parse, "accused"))).isEqualTo("the board of hiding the figures");
  }

  @Test
  void aStanceCueMisparsedWithoutItsClauseTakesAPlainClauseOrAnObjectWithItsPredicate() {
    String text = "The fee was not cut as promised, but the auditors agreed it was still a badly designed budget.";
    Frame f = frame(text, "The/DT/det/2 fee/NN/nsubj:pass/5 was/VBD/aux:pass/5/be not/RB/advmod/5 cut/VBN/root/0 "
        + "as/IN/case/7 promised/VBN/advcl/5/promise ,/,/punct/5 but/CC/cc/12 the/DT/det/11 auditors/NNS/nsubj/12/auditor "
        + "agreed/VBD/conj/5/agree it/PRP/obj/12 was/VBD/cop/19/be still/RB/advmod/19 a/DT/det/19 badly/RB/advmod/18 "
        + "designed/VBN/amod/19/design budget/NN/dep/12 ././punct/5", "agreed");
    assertThat(content(text, f)).isEqualTo("it was still a badly designed budget");
    String other = "Not everyone finds the pitch compelling, especially given that voters have been loyal.";
    Frame g = frame(other, "Not/RB/advmod/2 everyone/NN/nsubj/3 finds/VBZ/root/0/find the/DT/det/5 pitch/NN/nsubj/6 "
        + "compelling/JJ/xcomp/3 ,/,/punct/3 especially/RB/advmod/9 given/VBN/dep/3/give that/DT/mark/14 "
        + "voters/NNS/nsubj/14/voter have/VBP/aux/14 been/VBN/cop/14/be loyal/JJ/ccomp/9 ././punct/3", "finds");
    assertThat(content(other, g)).isEqualTo("the pitch compelling"); // a small clause: the pitch is compelling
  }

  @Test
  void theChannelAndTimeOfSayingAreNotContentButATimeOfTheContentIs() {
    String text = "Keron Blair called for more school investment in a statement on Thursday.";
    Frame f = frame(text, "Keron/NNP/compound/2 Blair/NNP/nsubj/3 called/VBD/root/0/call for/IN/case/7 more/JJR/amod/7 "
        + "school/NN/compound/7 investment/NN/obl/3 in/IN/case/10 a/DT/det/10 statement/NN/nmod/7 on/IN/case/12 "
        + "Thursday/NNP/nmod/10 ././punct/3", "called");
    assertThat(content(text, f)).isEqualTo("more school investment");
    String other = "The mayor plans to visit the harbor on Sunday.";
    String parse = "The/DT/det/2 mayor/NN/nsubj/3 plans/VBZ/root/0/plan to/TO/mark/5 visit/VB/xcomp/3 the/DT/det/7 "
        + "harbor/NN/obj/5 on/IN/case/9 Sunday/NNP/obl/5 ././punct/3";
    assertThat(content(other, frame(other, parse, "plans"))).isEqualTo("to visit the harbor on Sunday");
  }

  @Test
  void callingSomethingANameReportsBothEvenWhenParsedAsOneObject() {
    String text = "Democrats called the contempt citation a transparent political ploy aimed at embarrassing the mayor.";
    Frame f = frame(text, "Democrats/NNPS/nsubj/2/democrat called/VBD/root/0/call the/DT/det/5 contempt/NN/compound/5 "
        + "citation/NN/obj/2 a/DT/det/9 transparent/JJ/amod/9 political/JJ/amod/9 ploy/NN/dep/5 aimed/VBN/acl/9/aim "
        + "at/IN/case/12 embarrassing/VBG/advcl/10/embarrass the/DT/det/14 mayor/NN/obj/12 ././punct/2", "called");
    assertThat(content(text, f)).isEqualTo("the contempt citation a transparent political ploy aimed at embarrassing the mayor");
    String other = "She called her mother the next day.";
    Frame g = frame(other, "She/PRP/nsubj/2 called/VBD/root/0/call her/PRP$/nmod:poss/4/she mother/NN/obj/2 "
        + "the/DT/det/7 next/JJ/amod/7 day/NN/obl:tmod/2 ././punct/2", "called");
    assertThat(content(other, g)).isNull();
  }

  @Test
  void aQuotedNameAfterCallsObjectReadAsAnAdjunctIsStillTheNaming() {
    String text = "Ana Ruiz, who led the campaign, called the mayor's remarks on Sunday “childish.”";
    String parse = "Ana/NNP/compound/2 Ruiz/NNP/nsubj/9 ,/,/punct/2 who/WP/nsubj/5 led/VBD/acl:relcl/2/lead the/DT/det/7 "
        + "campaign/NN/obj/5 ,/,/punct/2 called/VBN/root/0/call the/DT/det/11 mayor/NN/nmod:poss/13 's/POS/case/11 "
        + "remarks/NNS/obj/9/remark on/IN/case/17 Sunday/NNP/dep/17 “/``/punct/17 childish/JJ/advcl/9 ././punct/9 "
        + "”/''/punct/9";
    assertThat(content(text, frame(text, parse, "called"))).isEqualTo("the mayor's remarks on Sunday “childish");
    // with no quotation mark, an adjunct after the object is no name
    String other = "Ana Ruiz, who led the campaign, called the mayor's office on Sunday early.";
    String parse2 = "Ana/NNP/compound/2 Ruiz/NNP/nsubj/9 ,/,/punct/2 who/WP/nsubj/5 led/VBD/acl:relcl/2/lead the/DT/det/7 "
        + "campaign/NN/obj/5 ,/,/punct/2 called/VBN/root/0/call the/DT/det/11 mayor/NN/nmod:poss/13 's/POS/case/11 "
        + "office/NN/obj/9 on/IN/case/16 Sunday/NNP/dep/16 early/JJ/advcl/9 ././punct/9";
    assertThat(content(other, frame(other, parse2, "called"))).isNull();
  }

  @Test
  void aGerundCueRightAfterItsVerbStaysInsideTheContent() {
    String text = "Ruiz called on Lopez to stop attacking Garcia and apologize.";
    Frame f = frame(text, "Ruiz/NNP/nsubj/2 called/VBD/root/0/call on/IN/mark/6 Lopez/NNP/nsubj/6 to/TO/mark/6 "
        + "stop/VB/advcl/2 attacking/VBG/dep/6/attack Garcia/NNP/obj/7 and/CC/cc/10 apologize/VB/conj/7 ././punct/2", "called");
    assertThat(content(text, f)).isEqualTo("Lopez to stop attacking Garcia and apologize");
  }

  @Test
  void aReasonAfterAParentheticalAttributionStillBelongsToWhatWasSaid() {
    String text = "The bridge is safe for trucks, engineers say, because the repairs were finished early.";
    Frame f = frame(text, "The/DT/det/2 bridge/NN/nsubj/4 is/VBZ/cop/4/be safe/JJ/root/0 for/IN/case/6 "
        + "trucks/NNS/obl/4/truck ,/,/punct/4 engineers/NNS/nsubj/9/engineer say/VBP/parataxis/4 ,/,/punct/9 "
        + "because/IN/mark/15 the/DT/det/13 repairs/NNS/nsubj:pass/15/repair were/VBD/aux:pass/15/be "
        + "finished/VBN/advcl/9/finish early/RB/advmod/15 ././punct/4", "say");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("engineers");
    assertThat(content(text, f)).isEqualTo("The bridge is safe for trucks, engineers say, because the repairs were finished early");
  }

  @Test
  void aTimeOrAnAsideAfterAParentheticalAttributionIsNotWhatWasSaid() {
    String before = "The bridge is safe for trucks, engineers said, before the inspection began.";
    Frame f = frame(before, "The/DT/det/2 bridge/NN/nsubj/4 is/VBZ/cop/4/be safe/JJ/root/0 for/IN/case/6 "
        + "trucks/NNS/obl/4/truck ,/,/punct/4 engineers/NNS/nsubj/9/engineer said/VBD/parataxis/4/say ,/,/punct/9 "
        + "before/IN/mark/14 the/DT/det/13 inspection/NN/nsubj/14 began/VBD/advcl/9/begin ././punct/4", "said");
    assertThat(content(before, f)).isEqualTo("The bridge is safe for trucks");
    String cheers = "The bridge is safe for trucks, the mayor said, to cheers from the crowd.";
    f = frame(cheers, "The/DT/det/2 bridge/NN/nsubj/4 is/VBZ/cop/4/be safe/JJ/root/0 for/IN/case/6 "
        + "trucks/NNS/obl/4/truck ,/,/punct/4 the/DT/det/9 mayor/NN/nsubj/10 said/VBD/parataxis/4/say ,/,/punct/10 "
        + "to/IN/case/13 cheers/NNS/obl/10/cheer from/IN/case/16 the/DT/det/16 crowd/NN/nmod/13 ././punct/4", "said");
    assertThat(content(cheers, f)).isEqualTo("The bridge is safe for trucks");
  }

  @Test
  void aParentheticalAttributionInsideAClauseWhoseHeadIsACueNounStillReportsIt() {
    // "threat" is a cue as a noun ("the threat that …"), not as the predicate the attribution interrupts
    String text = "Road safety, Mr. Obama often says, is the greatest long-term threat facing the world.";
    Frame f = frame(text, "Road/NN/compound/2 safety/NN/nsubj/15 ,/,/punct/7 Mr./NNP/compound/5 Obama/NNP/nsubj/7 "
        + "often/RB/advmod/7 says/VBZ/parataxis/15/say ,/,/punct/7 is/VBZ/cop/15/be the/DT/det/15 greatest/JJS/amod/15/great "
        + "long/JJ/amod/14 -/HYPH/punct/14 term/NN/compound/15 threat/NN/root/0 facing/VBG/acl/15/face the/DT/det/18 "
        + "world/NN/obj/16 ././punct/15", "says");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("Mr. Obama");
    assertThat(content(text, f)).isEqualTo("Road safety, Mr. Obama often says, is the greatest long-term threat facing the world");
  }

  @Test
  void anAdverbialClauseTheParserMadeAComplementIsNoContent() {
    String text = "The fighting continued as both sides refused to talk.";
    Frame f = frame(text, "The/DT/det/2 fighting/NN/nsubj/3 continued/VBD/root/0/continue as/IN/mark/7 both/DT/det/6 "
        + "sides/NNS/nsubj/7/side refused/VBD/ccomp/3/refuse to/TO/mark/9 talk/VB/xcomp/7 ././punct/3", "continued");
    assertThat(content(text, f)).isNull();
  }

  @Test
  void statesTaggedAsAVerbWithoutAClauseIsTheNoun() {
    String text = "Sanders has built formidable organizations in South Carolina and Super Tuesday states, especially across the South.";
    ParsedText t = new ParsedText(text).sentence("Sanders/NNP/nsubj/3 has/VBZ/aux/3/have built/VBN/root/0/build "
        + "formidable/JJ/amod/5 organizations/NNS/obj/3/organization in/IN/case/8 South/NNP/compound/8 Carolina/NNP/nmod/5 "
        + "and/CC/cc/10 Super/NNP/conj/8 Tuesday/NNP/nsubj/12 states/VBZ/parataxis/3/state ,/,/punct/12 "
        + "especially/RB/advmod/17 across/IN/case/17 the/DT/det/17 South/NNP/obl/12 ././punct/3");
    assertThat(new FrameFinder(LEXICON, true).find(t.parses.get(0))).noneMatch(f -> f.cueSpan().textIn(text).equals("states"));
  }

  @Test
  void aTopicPhraseTheParserHungFromTheCueStaysWithThePrepositionalContent() {
    String text = "The mayor said he would order a review and warned against potential hackers from China and Russia.";
    Frame f = frame(text, "The/DT/det/2 mayor/NN/nsubj/3 said/VBD/root/0/say he/PRP/nsubj/6 would/MD/aux/6 order/VB/ccomp/3 "
        + "a/DT/det/8 review/NN/obj/6 and/CC/cc/10 warned/VBD/conj/6/warn against/IN/case/13 potential/JJ/amod/13 "
        + "hackers/NNS/obl/10/hacker from/IN/case/15 China/NNP/obl/10 and/CC/cc/17 Russia/NNP/conj/15 ././punct/3", "warned");
    assertThat(content(text, f)).isEqualTo("potential hackers from China and Russia");
  }

  @Test
  void anInvertedSpeakerAtTheEndThatTheParserMadeTheObjectIsTheSpeaker() {
    String text = "Lopez's refusal to answer fully did not go over well with councilors, and the meeting deteriorated from "
        + "there, said one city source in the room.";
    Frame f = frame(text, "Lopez/NNP/nmod:poss/3 's/POS/case/1 refusal/NN/nsubj/9 to/TO/mark/5 answer/VB/acl/3 "
        + "fully/RB/advmod/5 did/VBD/aux/9/do not/RB/advmod/9 go/VB/root/0 over/RB/advmod/11 well/RB/advmod/9 with/IN/case/13 "
        + "councilors/NNS/obl/9/councilor ,/,/punct/9 and/CC/cc/18 the/DT/det/17 meeting/NN/nsubj/18 "
        + "deteriorated/VBD/conj/9/deteriorate from/IN/case/20 there/RB/advcl/18 ,/,/punct/9 said/VBD/dep/9/say "
        + "one/CD/nummod/25 city/NN/compound/25 source/NN/obj/22 in/IN/case/28 the/DT/det/28 room/NN/nmod/25 ././punct/9",
        "said");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("one city source in the room");
    assertThat(content(text, f)).isEqualTo("Lopez's refusal to answer fully did not go over well with councilors, and the "
        + "meeting deteriorated from there");
  }

  @Test
  void aRelativeClauseWithASubjectOfItsOwnReportsLikeAMainClause() {
    String text = "The firm chose to file in Richmond, where restructuring experts say some judges are eager to move cases quickly.";
    Frame f = frame(text, "The/DT/det/2 firm/NN/nsubj/3 chose/VBD/root/0/choose to/TO/mark/5 file/VB/xcomp/3 in/IN/case/7 "
        + "Richmond/NNP/obl/5 ,/,/punct/7 where/WRB/advmod/12 restructuring/NN/compound/11 experts/NNS/nsubj/12/expert "
        + "say/VBP/acl:relcl/7 some/DT/det/14 judges/NNS/nsubj/16/judge are/VBP/cop/16/be eager/JJ/ccomp/12 to/TO/mark/18 "
        + "move/VB/xcomp/16 cases/NNS/obj/18/case quickly/RB/advmod/18 ././punct/3", "say");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("restructuring experts");
    assertThat(content(text, f)).isEqualTo("some judges are eager to move cases quickly");
  }

  @Test
  void aWhClauseTheParserMadeAdverbialIsWhatWasNotSaid() {
    String text = "Lawmakers have not said when they would take up the bill.";
    Frame f = frame(text, "Lawmakers/NNS/nsubj/4/lawmaker have/VBP/aux/4 not/RB/advmod/4 said/VBN/root/0/say "
        + "when/WRB/advmod/8 they/PRP/nsubj/8 would/MD/aux/8 take/VB/advcl/4 up/RP/compound:prt/8 the/DT/det/11 "
        + "bill/NN/obj/8 ././punct/4", "said");
    assertThat(content(text, f)).isEqualTo("when they would take up the bill");
  }

  @Test
  void aStatementNamedByReferenceIsTheContent() {
    String text = "Most voters said the same of the mayor.";
    Frame f = frame(text, "Most/JJS/amod/2/most voters/NNS/nsubj/3/voter said/VBD/root/0/say the/DT/det/5 same/JJ/obj/3 "
        + "of/IN/case/8 the/DT/det/8 mayor/NN/nmod/5 ././punct/3", "said");
    assertThat(content(text, f)).isEqualTo("the same of the mayor");
    assertThat(f.nominal()).isTrue();
  }

  @Test
  void aTrailingAccordingToRelaysTheWholeSentenceThoughHungFromItsLastConjunct() {
    String text = "She lost the first vote but was leading in the second, according to early returns.";
    Frame f = frame(text, "She/PRP/nsubj/2 lost/VBD/root/0/lose the/DT/det/5 first/JJ/amod/5 vote/NN/obj/2 but/CC/cc/8 "
        + "was/VBD/aux/8/be leading/VBG/conj/2/lead in/IN/case/11 the/DT/det/11 second/JJ/obl/8 ,/,/punct/8 "
        + "according/VBG/case/16/accord to/IN/fixed/13 early/JJ/amod/16 returns/NNS/obl/8/return ././punct/2", "according to");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("early returns");
    assertThat(content(text, f)).isEqualTo("She lost the first vote but was leading in the second");
  }

  @Test
  void aTrailingAccordingToAfterARelativeClauseRelaysOnlyThatClause() {
    String text = "The city hired 40 officers, most of whom are new, according to the police.";
    Frame f = frame(text, "The/DT/det/2 city/NN/nsubj/3 hired/VBD/root/0/hire 40/CD/nummod/5 officers/NNS/obj/3/officer "
        + ",/,/punct/11 most/JJS/nsubj/11 of/IN/case/9 whom/WP/nmod/7 are/VBP/cop/11/be new/JJ/acl:relcl/5 ,/,/punct/11 "
        + "according/VBG/case/16/accord to/IN/fixed/13 the/DT/det/16 police/NN/obl/11 ././punct/3", "according to");
    assertThat(content(text, f)).isEqualTo("most of whom are new");
  }

  @Test
  void aTrailingAccordingToHungFromARestrictiveRelativeClauseRelaysTheWholeSentence() {
    String text = "The mayor held a long meeting with the families who were hurt by the flood, according to local officials.";
    Frame f = frame(text, "The/DT/det/2 mayor/NN/nsubj/3 held/VBD/root/0/hold a/DT/det/6 long/JJ/amod/6 meeting/NN/obj/3 "
        + "with/IN/case/9 the/DT/det/9 families/NNS/nmod/6/family who/WP/nsubj:pass/12 were/VBD/aux:pass/12/be "
        + "hurt/VBN/acl:relcl/9/hurt by/IN/case/15 the/DT/det/15 flood/NN/obl/12 ,/,/punct/12 according/VBG/case/20/accord "
        + "to/IN/fixed/17 local/JJ/amod/20 officials/NNS/obl/12/official ././punct/3", "according to");
    assertThat(content(text, f)).isEqualTo("The mayor held a long meeting with the families who were hurt by the flood");
  }

  @Test
  void anAccordingToInsideTheSubjectRelaysOnlyItsClause() {
    String text = "Riverside residents, 60 percent of whom rent their homes according to the census, have few parks.";
    Frame f = frame(text, "Riverside/NNP/compound/2 residents/NNS/nsubj/16/resident ,/,/punct/2 60/CD/nummod/5 "
        + "percent/NN/nsubj/8 of/IN/case/7 whom/WP/nmod/5 rent/VB/dep/2 their/PRP$/nmod:poss/10 homes/NNS/obj/8/home "
        + "according/VBG/case/14/accord to/IN/fixed/11 the/DT/det/14 census/NN/obl/8 ,/,/punct/2 have/VBP/root/0 "
        + "few/JJ/amod/18 parks/NNS/obj/16/park ././punct/16", "according to");
    assertThat(content(text, f)).isEqualTo("60 percent of whom rent their homes");
  }

  @Test
  void anOpeningAccordingToParsedAsTheRootEndsItsSourceAtTheCommaBeforeTheClause() {
    String text = "According to the engineer in charge of the bridge that year, the cracks in the deck are entirely new.";
    Frame f = frame(text, "According/VBG/case/4/accord to/IN/fixed/1 the/DT/det/4 engineer/NN/root/0 in/IN/case/6 "
        + "charge/NN/nmod/4 of/IN/case/9 the/DT/det/9 bridge/NN/nmod/6 that/DT/det/11 year/NN/obl:tmod/9 ,/,/punct/9 "
        + "the/DT/det/14 cracks/NNS/nsubj/20/crack in/IN/case/18 the/DT/det/18 deck/NN/nmod/14 are/VBP/cop/20/be "
        + "entirely/RB/advmod/20 new/JJ/dep/9 ././punct/4", "According to");
    assertThat(speaker(text, f)).isEqualTo("the engineer in charge of the bridge that year");
    assertThat(content(text, f)).isEqualTo("the cracks in the deck are entirely new");
  }

  @Test
  void anAccordingToUnderAReportingVerbRelaysTheReportedClause() {
    String text = "The minister told reporters that talks had stalled, according to the agency.";
    Frame f = frame(text, "The/DT/det/2 minister/NN/nsubj/3 told/VBD/root/0/tell reporters/NNS/obj/3/reporter "
        + "that/IN/mark/8 talks/NNS/nsubj/8/talk had/VBD/aux/8/have stalled/VBN/ccomp/3/stall ,/,/punct/8 "
        + "according/VBG/case/13/accord to/IN/fixed/10 the/DT/det/13 agency/NN/obl/8 ././punct/3", "according to");
    assertThat(content(text, f)).isEqualTo("that talks had stalled"); // not the whole sentence
  }

  @Test
  void aPassiveConjunctOfAStanceVerbStaysInTheReportedClause() {
    // "found" is a cue ("the study found that …"), but a passive one reports nothing: its subject was found
    String text = "He said witnesses saw a gun and that one was found nearby.";
    Frame f = frame(text, "He/PRP/nsubj/2 said/VBD/root/0/say witnesses/NNS/nsubj/4/witness saw/VBD/ccomp/2/see a/DT/det/6 "
        + "gun/NN/obj/4 and/CC/cc/11 that/DT/det/9 one/NN/nsubj:pass/11 was/VBD/aux:pass/11/be found/VBN/conj/4/find "
        + "nearby/RB/advmod/11 ././punct/2", "said");
    assertThat(content(text, f)).isEqualTo("witnesses saw a gun and that one was found nearby");
  }

  @Test
  void aSecondThatClauseHungFromTheCueWithThatReadAsADeterminerIsReportedToo() {
    String text = "But he said witnesses saw a gun and that one was found nearby.";
    Frame f = frame(text, "But/CC/cc/3 he/PRP/nsubj/3 said/VBD/root/0/say witnesses/NNS/nsubj/5/witness saw/VBD/ccomp/3/see "
        + "a/DT/det/7 gun/NN/obj/5 and/CC/cc/12 that/DT/det/10 one/NN/nsubj:pass/12 was/VBD/aux:pass/12/be "
        + "found/VBN/conj/3/find nearby/RB/advmod/12 ././punct/3", "said");
    assertThat(content(text, f)).isEqualTo("witnesses saw a gun and that one was found nearby");
  }

  @Test
  void aRelativePronounNamesItsAntecedentEvenInsideAPrepositionalPhrase() {
    String text = "Clinton has been attacked on the speeches by Bernie Sanders, who cites them as evidence of her ties to banks.";
    Frame f = frame(text, "Clinton/NNP/nsubj:pass/4 has/VBZ/aux/4/have been/VBN/aux:pass/4/be attacked/VBN/root/0/attack "
        + "on/IN/case/7 the/DT/det/7 speeches/NNS/obl/4/speech by/IN/case/10 Bernie/NNP/compound/10 Sanders/NNP/obl/4 "
        + ",/,/punct/10 who/WP/nsubj/13 cites/VBZ/acl:relcl/10/cite them/PRP/obj/13/they as/IN/case/16 evidence/NN/obl/13 "
        + "of/IN/case/19 her/PRP$/nmod:poss/19/she ties/NNS/nmod/16/tie to/IN/case/21 banks/NNS/nmod/19/bank ././punct/4", "cites");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("Bernie Sanders, who"); // the antecedent through the pronoun
  }

  @Test
  void aParticipleInsideAPrepositionalPhraseStillTakesTheClauseSubject() {
    String text = "The union sent a letter to the board urging a new vote.";
    Frame f = frame(text, "The/DT/det/2 union/NN/nsubj/3 sent/VBD/root/0/send a/DT/det/5 letter/NN/obj/3 to/IN/case/8 "
        + "the/DT/det/8 board/NN/obl/3 urging/VBG/acl/8/urge a/DT/det/12 new/JJ/amod/12 vote/NN/obj/9 ././punct/3", "urging");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("The union");
  }

  @Test
  void aConditionalReportedClauseParsedAsAdverbialIsTheContent() {
    String text = "Cruz said if elected president he could work with the leadership.";
    Frame f = frame(text, "Cruz/NNP/nsubj/2 said/VBD/root/0/say if/IN/mark/8 elected/VBN/amod/5/elect president/NN/nsubj/8 "
        + "he/PRP/nsubj/8 could/MD/aux/8 work/VB/advcl/2 with/IN/case/11 the/DT/det/11 leadership/NN/obl/8 ././punct/2", "said");
    assertThat(content(text, f)).isEqualTo("if elected president he could work with the leadership");
  }

  @Test
  void aConditionWithoutAFiniteVerbIsNoContent() {
    String text = "She said so if asked.";
    Frame f = frame(text, "She/PRP/nsubj/2 said/VBD/root/0/say so/RB/advmod/2 if/IN/mark/5 asked/VBN/advcl/2/ask ././punct/2", "said");
    assertThat(content(text, f)).isEqualTo("so"); // what she said is "so", an answer; the condition is not
  }

  @Test
  void aNameWithItsAppositionBeforeTheCueIsTheSpeakerWhenTheParserHungItElsewhere() {
    String text = "The agency insists the plan works, and Maria Lopez, the planning director, said she expects delays.";
    Frame f = frame(text, "The/DT/det/2 agency/NN/nsubj/3 insists/VBZ/ccomp/16/insist the/DT/det/5 plan/NN/nsubj/6 "
        + "works/VBZ/ccomp/3/work ,/,/punct/6 and/CC/cc/10 Maria/NNP/compound/10 Lopez/NNP/conj/6 ,/,/punct/10 "
        + "the/DT/det/14 planning/NN/compound/14 director/NN/appos/10 ,/,/punct/16 said/VBD/root/0/say she/PRP/nsubj/18 "
        + "expects/VBZ/ccomp/16/expect delays/NNS/obj/18/delay ././punct/16", "said");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("Maria Lopez, the planning director");
    assertThat(content(text, f)).isEqualTo("she expects delays");
  }

  @Test
  void saidBeforeADescribedOrCountedSpeakerAfterAQuotation() {
    // "said" parsed as an auxiliary of the participle after the speaker
    String text = "“It is not a mistake,” said retired surgeon Ben Carson, asked about his claims.";
    Frame f = frame(text, "“/``/punct/6 It/PRP/nsubj/6 is/VBZ/cop/6 not/RB/advmod/6 a/DT/det/6 mistake/NN/root/0 "
        + ",/,/punct/6 ”/''/punct/6 said/VBD/aux/15/say retired/VBN/amod/12/retire surgeon/NN/compound/13 "
        + "Ben/NNP/compound/13 Carson/NNP/nsubj/15 ,/,/punct/15 asked/VBD/dep/6/ask about/IN/case/18 "
        + "his/PRP$/nmod:poss/18 claims/NNS/obl/15/claim ././punct/6", "said");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("retired surgeon Ben Carson");
    String text2 = "“It was awful,” said one of two witnesses.";
    Frame g = frame(text2, "“/``/punct/5 It/PRP/nsubj/5 was/VBD/cop/5 awful/JJ/ccomp/7 ,/,/punct/7 ”/''/punct/7 "
        + "said/VBD/root/0/say one/CD/xcomp/7 of/IN/case/11 two/CD/nummod/11 witnesses/NNS/nmod/8/witness ././punct/7", "said");
    assertThat(g.speakerSpan().textIn(text2)).isEqualTo("one of two witnesses");
  }

  @Test
  void aNameSetOffByALongAppositionStillSaysTheClauseAfterTheCue() {
    // the parser made "said" an auxiliary of the reported verb and the name the object of the relative clause
    String text = "Paul Porter, a truck driver who backs Mr. Trump, said he received overtime pay.";
    Frame f = frame(text, "Paul/NNP/compound/2 Porter/NNP/nsubj/14 ,/,/punct/2 a/DT/det/6 truck/NN/compound/6 "
        + "driver/NN/appos/2 who/WP/nsubj/8 backs/VBZ/acl:relcl/6/back Mr./NNP/compound/10 Trump/NNP/obj/8 ,/,/punct/2 "
        + "said/VBD/aux/14/say he/PRP/nsubj/14 received/VBD/root/0/receive overtime/NN/compound/16 pay/NN/obj/14 "
        + "././punct/14", "said");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("Paul Porter");
    assertThat(content(text, f)).isEqualTo("he received overtime pay");
    // the parse found what was said but hung the name from the participle
    String text2 = "Delegate John Archer, wearing a Sanders shirt, said he is proud of the campaign.";
    Frame g = frame(text2, "Delegate/NNP/compound/3 John/NNP/compound/3 Archer/NNP/dep/5 ,/,/punct/3 wearing/VBG/advcl/10/wear "
        + "a/DT/det/8 Sanders/NNP/compound/8 shirt/NN/obj/5 ,/,/punct/10 said/VBD/root/0/say he/PRP/nsubj/13 "
        + "is/VBZ/cop/13/be proud/JJ/ccomp/10 of/IN/case/16 the/DT/det/16 campaign/NN/obl/13 ././punct/10", "said");
    assertThat(g.speakerSpan().textIn(text2)).isEqualTo("Delegate John Archer");
    assertThat(content(text2, g)).isEqualTo("he is proud of the campaign");
  }

  @Test
  void aPollThatFoundAfterTheStatementReportsIt() {
    String text = "Most voters in Florida have an unfavorable view of the plan, the poll found.";
    Frame f = frame(text, "Most/JJS/amod/2 voters/NNS/nsubj/5/voter in/IN/case/4 Florida/NNP/nmod/2 have/VBP/root/0 "
        + "an/DT/det/8/a unfavorable/JJ/amod/8 view/NN/obj/5 of/IN/case/11 the/DT/det/11 plan/NN/nmod/8 ,/,/punct/5 "
        + "the/DT/det/14 poll/NN/nsubj/15 found/VBD/parataxis/5/find ././punct/5", "found");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("the poll");
    assertThat(content(text, f)).isEqualTo("Most voters in Florida have an unfavorable view of the plan");
  }

  @Test
  void aParticipleReadAsTheSubjectOrSubordinatorOfTheReportedClauseStillReportsIt() {
    String text = "Rubio hit back again, saying Christie was too focused on his campaign.";
    Frame f = frame(text, "Rubio/NNP/nsubj/2 hit/VBD/root/0 back/RB/advmod/2 again/RB/advmod/2 ,/,/punct/2 "
        + "saying/VBG/csubj/10/say Christie/NNP/obj/6 was/VBD/cop/10/be too/RB/advmod/10 focused/JJ/parataxis/2 "
        + "on/IN/case/13 his/PRP$/nmod:poss/13/he campaign/NN/obl/10 ././punct/2", "saying");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("Rubio");
    assertThat(content(text, f)).isEqualTo("Christie was too focused on his campaign");
    String text2 = "Le Pen voiced support for Trump on Wednesday, saying his rival would bring war to the world.";
    Frame g = frame(text2, "Le/NNP/compound/2 Pen/NNP/nsubj/3 voiced/VBD/root/0/voice support/NN/obj/3 for/IN/case/6 "
        + "Trump/NNP/nmod/4 on/IN/case/8 Wednesday/NNP/obl/3 ,/,/punct/3 saying/VBG/mark/14/say his/PRP$/nmod:poss/12/he "
        + "rival/NN/nsubj/14 would/MD/aux/14 bring/VB/advcl/3 war/NN/obj/14 to/IN/case/18 the/DT/det/18 world/NN/obl/14 "
        + "././punct/3", "saying");
    assertThat(g.speakerSpan().textIn(text2)).isEqualTo("Le Pen");
    assertThat(content(text2, g)).isEqualTo("his rival would bring war to the world");
    String text3 = "The Cruz campaign sent a memo Wednesday, saying the results show Cruz is ahead.";
    Frame h = frame(text3, "The/DT/det/3 Cruz/NNP/compound/3 campaign/NN/nsubj/4 sent/VBD/root/0/send a/DT/det/6 "
        + "memo/NN/obj/4 Wednesday/NNP/obl:tmod/4 ,/,/punct/4 saying/VBG/nsubj/15/say the/DT/det/11 "
        + "results/NNS/nsubj/12/result show/VBP/ccomp/9 Cruz/NNP/obj/12 is/VBZ/cop/15/be ahead/RB/parataxis/4 ././punct/4",
        "saying");
    assertThat(h.speakerSpan().textIn(text3)).isEqualTo("The Cruz campaign");
    assertThat(content(text3, h)).isEqualTo("the results show Cruz is ahead");
  }

  @Test
  void aNameTheTaggerTookForAVerbAfterAQuotationIsTheSpeaker() {
    String text = "“There are management issues,” Shook said.";
    Frame f = frame(text, "“/``/punct/8 There/EX/expl/3 are/VBP/ccomp/8/be management/NN/compound/5 issues/NNS/nsubj/3/issue "
        + ",/,/punct/8 ”/''/punct/8 Shook/VBD/root/0/shake said/VBD/xcomp/8/say ././punct/8", "said");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("Shook");
  }

  @Test
  void aSpeakerNeverRunsBackIntoTheQuotationBeforeIt() {
    String text = "“I will vote for the nominee, Jane Doe,” Smith wrote.";
    Frame f = frame(text, "“/``/punct/4 I/PRP/nsubj/4 will/MD/aux/4 vote/VB/root/0 for/IN/case/7 the/DT/det/7 "
        + "nominee/NN/obl/4 ,/,/punct/4 Jane/NNP/compound/10 Doe/NNP/compound/13 ,/,/punct/10 ”/''/punct/10 "
        + "Smith/NNP/nsubj/14 wrote/VBD/parataxis/4/write ././punct/4", "wrote");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("Smith");
  }

  @Test
  void aSentenceEndingInCommaNounPhraseSaidReportsTheClauseBeforeWhateverTheParse() {
    String text = "Assem, the plane's co-pilot, had logged 2,766 flying hours with EgyptAir, the airline said Thursday.";
    Frame f = frame(text, "Assem/NNP/nsubj/9 ,/,/punct/1 the/DT/det/4 plane/NN/nmod:poss/6 's/POS/case/4 co-pilot/NN/appos/1 "
        + ",/,/punct/1 had/VBD/aux/9/have logged/VBN/root/0/log 2,766/CD/nummod/12/2766 flying/VBG/amod/12/fly "
        + "hours/NNS/obj/9/hour with/IN/case/14 EgyptAir/NNP/obl/9 ,/,/punct/14 the/DT/det/17 airline/NN/appos/14 "
        + "said/VBD/dep/14/say Thursday/NNP/obl:tmod/18 ././punct/9", "said");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("the airline");
    assertThat(content(text, f)).isEqualTo("Assem, the plane's co-pilot, had logged 2,766 flying hours with EgyptAir");
  }

  @Test
  void anApostropheSBeforeSaidWithAReportedClauseIsHasNotAPassive() {
    String text = "She's said she gets her news from a radio show.";
    Frame f = frame(text, "She/PRP/nsubj:pass/3 's/VBZ/aux:pass/3/be said/VBN/root/0/say she/PRP/nsubj/5 gets/VBZ/ccomp/3/get "
        + "her/PRP$/nmod:poss/7/she news/NN/obj/5 from/IN/case/11 a/DT/det/11 radio/NN/compound/11 show/NN/obl/5 ././punct/3", "said");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("She");
    assertThat(content(text, f)).isEqualTo("she gets her news from a radio show");
  }

  @Test
  void aClauseOpenedByAnAddingParticipleIsNotTheComplementOfTheCueBeforeIt() {
    String text = "“He is a fraud,” Smith said at a town hall in Ohio, adding that he thinks the mayor is corrupt.";
    String parse = "“/``/punct/5 He/PRP/nsubj/5 is/VBZ/cop/5/be a/DT/det/5 fraud/NN/ccomp/9 ,/,/punct/9 ”/''/punct/9 "
        + "Smith/NNP/nsubj/9 said/VBD/root/0/say at/IN/case/13 a/DT/det/13 town/NN/compound/13 hall/NN/obl/9 in/IN/case/15 "
        + "Ohio/NNP/nmod/13 ,/,/punct/9 adding/VBG/nsubj/24/add that/IN/mark/20 he/PRP/nsubj/20 thinks/VBZ/ccomp/17/think "
        + "the/DT/det/22 mayor/NN/obj/20 is/VBZ/cop/24/be corrupt/JJ/ccomp/9 ././punct/9";
    Frame f = frame(text, parse, "said");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("Smith");
    assertThat(content(text, f)).isEqualTo("“He is a fraud"); // the quotation, not the participle's clause
    Frame g = frame(text, parse, "adding");
    assertThat(g.speakerSpan().textIn(text)).isEqualTo("Smith");
    assertThat(content(text, g)).isEqualTo("he thinks the mayor is corrupt");
  }

  @Test
  void aThatClauseHungFromANounInsideTheCuesAdjunctIsTheReportedClause() {
    String text = "Jane Doe said in an oral history of those years that voters in the region particularly disliked the senator.";
    Frame f = frame(text, "Jane/NNP/compound/2 Doe/NNP/nsubj/3 said/VBD/root/0/say in/IN/case/7 an/DT/det/7/a oral/JJ/amod/7 "
        + "history/NN/obl/3 of/IN/case/10 those/DT/det/10/that years/NNS/nmod/7/year that/IN/mark/17 voters/NNS/nsubj/17/voter "
        + "in/IN/case/15 the/DT/det/15 region/NN/nmod/12 particularly/RB/advmod/17 disliked/VBD/ccomp/10/dislike "
        + "the/DT/det/19 senator/NN/obj/17 ././punct/3", "said");
    assertThat(content(text, f)).isEqualTo("voters in the region particularly disliked the senator");
  }

  @Test
  void aClauseWhoseVerbTheTaggerTookForAnAdjectiveIsStillReported() {
    String text = "She says local papers overstate the crowds, just to annoy him.";
    Frame f = frame(text, "She/PRP/nsubj/2 says/VBZ/root/0/say local/JJ/amod/4 papers/NNS/nsubj/5/paper overstate/JJ/xcomp/2 "
        + "the/DT/det/7 crowds/NNS/obj/5/crowd ,/,/punct/5 just/RB/advmod/11 to/TO/mark/11 annoy/VB/dep/5 him/PRP/obj/11/he "
        + "././punct/2", "says");
    assertThat(content(text, f)).isEqualTo("local papers overstate the crowds, just to annoy him");
    String text2 = "He will find it difficult to win.";
    Frame g = frame(text2, "He/PRP/nsubj/3 will/MD/aux/3 find/VB/root/0 it/PRP/nsubj/5 difficult/JJ/xcomp/3 to/TO/mark/7 "
        + "win/VB/xcomp/5 ././punct/3", "find");
    assertThat(g.content()).isNull();
  }

  @Test
  void aHyphenatedAgeAfterSaidIsTheSpeakerNotATime() {
    String text = "“It was a great night,” said the 46-year-old.";
    Frame f = frame(text, "“/``/punct/6 It/PRP/nsubj/6 was/VBD/cop/6/be a/DT/det/6 great/JJ/amod/6 night/NN/ccomp/9 ,/,/punct/9 "
        + "”/''/punct/9 said/VBD/root/0/say the/DT/det/15 46/CD/nummod/13 -/HYPH/punct/13 year/NN/dep/15 -/HYPH/punct/15 "
        + "old/JJ/xcomp/9 ././punct/9", "said");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("the 46-year-old");
  }

  @Test
  void aSentenceEndingInSaidAndItsObjectNamesTheSpeakerOfTheClauseBefore() {
    String text = "The economy is in trouble, said several observers.";
    Frame f = frame(text, "The/DT/det/2 economy/NN/nsubj/5 is/VBZ/cop/5/be in/IN/case/5 trouble/NN/ccomp/7 ,/,/punct/7 "
        + "said/VBD/root/0/say several/JJ/amod/9 observers/NNS/obj/7/observer ././punct/7", "said");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("several observers");
    assertThat(content(text, f)).isEqualTo("The economy is in trouble");
  }

  @Test
  void aSourceAfterAccordingToHungFromACommaRelaysTheRestOfTheSentence() {
    String text = "The city is reviewing the deal, according to two officials.";
    Frame f = frame(text, "The/DT/det/2 city/NN/nsubj/4 is/VBZ/aux/4/be reviewing/VBG/root/0/review the/DT/det/6 deal/NN/obj/4 "
        + ",/,/punct/6 according/VBG/case/11/accord to/IN/fixed/8 two/CD/nummod/11 officials/NNS/dep/7/official ././punct/4",
        "according to");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("two officials");
    assertThat(content(text, f)).isEqualTo("The city is reviewing the deal");
  }

  @Test
  void asReportedByNamesTheSourceOfTheRestOfTheSentenceUnlessItRelaysSomeoneElsesWords() {
    String text = "As reported by the Post on Monday, the bill passed.";
    Frame f = frame(text, "As/IN/case/5 reported/VBN/case/5/report by/IN/case/5 the/DT/det/5 Post/NNP/obl/11 on/IN/case/7 "
        + "Monday/NNP/nmod/5 ,/,/punct/11 the/DT/det/10 bill/NN/nsubj/11 passed/VBD/root/0/pass ././punct/11", "As reported by");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("the Post");
    assertThat(content(text, f)).isEqualTo("the bill passed");
    String relayed = "“We won,” Carson said, as reported by the Post.";
    List<Frame> fs = frames(relayed, "“/``/punct/3 We/PRP/nsubj/3 won/VBD/ccomp/7/win ,/,/punct/7 ”/''/punct/7 "
        + "Carson/NNP/nsubj/7 said/VBD/root/0/say ,/,/punct/7 as/IN/mark/10 reported/VBN/advcl/7/report by/IN/case/13 "
        + "the/DT/det/13 Post/NNP/obl/10 ././punct/7");
    assertThat(fs).noneMatch(g -> g.cueSpan().textIn(relayed).equals("as reported by"));
  }

  @Test
  void anAsClauseReportsTheClauseItModifiesEvenWhenThatClauseHasAStanceVerb() {
    String text = "As the Hill reported, the senator was accused of breaking the rules.";
    Frame f = frame(text, "As/IN/mark/4 the/DT/det/3 Hill/NNP/nsubj/4 reported/VBD/advcl/9/report ,/,/punct/9 the/DT/det/7 "
        + "senator/NN/nsubj:pass/9 was/VBD/aux:pass/9/be accused/VBN/root/0/accuse of/IN/case/13 breaking/VBG/amod/13/break "
        + "the/DT/det/13 rules/NNS/obl/9/rule ././punct/9", "reported");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("the Hill");
    assertThat(content(text, f)).isEqualTo("the senator was accused of breaking the rules");
    String other = "As people continue to arrive, the city is planning to expand shelters.";
    List<Frame> fs = frames(other, "As/IN/mark/3 people/NNS/nsubj/3/person continue/VBP/advcl/10 to/TO/mark/5 arrive/VB/xcomp/3 "
        + ",/,/punct/10 the/DT/det/8 city/NN/nsubj/10 is/VBZ/aux/10/be planning/VBG/root/0/plan to/TO/mark/12 "
        + "expand/VB/xcomp/10 shelters/NNS/obj/12/shelter ././punct/10");
    assertThat(fs).noneMatch(g -> g.cueSpan().textIn(other).equals("continue") && g.content() != null
        && g.content().textIn(other).contains("city"));
  }

  @Test
  void aGerundTheParserLeftLooseAfterAnObjectCueIsItsContent() {
    String text = "The group reported raising $2 million in March.";
    Frame f = frame(text, "The/DT/det/2 group/NN/nsubj/3 reported/VBD/root/0/report raising/VBG/dep/3/raise $/$/obj/4 "
        + "2/CD/compound/7 million/CD/nummod/5 in/IN/case/9 March/NNP/nmod/5 ././punct/3", "reported");
    assertThat(content(text, f)).isEqualTo("raising $2 million in March");
  }

  @Test
  void callingSomeoneSomethingWithTheFirstObjectReadAsIndirectIsTheNaming() {
    String text = "Jones calls himself a practical conservative.";
    Frame f = frame(text, "Jones/NNP/nsubj/2 calls/VBZ/root/0/call himself/PRP/iobj/2 a/DT/det/6 practical/JJ/amod/6 "
        + "conservative/JJ/obj/2 ././punct/2", "calls");
    assertThat(content(text, f)).isEqualTo("himself a practical conservative");
  }

  @Test
  void aQuestionAfterAskAndItsAddresseeIsTheContentAndAPassiveAskersAgentTheSpeaker() {
    String text = "Marcus asked Mook if the campaign would hold press conferences.";
    Frame f = frame(text, "Marcus/NNP/nsubj/2 asked/VBD/root/0/ask Mook/NNP/obj/2 if/IN/mark/9 the/DT/det/6 campaign/NN/nsubj/8 "
        + "would/MD/aux/8 hold/VB/advcl/2 press/NN/compound/10 conferences/NNS/obj/8/conference ././punct/2", "asked");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("Marcus");
    assertThat(content(text, f)).isEqualTo("the campaign would hold press conferences");
    String passive = "Rubio was asked by moderator Gerard Baker whether his plan would cost too much.";
    Frame g = frame(passive, "Rubio/NNP/nsubj:pass/3 was/VBD/aux:pass/3/be asked/VBN/root/0/ask by/IN/case/7 "
        + "moderator/NN/compound/7 Gerard/NNP/compound/7 Baker/NNP/obl/3 whether/IN/mark/13 his/PRP$/nmod:poss/10/he "
        + "plan/NN/nsubj/12 would/MD/aux/12 cost/VB/ccomp/3 too/RB/advmod/14 much/JJ/obj/12 ././punct/3", "asked");
    assertThat(g.speakerSpan().textIn(passive)).isEqualTo("moderator Gerard Baker");
    assertThat(content(passive, g)).isEqualTo("his plan would cost too much");
  }

  @Test
  void aParticiplesClauseWithItsOwnSubjectLeftLooseAfterAFindingCueIsReported() {
    String text = "The survey shows both mayors beating the governor by ten points.";
    Frame f = frame(text, "The/DT/det/2 survey/NN/nsubj/3 shows/VBZ/root/0/show both/CC/cc:preconj/5 mayors/NNS/nsubj/6/mayor "
        + "beating/VBG/dep/3/beat the/DT/det/8 governor/NN/obj/6 by/IN/case/11 ten/CD/nummod/11 points/NNS/obl/6/point "
        + "././punct/3", "shows");
    assertThat(content(text, f)).isEqualTo("both mayors beating the governor by ten points");
  }

  @Test
  void aReportedSubjectReadAsTheCuesObjectWithItsVerbHungElsewhereIsStillOneClause() {
    String text = "He praised the plan and says the mayor is ignoring the rules.";
    Frame f = frame(text, "He/PRP/nsubj/2 praised/VBD/root/0/praise the/DT/det/4 plan/NN/obj/2 and/CC/cc/6 says/VBZ/conj/2/say "
        + "the/DT/det/8 mayor/NN/obj/6 is/VBZ/aux/10/be ignoring/VBG/dep/2/ignore the/DT/det/12 rules/NNS/obj/10/rule "
        + "././punct/2", "says");
    assertThat(content(text, f)).isEqualTo("the mayor is ignoring the rules");
  }

  @Test
  void aReportedSubjectWithARelativeClauseReadAsTheCuesObjectIsStillOneClause() {
    String text = "He argued the tunnel, which few people use, “will never pay for itself.”";
    Frame f = frame(text, "He/PRP/nsubj/2 argued/VBD/root/0/argue the/DT/det/4 tunnel/NN/obj/2 ,/,/punct/9 which/WDT/obj/9 "
        + "few/JJ/amod/8 people/NNS/nsubj/9/people use/VBP/acl:relcl/4 ,/,/punct/2 “/``/punct/14 will/MD/aux/14 "
        + "never/RB/advmod/14 pay/VB/dep/2 for/IN/case/16 itself/PRP/obl/14 ././punct/2 ”/''/punct/2", "argued");
    assertThat(content(text, f)).isEqualTo("the tunnel, which few people use, “will never pay for itself.”");
  }

  @Test
  void aFiniteCueTheParserHungFromANounOfARelativeClauseTakesTheSubjectTheSentenceOpensWith() {
    String text = "Ruiz, who was mayor when the bridge opened, said it is safe.";
    Frame f = frame(text, "Ruiz/NNP/root/0 ,/,/punct/1 who/WP/nsubj/5 was/VBD/cop/5/be mayor/NN/dep/1 when/WRB/advmod/9 "
        + "the/DT/det/8 bridge/NN/nsubj/9 opened/VBD/advcl/5/open ,/,/punct/9 said/VBD/acl/5/say it/PRP/nsubj/14 "
        + "is/VBZ/cop/14/be safe/JJ/ccomp/11 ././punct/1", "said");
    assertThat(speaker(text, f)).isEqualTo("Ruiz");
    assertThat(content(text, f)).isEqualTo("it is safe");
  }

  @Test
  void anAppositionClosingTheReportedClauseIsTheWritersGlossNotTheStatement() {
    String text = "He said the plan would help the harbor, a port that handles most of the region's trade.";
    Frame f = frame(text, "He/PRP/nsubj/2 said/VBD/root/0/say the/DT/det/4 plan/NN/nsubj/6 would/MD/aux/6 help/VB/ccomp/2 "
        + "the/DT/det/8 harbor/NN/obj/6 ,/,/punct/11 a/DT/det/11 port/NN/appos/8 that/WDT/nsubj/13 "
        + "handles/VBZ/acl:relcl/11/handle most/JJS/obj/13 of/IN/case/19 the/DT/det/17 region/NN/nmod:poss/19 's/POS/case/17 "
        + "trade/NN/nmod/14 ././punct/2", "said");
    assertThat(content(text, f)).isEqualTo("the plan would help the harbor");
  }

  @Test
  void anAppositionInsideTheQuotationStaysInTheStatement() {
    String text = "He said the plan would help “the harbor, a port we love.”";
    Frame f = frame(text, "He/PRP/nsubj/2 said/VBD/root/0/say the/DT/det/4 plan/NN/nsubj/6 would/MD/aux/6 help/VB/ccomp/2 "
        + "“/``/punct/9 the/DT/det/9 harbor/NN/obj/6 ,/,/punct/12 a/DT/det/12 port/NN/appos/9 we/PRP/nsubj/14 "
        + "love/VBP/acl:relcl/12 ././punct/2 ”/''/punct/2", "said");
    assertThat(content(text, f)).startsWith("the plan would help “the harbor, a port we love");
  }

  @Test
  void aFiniteConjunctOfAnInfinitiveIsTheCuesOwnClauseNotTheReport() {
    String text = "She urged voters to reject the plan and has called it a mistake.";
    Frame f = frame(text, "She/PRP/nsubj/2 urged/VBD/root/0/urge voters/NNS/obj/2/voter to/TO/mark/5 reject/VB/xcomp/2 "
        + "the/DT/det/7 plan/NN/obj/5 and/CC/cc/10 has/VBZ/aux/10/have called/VBN/conj/5/call it/PRP/obj/10 a/DT/det/13 "
        + "mistake/NN/xcomp/10 ././punct/2", "urged");
    assertThat(content(text, f)).isEqualTo("voters to reject the plan");
  }

  @Test
  void aViewOfSomethingAsSomethingIsReported() {
    String text = "Most voters see the senator as a reliable ally.";
    Frame f = frame(text, "Most/JJS/amod/2 voters/NNS/nsubj/3/voter see/VBP/root/0 the/DT/det/5 senator/NN/obj/3 "
        + "as/IN/case/9 a/DT/det/9 reliable/JJ/amod/9 ally/NN/obl/3 ././punct/3", "see");
    assertThat(speaker(text, f)).isEqualTo("Most voters");
    assertThat(content(text, f)).isEqualTo("the senator as a reliable ally");
  }

  @Test
  void aSmallClauseAfterConsiderIsReported() {
    String text = "Many residents consider the tax unfair.";
    Frame f = frame(text, "Many/JJ/amod/2 residents/NNS/nsubj/3/resident consider/VBP/root/0 the/DT/det/5 "
        + "tax/NN/nsubj/6 unfair/JJ/xcomp/3 ././punct/3", "consider");
    assertThat(content(text, f)).isEqualTo("the tax unfair");
  }

  @Test
  void aBeliefWithAClauseOfItsOwnIsReported() {
    String text = "Many farmers feel the new tax will ruin them.";
    Frame f = frame(text, "Many/JJ/amod/2 farmers/NNS/nsubj/3/farmer feel/VBP/root/0 the/DT/det/6 new/JJ/amod/6 "
        + "tax/NN/nsubj/8 will/MD/aux/8 ruin/VB/ccomp/3 them/PRP/obj/8/they ././punct/3", "feel");
    assertThat(speaker(text, f)).isEqualTo("Many farmers");
    assertThat(content(text, f)).isEqualTo("the new tax will ruin them");
  }

  @Test
  void praiseOrCriticismOfSomethingIsAStanceOnIt() {
    String text = "The mayor lauded the court's decision on Monday.";
    Frame f = frame(text, "The/DT/det/2 mayor/NN/nsubj/3 lauded/VBD/root/0/laud the/DT/det/5 court/NN/nmod:poss/7 "
        + "'s/POS/case/5 decision/NN/obj/3 on/IN/case/9 Monday/NNP/obl/3 ././punct/3", "lauded");
    assertThat(speaker(text, f)).isEqualTo("The mayor");
    assertThat(content(text, f)).isEqualTo("the court's decision");
  }

  @Test
  void seeingOrConsideringWithoutAViewIsNoReport() {
    assertThat(frames("She saw the crowd at the rally.", "She/PRP/nsubj/2 saw/VBD/root/0/see the/DT/det/4 "
        + "crowd/NN/obj/2 at/IN/case/7 the/DT/det/7 rally/NN/obl/2 ././punct/2")).isEmpty();
    assertThat(frames("They considered running a candidate.", "They/PRP/nsubj/2 considered/VBD/root/0/consider "
        + "running/VBG/xcomp/2/run a/DT/det/5 candidate/NN/obj/3 ././punct/2")).isEmpty();
  }

  @Test
  void aStatementVerbWithANounObjectReportsTheObject() {
    String text = "The governor stressed the importance of the new bridge.";
    Frame f = frame(text, "The/DT/det/2 governor/NN/nsubj/3 stressed/VBD/root/0/stress the/DT/det/5 importance/NN/obj/3 "
        + "of/IN/case/9 the/DT/det/9 new/JJ/amod/9 bridge/NN/nmod/5 ././punct/3", "stressed");
    assertThat(speaker(text, f)).isEqualTo("The governor");
    assertThat(content(text, f)).isEqualTo("the importance of the new bridge");
    String text2 = "The council posted a map of the flooded roads.";
    Frame g = frame(text2, "The/DT/det/2 council/NN/nsubj/3 posted/VBD/root/0/post a/DT/det/5 map/NN/obj/3 "
        + "of/IN/case/9 the/DT/det/9 flooded/JJ/amod/9 roads/NNS/nmod/5/road ././punct/3", "posted");
    assertThat(content(text2, g)).isEqualTo("a map of the flooded roads");
  }

  @Test
  void aParticipleHungOnADatelineTakesTheSubjectOfTheClauseBesideIt() {
    String text = "LA CROSSE, Wisc. — Gov. Ana Ruiz on Thursday blamed the storm for the long delays, saying the roads "
        + "will reopen by Friday.";
    Frame f = frame(text, "LA/NNP/compound/2 CROSSE/NNP/root/0 ,/,/punct/2 Wisc./NNP/compound/8 —/HYPH/punct/8 "
        + "Gov./NNP/compound/8 Ana/NNP/compound/8 Ruiz/NNP/nsubj/11 on/IN/case/10 Thursday/NNP/obl/11 "
        + "blamed/VBD/parataxis/2/blame the/DT/det/13 storm/NN/obj/11 for/IN/case/17 the/DT/det/17 long/JJ/amod/17 "
        + "delays/NNS/obl/11/delay ,/,/punct/2 saying/VBG/dep/2/say the/DT/det/21 roads/NNS/nsubj/23/road "
        + "will/MD/aux/23 reopen/VB/ccomp/19 by/IN/case/25 Friday/NNP/obl/23 ././punct/2", "saying");
    assertThat(speaker(text, f)).isEqualTo("Gov. Ana Ruiz");
    assertThat(content(text, f)).isEqualTo("the roads will reopen by Friday");
    assertThat(speaker(text, frame(text, "LA/NNP/compound/2 CROSSE/NNP/root/0 ,/,/punct/2 Wisc./NNP/compound/8 "
        + "—/HYPH/punct/8 Gov./NNP/compound/8 Ana/NNP/compound/8 Ruiz/NNP/nsubj/11 on/IN/case/10 Thursday/NNP/obl/11 "
        + "blamed/VBD/parataxis/2/blame the/DT/det/13 storm/NN/obj/11 for/IN/case/17 the/DT/det/17 long/JJ/amod/17 "
        + "delays/NNS/obl/11/delay ,/,/punct/2 saying/VBG/dep/2/say the/DT/det/21 roads/NNS/nsubj/23/road "
        + "will/MD/aux/23 reopen/VB/ccomp/19 by/IN/case/25 Friday/NNP/obl/23 ././punct/2", "blamed")))
        .isEqualTo("Gov. Ana Ruiz");
  }

  @Test
  void aParticipleUnderAClauseHungOnASubjectlessCueTakesThatClausesSubject() {
    String text = "At a town meeting, while most of the council called for a new bridge to replace the old one, also known "
        + "as the Iron Span, Ruiz held to the state's plan, noting that the old bridge can still be repaired.";
    Frame f = frame(text, "At/IN/case/4 a/DT/det/4 town/NN/compound/4 meeting/NN/obl/23 ,/,/punct/23 while/IN/mark/11 "
        + "most/JJS/nsubj/11 of/IN/case/10 the/DT/det/10 council/NN/nmod/7 called/VBN/advcl/23/call for/IN/mark/17 "
        + "a/DT/det/15 new/JJ/amod/15 bridge/NN/nsubj/17 to/TO/mark/17 replace/VB/advcl/11 the/DT/det/20 old/JJ/amod/20 "
        + "one/CD/obj/17 ,/,/punct/23 also/RB/advmod/23 known/VBN/root/0/know as/IN/case/27 the/DT/det/27 "
        + "Iron/NNP/compound/27 Span/NNP/obl/23 ,/,/punct/23 Ruiz/NNP/nsubj/30 held/VBD/parataxis/23/hold "
        + "to/IN/case/35 the/DT/det/33 state/NN/nmod:poss/35 's/POS/case/33 plan/NN/obl/30 ,/,/punct/30 "
        + "noting/VBG/dep/30/note that/IN/mark/45 the/DT/det/41 old/JJ/amod/41 bridge/NN/nsubj:pass/45 can/MD/aux/45 "
        + "still/RB/advmod/45 be/VB/aux:pass/45 repaired/VBN/ccomp/37/repair ././punct/23", "noting");
    assertThat(speaker(text, f)).isEqualTo("Ruiz");
    assertThat(content(text, f)).isEqualTo("the old bridge can still be repaired");
  }

  @Test
  void notingOrVoicingSomethingReportsIt() {
    String text = "Residents voiced concern about the new toll.";
    Frame f = frame(text, "Residents/NNS/nsubj/2/resident voiced/VBD/root/0/voice concern/NN/obj/2 about/IN/case/7 "
        + "the/DT/det/7 new/JJ/amod/7 toll/NN/nmod/3 ././punct/2", "voiced");
    assertThat(content(text, f)).isEqualTo("concern about the new toll");
    String text2 = "The mayor noted the decline in ridership.";
    Frame g = frame(text2, "The/DT/det/2 mayor/NN/nsubj/3 noted/VBD/root/0/note the/DT/det/5 decline/NN/obj/3 "
        + "in/IN/case/7 ridership/NN/nmod/5 ././punct/3", "noted");
    assertThat(content(text2, g)).isEqualTo("the decline in ridership");
  }

  @Test
  void whatIsDeclaredIsReported() {
    String text = "The governor declared a state of emergency in the flooded counties.";
    Frame f = frame(text, "The/DT/det/2 governor/NN/nsubj/3 declared/VBD/root/0/declare a/DT/det/5 state/NN/obj/3 "
        + "of/IN/case/7 emergency/NN/nmod/5 in/IN/case/11 the/DT/det/11 flooded/JJ/amod/11 counties/NNS/nmod/5/county "
        + "././punct/3", "declared");
    assertThat(content(text, f)).isEqualTo("a state of emergency in the flooded counties");
    assertThat(f.nominal()).isTrue();
  }

  @Test
  void aComplementizerParsedAsAPronounObjectStillOpensTheReportedClause() {
    String text = "The paper said that given the damage, whoever runs the city should see it first hand.";
    Frame f = frame(text, "The/DT/det/2 paper/NN/nsubj/3 said/VBD/root/0/say that/IN/obj/3 given/VBN/case/7/give "
        + "the/DT/det/7 damage/NN/dep/4 ,/,/punct/7 whoever/WP/nsubj/10 runs/VBZ/dep/7/run the/DT/det/12 city/NN/obj/10 "
        + "should/MD/aux/14 see/VB/dep/10 it/PRP/obj/14 first/JJ/amod/17 hand/NN/obj/14 ././punct/14", "said");
    assertThat(content(text, f)).isEqualTo("given the damage, whoever runs the city should see it first hand");
    String text2 = "Some doctors said that ignored the risks of the new drug.";
    Frame g = frame(text2, "Some/DT/det/2 doctors/NNS/nsubj/3/doctor said/VBD/root/0/say that/DT/obj/3 "
        + "ignored/VBD/dep/3/ignore the/DT/det/7 risks/NNS/obj/5/risk of/IN/case/11 the/DT/det/11 new/JJ/amod/11 "
        + "drug/NN/nmod/7 ././punct/3", "said");
    assertThat(content(text2, g)).isEqualTo("that ignored the risks of the new drug");
    // a quotation right after the complementizer: the parser hung it from the quotation mark
    String text3 = "The coach said that \"those who watch us know that we play hard.\"";
    Frame h = frame(text3, "The/DT/det/2 coach/NN/nsubj/3 said/VBD/root/0/say that/IN/obj/3 \"/``/punct/4 "
        + "those/DT/dep/5 who/WP/nsubj/8 watch/VBP/acl:relcl/6/watch us/PRP/nsubj/10 know/VB/ccomp/8/know "
        + "that/IN/mark/13 we/PRP/nsubj/13 play/VBP/ccomp/10/play hard/RB/advmod/13 ././punct/6 \"/''/punct/6", "said");
    assertThat(content(text3, h)).isEqualTo("\"those who watch us know that we play hard.\"");
  }

  @Test
  void aBareSayReadAsAnAuxiliaryOfTheReportedVerbStillReportsTheClauseItsSubjectSays() {
    String text = "Yet many doctors, like their British colleagues, say eating less salt lowers blood pressure.";
    Frame f = frame(text, "Yet/CC/cc/14 many/JJ/amod/3 doctors/NNS/nsubj/14/doctor ,/,/punct/14 like/IN/case/8 "
        + "their/PRP$/nmod:poss/8 British/JJ/amod/8 colleagues/NNS/obl/14/colleague ,/,/punct/14 say/VBP/aux/11/say "
        + "eating/VBG/csubj/14/eat less/JJR/amod/13 salt/NN/obj/11 lowers/VBZ/root/0/lower blood/NN/compound/16 "
        + "pressure/NN/obj/14 ././punct/14", "say");
    assertThat(speaker(text, f)).isEqualTo("many doctors, like their British colleagues");
    assertThat(content(text, f)).isEqualTo("eating less salt lowers blood pressure");
    String text2 = "Six in 10 say he is decisive, after half said so.";
    Frame g = frame(text2, "Six/CD/dep/7 in/IN/case/3 10/CD/nmod/1 say/UH/discourse/7/say he/PRP/nsubj/7 "
        + "is/VBZ/cop/7/be decisive/JJ/root/0 ,/,/punct/7 after/IN/mark/11 half/NN/nsubj/11 said/VBD/advcl/7/say "
        + "so/RB/advmod/11 ././punct/7", "say");
    assertThat(speaker(text2, g)).isEqualTo("Six in 10");
    assertThat(content(text2, g)).isEqualTo("he is decisive");
    // "say" as a discourse word after a finite verb: no report
    String text3 = "They cost, say, ten dollars more.";
    assertThat(frames(text3, "They/PRP/nsubj/2 cost/VBP/root/0/cost ,/,/punct/4 say/VB/discourse/6/say ,/,/punct/4 "
        + "ten/CD/nummod/7 dollars/NNS/obj/2/dollar more/RBR/advmod/2 ././punct/2"))
        .allSatisfy(h -> assertThat(h.content()).isNull());
    // nor after a relative pronoun: the relative clause's cue
    String text4 = "Cruz, who says the polls tightened, said voters like him.";
    assertThat(frames(text4, "Cruz/NNP/nsubj/9 ,/,/punct/1 who/WP/nsubj/7 says/VBZ/aux/7/say the/DT/det/6 "
        + "polls/NNS/nsubj/7/poll tightened/VBD/acl:relcl/1/tighten ,/,/punct/1 said/VBD/root/0/say "
        + "voters/NNS/nsubj/11/voter like/VBP/ccomp/9/like him/PRP/obj/11 ././punct/9"))
        .noneSatisfy(h -> assertThat(content(text4, h)).contains("said voters"));
  }

  @Test
  void aReasonAfterTheReportedClauseIsPartOfWhatWasSaidWhereverTheParserHungIt() {
    String text = "Lopez said he will still vote for Ruiz because she is the nominee.";
    String parse = "Lopez/NNP/nsubj/2 said/VBD/root/0/say he/PRP/nsubj/6 will/MD/aux/6 still/RB/advmod/6 vote/VB/ccomp/2 "
        + "for/IN/case/8 Ruiz/NNP/obl/6 because/IN/mark/13 she/PRP/nsubj/13 is/VBZ/cop/13/be the/DT/det/13 "
        + "nominee/NN/advcl/2 ././punct/2";
    assertThat(content(text, frame(text, parse, "said"))).isEqualTo("he will still vote for Ruiz because she is the nominee");
    // a reason that holds a cue of its own is not the first statement's
    String text2 = "Lopez said he will vote for Ruiz because she said so.";
    String parse2 = "Lopez/NNP/nsubj/2 said/VBD/root/0/say he/PRP/nsubj/5 will/MD/aux/5 vote/VB/ccomp/2 for/IN/case/7 "
        + "Ruiz/NNP/obl/5 because/IN/mark/10 she/PRP/nsubj/10 said/VBD/advcl/2/say so/RB/advmod/10 ././punct/2";
    assertThat(content(text2, frame(text2, parse2, "said"))).isEqualTo("he will vote for Ruiz");
  }

  @Test
  void aTimeAfterACueIsNoTopicOfIt() {
    String text = "The two leaders talked on Tuesday.";
    assertThat(frames(text, "The/DT/det/3 two/CD/nummod/3 leaders/NNS/nsubj/4/leader talked/VBD/root/0/talk "
        + "on/IN/case/6 Tuesday/NNP/obl/4 ././punct/4")).allSatisfy(f -> assertThat(f.content()).isNull());
  }

  @Test
  void aSentenceEndingInANameAndSaidReportsAllBeforeTheCommaWhateverTheParse() {
    String text = "Since the bridge opened, drivers who cross it pay twice, Ruiz said.";
    Frame f = frame(text, "Since/IN/mark/4 the/DT/det/3 bridge/NN/nsubj/4 opened/VBD/advcl/14/open ,/,/punct/14 "
        + "drivers/NNS/nsubj/14/driver who/WP/nsubj/8 cross/VBP/acl:relcl/6 it/PRP/obj/8 pay/VBP/conj/8 "
        + "twice/RB/advmod/10 ,/,/punct/14 Ruiz/NNP/nsubj/14 said/VBD/root/0/say ././punct/14", "said");
    assertThat(speaker(text, f)).isEqualTo("Ruiz");
    assertThat(content(text, f)).isEqualTo("Since the bridge opened, drivers who cross it pay twice");
  }

  @Test
  void aQuotationOpenedWithTwoApostrophesAfterTheSubjectLeavesTheSubjectOutsideIt() {
    String text = "Mr. Lee, citing ''the harbor's promise,'' said the plan could work.";
    Frame f = frame(text, "Mr./NNP/compound/2 Lee/NNP/nsubj/12 ,/,/punct/2 citing/VBG/acl/2/cite ''/''/punct/4 "
        + "the/DT/det/9 harbor/NN/nmod:poss/9 's/POS/case/7 promise/NN/obj/4 ,/,/punct/2 ''/''/punct/2 "
        + "said/VBD/root/0/say the/DT/det/14 plan/NN/nsubj/16 could/MD/aux/16 work/VB/ccomp/12 ././punct/12", "said");
    assertThat(speaker(text, f)).isEqualTo("Mr. Lee");
    assertThat(content(text, f)).isEqualTo("the plan could work");
  }

  @Test
  void aTimeAfterTheOneToldIsNotWhatWasSaid() {
    String text = "“The harbor is safe,” Ruiz told CNN Monday when asked whether the bridge will hold.";
    Frame f = frame(text, "“/``/punct/5 The/DT/det/3 harbor/NN/nsubj/5 is/VBZ/cop/5/be safe/JJ/dep/9 ,/,/punct/5 "
        + "”/''/punct/5 Ruiz/NNP/nsubj/9 told/VBD/root/0/tell CNN/NNP/obj/9 Monday/NNP/obl:tmod/9 when/WRB/advmod/13 "
        + "asked/VBN/advcl/9/ask whether/IN/mark/18 the/DT/det/16 bridge/NN/nsubj/18 will/MD/aux/18 hold/VB/ccomp/13 "
        + "././punct/9", "told");
    assertThat(speaker(text, f)).isEqualTo("Ruiz");
    assertThat(content(text, f)).isNull();
  }

  @Test
  void confirmingOrMentioningSomethingIsNoReportOfIt() {
    String text = "The board confirmed the appointment of a new director.";
    assertThat(frames(text, "The/DT/det/2 board/NN/nsubj/3 confirmed/VBD/root/0/confirm the/DT/det/5 "
        + "appointment/NN/obj/3 of/IN/case/9 a/DT/det/9 new/JJ/amod/9 director/NN/nmod/5 ././punct/3"))
        .allSatisfy(f -> assertThat(f.content()).isNull());
    String text2 = "She mentioned the harbor in her speech.";
    assertThat(frames(text2, "She/PRP/nsubj/2 mentioned/VBD/root/0/mention the/DT/det/4 harbor/NN/obj/2 "
        + "in/IN/case/7 her/PRP$/nmod:poss/7/she speech/NN/obl/2 ././punct/2"))
        .allSatisfy(f -> assertThat(f.content()).isNull());
  }

  @Test
  void aParticipleAfterAQuotationHasTheClausesSubjectNotTheSubjectOfItsComplement() {
    String text = "The mayor gave a spirited defense of “our harbor,” saying the port embodied the city.";
    Frame f = frame(text, "The/DT/det/2 mayor/NN/nsubj/3 gave/VBD/root/0/give a/DT/det/6 spirited/JJ/amod/6 "
        + "defense/NN/obj/3 of/IN/case/10 “/``/punct/10 our/PRP$/nmod:poss/10/we harbor/NN/nmod/6 ,/,/punct/3 "
        + "”/''/punct/3 saying/VBG/dep/3/say the/DT/det/15 port/NN/nsubj/16 embodied/VBD/ccomp/13/embody "
        + "the/DT/det/18 city/NN/obj/16 ././punct/3", "saying");
    assertThat(speaker(text, f)).isEqualTo("The mayor");
    assertThat(content(text, f)).isEqualTo("the port embodied the city");
  }

  @Test
  void aSentenceEndingInSaidAndANameReportsAllBeforeTheCommaWhateverTheParse() {
    String text = "The mayor and the council disagree on everything, said Jane Roe, a city clerk.";
    Frame f = frame(text, "The/DT/det/2 mayor/NN/nsubj/10 and/CC/cc/5 the/DT/det/5 council/NN/conj/2 disagree/VBP/acl:relcl/2 "
        + "on/IN/case/8 everything/NN/obl/6 ,/,/punct/10 said/VBD/root/0/say Jane/NNP/compound/12 Roe/NNP/obj/10 ,/,/punct/12 "
        + "a/DT/det/16 city/NN/compound/16 clerk/NN/appos/12 ././punct/10", "said");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("Jane Roe, a city clerk");
    assertThat(content(text, f)).isEqualTo("The mayor and the council disagree on everything");
  }

  @Test
  void aQuotedFragmentAndItsClauseBeforeCommaSaidNameAreReportedWhateverTheParse() {
    // the parser hung "said" from the noun inside the quotation, the name its object
    String text = "“This will be a test” for the mayor, said Roe.";
    Frame f = frame(text, "“/``/punct/6 This/DT/nsubj/6 will/MD/aux/6 be/VB/cop/6 a/DT/det/6 test/NN/root/0 ”/''/punct/6 "
        + "for/IN/case/10 the/DT/det/10 mayor/NN/nmod/6 ,/,/punct/6 said/VBD/acl/6/say Roe/NNP/obj/12 ././punct/6", "said");
    assertThat(speaker(text, f)).isEqualTo("Roe");
    assertThat(content(text, f)).isEqualTo("“This will be a test” for the mayor");
    // the name read as the cue's own subject after it, the clause before as a loose one
    String own = "The plan marks a break with the past, said Jane Roe.";
    Frame g = frame(own, "The/DT/det/2 plan/NN/nsubj/3 marks/VBZ/parataxis/10/mark a/DT/det/5 break/NN/obj/3 "
        + "with/IN/case/8 the/DT/det/8 past/NN/nmod/5 ,/,/punct/10 said/VBD/root/0/say Jane/NNP/compound/12 "
        + "Roe/NNP/nsubj/10 ././punct/10", "said");
    assertThat(speaker(own, g)).isEqualTo("Jane Roe");
    assertThat(content(own, g)).isEqualTo("The plan marks a break with the past");
  }

  @Test
  void aPossessiveBeforeCommaSaidIsNoClauseToReport() {
    // "'s" of "Mr. Doe's" is no "is": the subject and its apposition say the clause after the cue
    String text = "Mr. Doe's former aide, Jane Roe, said the manager should be fired.";
    Frame f = frame(text, "Mr./NNP/compound/2 Doe/NNP/nmod:poss/5 's/POS/case/2 former/JJ/amod/5 aide/NN/nsubj/10 "
        + ",/,/punct/5 Jane/NNP/compound/8 Roe/NNP/appos/5 ,/,/punct/5 said/VBD/root/0/say the/DT/det/12 "
        + "manager/NN/obj/10 should/MD/aux/15 be/VB/aux:pass/15 fired/VBN/dep/12/fire ././punct/10", "said");
    assertThat(speaker(text, f)).isEqualTo("Mr. Doe's former aide, Jane Roe");
    assertThat(content(text, f)).isEqualTo("the manager should be fired");
  }

  @Test
  void aSentenceCreditingEarlierTextToASourceReportsNothing() {
    // "this" points back at what was said before; the sentence names where it comes from
    String text = "This was reported in the county's audit, writes the Herald.";
    assertThat(frames(text, "This/DT/nsubj:pass/3 was/VBD/aux:pass/3/be reported/VBN/root/0/report in/IN/case/8 "
        + "the/DT/det/6 county/NN/nmod:poss/8 's/POS/case/6 audit/NN/obl/3 ,/,/punct/3 writes/VBZ/dep/3/write "
        + "the/DT/det/12 Herald/NNP/obj/10 ././punct/3"))
        .noneMatch(f -> f.cueSpan().textIn(text).equals("writes") && f.content() != null);
  }

  @Test
  void anAttributionBetweenSubjectAndPredicateReadAsAnAppositionStillSpeaks() {
    String text = "The plan, Jones said, has failed the city.";
    Frame f = frame(text, "The/DT/det/2 plan/NN/nsubj/5 ,/,/punct/2 Jones/NNP/appos/2 said/VBD/root/0/say ,/,/punct/5 "
        + "has/VBZ/aux/8/have failed/VBN/dep/5/fail the/DT/det/10 city/NN/obj/8 ././punct/5", "said");
    assertThat(f.speakerSpan().textIn(text)).isEqualTo("Jones");
    assertThat(content(text, f)).isEqualTo("The plan, Jones said, has failed the city");
  }


  @Test
  void aPresentCueAfterACommaTaggedAsABaseFormStillNamesItsInvertedSubject() {
    // the tagger made "say" a base form and the parser hung it loose, its subject as an object
    String text = "A smaller budget may not be such a bad idea, say some council members, who fear new debt.";
    Frame f = frame(text, "A/DT/det/3 smaller/JJR/amod/3 budget/NN/nsubj/10 may/MD/aux/10 not/RB/advmod/10 "
        + "be/VB/cop/10 such/PDT/det:predet/10 a/DT/det/10 bad/JJ/amod/10 idea/NN/root/0 ,/,/punct/10 "
        + "say/VB/dep/10/say some/DT/det/15 council/NN/compound/15 members/NNS/obj/12/member ,/,/punct/15 "
        + "who/WP/nsubj/18 fear/VBP/acl:relcl/15 new/JJ/amod/20 debt/NN/obj/18 ././punct/10", "say");
    assertThat(speaker(text, f)).isEqualTo("some council members");
    assertThat(content(text, f)).isEqualTo("A smaller budget may not be such a bad idea");
  }

  @Test
  void aTrailingAttributionBeforeADashReportsTheClauseBeforeIt() {
    // what follows the dash is the writer's gloss on the report, not part of it
    String text = "The mayor wants fewer parking spaces downtown, her deputy said Monday — a turn from her earlier plans.";
    Frame f = frame(text, "The/DT/det/2 mayor/NN/nsubj/3 wants/VBZ/root/0/want fewer/JJR/amod/6 parking/NN/compound/6 "
        + "spaces/NNS/obj/3/space downtown/RB/advmod/3 ,/,/punct/3 her/PRP$/nmod:poss/10 deputy/NN/nsubj/11 "
        + "said/VBD/parataxis/3/say Monday/NNP/obl:tmod/11 —/:/punct/3 a/DT/det/15 turn/NN/parataxis/3 "
        + "from/IN/case/19 her/PRP$/nmod:poss/19 earlier/JJR/amod/19 plans/NNS/nmod/15/plan ././punct/3", "said");
    assertThat(speaker(text, f)).isEqualTo("her deputy");
    assertThat(content(text, f)).isEqualTo("The mayor wants fewer parking spaces downtown");
  }

  @Test
  void aParticipleOnTheSubjectsNounDoesNotStopTheClauseAfterACue() {
    // the parser made the participle, itself a cue, the complement of "says"; the clause around it is what was said
    String text = "The agency says most of the thefts reported are small, and all are solved.";
    Frame f = frame(text, "The/DT/det/2 agency/NN/nsubj/3 says/VBZ/root/0/say most/JJS/nsubj/8 of/IN/case/7 "
        + "the/DT/det/7 thefts/NNS/nmod/4/theft reported/VBN/xcomp/3/report are/VBP/cop/10/be small/JJ/obj/8 "
        + ",/,/punct/15 and/CC/cc/15 all/DT/nsubj:pass/15 are/VBP/aux:pass/15/be solved/VBN/conj/8/solve "
        + "././punct/3", "says");
    assertThat(speaker(text, f)).isEqualTo("The agency");
    assertThat(content(text, f)).startsWith("most of the thefts reported are small");
  }

  @Test
  void anAttributionAfterAQuotationThatAColonOpensReportsTheQuotationAlone() {
    // the parser hung the narration before the colon from "told"; the clause before the colon keeps its own cue
    String text = "Later, the mayor seemed to admit she had misjudged the vote: “We lost the room,” she told the Gazette.";
    String parse = "Later/RB/advmod/5 ,/,/punct/5 the/DT/det/4 mayor/NN/nsubj/5 seemed/VBD/ccomp/22/seem to/TO/mark/7 "
        + "admit/VB/xcomp/5/admit she/PRP/nsubj/10 had/VBD/aux/10/have misjudged/VBN/ccomp/7/misjudge the/DT/det/12 "
        + "vote/NN/obj/10 :/:/punct/10 “/``/punct/10 We/PRP/nsubj/16 lost/VBD/ccomp/10/lose the/DT/det/18 "
        + "room/NN/obj/16 ,/,/punct/22 ”/''/punct/22 she/PRP/nsubj/22 told/VBD/root/0/tell the/DT/det/24 "
        + "Gazette/NNP/obj/22 ././punct/22";
    assertThat(content(text, frame(text, parse, "told"))).isEqualTo("“We lost the room,”");
    assertThat(content(text, frame(text, parse, "admit"))).isEqualTo("she had misjudged the vote");
  }

  @Test
  void anInsertedAttributionAfterAOneWordSubjectReportsTheSentenceAroundIt() {
    String text = "Denver, Jane Roe said, made her rethink the whole campaign.";
    Frame f = frame(text, "Denver/NNP/nsubj/5 ,/,/punct/5 Jane/NNP/compound/4 Roe/NNP/nsubj/5 said/VBD/root/0/say "
        + ",/,/punct/5 made/VBD/dep/5/make her/PRP/nsubj/9 rethink/VB/xcomp/7 the/DT/det/12 whole/JJ/amod/12 "
        + "campaign/NN/obj/9 ././punct/5", "said");
    assertThat(speaker(text, f)).isEqualTo("Jane Roe");
    assertThat(content(text, f)).isEqualTo("Denver, Jane Roe said, made her rethink the whole campaign");
  }

  @Test
  void anInsertedAttributionBeforeAParticipleTheTaggerSawReportsTheSentenceAroundIt() {
    // nothing before the attribution has a verb of its own: "limited" is the predicate, not a participle
    String text = "Raising the fees so quickly, many planners say, limited the growth of the suburbs.";
    Frame f = frame(text, "Raising/VBG/advcl/9/raise the/DT/det/3 fees/NNS/obj/1/fee so/RB/advmod/5 quickly/RB/advmod/1 "
        + ",/,/punct/9 many/JJ/amod/8 planners/NNS/nsubj/9/planner say/VBP/root/0/say ,/,/punct/9 "
        + "limited/VBN/dep/9/limit the/DT/det/13 growth/NN/obj/11 of/IN/case/16 the/DT/det/16 suburbs/NNS/nmod/13/suburb "
        + "././punct/9", "say");
    assertThat(speaker(text, f)).isEqualTo("many planners");
    assertThat(content(text, f)).isEqualTo("Raising the fees so quickly, many planners say, limited the growth of the suburbs");
  }

  @Test
  void theClauseAfterAnAsideRightAfterTheCueIsWhatWasSaid() {
    // an aside set off by dashes is the writer's; "that" after it opens what was said
    String text = "The mayor said — in a radio interview, as it happens — that the budget is balanced.";
    Frame f = frame(text, "The/DT/det/2 mayor/NN/nsubj/3 said/VBD/root/0/say —/:/punct/3 in/IN/case/8 a/DT/det/8 "
        + "radio/NN/compound/8 interview/NN/obl/3 ,/,/punct/12 as/IN/mark/12 it/PRP/nsubj/12 happens/VBZ/advcl/3/happen "
        + "—/:/punct/3 that/IN/mark/18 the/DT/det/16 budget/NN/nsubj:pass/18 is/VBZ/aux:pass/18/be balanced/VBN/dep/12/balance "
        + "././punct/3", "said");
    assertThat(speaker(text, f)).isEqualTo("The mayor");
    assertThat(content(text, f)).isEqualTo("the budget is balanced");
    // an aside set off by commas, with no "that" after it, is part of what was said
    String comma = "The mayor says, win or lose in May, she is staying in the race.";
    Frame g = frame(comma, "The/DT/det/2 mayor/NN/nsubj/3 says/VBZ/root/0/say ,/,/punct/3 win/VB/dep/3 or/CC/cc/7 "
        + "lose/VB/conj/5 in/IN/case/9 May/NNP/obl/5 ,/,/punct/3 she/PRP/nsubj/13 is/VBZ/aux/13/be "
        + "staying/VBG/dep/3/stay in/IN/case/16 the/DT/det/16 race/NN/obl/13 ././punct/3", "says");
    assertThat(content(comma, g)).isEqualTo("win or lose in May, she is staying in the race");
  }

  private static String speaker(String text, Frame f) {
    return f.speakerSpan() == null ? null : f.speakerSpan().textIn(text);
  }

  @Test
  void aCueAfterAQuotationThatTheParserMadeARelativeClauseOfANounInItHasItsInvertedSubject() {
    String text = "“The city has a housing problem that’s getting worse,” said Maria Lopez, who runs a shelter.";
    Frame f = frame(text, "“/``/punct/4 The/DT/det/3 city/NN/nsubj/4 has/VBZ/root/0/have a/DT/det/7 housing/NN/compound/7 "
        + "problem/NN/obj/4 that/WDT/dep/14 ’s/POS/dep/14/'s getting/VBG/dep/14/get worse/JJR/xcomp/10/bad ,/,/punct/14 "
        + "”/''/punct/14 said/VBD/acl:relcl/7/say Maria/NNP/compound/16 Lopez/NNP/nsubj/14 ,/,/punct/16 who/WP/nsubj/19 "
        + "runs/VBZ/acl:relcl/16/run a/DT/det/21 shelter/NN/obj/19 ././punct/4", "said");
    assertThat(speaker(text, f)).isEqualTo("Maria Lopez");
  }

  @Test
  void aParticipleAfterANounDoesNotGiveTheCueAfterAQuotationAClauseOfItsOwn() {
    String text = "“We back the senator fully,” Collins said in a statement obtained by the paper.";
    Frame f = frame(text, "“/``/punct/3 We/PRP/nsubj/3/we back/VBP/root/0 the/DT/det/5 senator/NN/obj/3 fully/RB/advmod/3 "
        + ",/,/punct/3 ”/''/punct/3 Collins/NNP/nsubj/10 said/VBD/acl:relcl/5/say in/IN/case/13 a/DT/det/13 "
        + "statement/NN/obl/10 obtained/VBN/acl/13/obtain by/IN/case/17 the/DT/det/17 paper/NN/obl/14 ././punct/3", "said");
    assertThat(speaker(text, f)).isEqualTo("Collins");
  }

  @Test
  void aQuotationClosingOnAQuotationInsideItStillEndsBeforeTheAttribution() {
    String text = "“We would use the word ‘quaint,’” said Greg Smith.";
    Frame f = frame(text, "“/``/punct/4 We/PRP/nsubj/4/we would/MD/aux/4 use/VB/root/0 the/DT/det/6 word/NN/obj/4 "
        + "‘/``/punct/8 quaint/JJ/dep/6 ,/,/punct/6 ’/''/punct/6 ”/''/punct/6 said/VBD/acl/6/say Greg/NNP/compound/14 "
        + "Smith/NNP/obj/12 ././punct/4", "said");
    assertThat(speaker(text, f)).isEqualTo("Greg Smith");
  }

  @Test
  void aRootCueAfterALooseClauseAndACommaTakesTheNounPhraseAfterItAsSpeaker() {
    String text = "“To see the result is stunning,” since few races end that way, said Lee Park, who teaches law.";
    Frame f = frame(text, "“/``/punct/3 To/TO/mark/3 see/VB/dep/17 the/DT/det/5 result/NN/nsubj/7 is/VBZ/cop/7/be "
        + "stunning/JJ/ccomp/3 ,/,/punct/3 ”/''/punct/3 since/IN/mark/13 few/JJ/amod/12 races/NNS/nsubj/13/race "
        + "end/VBP/advcl/3 that/DT/det/15 way/NN/obj/13 ,/,/punct/17 said/VBD/root/0/say Lee/NNP/compound/19 "
        + "Park/NNP/obj/17 ,/,/punct/19 who/WP/nsubj/22 teaches/VBZ/acl:relcl/19/teach law/NN/obj/22 ././punct/17", "said");
    assertThat(speaker(text, f)).isEqualTo("Lee Park");
  }

  @Test
  void aSuperlativeStaysInTheInvertedSpeaker() {
    String text = "“It was his first try,” said his best friend at school.";
    Frame f = frame(text, "“/``/punct/9 It/PRP/nsubj/6 was/VBD/cop/6/be his/PRP$/nmod:poss/6/he first/JJ/amod/6 "
        + "try/NN/ccomp/9 ,/,/punct/9 ”/''/punct/9 said/VBD/root/0/say his/PRP$/nmod:poss/12/he best/JJS/amod/12/good "
        + "friend/NN/obj/9 at/IN/case/14 school/NN/nmod/12 ././punct/9", "said");
    assertThat(speaker(text, f)).isEqualTo("his best friend");
  }

  @Test
  void aSentenceOpeningWithANameAndItsAppositionThenSaidAndAQuotationNamesTheSpeaker() {
    String text = "Jane Doe, a close friend of the mayor who was her aide, said, “Even then, it was hard.”";
    Frame f = frame(text, "Jane/NNP/compound/2 Doe/NNP/root/0 ,/,/punct/2 a/DT/det/6 close/JJ/amod/6 friend/NN/nsubj/23 "
        + "of/IN/case/9 the/DT/det/9 mayor/NN/nmod/6 who/WP/dep/23 was/VBD/cop/10/be her/PRP$/nmod:poss/13/she "
        + "aide/NN/nsubj/10 ,/,/punct/15 said/VBD/parataxis/23/say ,/,/punct/15 “/``/punct/15 Even/RB/advmod/19 "
        + "then/RB/advmod/23 ,/,/punct/23 it/PRP/nsubj/23 was/VBD/cop/23/be hard/JJ/dep/2 ././punct/2 ”/''/punct/2", "said");
    assertThat(speaker(text, f)).isEqualTo("Jane Doe");
    assertThat(f.content()).isNull();
  }

  @Test
  void aCueContinuingTheStatementOfACueBeforeItSharesItsSpeaker() {
    String text = "“It has been a disaster,” Smith said, adding, “Nobody cares.”";
    Frame f = frame(text, "“/``/punct/6 It/PRP/nsubj:pass/6 has/VBZ/aux:pass/6/have been/VBN/cop/6/be a/DT/det/6 "
        + "disaster/NN/root/0 ,/,/punct/10 ”/''/punct/10 Smith/NNP/nsubj/10 said/VBD/parataxis/12/say ,/,/punct/10 "
        + "adding/VBG/dep/6/add ,/,/punct/12 “/``/punct/12 Nobody/NN/nsubj/16 cares/VBZ/ccomp/12/care ././punct/6 "
        + "”/''/punct/6", "adding");
    assertThat(speaker(text, f)).isEqualTo("Smith");
    String text2 = "Greeting supporters at the office, Ann Lee, 70, said it was early but added, “We know the results.”";
    Frame g = frame(text2, "Greeting/VBG/dep/12/greet supporters/NNS/obj/1/supporter at/IN/case/5 the/DT/det/5 "
        + "office/NN/obl/1 ,/,/punct/5 Ann/NNP/compound/8 Lee/NNP/appos/5 ,/,/punct/5 70/CD/appos/5 ,/,/punct/12 "
        + "said/VBD/root/0/say it/PRP/nsubj/15 was/VBD/cop/15/be early/JJ/ccomp/12 but/CC/cc/17 added/VBD/conj/12/add "
        + ",/,/punct/17 “/``/punct/17 We/PRP/nsubj/21/we know/VBP/ccomp/17 the/DT/det/23 results/NNS/obj/21/result "
        + "././punct/12 ”/''/punct/12", "added");
    assertThat(speaker(text2, g)).isEqualTo("Ann Lee");
    String text3 = "The mayor wrote voters saying: “The fight continues” and promising to run again.";
    Frame h = frame(text3, "The/DT/det/2 mayor/NN/nsubj/3 wrote/VBD/root/0/write voters/NNS/obj/3/voter "
        + "saying/VBG/acl/4/say :/:/punct/5 “/``/punct/5 The/DT/det/9 fight/NN/nsubj/10 continues/VBZ/ccomp/5/continue "
        + "”/''/punct/10 and/CC/cc/13 promising/VBG/conj/10/promise to/TO/mark/15 run/VB/xcomp/13 again/RB/advmod/15 "
        + "././punct/3", "promising");
    assertThat(speaker(text3, h)).isNotEqualTo("The fight");
  }

  @Test
  void aParticipleSetOffByACommaFromTheObjectItHangsFromTellsWhatTheSubjectDid() {
    String text = "The mayor praised the new library, calling it a gift to the town.";
    Frame f = frame(text, "The/DT/det/2 mayor/NN/nsubj/3 praised/VBD/root/0/praise the/DT/det/6 new/JJ/amod/6 "
        + "library/NN/obj/3 ,/,/punct/8 calling/VBG/acl/6/call it/PRP/obj/8 a/DT/det/11 gift/NN/xcomp/8 to/IN/case/14 "
        + "the/DT/det/14 town/NN/nmod/11 ././punct/3", "calling");
    assertThat(speaker(text, f)).isEqualTo("The mayor");
    String text2 = "A petition calling the library a gift drew many names.";
    Frame g = frame(text2, "A/DT/det/2 petition/NN/nsubj/8 calling/VBG/acl/2/call the/DT/det/5 library/NN/obj/3 "
        + "a/DT/det/7 gift/NN/xcomp/3 drew/VBD/root/0/draw many/JJ/amod/10 names/NNS/obj/8/name ././punct/8", "calling");
    assertThat(speaker(text2, g)).isEqualTo("A petition");
  }

  @Test
  void aCueJoinedToAPassiveClauseHasThatClausesSubjectAsSpeaker() {
    String text = "The mayor was forced into a retreat and said that the plan was dead.";
    Frame f = frame(text, "The/DT/det/2 mayor/NN/nsubj:pass/4 was/VBD/aux:pass/4/be forced/VBN/root/0/force "
        + "into/IN/case/7 a/DT/det/7 retreat/NN/obl/4 and/CC/cc/9 said/VBD/conj/4/say that/IN/mark/14 the/DT/det/12 "
        + "plan/NN/nsubj/14 was/VBD/cop/14/be dead/JJ/ccomp/9 ././punct/4", "said");
    assertThat(speaker(text, f)).isEqualTo("The mayor");
  }

  @Test
  void thatSaidAndAllToldOpeningAClauseAreNoReports() {
    String text = "That said, voters in the county want a new bridge.";
    List<Frame> frames = frames(text,
        "That/DT/nsubj/2 said/VBD/advcl/8/say ,/,/punct/8 voters/NNS/nsubj/8/voter in/IN/case/7 the/DT/det/7 "
            + "county/NN/nmod/4 want/VBP/root/0 a/DT/det/11 new/JJ/amod/11 bridge/NN/obj/8 ././punct/8");
    assertThat(frames).noneMatch(f -> f.cueSpan().textIn(text).equals("said"));
    String text2 = "But all told, the group raised more money than anyone said.";
    List<Frame> frames2 = frames(text2,
        "But/CC/cc/7 all/DT/nsubj/3 told/VBD/advcl/7/tell ,/,/punct/7 the/DT/det/6 group/NN/nsubj/7 raised/VBD/root/0/raise "
            + "more/JJR/amod/9/more money/NN/obj/7 than/IN/mark/12 anyone/NN/nsubj/12 said/VBD/advcl/9/say ././punct/7");
    assertThat(frames2).noneMatch(f -> f.cueSpan().textIn(text2).equals("told"));
  }

  @Test
  void aParticipleOnTheObjectOfAVerbReportsWhatTheSubjectSaid() {
    String text = "The council issued a statement calling the plan a mistake.";
    Frame f = frame(text, "The/DT/det/2 council/NN/nsubj/3 issued/VBD/root/0/issue a/DT/det/5 statement/NN/obj/3 "
        + "calling/VBG/acl/5/call the/DT/det/8 plan/NN/obj/6 a/DT/det/10 mistake/NN/xcomp/6 ././punct/3", "calling");
    assertThat(speaker(text, f)).isEqualTo("The council");
  }
  @Test
  void aRelativeClauseWhosePronounIsTheReportedSubjectReportsTheVerbAfterTheCue() {
    String text = "The new fees, which city officials said will cut third-quarter costs, will not apply to seniors.";
    Frame f = frame(text, "The/DT/det/3 new/JJ/amod/3 fees/NNS/nsubj/10/fee ,/,/punct/3 which/WDT/obj/8 city/NN/compound/7 "
        + "officials/NNS/nsubj/8/official said/VBD/acl:relcl/3/say will/MD/aux/10 cut/VB/root/0 third/JJ/amod/14 "
        + "-/HYPH/punct/13 quarter/NN/compound/14 costs/NNS/obj/10/cost ,/,/punct/10 will/MD/aux/18 not/RB/advmod/18 "
        + "apply/VB/dep/10 to/IN/case/20 seniors/NNS/obl/18/senior ././punct/10", "said");
    assertThat(speaker(text, f)).isEqualTo("city officials");
    assertThat(content(text, f)).isEqualTo("will cut third-quarter costs");

    String text2 = "The mayor signed a budget that he said was written by the council.";
    Frame g = frame(text2, "The/DT/det/2 mayor/NN/nsubj/3 signed/VBD/root/0/sign a/DT/det/5 budget/NN/obj/3 that/IN/mark/8 "
        + "he/PRP/nsubj/8 said/VBD/dep/5/say was/VBD/aux:pass/10/be written/VBN/xcomp/8/write by/IN/case/13 "
        + "the/DT/det/13 council/NN/obl/10 ././punct/3", "said");
    assertThat(speaker(text2, g)).isEqualTo("he");
    assertThat(content(text2, g)).isEqualTo("was written by the council");
  }
  @Test
  void anAdverbialClauseWhoseCueTheParserHungFromWhatWasSaidReportsItToTheComma() {
    String text = "While the mayor says the city will not raise taxes, she expects a deficit.";
    Frame f = frame(text, "While/IN/mark/4 the/DT/det/3 mayor/NN/nsubj/4 says/VBZ/advcl/9/say the/DT/det/6 city/NN/nsubj/9 "
        + "will/MD/aux/9 not/RB/advmod/9 raise/VB/root/0 taxes/NNS/obj/9/tax ,/,/punct/9 she/PRP/nsubj/13 "
        + "expects/VBZ/parataxis/9/expect a/DT/det/15 deficit/NN/obj/13 ././punct/9", "says");
    assertThat(speaker(text, f)).isEqualTo("the mayor");
    assertThat(content(text, f)).isEqualTo("the city will not raise taxes");
  }
  @Test
  void aCueReadAsAnAuxiliaryOfTheReportedVerbReportsTheClauseAfterIt() {
    String text = "Senator Ruiz said voters were unable to find the polls.";
    Frame f = frame(text, "Senator/NNP/compound/2 Ruiz/NNP/nsubj/6 said/VBD/aux/6/say voters/NNS/nsubj/6/voter "
        + "were/VBD/cop/6/be unable/JJ/root/0 to/TO/mark/8 find/VB/xcomp/6 the/DT/det/10 polls/NNS/obj/8/poll ././punct/6",
        "said");
    assertThat(speaker(text, f)).isEqualTo("Senator Ruiz");
    assertThat(content(text, f)).isEqualTo("voters were unable to find the polls");
  }
  @Test
  void callWithWhatItNamesAndTheNameReportsBothAfterAQuotationMarkOrInARelativeClause() {
    String text = "The senator went on to call Smith “the worst mayor in the state.”";
    Frame f = frame(text, "The/DT/det/2 senator/NN/nsubj/3 went/VBD/root/0/go on/IN/mark/6 to/TO/mark/6 call/VB/advcl/3 "
        + "Smith/NNP/obj/6 “/``/punct/6 the/DT/det/11 worst/JJS/amod/11/bad mayor/NN/obj/6 in/IN/case/14 the/DT/det/14 "
        + "state/NN/nmod/11 ././punct/3 ”/''/punct/3", "call");
    assertThat(speaker(text, f)).isEqualTo("The senator");
    assertThat(content(text, f)).isEqualTo("Smith “the worst mayor in the state");

    String text2 = "The vote came in May, when the mayor called the plan “a gift to developers.”";
    Frame g = frame(text2, "The/DT/det/2 vote/NN/nsubj/3 came/VBD/root/0/come in/IN/case/5 May/NNP/obl/3 ,/,/punct/5 "
        + "when/WRB/advmod/10 the/DT/det/9 mayor/NN/nsubj/10 called/VBD/acl:relcl/5/call the/DT/det/12 plan/NN/dep/15 "
        + "“/``/punct/15 a/DT/det/15 gift/NN/xcomp/10 to/IN/case/17 developers/NNS/nmod/15/developer ././punct/3 ”/''/punct/3",
        "called");
    assertThat(speaker(text2, g)).isEqualTo("the mayor");
    assertThat(content(text2, g)).isEqualTo("the plan “a gift to developers");
  }
  @Test
  void aSentenceOpenedByItsAttributionReportsTheRest() {
    String text = "Said Ana Ruiz, who chairs the board, “The bridge is safe.”";
    Frame f = frame(text, "Said/NNP/compound/3 Ana/NNP/compound/3 Ruiz/NNP/nsubj/14 ,/,/punct/3 who/WP/nsubj/6 "
        + "chairs/VBZ/acl:relcl/3/chair the/DT/det/8 board/NN/obj/6 ,/,/punct/3 “/``/punct/14 The/DT/det/12 "
        + "bridge/NN/nsubj/14 is/VBZ/cop/14/be safe/JJ/root/0 ././punct/14 ”/''/punct/14", "Said");
    assertThat(speaker(text, f)).isEqualTo("Ana Ruiz");
    assertThat(content(text, f)).isEqualTo("“The bridge is safe.”");

    String text2 = "As the mayor put it, the bridge is safe.";
    Frame g = frame(text2, "As/IN/mark/4 the/DT/det/3 mayor/NN/nsubj/4 put/VBD/advcl/10 it/PRP/obj/4 ,/,/punct/10 "
        + "the/DT/det/8 bridge/NN/nsubj/10 is/VBZ/cop/10/be safe/JJ/root/0 ././punct/10", "put it");
    assertThat(speaker(text2, g)).isEqualTo("the mayor");
    assertThat(content(text2, g)).isEqualTo("the bridge is safe");
  }
  @Test
  void aQuotationOpeningTheSentenceThenANameWithARelativeClauseGivesTheLostCueItsSpeaker() {
    String text = "“We are getting the house ready,” Ana Ruiz, who works at city hall, said about the work.";
    Frame f = frame(text, "“/``/punct/11 We/PRP/nsubj/4/we are/VBP/aux/4/be getting/VBG/dep/11/get the/DT/det/6 "
        + "house/NN/nsubj/7 ready/JJ/xcomp/4 ,/,/punct/11 ”/''/punct/11 Ana/NNP/compound/11 Ruiz/NNP/root/0 ,/,/punct/11 "
        + "who/WP/dep/11 works/VBZ/acl/13/work at/IN/case/17 city/NN/compound/17 hall/NN/obl/14 ,/,/punct/11 "
        + "said/VBD/dep/11/say about/RB/advmod/22 the/DT/det/22 work/NN/obl/19 ././punct/11", "said");
    assertThat(speaker(text, f)).isEqualTo("Ana Ruiz");
    assertThat(f.content()).isNull(); // the assembler gives it the quotation before
  }
  @Test
  void theSpeakerOfACueInARelativeClauseRunsThroughItsPronoun() {
    String text = "There was a protest by parents and teachers who say the plan hurts schools.";
    Frame f = frame(text, "There/EX/expl/2 was/VBD/root/0/be a/DT/det/4 protest/NN/nsubj/2 by/IN/case/6 "
        + "parents/NNS/nmod/4/parent and/CC/cc/8 teachers/NNS/conj/6/teacher who/WP/nsubj/10 say/VBP/acl:relcl/4 "
        + "the/DT/det/12 plan/NN/nsubj/13 hurts/VBZ/ccomp/10/hurt schools/NNS/obj/13/school ././punct/2", "say");
    assertThat(speaker(text, f)).isEqualTo("a protest by parents and teachers who");
    assertThat(content(text, f)).isEqualTo("the plan hurts schools");
  }
  @Test
  void aParticipleReadAsAModifierOfItsClausesSubjectReportsThatClause() {
    String text = "The mayor responded by saying taxes will rise in May.";
    Frame f = frame(text, "The/DT/det/2 mayor/NN/nsubj/3 responded/VBD/root/0/respond by/IN/case/6 "
        + "saying/VBG/amod/6/say taxes/NNS/obl/3/tax will/MD/aux/8 rise/VB/dep/3 in/IN/case/10 May/NNP/obl/8 ././punct/3",
        "saying");
    assertThat(speaker(text, f)).isEqualTo("The mayor");
    assertThat(content(text, f)).isEqualTo("taxes will rise in May");
  }
  @Test
  void aLooseCueAfterANameAndItsAuxiliaryTakesTheNameAsSpeaker() {
    String text = "Surrounded by aides, led by Ana Ruiz, Mayor Smith has said the plan is dead.";
    Frame f = frame(text, "Surrounded/VBN/advcl/5/surround by/IN/case/3 aides/NNS/obl/1/aide ,/,/punct/5 led/VBN/root/0/lead "
        + "by/IN/case/8 Ana/NNP/compound/8 Ruiz/NNP/obl/5 ,/,/punct/8 Mayor/NNP/compound/11 Smith/NNP/appos/8 "
        + "has/VBZ/aux/13/have said/VBN/dep/5/say the/DT/det/15 plan/NN/nsubj/17 is/VBZ/cop/17/be dead/JJ/ccomp/13 ././punct/5",
        "said");
    assertThat(speaker(text, f)).isEqualTo("Mayor Smith");
    assertThat(content(text, f)).isEqualTo("the plan is dead");
  }

  @Test
  void aParticipleAfterACommaIsDoneByTheSentencesReporterWhereverTheParserHungIt() {
    String text = "The mayor denied the claim that the bridge is closing, explaining that repairs will end in May.";
    Frame f = frame(text, "The/DT/det/2 mayor/NN/nsubj/3 denied/VBD/root/0/deny the/DT/det/5 claim/NN/obj/3 "
        + "that/IN/mark/10 the/DT/det/8 bridge/NN/nsubj/10 is/VBZ/aux/10/be closing/VBG/acl/5/close ,/,/punct/12 "
        + "explaining/VBG/advcl/10/explain that/IN/mark/16 repairs/NNS/nsubj/16/repair will/MD/aux/16 end/VB/ccomp/12 "
        + "in/IN/case/18 May/NNP/obl/16 ././punct/3",
        "explaining");
    assertThat(speaker(text, f)).isEqualTo("The mayor");
    assertThat(content(text, f)).isEqualTo("repairs will end in May");
  }

  @Test
  void narrationAfterAnAttributionIsNotPartOfTheQuotedClauseTheParserHungItOn() {
    String text = "“We lost that vote fairly,” she said, echoing remarks by her deputy.";
    Frame f = frame(text, "“/``/punct/3 We/PRP/nsubj/3 lost/VBD/root/0/lose that/DT/det/5 vote/NN/obj/3 "
        + "fairly/RB/advmod/3 ,/,/punct/10 ”/''/punct/10 she/PRP/nsubj/10 said/VBD/parataxis/3/say ,/,/punct/10 "
        + "echoing/VBG/amod/13/echo remarks/NNS/obj/3/remark by/IN/case/16 her/PRP$/nmod:poss/16/she "
        + "deputy/NN/nmod/13 ././punct/3",
        "said");
    assertThat(speaker(text, f)).isEqualTo("she");
    assertThat(content(text, f)).isEqualTo("“We lost that vote fairly");
  }

  @Test
  void aParticipleAfterAQuotationIsTheAttributionsSpeakersNotTheQuotedSubjects() {
    String text = "“The roads have been neglected for years,” the mayor added, noting that repairs will start in May.";
    Frame f = frame(text, "“/``/root/0 The/DT/det/3 roads/NNS/nsubj:pass/6/road have/VBP/aux/6 been/VBN/aux:pass/6/be "
        + "neglected/VBN/dep/1/neglect for/IN/case/8 years/NNS/obl/6/year ,/,/punct/13 ”/''/punct/13 the/DT/det/12 "
        + "mayor/NN/nsubj/13 added/VBD/parataxis/15/add ,/,/punct/13 noting/VBG/dep/6/note that/IN/mark/19 "
        + "repairs/NNS/nsubj/19/repair will/MD/aux/19 start/VB/ccomp/15 in/IN/case/21 May/NNP/obl/19 ././punct/6",
        "noting");
    assertThat(speaker(text, f)).isEqualTo("the mayor");
    assertThat(content(text, f)).isEqualTo("repairs will start in May");
  }

  @Test
  void theObjectOfACausativeVerbDoesWhatItsInfinitiveSays() {
    String text = "The weak report has led some investors to worry whether the bank will survive.";
    Frame f = frame(text, "The/DT/det/3 weak/JJ/amod/3 report/NN/nsubj/5 has/VBZ/aux/5/have led/VBN/root/0/lead "
        + "some/DT/det/7 investors/NNS/obj/5/investor to/TO/mark/9 worry/VB/xcomp/5 whether/IN/mark/14 the/DT/det/12 "
        + "bank/NN/nsubj/14 will/MD/aux/14 survive/VB/ccomp/9 ././punct/5",
        "worry");
    assertThat(speaker(text, f)).isEqualTo("some investors");
    assertThat(content(text, f)).isEqualTo("whether the bank will survive");
  }

  @Test
  void theObjectACausativeVerbLeavesDoingSomethingDoesIt() {
    String text = "The long delay has left many voters, including his donors, wondering what he plans.";
    Frame f = frame(text, "The/DT/det/3 long/JJ/amod/3 delay/NN/nsubj/5 has/VBZ/aux/5/have left/VBN/root/0/leave "
        + "many/JJ/amod/7 voters/NNS/obj/5/voter ,/,/punct/7 including/VBG/case/11/include his/PRP$/nmod:poss/11/he "
        + "donors/NNS/nmod/7/donor ,/,/punct/7 wondering/VBG/acl/7/wonder what/WP/obj/16 he/PRP/nsubj/16 "
        + "plans/VBZ/ccomp/13/plan ././punct/5",
        "wondering");
    assertThat(speaker(text, f)).isEqualTo("many voters, including his donors");
  }

  @Test
  void theNounOfAnAbsoluteWithPhraseDoesWhatItsParticipleSays() {
    String text = "The vote was close, with two members demanding that the mayor resign.";
    Frame f = frame(text, "The/DT/det/2 vote/NN/nsubj/4 was/VBD/cop/4/be close/JJ/root/0 ,/,/punct/8 with/IN/case/8 "
        + "two/CD/nummod/8 members/NNS/obl/4/member demanding/VBG/acl/8/demand that/IN/mark/13 the/DT/det/12 "
        + "mayor/NN/nsubj/13 resign/VB/ccomp/9 ././punct/4",
        "demanding");
    assertThat(speaker(text, f)).isEqualTo("two members");
    assertThat(content(text, f)).isEqualTo("the mayor resign");
  }

  @Test
  void aParticipleAfterACommaStaysWithTheAdverbialClauseItEnds() {
    String text = "The rally ended early when students interrupted the mayor, shouting that the fees were unfair.";
    Frame f = frame(text, "The/DT/det/2 rally/NN/nsubj/3 ended/VBD/root/0/end early/RB/advmod/3 when/WRB/mark/7 "
        + "students/NNS/nsubj/7/student interrupted/VBD/advcl/3/interrupt the/DT/det/9 mayor/NN/obj/7 ,/,/punct/11 "
        + "shouting/VBG/advcl/7/shout that/IN/mark/16 the/DT/det/14 fees/NNS/nsubj/16/fee were/VBD/cop/16/be "
        + "unfair/JJ/ccomp/11 ././punct/3",
        "shouting");
    assertThat(speaker(text, f)).isEqualTo("students");
  }

  @Test
  void aVerbJoinedToANounsClauseIsTheSentenceSubjects() {
    String text = "The mayor rejected the idea that the fees had risen and said that the budget was balanced.";
    Frame f = frame(text, "The/DT/det/2 mayor/NN/nsubj/3 rejected/VBD/root/0/reject the/DT/det/5 idea/NN/obj/3 "
        + "that/IN/mark/10 the/DT/det/8 fees/NNS/nsubj/10/fee had/VBD/aux/10/have risen/VBN/ccomp/5/rise and/CC/cc/12 "
        + "said/VBD/conj/10/say that/IN/mark/17 the/DT/det/15 budget/NN/nsubj/17 was/VBD/cop/17/be balanced/JJ/ccomp/12 "
        + "././punct/3",
        "said");
    assertThat(speaker(text, f)).isEqualTo("The mayor");
    assertThat(content(text, f)).isEqualTo("the budget was balanced");
  }

  @Test
  void aVerbJoinedInARelativeClauseIsSaidByThePronounWithItsAntecedent() {
    String text = "Officials who met the mayor and said the fees would rise left early.";
    Frame f = frame(text, "Officials/NNS/nsubj/12/official who/WP/nsubj/3 met/VBD/acl:relcl/1/meet the/DT/det/5 "
        + "mayor/NN/obj/3 and/CC/cc/7 said/VBD/conj/3/say the/DT/det/9 fees/NNS/nsubj/11/fee would/MD/aux/11 "
        + "rise/VB/ccomp/7 left/VBD/root/0/leave early/RB/advmod/12 ././punct/12",
        "said");
    assertThat(speaker(text, f)).isEqualTo("Officials who");
  }

  @Test
  void aQuantifierFloatingOffTheSubjectIsNoSpeaker() {
    String text = "The mayor and the governor have both said that the fees will rise.";
    Frame f = frame(text, "The/DT/det/2 mayor/NN/nsubj/8 and/CC/cc/5 the/DT/det/5 governor/NN/conj/2 have/VBP/aux/8 "
        + "both/DT/nsubj/8 said/VBN/root/0/say that/IN/mark/13 the/DT/det/11 fees/NNS/nsubj/13/fee will/MD/aux/13 "
        + "rise/VB/ccomp/8 ././punct/8",
        "said");
    assertThat(speaker(text, f)).isEqualTo("The mayor and the governor");
  }

  @Test
  void aClauseEndingInAColonBeforeAQuotationIsSaidByItsSubject() {
    String text = "The mayor leaned in and boomed: “We will win in May.”";
    String parse = "The/DT/det/2 mayor/NN/nsubj/3 leaned/VBD/root/0/lean in/RP/compound:prt/3 and/CC/cc/6 "
        + "boomed/VBD/conj/3/boom :/:/punct/6 “/``/punct/11 We/PRP/nsubj/11 will/MD/aux/11 win/VB/parataxis/6 "
        + "in/IN/case/13 May/NNP/obl/11 ././punct/11 ”/''/punct/11";
    Frame f = frame(text, parse, "boomed");
    assertThat(speaker(text, f)).isEqualTo("The mayor");
    assertThat(content(text, f)).contains("We will win in May.");
    String attributed = "The mayor scolded him: “We will win,” she said.";
    assertThat(frames(attributed, "The/DT/det/2 mayor/NN/nsubj/3 scolded/VBD/root/0/scold him/PRP/obj/3 :/:/punct/3 "
        + "“/``/punct/9 We/PRP/nsubj/9 will/MD/aux/9 win/VB/ccomp/13 ,/,/punct/9 ”/''/punct/9 she/PRP/nsubj/13 "
        + "said/VBD/parataxis/3/say ././punct/3"))
        .noneMatch(g -> g.cueSpan().textIn(attributed).equals("scolded"));
  }

  @Test
  void theSubjectOfAColonClauseIsFoundAboveAMisreadOrWhClause() {
    String text = "The mayor gestured, then leaned in and boomed: “We will win.”";
    Frame f = frame(text, "The/DT/det/2 mayor/NN/nsubj/3 gestured/VBD/root/0/gesture ,/,/punct/3 then/RB/advmod/6 "
        + "leaned/VBD/dep/3/lean in/RP/compound:prt/6 and/CC/cc/9 boomed/VBD/conj/6/boom :/:/punct/9 "
        + "“/``/punct/14 We/PRP/nsubj/14 will/MD/aux/14 win/VB/parataxis/9 ././punct/14 ”/''/punct/14",
        "boomed");
    assertThat(speaker(text, f)).isEqualTo("The mayor");
    String wh = "The mayor has since apologized for what happened: “I was wrong.”";
    Frame g = frame(wh, "The/DT/det/2 mayor/NN/nsubj/5 has/VBZ/aux/5 since/IN/advmod/5 apologized/VBN/root/0/apologize "
        + "for/IN/mark/8 what/WP/nsubj/8 happened/VBD/advcl/5/happen :/:/punct/8 “/``/punct/13 I/PRP/nsubj/13 "
        + "was/VBD/cop/13/be wrong/JJ/dep/8 ././punct/13 ”/''/punct/13",
        "apologized");
    assertThat(speaker(wh, g)).isEqualTo("The mayor");
    assertThat(content(wh, g)).contains("I was wrong.");
  }

  @Test
  void aCueFormAndANameBeforeAColonSpeakTheQuotationAfterIt() {
    // the tagger read "Continued" as an adjective and the name as the root noun
    String text = "Continued Ana Ruiz: “The bridge is safe.”";
    Frame f = frame(text, "Continued/VBN/amod/3/continue Ana/NNP/compound/3 Ruiz/NNP/root/0 :/:/punct/3 "
        + "“/``/punct/9 The/DT/det/7 bridge/NN/nsubj/9 is/VBZ/cop/9/be safe/JJ/parataxis/3 ././punct/9 ”/''/punct/9",
        "Continued");
    assertThat(speaker(text, f)).isEqualTo("Ana Ruiz");
    assertThat(content(text, f)).contains("The bridge is safe.");
  }

  @Test
  void aNameAloneBetweenADashAndAColonSpeaksTheQuotationAfterIt() {
    String text = "Turnout rose - Ana Ruiz: “The bridge is safe.”";
    Frame f = frame(text, "Turnout/NN/nsubj/2 rose/VBD/root/0/rise -/HYPH/punct/2 Ana/NNP/compound/5 Ruiz/NNP/dep/2 "
        + ":/:/punct/5 “/``/punct/11 The/DT/det/9 bridge/NN/nsubj/11 is/VBZ/cop/11/be safe/JJ/parataxis/5 "
        + "././punct/11 ”/''/punct/11",
        ":");
    assertThat(speaker(text, f)).isEqualTo("Ana Ruiz");
    assertThat(content(text, f)).contains("The bridge is safe.");
  }

  @Test
  void theSourceNamedAfterFromBeforeAColonSpeaksTheQuotationAfterIt() {
    String text = "Turnout rose - More from the audit: “The bridge is safe.”";
    Frame f = frame(text, "Turnout/NN/nsubj/2 rose/VBD/root/0/rise -/HYPH/punct/2 More/JJR/dep/2/more from/IN/case/7 "
        + "the/DT/det/7 audit/NN/nmod/4 :/:/punct/4 “/``/punct/13 The/DT/det/11 bridge/NN/nsubj/13 is/VBZ/cop/13/be "
        + "safe/JJ/parataxis/4 ././punct/13 ”/''/punct/13",
        ":");
    assertThat(speaker(text, f)).isEqualTo("the audit");
    assertThat(content(text, f)).contains("The bridge is safe.");
  }

  @Test
  void closingMarksTheTokenizerKeptAsOneAreNoSubject() {
    String text = "“They gave a heads up,’” said Ruiz.";
    Frame f = frame(text, "“/``/root/0 They/PRP/nsubj/3 gave/VBD/dep/1/give a/DT/det/5 heads/NNS/obj/3/head "
        + "up/RP/compound:prt/3 ,/,/punct/3 ’”/SYM/nsubj/9 said/VBD/parataxis/3/say Ruiz/NNP/obj/9 ././punct/3",
        "said");
    assertThat(speaker(text, f)).isEqualTo("Ruiz");
  }

  @Test
  void aSentenceOpeningWithASpeechVerbIsSpokenByTheNameAfterIt() {
    String text = "asked Mr. Ruiz, referring to the plan.";
    Frame f = frame(text, "asked/VBD/root/0/ask Mr./NNP/compound/3 Ruiz/NNP/obj/1 ,/,/punct/1 referring/VBG/dep/1/refer "
        + "to/IN/case/8 the/DT/det/8 plan/NN/obl/5 ././punct/1",
        "asked");
    assertThat(speaker(text, f)).isEqualTo("Mr. Ruiz");
  }

  @Test
  void aQuotationOpeningAfterTheCueIsWhatWasSaidNotTheClauseBefore() {
    String text = "Asked whether the bridge would close, Ruiz said, “Probably.”";
    Frame f = frame(text, "Asked/VBN/dep/9/ask whether/IN/mark/6 the/DT/det/4 bridge/NN/nsubj/6 would/MD/aux/6 "
        + "close/VB/ccomp/1 ,/,/punct/9 Ruiz/NNP/nsubj/9 said/VBD/root/0/say ,/,/punct/9 “/``/punct/9 "
        + "Probably/RB/advmod/9 ././punct/9 ”/''/punct/9",
        "said");
    assertThat(speaker(text, f)).isEqualTo("Ruiz");
    assertThat(f.content()).isNull(); // the assembler gives it the quotation after the cue
  }

  @Test
  void aClauseAfterTheAttributionOfAQuotationIsNotWhatWasSaid() {
    String text = "“Really,” she added when the crowd laughed.";
    Frame f = frame(text, "“/``/punct/6 Really/RB/advmod/6 ,/,/punct/6 ”/''/punct/6 she/PRP/nsubj/6 added/VBD/root/0/add "
        + "when/WRB/advmod/10 the/DT/det/9 crowd/NN/nsubj/10 laughed/VBD/advcl/6/laugh ././punct/6",
        "added");
    assertThat(speaker(text, f)).isEqualTo("she");
    assertThat(f.content() == null ? "" : content(text, f)).doesNotContain("crowd");
  }

  @Test
  void anAttributionInsideAFreeRelativeSaysThePredicateAfterIt() {
    String text = "The clubs adapted to what she said is growing demand for pools, but the trend may fade.";
    Frame f = frame(text, "The/DT/det/2 clubs/NNS/nsubj/3/club adapted/VBD/root/0/adapt to/IN/mark/7 what/WP/obj/7 "
        + "she/PRP/nsubj/7 said/VBD/advcl/3/say is/VBZ/aux/9/be growing/VBG/dep/7/grow demand/NN/obj/9 for/IN/case/12 "
        + "pools/NNS/nmod/10/pool ,/,/punct/18 but/CC/cc/18 the/DT/det/16 trend/NN/nsubj/18 may/MD/aux/18 "
        + "fade/VB/conj/3 ././punct/3",
        "said");
    assertThat(speaker(text, f)).isEqualTo("she");
    assertThat(content(text, f)).isEqualTo("is growing demand for pools");
  }

  @Test
  void anAttributionSetOffByCommasReportsTheSentenceAroundIt() {
    String text = "The bridge, officials said, has become unsafe.";
    Frame f = frame(text, "The/DT/det/2 bridge/NN/root/0 ,/,/punct/2 officials/NNS/nsubj/5/official said/VBD/dep/2/say "
        + ",/,/punct/5 has/VBZ/aux/8/have become/VBN/dep/5 unsafe/JJ/xcomp/8 ././punct/2",
        "said");
    assertThat(speaker(text, f)).isEqualTo("officials");
    assertThat(content(text, f)).isEqualTo("The bridge, officials said, has become unsafe");
  }

  @Test
  void statementsAndViewsOutsideTheSayingVerbsAreCuesToo() {
    String text = "The mayor likened the harbor to a ghost town.";
    Frame f = frame(text, "The/DT/det/2 mayor/NN/nsubj/3 likened/VBD/root/0/liken the/DT/det/5 harbor/NN/obj/3 to/IN/case/9 "
        + "a/DT/det/9 ghost/NN/compound/9 town/NN/obl/3 ././punct/3", "likened");
    assertThat(speaker(text, f)).isEqualTo("The mayor");
    assertThat(content(text, f)).isEqualTo("the harbor to a ghost town");
    String ruling = "The judge ruled that the count was valid.";
    Frame r = frame(ruling, "The/DT/det/2 judge/NN/nsubj/3 ruled/VBD/root/0/rule that/IN/mark/8 the/DT/det/6 "
        + "count/NN/nsubj/8 was/VBD/cop/8/be valid/JJ/ccomp/3 ././punct/3", "ruled");
    assertThat(speaker(ruling, r)).isEqualTo("The judge");
    assertThat(content(ruling, r)).isEqualTo("the count was valid");
  }

  @Test
  void aWhenClauseAfterTheAttributionOfAQuotationIsTheOccasionNotWhatWasSaid() {
    String text = "“We win,” Ana Ruiz, the mayor who won in May, said when Bell asked her.";
    Frame f = frame(text, "“/``/punct/3 We/PRP/nsubj/3 win/VBP/dep/16 ,/,/punct/3 ”/''/punct/3 Ana/NNP/compound/7 "
        + "Ruiz/NNP/nsubj/16 ,/,/punct/7 the/DT/det/10 mayor/NN/appos/7 who/WP/nsubj/12 won/VBD/acl:relcl/10/win "
        + "in/IN/case/14 May/NNP/obl/12 ,/,/punct/7 said/VBD/root/0/say when/WRB/advmod/19 Bell/NNP/nsubj/19 "
        + "asked/VBD/advcl/16/ask her/PRP/obj/19/she ././punct/16", "said");
    assertThat(speaker(text, f)).startsWith("Ana Ruiz");
    assertThat(content(text, f)).isNotEqualTo("when Bell asked her");
  }

  @Test
  void aFirstNameTaggedAsAVerbAfterTheCueStillStartsTheSpeaker() {
    String text = "“We need a new bridge,” said Skip Larsen, who fishes off the harbor.";
    Frame f = frame(text, "“/``/punct/3 We/PRP/nsubj/3 need/VBP/dep/10 a/DT/det/6 new/JJ/amod/6 bridge/NN/obj/3 ,/,/punct/3 "
        + "”/''/punct/3 said/VBD/parataxis/10/say Skip/VB/root/0/skip Larsen/NNP/obj/10 ,/,/punct/11 who/WP/nsubj/14 "
        + "fishes/VBZ/acl:relcl/11/fish off/IN/case/17 the/DT/det/17 harbor/NN/obl/14 ././punct/10", "said");
    assertThat(speaker(text, f)).isEqualTo("Skip Larsen");
  }

  @Test
  void aCapitalizedAdjectiveAfterANumberIsTheInvertedSpeakersHead() {
    String text = "“We need more ferries,” said one Democrat involved in the talks, who asked not to be named.";
    Frame f = frame(text, "“/``/punct/3 We/PRP/nsubj/3 need/VBP/ccomp/8 more/JJR/amod/5 ferries/NNS/obj/3/ferry ,/,/punct/8 "
        + "”/''/punct/8 said/VBD/root/0/say one/CD/xcomp/8 Democrat/JJ/dep/9/democrat involved/VBN/amod/10/involve "
        + "in/IN/case/14 the/DT/det/14 talks/NNS/obl/11/talk ,/,/punct/10 who/WP/nsubj/17 asked/VBD/ccomp/10/ask "
        + "not/RB/advmod/21 to/TO/mark/21 be/VB/aux:pass/21 named/VBN/xcomp/17/name ././punct/8", "said");
    assertThat(speaker(text, f)).isEqualTo("one Democrat");
  }

  @Test
  void aParticipleAfterTheSubjectThatTheParserMadeAClausalSubjectLeavesTheSubjectSpeaking() {
    String text = "People briefed on the plan said that it would cost more.";
    Frame f = frame(text, "People/NNS/nsubj/2/people briefed/VBD/csubj/6/brief on/IN/case/5 the/DT/det/5 plan/NN/obl/2 "
        + "said/VBD/root/0/say that/IN/mark/10 it/PRP/nsubj/10 would/MD/aux/10 cost/VB/ccomp/6 more/JJR/obj/10/more "
        + "././punct/6", "said");
    assertThat(speaker(text, f)).isEqualTo("People briefed on the plan");
    assertThat(content(text, f)).isEqualTo("it would cost more");
  }

  @Test
  void aNounPhraseBetweenACommaAndTheCueIsItsSubjectWhereTheParserHungItElsewhere() {
    String text = "In a letter backing the mayor, the fishermen's union said the harbor needs dredging.";
    Frame f = frame(text, "In/IN/case/3 a/DT/det/3 letter/NN/obl/12 backing/VBG/acl/3/back the/DT/det/6 mayor/NN/obj/4 "
        + ",/,/punct/6 the/DT/det/9 fishermen/NNS/nmod:poss/11/fisherman 's/POS/case/9 union/NN/appos/6 "
        + "said/VBD/root/0/say the/DT/det/14 harbor/NN/nsubj/15 needs/VBZ/ccomp/12/need dredging/NN/obj/15 "
        + "././punct/12", "said");
    assertThat(speaker(text, f)).isEqualTo("the fishermen's union");
    assertThat(content(text, f)).isEqualTo("the harbor needs dredging");
  }

  @Test
  void aCueJoinedByButToANounOfTheClauseBeforeSpeaksWithThatClausesSubject() {
    String text = "She cut the fare to $2 last year, but said the ferry still loses money.";
    Frame f = frame(text, "She/PRP/nsubj/2 cut/VBD/root/0/cut the/DT/det/4 fare/NN/obj/2 to/IN/dep/4 $/$/dep/5 "
        + "2/CD/dep/6 last/JJ/amod/9 year/NN/obl:tmod/2 ,/,/punct/7 but/CC/cc/12 said/VBD/conj/7/say the/DT/det/14 "
        + "ferry/NN/nsubj/16 still/RB/advmod/16 loses/VBZ/ccomp/12/lose money/NN/obj/16 ././punct/2", "said");
    assertThat(speaker(text, f)).isEqualTo("She");
    assertThat(content(text, f)).isEqualTo("the ferry still loses money");
  }

  @Test
  void anInvertedAttributionSetOffAfterTheSubjectSpeaksTheSentenceAroundIt() {
    String text = "The trouble with the bridge, said Ana Ruiz, a city engineer, is that nobody maintains it.";
    Frame f = frame(text, "The/DT/det/2 trouble/NN/nsubj/7 with/IN/case/5 the/DT/det/5 bridge/NN/nmod/2 ,/,/punct/7 "
        + "said/VBD/root/0/say Ana/NNP/compound/9 Ruiz/NNP/nsubj/15 ,/,/punct/9 a/DT/det/13 city/NN/compound/13 "
        + "engineer/NN/appos/9 ,/,/punct/9 is/VBZ/ccomp/7/be that/IN/mark/18 nobody/NN/nsubj/18 "
        + "maintains/VBZ/ccomp/15/maintain it/PRP/obj/18 ././punct/7", "said");
    assertThat(speaker(text, f)).isEqualTo("Ana Ruiz, a city engineer");
    assertThat(content(text, f)).startsWith("The trouble with the bridge").endsWith("is that nobody maintains it");
  }

  @Test
  void aTopicCueTakesTheQuestionAfterAbout() {
    String text = "The mayor talked about how the bridge changed the town.";
    Frame f = frame(text, "The/DT/det/2 mayor/NN/nsubj/3 talked/VBD/root/0/talk about/IN/mark/8 how/WRB/advmod/8 "
        + "the/DT/det/7 bridge/NN/nsubj/8 changed/VBD/advcl/3/change the/DT/det/10 town/NN/obj/8 ././punct/3", "talked");
    assertThat(speaker(text, f)).isEqualTo("The mayor");
    assertThat(content(text, f)).isEqualTo("how the bridge changed the town");
  }

  @Test
  void speakReportsOnlyTheTopicAfterAboutOrOf() {
    String text = "The mayor spoke about the new tax on fuel at the meeting.";
    Frame f = frame(text, "The/DT/det/2 mayor/NN/nsubj/3 spoke/VBD/root/0/speak about/IN/case/7 the/DT/det/7 "
        + "new/JJ/amod/7 tax/NN/obl/3 on/IN/case/9 fuel/NN/nmod/7 at/IN/case/12 the/DT/det/12 meeting/NN/obl/3 "
        + "././punct/3", "spoke");
    assertThat(speaker(text, f)).isEqualTo("The mayor");
    assertThat(content(text, f)).isEqualTo("the new tax on fuel");
    String of = "The mayor spoke of a new era for the harbor.";
    assertThat(content(of, frame(of, "The/DT/det/2 mayor/NN/nsubj/3 spoke/VBD/root/0/speak of/IN/case/7 a/DT/det/7 "
        + "new/JJ/amod/7 era/NN/obl/3 for/IN/case/10 the/DT/det/10 harbor/NN/nmod/7 ././punct/3", "spoke")))
        .isEqualTo("a new era for the harbor");
    String when = "The mayor spoke at the meeting on Tuesday.";
    assertThat(frames(when, "The/DT/det/2 mayor/NN/nsubj/3 spoke/VBD/root/0/speak at/IN/case/6 the/DT/det/6 "
        + "meeting/NN/obl/3 on/IN/case/8 Tuesday/NNP/obl/3 ././punct/3")).isEmpty();
  }

  @Test
  void aBoastAboutSomethingReportsItsTopic() {
    String text = "The mayor boasted about the new bridge in his speech.";
    Frame f = frame(text, "The/DT/det/2 mayor/NN/nsubj/3 boasted/VBD/root/0/boast about/IN/case/7 the/DT/det/7 "
        + "new/JJ/amod/7 bridge/NN/obl/3 in/IN/case/10 his/PRP$/nmod:poss/10 speech/NN/obl/3 ././punct/3", "boasted");
    assertThat(speaker(text, f)).isEqualTo("The mayor");
    assertThat(content(text, f)).isEqualTo("the new bridge");
  }

  @Test
  void aFiniteCueHungFromANounWhereTheParserFoundNoVerbIsTheMainVerb() {
    String text = "Ana Ruiz, a former adviser to the mayor and a friend of the family's, said that the bridge is safe.";
    Frame f = frame(text, "Ana/NNP/compound/2 Ruiz/NNP/root/0 ,/,/punct/2 a/DT/det/6 former/JJ/amod/6 adviser/NN/appos/2 "
        + "to/IN/case/9 the/DT/det/9 mayor/NN/nmod/6 and/CC/cc/12 a/DT/det/12 friend/NN/conj/6 of/IN/mark/18 "
        + "the/DT/det/15 family/NN/nsubj/18 's/POS/case/15 ,/,/punct/18 said/VBD/acl/12/say that/IN/mark/23 "
        + "the/DT/det/21 bridge/NN/nsubj/23 is/VBZ/cop/23/be safe/JJ/ccomp/18 ././punct/2", "said");
    assertThat(speaker(text, f)).startsWith("Ana Ruiz, a former adviser to the mayor");
    assertThat(content(text, f)).isEqualTo("the bridge is safe");

    String office = "After a week of talks, the mayor's office announced that the bridge will reopen.";
    Frame o = frame(office, "After/IN/case/3 a/DT/det/3 week/NN/root/0 of/IN/case/5 talks/NNS/nmod/3/talk ,/,/punct/3 "
        + "the/DT/det/8 mayor/NN/nmod:poss/10 's/POS/case/8 office/NN/appos/3 announced/VBD/acl/3/announce "
        + "that/IN/mark/16 the/DT/det/14 bridge/NN/nsubj/16 will/MD/aux/16 reopen/VB/ccomp/11 ././punct/3", "announced");
    assertThat(speaker(office, o)).isEqualTo("the mayor's office");
    assertThat(content(office, o)).isEqualTo("the bridge will reopen");
  }

  @Test
  void aGerundAfterAPrepositionThatTheParserMadeAnAdjectiveTakesTheNounAsItsObject() {
    String text = "The mayor answered the critics by mocking the council.";
    Frame f = frame(text, "The/DT/det/2 mayor/NN/nsubj/3 answered/VBD/root/0/answer the/DT/det/5 critics/NNS/obj/3/critic "
        + "by/IN/case/9 mocking/VBG/amod/9/mock the/DT/det/9 council/NN/obl/3 ././punct/3", "mocking");
    assertThat(speaker(text, f)).isEqualTo("The mayor");
    assertThat(content(text, f)).isEqualTo("the council");
  }

  @Test
  void aPluralPossessiveApostropheIsNoClosingQuoteBetweenSubjectAndCue() {
    String text = "The voters’ favorite candidate, Ana Ruiz, also decries the new toll.";
    Frame f = frame(text, "The/DT/det/2 voters/NNS/nsubj/11/voter ’/''/punct/2 favorite/JJ/amod/5 candidate/NN/dep/2 "
        + ",/,/punct/2 Ana/NNP/compound/8 Ruiz/NNP/appos/2 ,/,/punct/2 also/RB/advmod/11 decries/VBZ/root/0/decry "
        + "the/DT/det/14 new/JJ/amod/14 toll/NN/obj/11 ././punct/11", "decries");
    assertThat(speaker(text, f)).startsWith("The voters’ favorite candidate");
    assertThat(content(text, f)).isEqualTo("the new toll");
  }

  @Test
  void aParticipleAfterAQuotationThatEndsWithACommaSpeaksWithTheReportingClausesSubject() {
    // the parser hung "adding" from a word inside the quotation, and the closing mark stands between comma and cue
    String text = "Ruiz told the paper that the council “had a foolish plan that was doomed,” adding, “It will fail.”";
    Frame f = frame(text, "Ruiz/NNP/nsubj/2 told/VBD/root/0/tell the/DT/det/4 paper/NN/obj/2 that/IN/mark/9 "
        + "the/DT/det/7 council/NN/nsubj/9 “/``/punct/9 had/VBD/ccomp/2/have a/DT/det/12 foolish/JJ/amod/12 "
        + "plan/NN/obj/9 that/WDT/nsubj:pass/15 was/VBD/aux:pass/15/be doomed/VBN/acl:relcl/12/doom ,/,/punct/15 "
        + "”/''/punct/15 adding/VBG/dep/15/add ,/,/punct/18 “/``/punct/18 It/PRP/nsubj/23 will/MD/aux/23 "
        + "fail/VB/ccomp/18 ././punct/2 ”/''/punct/2", "adding");
    assertThat(speaker(text, f)).isEqualTo("Ruiz");
    assertThat(content(text, f)).isEqualTo("It will fail");
  }

  @Test
  void readOrConcludedRightAfterAQuotationNamesTheSourceTheParserTookForItsObject() {
    String text = "“The bridge will reopen in May,” read the statement.";
    Frame f = frame(text, "“/``/punct/10 The/DT/det/3 bridge/NN/nsubj/5 will/MD/aux/5 reopen/VB/ccomp/10 in/IN/case/7 "
        + "May/NNP/obl/5 ,/,/punct/10 ”/''/punct/10 read/VBD/root/0/read the/DT/det/12 statement/NN/obj/10 ././punct/10",
        "read");
    assertThat(speaker(text, f)).isEqualTo("the statement");

    String study = "“Tolls cut traffic,” concluded a 2013 study.";
    Frame c = frame(study, "“/``/punct/7 Tolls/NNS/nsubj/3/toll cut/VBP/ccomp/7 traffic/NN/obj/3 ,/,/punct/7 "
        + "”/''/punct/7 concluded/VBD/root/0/conclude a/DT/det/10 2013/CD/nummod/10 study/NN/obj/7 ././punct/7",
        "concluded");
    assertThat(speaker(study, c)).isEqualTo("a 2013 study");
  }

  @Test
  void thatSaidInParenthesesIsAFixedPhraseNotAReport() {
    String text = "(That said, she also noted, “The toll is too high.”)";
    List<Frame> found = frames(text, "(/-LRB-/punct/3 That/DT/nsubj/3 said/VBD/root/0/say ,/,/punct/3 she/PRP/nsubj/7 "
        + "also/RB/advmod/7 noted/VBD/ccomp/3/note ,/,/punct/7 “/``/punct/7 The/DT/det/11 toll/NN/nsubj/14 "
        + "is/VBZ/cop/14/be too/RB/advmod/14 high/JJ/ccomp/7 ././punct/3 ”/''/punct/3 )/-RRB-/punct/3");
    assertThat(found).extracting(f -> f.cueSpan().textIn(text)).containsExactly("noted");
    assertThat(speaker(text, found.get(0))).isEqualTo("she");
  }

  @Test
  void aBareDemonstrativeAsTheSubjectOfAStanceVerbIsAnEventNotASpeaker() {
    String text = "That has convinced some residents that the toll will fall.";
    assertThat(frames(text, "That/DT/nsubj/3 has/VBZ/aux/3/have convinced/VBN/root/0/convince some/DT/det/5 "
        + "residents/NNS/obj/3/resident that/IN/mark/10 the/DT/det/8 toll/NN/nsubj/10 will/MD/aux/10 "
        + "fall/VB/ccomp/3 ././punct/3")).isEmpty();

    String says = "This says the toll will fall.";
    assertThat(frames(says, "This/DT/nsubj/2 says/VBZ/root/0/say the/DT/det/4 toll/NN/nsubj/6 will/MD/aux/6 "
        + "fall/VB/ccomp/2 ././punct/2")).isEmpty();

    String survey = "Ruiz cited a survey that showed the toll will fall.";
    Frame f = frame(survey, "Ruiz/NNP/nsubj/2 cited/VBD/root/0/cite a/DT/det/4 survey/NN/obj/2 that/DT/nsubj/6 "
        + "showed/VBD/dep/4/show the/DT/det/8 toll/NN/nsubj/10 will/MD/aux/10 fall/VB/ccomp/6 ././punct/2",
        "showed");
    assertThat(content(survey, f)).isEqualTo("the toll will fall");
  }

  @Test
  void saidWithANounObjectThenARelativeClauseAndAFiniteVerbReportsTheWholeClause() {
    String text = "Residents said the decision, which closed a bridge that the town built, hurts the harbor.";
    Frame f = frame(text, "Residents/NNS/nsubj/2/resident said/VBD/root/0/say the/DT/det/4 decision/NN/obj/2 "
        + ",/,/punct/4 which/WDT/nsubj/7 closed/VBD/acl:relcl/4/close a/DT/det/9 bridge/NN/obj/7 "
        + "that/WDT/dep/13 the/DT/det/12 town/NN/nsubj/13 built/VBN/dep/9/build ,/,/punct/13 "
        + "hurts/VBZ/dep/13/hurt the/DT/det/17 harbor/NN/obj/15 ././punct/2", "said");
    assertThat(speaker(text, f)).isEqualTo("Residents");
    assertThat(content(text, f)).isEqualTo("the decision, which closed a bridge that the town built, hurts the harbor");
  }

  @Test
  void aTrailingAttributionParsedAsARelativeClauseReportsTheStatementBeforeIt() {
    String text = "In all, storms damaged 12 bridges and 10 roads, the state report said.";
    Frame f = frame(text, "In/IN/case/2 all/DT/obl/5 ,/,/punct/5 storms/NNS/nsubj/5/storm damaged/VBD/root/0/damage "
        + "12/CD/nummod/7 bridges/NNS/obj/5/bridge and/CC/cc/10 10/CD/nummod/10 roads/NNS/conj/7/road ,/,/punct/7 "
        + "the/DT/det/14 state/NN/compound/14 report/NN/nsubj/15 said/VBD/acl:relcl/7/say ././punct/5", "said");
    assertThat(speaker(text, f)).isEqualTo("the state report");
    assertThat(content(text, f)).isEqualTo("In all, storms damaged 12 bridges and 10 roads");
  }

  @Test
  void coordinatedNamesBeforeARelativeClauseSpeakForACueTheParserHungFromIt() {
    String text = "Ana Ruiz and Tom Lee, who are both on the council, said on Monday that the bridge is safe.";
    Frame f = frame(text, "Ana/NNP/compound/2 Ruiz/NNP/root/0 and/CC/cc/5 Tom/NNP/compound/5 Lee/NNP/conj/2 "
        + ",/,/punct/2 who/WP/nsubj/12 are/VBP/cop/12/be both/DT/dep/12 on/IN/case/12 the/DT/det/12 "
        + "council/NN/acl:relcl/2 ,/,/punct/12 said/VBD/acl/12/say on/IN/case/16 Monday/NNP/obl/14 "
        + "that/IN/mark/21 the/DT/det/19 bridge/NN/nsubj/21 is/VBZ/cop/21/be safe/JJ/ccomp/14 ././punct/2", "said");
    assertThat(speaker(text, f)).startsWith("Ana Ruiz and Tom Lee");
    assertThat(content(text, f)).isEqualTo("the bridge is safe");
  }

  @Test
  void aPrepositionalPhraseBeforeAFinalAttributionIsItsCircumstanceNotWhatWasSaid() {
    String text = "In a speech last July, the mayor said:";
    Frame f = frame(text, "In/IN/case/3 a/DT/det/3 speech/NN/obl/9 last/JJ/amod/5 July/NNP/obl:tmod/3 ,/,/punct/9 "
        + "the/DT/det/8 mayor/NN/nsubj/9 said/VBD/root/0/say :/:/punct/9", "said");
    assertThat(speaker(text, f)).isEqualTo("the mayor");
    assertThat(content(text, f)).isNull();

    String statement = "In July, drivers paid twice, the mayor said.";
    Frame s = frame(statement, "In/IN/case/2 July/NNP/obl/5 ,/,/punct/5 drivers/NNS/nsubj/5/driver paid/VBD/advcl/10/pay "
        + "twice/RB/advmod/5 ,/,/punct/10 the/DT/det/9 mayor/NN/nsubj/10 said/VBD/root/0/say ././punct/10", "said");
    assertThat(content(statement, s)).isEqualTo("In July, drivers paid twice");
  }

  @Test
  void aParticipleAfterADayIsNotSpokenByTheDayButByTheClausesSubject() {
    // the parser made the participle the subject of a noun at the end of the reported clause
    String text = "The campaign sent an email Wednesday saying that the polls show Ruiz is in a tight race.";
    Frame f = frame(text, "The/DT/det/2 campaign/NN/nsubj/3 sent/VBD/root/0/send an/DT/det/5 email/NN/obj/3 "
        + "Wednesday/NNP/obl:tmod/3 saying/VBG/nsubj/17/say that/IN/mark/11 the/DT/det/10 polls/NNS/nsubj/11/poll "
        + "show/VBP/ccomp/7 Ruiz/NNP/obj/11 is/VBZ/cop/17/be in/IN/case/17 a/DT/det/17 tight/JJ/amod/17 "
        + "race/NN/parataxis/3 ././punct/3", "saying");
    assertThat(speaker(text, f)).isEqualTo("The campaign");
    assertThat(content(text, f)).isEqualTo("the polls show Ruiz is in a tight race");

    String paper = "Earlier, USA TODAY reported the group funded trips.";
    Frame r = frame(paper, "Earlier/RBR/advmod/5 ,/,/punct/5 USA/NNP/compound/4 TODAY/NNP/dep/5 reported/VBD/root/0/report "
        + "the/DT/det/7 group/NN/nsubj/8 funded/VBD/ccomp/5/fund trips/NNS/obj/8/trip ././punct/5", "reported");
    assertThat(speaker(paper, r)).isEqualTo("USA TODAY");
  }

  @Test
  void aParticipleTaggedAsAPastTenseAfterTheCuesNounIsNoClauseOfTheCue() {
    String text = "“We will win,” Ruiz said in an interview with the Tribune aired Monday.";
    Frame f = frame(text, "“/``/punct/4 We/PRP/nsubj/4 will/MD/aux/4 win/VB/root/0 ,/,/punct/4 ”/''/punct/4 "
        + "Ruiz/NNP/nsubj:pass/8 said/VBD/conj/4/say in/IN/case/11 an/DT/det/11 interview/NN/obl/8 with/IN/case/14 "
        + "the/DT/det/14 Tribune/NNP/nmod/11 aired/VBD/parataxis/4/air Monday/NNP/obl:tmod/15 ././punct/4", "said");
    assertThat(speaker(text, f)).isEqualTo("Ruiz");
  }

  @Test
  void ofTwoSubjectsTheParserGaveAVerbTheOneNextToItSpeaksForAParticipleOnItsObject() {
    String text = "Minutes later, she sent an email saying the vote was over.";
    Frame f = frame(text, "Minutes/NNP/nsubj/5 later/RB/advmod/5 ,/,/punct/5 she/PRP/nsubj/5 sent/VBD/root/0/send "
        + "an/DT/det/7 email/NN/obj/5 saying/VBG/acl/7/say the/DT/det/10 vote/NN/nsubj/12 was/VBD/cop/12/be "
        + "over/RB/ccomp/8 ././punct/5", "saying");
    assertThat(speaker(text, f)).isEqualTo("she");
    assertThat(content(text, f)).isEqualTo("the vote was over");
  }

  @Test
  void sayInAHeadlineReportsAllThatFollowsItEvenWithoutAVerb() {
    String text = "Ruiz says new tolls, fewer ferries to fix budget.\n\nLee says new tolls.";
    ParsedText parsed = new ParsedText(text)
        .sentence("Ruiz/NNP/nsubj/2 says/VBZ/root/0/say new/JJ/amod/4 tolls/NNS/obj/2/toll ,/,/punct/4 "
            + "fewer/JJ/amod/7 ferries/NNS/nsubj/9/ferry to/TO/mark/9 fix/VB/acl/4 budget/NN/obj/9 ././punct/2")
        .sentence("Lee/NNP/nsubj/2 says/VBZ/root/0/say new/JJ/amod/4 tolls/NNS/obj/2/toll ././punct/2");
    FrameFinder finder = new FrameFinder(LEXICON, true);
    Frame headline = finder.find(parsed.parses.get(0)).get(0);
    assertThat(speaker(text, headline)).isEqualTo("Ruiz");
    assertThat(content(text, headline)).isEqualTo("new tolls, fewer ferries to fix budget");
    // in the body, a noun after "says" is no report ("says hello", "said nothing")
    assertThat(finder.find(parsed.parses.get(1))).allSatisfy(f -> assertThat(f.content()).isNull());
  }
  @Test
  void aRelativePronounBeforeTheSpeakerIsTheSubjectOfTheClauseReportedAfterTheCue() {
    String text = "The council backed a toll plan, which the mayor says left the budget whole.";
    String parse = "The/DT/det/2 council/NN/nsubj/3 backed/VBD/root/0/back a/DT/det/6 toll/NN/compound/6 plan/NN/obj/3 "
        + ",/,/punct/6 which/WDT/obj/11 the/DT/det/10 mayor/NN/nsubj/11 says/VBZ/acl:relcl/6/say left/VBN/dep/11/leave "
        + "the/DT/det/14 budget/NN/obj/12 whole/JJ/xcomp/12 ././punct/3";
    Frame f = frame(text, parse, "says");
    assertThat(speaker(text, f)).isEqualTo("the mayor");
    assertThat(content(text, f)).isEqualTo("left the budget whole");
    // no relative pronoun: the parse gives no sign of what the clause after the cue is about
    String bare = "The council backed a toll plan the mayor says left the budget whole.";
    assertThat(frames(bare, "The/DT/det/2 council/NN/nsubj/3 backed/VBD/root/0/back a/DT/det/6 toll/NN/compound/6 "
        + "plan/NN/obj/3 the/DT/det/8 mayor/NN/nsubj/9 says/VBZ/acl:relcl/6/say left/VBN/dep/9/leave the/DT/det/12 "
        + "budget/NN/obj/10 whole/JJ/xcomp/10 ././punct/3"))
        .noneMatch(g -> g.cueSpan().textIn(bare).equals("says") && g.content() != null);
  }
  @Test
  void aParticipleReadAsTheSubjectOfTheReportedClauseSpeaksWithTheSubjectAboveAnInfinitive() {
    String text = "The city has used the tolls to repair roads, saying the bridge is a priority for the budget.";
    Frame f = frame(text, "The/DT/det/2 city/NN/nsubj/4 has/VBZ/aux/4/have used/VBN/root/0/use the/DT/det/6 "
        + "tolls/NNS/obj/4/toll to/TO/mark/8 repair/VB/xcomp/4 roads/NNS/obj/8/road ,/,/punct/8 saying/VBG/nsubj/16/say "
        + "the/DT/det/13 bridge/NN/obj/11 is/VBZ/cop/16/be a/DT/det/16 priority/NN/parataxis/8 for/IN/case/19 "
        + "the/DT/det/19 budget/NN/nmod/16 ././punct/4", "saying");
    assertThat(speaker(text, f)).isEqualTo("The city");
    assertThat(content(text, f)).isEqualTo("the bridge is a priority for the budget");
  }

  @Test
  void aCueAfterARelativePronounReadAsAnAuxiliaryReportsTheRestOfTheRelativeClause() {
    String text = "Ruiz, who says the council is stalling because tolls have fallen, said voters should decide.";
    Frame f = frame(text, "Ruiz/NNP/nsubj/14 ,/,/punct/1 who/WP/obj/8 says/VBZ/aux/8/say the/DT/det/6 "
        + "council/NN/nsubj/8 is/VBZ/aux/8/be stalling/VBG/acl:relcl/1/stall because/IN/mark/12 tolls/NNS/nsubj/12/toll "
        + "have/VBP/aux/12 fallen/VBN/advcl/8/fall ,/,/punct/1 said/VBD/root/0/say voters/NNS/nsubj/17/voter "
        + "should/MD/aux/17 decide/VB/ccomp/14 ././punct/14", "says");
    assertThat(speaker(text, f)).isEqualTo("Ruiz, who");
    assertThat(content(text, f)).isEqualTo("the council is stalling because tolls have fallen");
  }
  @Test
  void aTimeBetweenTheCommaAndTheCueKeepsTheOpeningPhraseAsTheSpeaker() {
    String text = "Ruiz, who led the council for a decade, last week said tolls would rise.";
    Frame f = frame(text, "Ruiz/NNP/root/0 ,/,/punct/1 who/WP/nsubj/4 led/VBD/acl:relcl/1/lead the/DT/det/6 "
        + "council/NN/obj/4 for/IN/case/9 a/DT/det/9 decade/NN/obl/4 ,/,/punct/9 last/JJ/amod/12 week/NN/obl:tmod/13 "
        + "said/VBD/acl/9/say tolls/NNS/nsubj/16/toll would/MD/aux/16 rise/VB/ccomp/13 ././punct/1", "said");
    assertThat(speaker(text, f)).isEqualTo("Ruiz");
    assertThat(content(text, f)).isEqualTo("tolls would rise");
  }
}
