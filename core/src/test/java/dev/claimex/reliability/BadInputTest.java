package dev.claimex.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimex.Claimex;
import dev.claimex.api.Document;
import dev.claimex.api.EntityType;
import dev.claimex.api.Metadata;
import dev.claimex.api.Warning;
import dev.claimex.pipeline.Pipeline;
import dev.claimex.pipeline.ProcessingException;
import dev.claimex.testing.DocumentInvariants;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs scraped text really holds, through the default pipeline: each gives a valid document
 * (offsets into the text as given) or a clear {@link ProcessingException}, nothing else.
 */
@Tag("model")
class BadInputTest {
  private static final Metadata META = Metadata.of("t", LocalDate.of(2025, 10, 21));

  private static Document process(String text) {
    Document d = Pipelines.full().process(text, META);
    DocumentInvariants.check(d);
    return d;
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\n\t  \r\n", "Hello", "Trump", "\u00a0\u2003", "\uFEFF"})
  void emptyWhitespaceAndSingleWordsGiveValidDocuments(String text) {
    Document d = process(text);
    assertThat(d.text()).isEqualTo(text);
    assertThat(d.claims()).isEmpty();
  }

  @Test
  void oneSentenceOfTenThousandTokensIsBoundedAndWarned() {
    StringBuilder sb = new StringBuilder("On Tuesday, ");
    Random r = new Random(5);
    String[] words = {"the", "minister", "said", "Putin", "Washington", "and", "talks", "in", "2024", "Kyiv"};
    for (int i = 0; i < 10_000; i++) {
      sb.append(words[r.nextInt(words.length)]).append(' ');
    }
    Document d = process(sb.append("ended.").toString());
    assertThat(d.sentences()).anySatisfy(s -> assertThat(s.tokens().size()).isGreaterThan(9_000));
    assertThat(d.warnings()).extracting(Warning::code).contains("long-sentence");
    assertThat(d.mentions()).extracting(m -> m.type()).contains(EntityType.PERSON);
  }

  @Test
  void ordinarySentencesGiveNoLongSentenceWarning() {
    Document d = process("Putin met Trump in Helsinki on Monday, the Kremlin said.");
    assertThat(d.warnings()).extracting(Warning::code).doesNotContain("long-sentence");
    assertThat(d.mentions()).extracting(m -> m.type()).contains(EntityType.DATE, EntityType.PERSON);
  }

  @Test
  void fiveMegabyteArticleWorksWithinTheCharacterLimitAndFailsClearlyAboveIt() {
    String article = fiveMegabytes();
    // the full pipeline on 5 MB takes minutes: check the limits, and that tokens and regions scale
    Document d = Pipelines.tokensOnly().process(article, META);
    DocumentInvariants.check(d);
    assertThat(d.sentences()).hasSizeGreaterThan(10_000);
    Pipeline small = Pipeline.builder().add(dev.claimex.stages.CoreNlpTokenizer::new).maxCharacters(1_000_000).build();
    assertThatThrownBy(() -> small.process(article, META))
        .isInstanceOf(ProcessingException.class)
        .hasMessageContaining("more than the limit of 1000000")
        .extracting(e -> ((ProcessingException) e).stage()).isEqualTo("input");
  }

  @Test
  void aDocumentOverTheTimeLimitFailsNamingTheLimit() {
    Pipeline hurried = Claimex.defaults().maxTime(Duration.ofMillis(1)).build();
    assertThatThrownBy(() -> hurried.process(fiveMegabytes().substring(0, 300_000), META))
        .isInstanceOf(ProcessingException.class)
        .hasMessageContaining("took longer than the limit of 0.001 s");
  }

  private static String fiveMegabytes() {
    String para = "MOSCOW, Oct 21 (Reuters) - Russian President Vladimir Putin said on Tuesday that talks with "
        + "U.S. President Donald Trump in Budapest would go ahead, according to the Kremlin.\n";
    return para.repeat(5_000_000 / para.length());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Line one.\r\nPutin said on Tuesday.\r\nTrump replied.",
      "Line one.\rPutin said on Tuesday.\rTrump replied.\r",
      "\uFEFFPutin said on Tuesday that talks would go ahead.",
      "Putin\u0000 said\u0007 on\u001b[31m Tuesday\u000b that\f talks\u0085 would go ahead.",
      "<p>Putin said on <b>Tuesday</b> that talks &amp; meetings would go ahead.</p><script>var x = \"</p>\";</script>",
      "Putin said \uD800 on Tuesday \uDC00 that talks would go ahead.",
      "\u202EPutin said\u200B on\u2028Tuesday\u2029that talks would go ahead.",
      "😀 Putin 👍🏽 said on Tuesday 🇺🇦 that talks would go ahead. 𝕿𝖗𝖚𝖒𝖕"})
  void lineEndingsControlCharactersMarkupAndOddUnicodeKeepOffsetsIntoTheTextAsGiven(String text) {
    Document d = process(text);
    assertThat(d.text()).isEqualTo(text);
    assertThat(d.mentions()).extracting(m -> m.text()).anyMatch(t -> t.contains("Putin"));
  }

