package dev.claimex.stages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimex.api.EntityMention;
import dev.claimex.api.EntityType;
import dev.claimex.api.Metadata;
import dev.claimex.api.Sentence;
import dev.claimex.api.Span;
import dev.claimex.api.Token;
import dev.claimex.api.TokenRange;
import dev.claimex.pipeline.Analysis;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The name rules on hand-tagged tokens: no CRF model needed. */
class NameMentionsTest {
  private static final NameMentions STAGE = new NameMentions(new NameRules());

  /**
   * Sentences of space-separated tokens; a token "Word/PERSON" carries a CRF tag, others are O.
   */
  private static Analysis tagged(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sents = new ArrayList<>();
    List<String[]> tags = new ArrayList<>();
    for (String s : sentences) {
      int first = tokens.size();
      String[] parts = s.split(" ");
      String[] t = new String[parts.length];
      for (int i = 0; i < parts.length; i++) {
        String[] wt = parts[i].split("/");
        if (text.length() > 0) {
          text.append(i == 0 ? "\n" : " ");
        }
        int start = text.length();
        text.append(wt[0]);
        tokens.add(new Token(tokens.size(), new Span(start, text.length()), wt[0], sents.size()));
        t[i] = wt.length > 1 ? wt[1] : "O";
      }
      sents.add(new Sentence(sents.size(), new Span(tokens.get(first).span().start(), text.length()),
          new TokenRange(first, tokens.size())));
      tags.add(t);
    }
    Analysis a = new Analysis("t", text.toString(), Metadata.EMPTY);
    a.setTokens(tokens, sents);
    a.setRegions(RegionMarker.mark(text.toString()));
    a.put(CrfNameTagger.RAW, tags);
    STAGE.apply(a);
    return a;
  }

  private static String mentions(Analysis a) {
    return a.mentions().stream().map(m -> m.type() + ":" + m.text()).collect(Collectors.joining(", "));
  }

  @Test
  void governmentSeatsActAsOrganizationsButAreVisitedAsPlaces() {
    Analysis a = tagged("The Kremlin/LOCATION said it would wait .",
        "Aides met at the White/LOCATION House/LOCATION on Monday .",
        "A White/LOCATION House/LOCATION spokesman declined to comment .");
    assertThat(mentions(a)).isEqualTo("ORGANIZATION:Kremlin, LOCATION:White House, ORGANIZATION:White House");
  }

  @Test
  void organizationAndPlaceHeadWordsDecideTheType() {
    Analysis a = tagged("Analysts at the Brookings/LOCATION Council/LOCATION wrote about Kherson/ORGANIZATION Oblast/ORGANIZATION .");
    assertThat(mentions(a)).isEqualTo("ORGANIZATION:Brookings Council, LOCATION:Kherson Oblast");
  }

  @Test
  void untaggedKnownPlacesAreFoundUnlessPartOfALongerName() {
    Analysis a = tagged("Europe/LOCATION stands behind Kyiv .", "Reporters from The Kyiv Independent wrote it .");
    assertThat(mentions(a)).isEqualTo("LOCATION:Europe, LOCATION:Kyiv");
  }

  @Test
  void compassPointsAreNotPlaces() {
    Analysis a = tagged("A bridge between East/LOCATION and West/LOCATION , said Austria/LOCATION .");
    assertThat(mentions(a)).isEqualTo("LOCATION:Austria");
  }

  @Test
  void surnamesOfPeopleNamedInFullArePeopleEverywhere() {
    Analysis a = tagged("Jacinda/PERSON Ardern/PERSON spoke first .",
        "The Ardern/LOCATION - Albanese meeting went well , Ardern said .");
    List<EntityMention> people = a.mentions().stream().filter(m -> m.type() == EntityType.PERSON).toList();
    assertThat(people).extracting(EntityMention::text).containsExactly("Jacinda Ardern", "Ardern", "Ardern");
  }

  @Test
  void knownPlacesMistakenForPeopleBecomePlacesButCityNamedTeamsStay() {
    Analysis a = tagged("Crimea/PERSON was annexed .", "Boston/ORGANIZATION beat Chicago/ORGANIZATION 5-3 .");
    assertThat(mentions(a)).isEqualTo("LOCATION:Crimea, ORGANIZATION:Boston, ORGANIZATION:Chicago");
  }
}
