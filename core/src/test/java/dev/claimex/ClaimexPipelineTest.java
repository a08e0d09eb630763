package dev.claimex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimex.api.Document;
import dev.claimex.api.Entity;
import dev.claimex.api.EntityMention;
import dev.claimex.api.EntityType;
import dev.claimex.api.Metadata;
import dev.claimex.api.Region;
import dev.claimex.pipeline.Input;
import dev.claimex.pipeline.Pipeline;
import dev.claimex.pipeline.Result;
import dev.claimex.testing.DocumentInvariants;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The default pipeline end to end, on a made-up article: people, places, a relative date
 * resolved against the publication date, regions, and the same result from a pipeline shared
 * by two threads. Loads the CoreNLP models once for the class: tagged "model".
 */
@Tag("model")
class ClaimexPipelineTest {
  private static final String ARTICLE = """
      Flood barrier fails in Hamburg
      Published: 2025-03-12 08:30
      Mayor Sarah Collins said on Tuesday that the new flood barrier on the Elbe had failed during a storm surge.
      Collins told reporters in Hamburg that engineers from Rotterdam would inspect the barrier next week.
      The post Flood barrier fails in Hamburg appeared first on North Sea Daily
      """;

  private static Pipeline claimex;

  @BeforeAll
  static void build() {
    claimex = Claimex.pipeline();
  }

  @Test
  void findsPeoplePlacesAndResolvesRelativeDates() {
    Document d = claimex.process(ARTICLE, Metadata.of("hamburg-flood", LocalDate.parse("2025-03-12")));
    DocumentInvariants.check(d);

    assertThat(d.id()).isEqualTo("hamburg-flood");
    assertThat(d.language()).hasValueSatisfying(l -> assertThat(l.isEnglish()).isTrue());
    assertThat(d.warnings()).isEmpty();
    assertThat(d.regions()).extracting(Region::kind).extracting(Enum::name)
        .contains("HEADLINE", "DATELINE", "BOILERPLATE");

    List<Entity> people = d.entities().stream().filter(e -> e.type() == EntityType.PERSON).toList();
    assertThat(people).extracting(Entity::name).containsExactly("Sarah Collins");
    assertThat(people.get(0).mentionIds()).hasSize(2);
    assertThat(d.entities().stream().filter(e -> e.type() == EntityType.LOCATION).map(Entity::name))
        .contains("Hamburg", "Rotterdam");

    EntityMention tuesday = d.mentions().stream().filter(m -> m.text().equals("Tuesday")).findFirst().orElseThrow();
    assertThat(tuesday.type()).isEqualTo(EntityType.DATE);
    assertThat(tuesday.value()).as("the Tuesday before a Wednesday publication").contains("2025-03-11");
    assertThat(d.provenance().stages()).startsWith("tokenize").contains("names", "dates", "entities");

    // one shared pipeline on two threads gives what a serial call gives
    List<Input> copies = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      copies.add(new Input.Text("hamburg-flood", ARTICLE, Metadata.of(null, LocalDate.parse("2025-03-12"))));
    }
    List<Result> results = new ArrayList<>();
    claimex.processAll(copies.iterator(), 2, results::add);
    assertThat(results).hasSize(4).allSatisfy(r -> assertThat(r).isEqualTo(new Result.Success(d)));
  }

  @Test
  void readsTimeExpressionsAroundTheirTriggersInLongSentences() {
    // SUTime reads only a stretch of tokens around each time word: expressions far apart in one
    // sentence, a time with its zone and date, and a period with no other time word near it
    String text = "The offer for the remaining shares of the company, which analysts had valued at far more "
        + "than the bid when it was first made, was extended until 5 p.m. EST Nov. 9, and the board, "
        + "which had rejected three earlier proposals from rival bidders and their advisers, will meet again on Friday.\n"
        + "The chain hopes to reach half of the market by the mid-1990s.";
    Document d = claimex.process(text, dev.claimex.api.Metadata.of("t", LocalDate.parse("1989-11-02")));
    DocumentInvariants.check(d);
    List<String> times = d.mentions().stream()
        .filter(m -> m.type() == EntityType.DATE || m.type() == EntityType.TIME || m.type() == EntityType.DURATION)
        .map(m -> m.text() + "=" + m.value().orElse("")).toList();
    assertThat(times).contains("Friday=1989-11-03", "the mid-1990s=199X");
    assertThat(times).anyMatch(t -> t.startsWith("5 p.m. EST Nov. 9="));
  }
}
