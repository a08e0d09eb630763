package dev.claimex.stages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimex.api.Entity;
import dev.claimex.api.EntityType;
import dev.claimex.api.Metadata;
import dev.claimex.api.Span;
import dev.claimex.pipeline.Analysis;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityGrouperTest {
  private static final EntityGrouper GROUPER = new EntityGrouper(new PlaceAliases());

  private static Analysis analysis(String text, Object... typeAndPhrase) {
    Analysis a = new Analysis("t", text, Metadata.EMPTY);
    int from = 0;
    for (int i = 0; i < typeAndPhrase.length; i += 2) {
      String phrase = (String) typeAndPhrase[i + 1];
      int at = text.indexOf(phrase, from);
      a.addMention((EntityType) typeAndPhrase[i], new Span(at, at + phrase.length()), Optional.empty());
      from = at + phrase.length();
    }
    return a;
  }

  private static Entity entityOf(Analysis a, String mentionText) {
    String id = a.mentions().stream().filter(m -> m.text().equals(mentionText)).findFirst().orElseThrow()
        .entityId().orElseThrow();
    return a.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void surnamesJoinTheFullNameAndTheNameDropsPossessives() {
    Analysis a = analysis("Angela Merkel's aide said Merkel would travel. Merkel declined.",
        EntityType.PERSON, "Angela Merkel's", EntityType.PERSON, "Merkel", EntityType.PERSON, "Merkel");
    GROUPER.apply(a);
    assertThat(a.entities()).hasSize(1);
    assertThat(a.entities().get(0).name()).isEqualTo("Angela Merkel");
    assertThat(a.entities().get(0).mentionIds()).hasSize(3);
  }

  @Test
  void transliterationVariantsAreOnePerson() {
    Analysis a = analysis("Recep Tayyip Erdoğan met reporters; Erdogan said little.",
        EntityType.PERSON, "Recep Tayyip Erdoğan", EntityType.PERSON, "Erdogan");
    GROUPER.apply(a);
    assertThat(entityOf(a, "Erdogan").name()).isEqualTo("Recep Tayyip Erdoğan");
    assertThat(EntityGrouper.sameName("Zelenskyy", "Zelensky")).isTrue();
    assertThat(EntityGrouper.sameName("Smith", "Smyth")).isTrue();
    assertThat(EntityGrouper.sameName("Biden", "Bidet")).isFalse();
  }

  @Test
  void differentPeopleStayApart() {
    Analysis a = analysis("Hillary Clinton and Chelsea Clinton spoke; Bill Gates listened.",
        EntityType.PERSON, "Hillary Clinton", EntityType.PERSON, "Chelsea Clinton", EntityType.PERSON, "Bill Gates");
    GROUPER.apply(a);
    assertThat(a.entities()).extracting(Entity::name)
        .containsExactly("Hillary Clinton", "Chelsea Clinton", "Bill Gates");
  }

  @Test
  void placeAliasesShareACanonicalName() {
    Analysis a = analysis("The U.S. and the United States are one; the UK is another.",
        EntityType.LOCATION, "U.S.", EntityType.LOCATION, "United States", EntityType.LOCATION, "UK");
    GROUPER.apply(a);
    assertThat(a.entities()).extracting(Entity::name).containsExactly("United States", "United Kingdom");
    assertThat(entityOf(a, "U.S.").mentionIds()).hasSize(2);
  }

  @Test
  void everyNameMentionPointsToAnEntityThatListsIt() {
    Analysis a = analysis("Reuters reported from Paris that Macron spoke.",
        EntityType.ORGANIZATION, "Reuters", EntityType.LOCATION, "Paris", EntityType.PERSON, "Macron");
    GROUPER.apply(a);
    for (var m : a.mentions()) {
      Entity e = a.entities().stream().filter(x -> x.id().equals(m.entityId().orElseThrow())).findFirst().orElseThrow();
      assertThat(e.mentionIds()).contains(m.id());
      assertThat(e.type()).isEqualTo(m.type());
    }
    assertThat(List.of(a.entities().size())).containsExactly(3);
  }
}
