package dev.claimex.models.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trains a tiny model from a fixture written for this test (not ClaimBuster data). */
class CheckworthinessTrainerTest {
  private static List<CheckworthinessTrainer.Example> fixture() throws Exception {
    return TrainCheckworthiness.readClaimBuster(path("tiny-claims.json"));
  }

  private static Path path(String name) throws URISyntaxException {
    return Path.of(CheckworthinessTrainerTest.class.getResource(name).toURI());
  }

  @Test
  void trainsWritesAndReadsBackTheSameModel() throws Exception {
    List<CheckworthinessTrainer.Example> data = fixture();
    assertThat(data).hasSize(24);
    CheckworthinessModel model = CheckworthinessTrainer.train(data, new CheckworthinessTrainer.Settings(0.0, 0.1, 1, 100, 1, false));

    CheckworthinessModel.Scores factual = model.score("Imports fell by 9 percent in 2021.");
    CheckworthinessModel.Scores chatter = model.score("Thank you, I think so.");
    assertThat(factual.checkworthy()).isGreaterThan(chatter.checkworthy());
    assertThat(chatter.nonFactual()).isGreaterThan(factual.nonFactual());
    assertThat(factual.nonFactual() + factual.unimportant() + factual.checkworthy()).isCloseTo(1.0,
        org.assertj.core.data.Offset.offset(1e-9));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    CheckworthinessModel back = CheckworthinessModel.read(out.toByteArray());
    assertThat(back.score("Imports fell by 9 percent in 2021.")).isEqualTo(factual);
  }

  @Test
  void trainingIsDeterministic() throws Exception {
    CheckworthinessTrainer.Settings s = new CheckworthinessTrainer.Settings(0.0, 0.1, 1, 50, 2, true);
    CheckworthinessModel a = CheckworthinessTrainer.train(fixture(), s);
    CheckworthinessModel b = CheckworthinessTrainer.train(fixture(), s);
    assertThat(a.score("The council approved 14 new schools.")).isEqualTo(b.score("The council approved 14 new schools."));
  }

  @Test
  void foldsAreStableAndCoverAllIds() {
    assertThat(TrainCheckworthiness.fold("12345", 5)).isEqualTo(TrainCheckworthiness.fold("12345", 5));
    int[] counts = new int[5];
    for (int i = 0; i < 1000; i++) {
      counts[TrainCheckworthiness.fold(Integer.toString(i), 5)]++;
    }
    for (int c : counts) {
      assertThat(c).isBetween(150, 250);
    }
  }

  @Test
  void rejectsUnknownLabels() {
    assertThatThrownBy(() -> CheckworthinessModel.Label.ofClaimBuster(2)).isInstanceOf(IllegalArgumentException.class);
  }
}
