package dev.claimex.stages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimex.api.Document;
import dev.claimex.api.Sentence;
import dev.claimex.api.Token;
import dev.claimex.pipeline.Pipeline;
import dev.claimex.testing.DocumentInvariants;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tokens and sentences from CoreNLP's rule-based tokenizer: no statistical model, so these are
 * fast tests. Token spans must point into the text exactly as given, whatever it holds.
 */
class CoreNlpTokenizerTest {
  private static Pipeline tokenize;

  @BeforeAll
  static void build() {
    tokenize = Pipeline.builder().add(new CoreNlpTokenizer()).add(new RegionMarker()).build();
  }

  private static Document process(String text) {
    Document d = tokenize.process(text);
    DocumentInvariants.check(d);
    return d;
  }

  /** The text through CoreNLP's own annotators alone, for the steps the stage adds after them. */
  private static edu.stanford.nlp.pipeline.Annotation coreNlp(String text, String annotators) {
    java.util.Properties props = new java.util.Properties();
    props.setProperty("annotators", annotators);
    edu.stanford.nlp.pipeline.Annotation a = new edu.stanford.nlp.pipeline.Annotation(text);
    new edu.stanford.nlp.pipeline.StanfordCoreNLP(props).annotate(a);
    return a;
  }

  private static List<String> sentences(Document d) {
    return d.sentences().stream().map(s -> d.textOf(s.span())).toList();
  }

  @Test
  void everyLineBreakEndsASentence() {
    Document d = process("Heatwave grips the south\nTemperatures reached 38C in Seville on Sunday. "
        + "Officials urged people to stay indoors.\nWhat comes next\n");
    assertThat(sentences(d)).containsExactly("Heatwave grips the south",
        "Temperatures reached 38C in Seville on Sunday.", "Officials urged people to stay indoors.",
        "What comes next");
  }

  @Test
  void crlfTextKeepsItsOffsets() {
    Document d = process("Bridge reopens\r\nTraffic flowed again on Monday, police said.\r\n");
    assertThat(sentences(d)).containsExactly("Bridge reopens", "Traffic flowed again on Monday, police said.");
    assertThat(d.tokens()).extracting(Token::text).doesNotContain("\r", "\n", "\r\n");
  }

  @Test
  void anAttributionAfterAQuotedQuestionStaysInItsSentence() {
    assertThat(sentences(process("“Why not?” asked Jane Doe. \"Help!\" shouted a man. “Stop!” He ran.")))
        .containsExactly("“Why not?” asked Jane Doe.", "\"Help!\" shouted a man.", "“Stop!”", "He ran.");
  }

  @Test
  void aQuotationMarkStaysWithTheSentenceItOpensOrCloses() {
    // CoreNLP's splitter pairs marks by counting: after a quotation of two sentences it gave the next
    // opening mark to the sentence before and made the last closing mark a sentence of its own
    for (String[] q : new String[][] {{"\"", "\""}, {"“", "”"}}) {
      String text = q[0] + "This is it. We are looking," + q[1] + " Sanders said, going on. " + q[0] + "So I would look." + q[1];
      assertThat(sentences(process(text))).containsExactly(q[0] + "This is it.",
          "We are looking," + q[1] + " Sanders said, going on.", q[0] + "So I would look." + q[1]);
    }
  }

  @Test
  void doubledApostrophesOpeningAQuotationStayWithItsSentence() {
    // CoreNLP reads every '' as a closing mark: the splitter gave the next quotation's opening one to the sentence before
    String text = "''We won,'' said Ana Ruiz, who ran the count in May. ''It is done.''";
    assertThat(sentences(process(text))).containsExactly("''We won,'' said Ana Ruiz, who ran the count in May.",
        "''It is done.''");
  }

  @Test
  void quotesContractionsAndAbbreviationsStayAlignedWithTheText() {
    String text = "“We can’t wait,” said Dr. Amara Okafor of the U.S. Geological Survey — “not again.”";
    Document d = process(text);
    assertThat(d.sentences()).hasSize(1);
    assertThat(d.tokens()).extracting(Token::text).contains("“", "ca", "n’t", "Dr.", "U.S.", "—", "”");
  }

  @Test
  void curlyMarksClosingTogetherReadAsOneClosingMark() {
    // CoreNLP keeps "’”" as one word, which the tagger took for a noun: the speaker after it was lost
    String text = "“She said ‘I know,’” Rep. Jane Doe said. “‘Fair’ is the word,” he said. ‘‘We won,’’ she said.";
    edu.stanford.nlp.pipeline.Annotation a = coreNlp(text, "tokenize");
    CoreNlpTokenizer.normalizeQuoteClusters(a);
    java.util.Map<String, String> words = new java.util.LinkedHashMap<>();
    for (edu.stanford.nlp.ling.CoreLabel t : a.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class)) {
      words.put(text.substring(t.beginPosition(), t.endPosition()), t.word());
    }
    assertThat(words).containsEntry("’”", "''").containsEntry("“‘", "``").containsEntry("Rep.", "Rep.")
        .containsEntry("’’", "''"); // some sites write ’’ for one closing mark
    assertThat(process(text).tokens()).extracting(Token::text).contains("’”", "“‘");
  }

  @Test
  void charactersOutsideTheBasicPlaneAndOddSpacesKeepOffsetsInJavaUnits() {
    String text = "Fans cheered 🎉 as the\u00a0team landed in Zürich.\nPrices rose 5\u2009% in a year.";
    Document d = process(text);
    assertThat(d.tokens()).extracting(Token::text).contains("🎉", "Zürich", "landed");
    assertThat(d.sentences()).extracting(Sentence::index).containsExactly(0, 1);
  }

  @Test
  void anEmptyOrBlankTextHasNoTokens() {
    assertThat(process("").tokens()).isEmpty();
    assertThat(process(" \n\t\n").sentences()).isEmpty();
  }

  @Test
  void aBreakBeforeALowercaseWordOnTheSameLineIsNoSentenceEnd() {
    Document d = process("Rep. Jane Doe (R-S.C.) said the plan failed. Sen. John Roe (D-Calif.) agreed. Prices rose.\nnext line");
    assertThat(sentences(d)).containsExactly("Rep. Jane Doe (R-S.C.) said the plan failed.",
        "Sen. John Roe (D-Calif.) agreed.", "Prices rose.", "next line");
    for (Sentence s : d.sentences()) {
      assertThat(d.tokens().subList(s.tokens().start(), s.tokens().end())).allMatch(t -> t.sentence() == s.index());
    }
  }

  @Test
  void aJoinedSentenceNumbersItsWordsFromOne() {
    // CoreNLP's parser reports each word by this index: a second part restarting at 1 would
    // overwrite the first part's words
    String text = "Rep. Jane Doe (R-S.C.) said the plan failed.";
    edu.stanford.nlp.pipeline.Annotation a = coreNlp(text, "tokenize,ssplit");
    assertThat(a.get(edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation.class)).hasSize(2);
    CoreNlpTokenizer.joinFalseBreaks(a, text);
    List<edu.stanford.nlp.util.CoreMap> joined = a.get(edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation.class);
    assertThat(joined).hasSize(1);
    List<edu.stanford.nlp.ling.CoreLabel> toks = joined.get(0).get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class);
    for (int i = 0; i < toks.size(); i++) {
      assertThat(toks.get(i).index()).as(toks.get(i).word()).isEqualTo(i + 1);
    }
  }
}
