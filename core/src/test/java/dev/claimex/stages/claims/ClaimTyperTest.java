package dev.claimex.stages.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimex.api.ClaimType;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Typing rules on invented sentences (the lexicon is the shipped one). */
class ClaimTyperTest {
  private static final ClaimTyper TYPER = new ClaimTyper(ClaimCues.load());

  private static ClaimTyper.Typing type(String sentence) {
    return TYPER.type(Words.ofText(sentence), Set.of(), 0.0, 0.0, false);
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', value = {
      "The flood destroyed 340 homes along the river.|QUANTITY",
      "Turnout reached 61% in the northern districts.|QUANTITY",
      "The mayor said the budget grew by 12 million euros.|QUANTITY",
      "The outage stemmed from a faulty transformer.|CAUSATION",
      "Officials said the bridge closed because of the storm.|CAUSATION",
      "Farmers became poorer after the subsidies ended.|CAUSATION",
      "The warmer the winter, the shorter the ski season.|CAUSATION",
      "The union insists that wages must rise.|STANCE",
      "The union demands that wages rise.|STANCE",
      "The mayor met the strikers to hear their demands.|EVENT",
      "The minister rejected the proposal on Friday.|STANCE",
      "The governor said she did not want another delay.|STANCE",
      "The chairman announced that he would step down.|STANCE",
      "The agency said prices would fall next spring.|PREDICTION",
      "Rain is likely to reach the coast tonight.|PREDICTION",
      "The new stadium will open in the autumn.|PREDICTION",
      "Selling raw milk is illegal in the province.|LAW_OR_RULE",
      "Critics call the plan a historic mistake.|OPINION",
      "I grew up on a farm near the border.|PERSONAL_EXPERIENCE",
      "The ferry left the harbour at dawn.|EVENT",
      "The delay has raised questions about whether the vote will go ahead.|EVENT",
  })
  void typesBySentenceFrameAndCues(String sentence, ClaimType expected) {
    assertThat(type(sentence).type()).isEqualTo(expected);
  }

  @Test
  void narratedWouldIsNoPrediction() {
    assertThat(type("The report followed the council's promise that it would act.").type()).isNotEqualTo(ClaimType.PREDICTION);
  }

  @Test
  void negatedCausalLinkIsNoCausation() {
    assertThat(type("The talks did not lead to an agreement.").type()).isEqualTo(ClaimType.EVENT);
  }

  @Test
  void numbersInsideTimeExpressionsAreNoQuantity() {
    Words w = Words.ofText("The ministers met on May 14 in Oslo.");
    int fourteen = w.lower().indexOf("14");
    assertThat(TYPER.type(w, Set.of(fourteen), 0.0, 0.0, false).type()).isEqualTo(ClaimType.EVENT);
    assertThat(TYPER.type(w, Set.of(), 0.0, 0.0, false).type()).isEqualTo(ClaimType.QUANTITY);
  }

  @Test
  void bareYearsAreNoQuantity() {
    assertThat(type("The treaty talks began in 1998 in Geneva.").type()).isEqualTo(ClaimType.EVENT);
  }

  @Test
  void denialFrameIsMarked() {
    ClaimTyper.Typing t = type("The ministry denied that troops had crossed the line.");
    assertThat(t.type()).isEqualTo(ClaimType.STANCE);
    assertThat(t.denial()).isTrue();
  }

  @Test
  void confidentlyNonFactualSentencesAreOpinions() {
    Words w = Words.ofText("We all want what is best for our children.");
    assertThat(TYPER.type(w, Set.of(), 0.95, 0.0, false).type()).isEqualTo(ClaimType.OPINION);
    Words q = Words.ofText("We spent 40 percent more than them.");
    assertThat(TYPER.type(q, Set.of(), 0.95, 0.0, false).type()).isEqualTo(ClaimType.QUANTITY);
  }
}