  @Test
  void crlfAndLfGiveTheSameAnalysisOnShiftedOffsets() {
    String lf = "Kremlin talks\nPutin said on Tuesday that talks with Trump would go ahead.\nZelensky disagreed.";
    Document a = process(lf);
    Document b = process(lf.replace("\n", "\r\n"));
    assertThat(b.sentences()).hasSameSizeAs(a.sentences());
    assertThat(b.mentions()).extracting(m -> m.type() + " " + m.text())
        .containsExactlyElementsOf(a.mentions().stream().map(m -> m.type() + " " + m.text()).toList());
  }

  @Test
  void binaryGarbageGivesAValidDocument() {
    Random r = new Random(42);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      sb.append((char) r.nextInt(0x10000));
    }
    Document d = process(sb.toString());
    assertThat(d.text()).hasSize(20_000);
  }

  @Test
  void nonEnglishTextIsWarnedAndNotDressedUpAsClaims() {
    String german = "Der russische Präsident sagte am Dienstag, dass die Gespräche mit dem amerikanischen "
        + "Präsidenten in Budapest stattfinden würden, teilte der Kreml mit. Die Regierung in Kiew widersprach.";
    Document d = process(german);
    assertThat(d.language()).hasValueSatisfying(l -> assertThat(l.isEnglish()).isFalse());
    assertThat(d.warnings()).extracting(Warning::code).contains("not-english");
    String russian = "Президент России Владимир Путин заявил во вторник, что переговоры с президентом США "
        + "состоятся в Будапеште, сообщили в Кремле.";
    Document ru = process(russian);
    assertThat(ru.warnings()).extracting(Warning::code).contains("not-english");
    assertThat(ru.mentions()).isEmpty();
  }

  @Test
  void mixedLanguageTextKeepsTheEnglishAnalysis() {
    String mixed = "Russian President Vladimir Putin said on Tuesday that talks with Donald Trump would go ahead. "
        + "«Мы готовы к переговорам», сказал он. The Kremlin gave no date for the meeting in Budapest.";
    Document d = process(mixed);
    assertThat(d.mentions()).extracting(m -> m.text()).contains("Vladimir Putin", "Donald Trump");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\"Talks will go ahead, Putin said on Tuesday. Trump did not reply.",
      "Talks will go ahead,\" Putin said. \"We are ready.\" \"And so?",
      "\"He told me 'she said \\\"no\\\" to me' yesterday,\" Putin said.",
      "“He told me ‘she said «no» to me’ yesterday,” Putin said.",
      "The screen is 15\" wide and the board 2' 6\" long, Trump said.",
      "Trump read \"War and Peace\" and \"The Art of the Deal\" on Tuesday.",
      "\"\"\"\"\"\" '''''' ”“”“ «»«»",
      "He said: \"",
      "\""})
  void unbalancedNestedAndNonQuoteQuotationMarksKeepInvariants(String text) {
    Document d = process(text);
    assertThat(d.text()).isEqualTo(text);
  }
}
