package dev.claimex.stages.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimex.Claimex;
import dev.claimex.api.Claim;
import dev.claimex.api.ClaimType;
import dev.claimex.api.Document;
import dev.claimex.api.Metadata;
import dev.claimex.pipeline.Pipeline;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The claim stage inside the default pipeline (loads the CoreNLP models). */
@Tag("model")
class ClaimPipelineModelTest {
  private static final String TEXT = String.join("\n",
      "Council approves new tram line",
      "The city council approved a 2.4 billion euro tram line on Tuesday.",
      "Construction will start in March 2027.",
      "Details",
      "Shopkeepers believe the works will hurt their trade.",
      "Is the line worth it?",
      "");

  @Test
  void claimsComeLastWithTimesMentionsAndScores() {
    Pipeline p = Claimex.pipeline();
    assertThat(p.stages().get(p.stages().size() - 1)).isInstanceOf(ClaimStage.class);
    Document d = p.process(TEXT, Metadata.of("tram", LocalDate.parse("2026-05-12")));
    assertThat(d.claims()).extracting(Claim::type).containsExactly(
        ClaimType.EVENT, ClaimType.QUANTITY, ClaimType.PREDICTION, ClaimType.STANCE);
    Claim money = d.claims().get(1);
    assertThat(money.time()).isPresent();
    assertThat(money.mentionIds()).isNotEmpty();
    assertThat(d.claims()).allSatisfy(c -> assertThat(c.checkworthiness()).isBetween(0.0, 1.0));
    assertThat(money.checkworthiness()).isGreaterThan(d.claims().get(3).checkworthiness());
    ClaimStageTest.checkInvariants(TEXT, d.claims());
    assertThat(d.provenance().models()).extracting(m -> m.name()).contains("checkworthiness", "claim-cues");
  }
}
