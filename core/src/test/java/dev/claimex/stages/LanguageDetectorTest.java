package dev.claimex.stages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimex.api.Document;
import dev.claimex.api.Warning;
import dev.claimex.pipeline.Pipeline;
import dev.claimex.testing.DocumentInvariants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Language detection with OpenNLP's language-detection model: a small model that loads in well
 * under a second, so these tests are not tagged "model".
 */
class LanguageDetectorTest {
  private static Pipeline language;

  @BeforeAll
  static void load() {
    language = Pipeline.builder().add(new LanguageDetector()).build();
  }

  private static Document process(String text) {
    Document d = language.process(text);
    DocumentInvariants.check(d);
    return d;
  }

  @Test
  void anEnglishParagraphIsEnglishWithoutWarnings() {
    Document d = process("The regional transport authority said on Thursday that night buses would run every "
        + "twenty minutes from March, after a survey found that most shift workers had no other way home.");
    assertThat(d.language()).hasValueSatisfying(l -> {
      assertThat(l.code()).isEqualTo("eng");
      assertThat(l.isEnglish()).isTrue();
      assertThat(l.confidence()).isBetween(0.0, 1.0);
    });
    assertThat(d.warnings()).isEmpty();
  }

  @Test
  void aGermanParagraphIsDetectedAndWarnedAbout() {
    Document d = process("Die Stadtverwaltung hat am Donnerstag angekündigt, dass die Nachtbusse ab März alle "
        + "zwanzig Minuten fahren sollen, nachdem eine Umfrage gezeigt hatte, dass viele Schichtarbeiter "
        + "keinen anderen Weg nach Hause haben.");
    assertThat(d.language()).hasValueSatisfying(l -> assertThat(l.code()).isEqualTo("deu"));
    assertThat(d.warnings()).singleElement().satisfies(w -> {
      assertThat(w).extracting(Warning::stage, Warning::code).containsExactly("language", "not-english");
      assertThat(w.message()).contains("'deu'");
    });
  }

  @Test
  void aTextWithTooFewLettersIsLeftUndetected() {
    Document d = process("12:30 — 4-2 (3)");
    assertThat(d.language()).isEmpty();
    assertThat(d.warnings()).isEmpty();
  }
}
