package dev.claimex.models.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceFeaturesTest {
  @Test
  void foldsNumbersAndMarksQuantities() {
    String[] f = SentenceFeatures.of("Prices rose 7% in 2023, to $12.5 billion.");
    assertThat(f).contains("bias", "w=prices", "w=<num>", "w=<year>", "percent", "money", "magnitude",
        "number+magnitude", "b=<s>_prices");
    assertThat(f).doesNotContain("w=2023", "question");
  }

  @Test
  void marksQuestionsPronounsAndModals() {
    String[] f = SentenceFeatures.of("Would you tell us what we should do?");
    assertThat(f).contains("question", "person=1", "person=2", "modal");
  }

  @Test
  void isDeterministicAndDuplicateFree() {
    String s = "The the the committee met.";
    assertThat(SentenceFeatures.of(s)).containsExactly(SentenceFeatures.of(s));
    assertThat(SentenceFeatures.of(s)).doesNotHaveDuplicates();
  }

  @Test
  void valuesHaveConstantLength() {
    String[] f = SentenceFeatures.of("A short one.");
    float[] v = SentenceFeatures.values(f);
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    assertThat(v).hasSameSizeAs(f);
    assertThat(norm).isCloseTo(24.0, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void stemsShareForms() {
    assertThat(SentenceFeatures.stem("voted")).isEqualTo(SentenceFeatures.stem("votes"));
    assertThat(SentenceFeatures.stem("voting")).isEqualTo("vot");
  }
}
