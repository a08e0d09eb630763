package dev.claimex.stages.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteLexiconTest {
  private final QuoteLexicon lex = new QuoteLexicon(List.of("say said : ccomp", "urge : xcomp ccomp", "deny : obj"),
      List.of("media Reuters|Fox News", "pronoun he|she"), List.of());

  @Test
  void generatesInflectionsAndKeepsIrregularForms() {
    assertThat(lex.isCueForm("says")).isTrue();
    assertThat(lex.isCueForm("said")).isTrue();
    assertThat(lex.isCueForm("saying")).isTrue();
    assertThat(lex.isCueForm("urged")).isTrue();
    assertThat(lex.isCueForm("urging")).isTrue();
    assertThat(lex.isCueForm("denies")).isTrue();
    assertThat(lex.isCueForm("denied")).isTrue();
    assertThat(lex.isCueForm("sandwich")).isFalse();
  }

  @Test
  void readsContentKinds() {
    assertThat(lex.verb("urge")).hasValueSatisfying(k -> assertThat(k)
        .containsExactlyInAnyOrder(QuoteLexicon.Content.XCOMP, QuoteLexicon.Content.CCOMP));
    assertThat(lex.verb("eat")).isEmpty();
  }

  @Test
  void mediaNamesLongestFirst() {
    assertThat(lex.mediaNames()).containsExactly("Fox News", "Reuters");
    assertThat(lex.is(QuoteLexicon.SpeakerClass.PRONOUN, "He")).isTrue();
  }

  @Test
  void theShippedLexiconsLoad() {
    QuoteLexicon shipped = new QuoteLexicon();
    assertThat(shipped.verb("say")).isPresent();
    assertThat(shipped.infos()).hasSize(2);
  }
}
