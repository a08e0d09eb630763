package dev.claimex.stages.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GreedyArcStandardTest {
  @Test
  void aSubjectBesideAPassiveAuxiliaryBecomesPassive() {
    // "The bridge was closed and inspectors said it" : bridge <-nsubj- closed -aux:pass-> was
    int[] heads = {1, 3, 3, -1, 6, 6, 3, 6};
    String[] labels = {"det", "nsubj", "aux:pass", "root", "cc", "nsubj", "conj", "obj"};
    GreedyArcStandard.correctPassiveSubjects(heads, labels);
    assertThat(labels).containsExactly("det", "nsubj:pass", "aux:pass", "root", "cc", "nsubj", "conj", "obj");
  }

  @Test
  void aClausalSubjectToo() {
    int[] heads = {2, 2, -1};
    String[] labels = {"csubj", "aux:pass", "root"};
    GreedyArcStandard.correctPassiveSubjects(heads, labels);
    assertThat(labels).containsExactly("csubj:pass", "aux:pass", "root");
  }
}
