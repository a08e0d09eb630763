package dev.claimex.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimex.api.Claim;
import dev.claimex.api.ClaimType;
import dev.claimex.api.Document;
import dev.claimex.api.Entity;
import dev.claimex.api.EntityMention;
import dev.claimex.api.EntityType;
import dev.claimex.api.Polarity;
import dev.claimex.api.Quote;
import dev.claimex.api.QuoteKind;
import dev.claimex.api.RegionKind;
import dev.claimex.api.Span;
import dev.claimex.api.Speaker;
import dev.claimex.api.SpeakerType;
import dev.claimex.pipeline.Result;
import dev.claimex.testing.DocumentFixture;
import dev.claimex.testing.DocumentInvariants;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The JSON Lines output: the field names here are what the evaluation kit ({@code score.py}) and
 * users' scripts read, so a rename must fail a test.
 */
class DocumentJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String TEXT = "Published: 2025-06-02\n"
      + "Water rationing ends in Valencia\n"
      + "Mayor Lucía Ortega said on Monday that reservoirs were 80% full. "
      + "“We can lift the limits this week,” Ortega told Radio Túria.";

  private static Document document() {
    DocumentFixture f = DocumentFixture.of("valencia-water", TEXT).published("2025-06-03").language("eng", 0.98765);
    f.region(RegionKind.DATELINE, "Published: 2025-06-02");
    f.region(RegionKind.HEADLINE, "Water rationing ends in Valencia");
    EntityMention valencia = f.mention(EntityType.LOCATION, "Valencia");
    EntityMention lucia = f.mention(EntityType.PERSON, "Lucía Ortega");
    f.time(EntityType.DATE, "Monday", "2025-06-02");
    f.mention(EntityType.PERCENT, "80%");
    f.time(EntityType.DATE, "this week", "2025-W23");
    EntityMention ortega = f.mention(EntityType.PERSON, "Ortega");
    EntityMention radio = f.mention(EntityType.ORGANIZATION, "Radio Túria");
    f.entity(EntityType.LOCATION, "Valencia", valencia);
    Entity person = f.entity(EntityType.PERSON, "Lucía Ortega", lucia, ortega);
    f.entity(EntityType.ORGANIZATION, "Radio Túria", radio);
    Span content = f.span("We can lift the limits this week,");
    f.quote(new Quote("q1", QuoteKind.DIRECT, content, content.textIn(TEXT), List.of(content),
        Optional.of(new Speaker(SpeakerType.PERSON, f.textSpan("Ortega told"), Optional.of("Lucía Ortega"),
            Optional.of(person.id()), Optional.empty())),
        Optional.of(f.textSpan("told")), Optional.of(f.textSpan("Radio Túria")), 0.91234));
    Span said = f.span("reservoirs were 80% full");
    f.claim(new Claim("c1", said, said.textIn(TEXT), ClaimType.QUANTITY, 0.7, Optional.empty(), Optional.empty(),
        List.of(), Optional.of("2025-06-02"), List.of(), Polarity.ASSERTED, 0.8));
    Span lift = f.span("We can lift the limits this week");
    f.claim(new Claim("c2", lift, lift.textIn(TEXT), ClaimType.PREDICTION, 0.6,
        Optional.of(new Speaker(SpeakerType.PERSON, f.textSpan("Ortega told"), Optional.of("Lucía Ortega"),
            Optional.of(person.id()), Optional.empty())),
        Optional.of("q1"), List.of(), Optional.of("2025-W23"), List.of(f.textSpan("can")), Polarity.ASSERTED, 0.5));
    f.warn("language", "low-confidence", "language guessed from a short text");
    return f.build();
  }

  private static JsonNode json(String line) throws Exception {
    assertThat(line).doesNotContain("\n");
    return MAPPER.readTree(line);
  }

  @Test
  void theFixtureIsASoundDocument() {
    DocumentInvariants.check(document());
  }

  @Test
  void writesTheDocumentFieldsTheEvaluationKitReads() throws Exception {
    Document d = document();
    JsonNode n = json(new DocumentJson().line(new Result.Success(d)));
    assertThat(n.path("id").asText()).isEqualTo("valencia-water");
    assertThat(n.path("published").asText()).isEqualTo("2025-06-03");
    assertThat(n.path("text").asText()).isEqualTo(TEXT);
    assertThat(n.path("language").path("code").asText()).isEqualTo("eng");
    assertThat(n.path("language").path("confidence").asDouble()).isEqualTo(0.988);
    assertThat(n.has("tokens")).as("tokens only on request").isFalse();
    assertThat(fieldNames(n)).containsExactly("id", "published", "language", "text", "sentences", "regions",
        "entities", "canonicalEntities", "quotes", "claims", "warnings", "provenance");
  }

  @Test
  void entitiesCarryTypeTextOffsetsNameAndValue() throws Exception {
    JsonNode entities = json(new DocumentJson().line(new Result.Success(document()))).path("entities");
    assertThat(entities).hasSize(7);
    for (JsonNode e : entities) {
      assertThat(TEXT.substring(e.path("start").asInt(), e.path("end").asInt()))
          .as("Java String offsets into the original text").isEqualTo(e.path("text").asText());
    }
    JsonNode lucia = entities.get(1);
    assertThat(lucia.path("id").asText()).isEqualTo("m2");
    assertThat(lucia.path("type").asText()).isEqualTo("PERSON");
    assertThat(lucia.path("text").asText()).isEqualTo("Lucía Ortega");
    assertThat(lucia.path("name").asText()).isEqualTo("Lucía Ortega");
    assertThat(lucia.path("entity").asText()).isEqualTo("e2");
    assertThat(lucia.has("value")).isFalse();
    JsonNode shortName = entities.get(5);
    assertThat(shortName.path("text").asText()).isEqualTo("Ortega");
    assertThat(shortName.path("name").asText()).as("a short mention carries the canonical name").isEqualTo("Lucía Ortega");
    JsonNode monday = entities.get(2);
    assertThat(monday.path("type").asText()).isEqualTo("DATE");
    assertThat(monday.path("value").asText()).isEqualTo("2025-06-02");
    assertThat(monday.has("name")).as("a date belongs to no entity").isFalse();
    assertThat(entities.get(4).path("value").asText()).isEqualTo("2025-W23");
  }

  @Test
  void canonicalEntitiesRegionsSentencesWarningsAndProvenance() throws Exception {
    JsonNode n = json(new DocumentJson().line(new Result.Success(document())));
    JsonNode person = n.path("canonicalEntities").get(1);
    assertThat(person.path("id").asText()).isEqualTo("e2");
    assertThat(person.path("type").asText()).isEqualTo("PERSON");
    assertThat(person.path("name").asText()).isEqualTo("Lucía Ortega");
    assertThat(person.path("mentions")).extracting(JsonNode::asText).containsExactly("m2", "m6");
    JsonNode headline = n.path("regions").get(1);
    assertThat(headline.path("kind").asText()).isEqualTo("HEADLINE");
    assertThat(TEXT.substring(headline.path("start").asInt(), headline.path("end").asInt()))
        .isEqualTo("Water rationing ends in Valencia");
    JsonNode sentence = n.path("sentences").get(1);
    assertThat(sentence.path("firstToken").asInt()).isLessThan(sentence.path("endToken").asInt());
    assertThat(n.path("warnings").get(0).path("code").asText()).isEqualTo("low-confidence");
    assertThat(n.path("warnings").get(0).path("stage").asText()).isEqualTo("language");
    assertThat(n.path("provenance").path("claimex").asText()).isEqualTo("test");
    assertThat(n.path("provenance").path("stages")).extracting(JsonNode::asText).containsExactly("fixture");
    assertThat(n.path("provenance").path("models").get(0).path("name").asText()).isEqualTo("hand-made");
  }

  @Test
  void quotesCarryContentSpeakerCueAndChannel() throws Exception {
    JsonNode q = json(new DocumentJson().line(new Result.Success(document()))).path("quotes").get(0);
    assertThat(q.path("id").asText()).isEqualTo("q1");
    assertThat(q.path("kind").asText()).isEqualTo("DIRECT");
    assertThat(TEXT.substring(q.path("start").asInt(), q.path("end").asInt())).isEqualTo(q.path("text").asText())
        .isEqualTo("We can lift the limits this week,");
    assertThat(q.path("fragments")).hasSize(1);
    JsonNode speaker = q.path("speaker");
    assertThat(speaker.path("type").asText()).isEqualTo("PERSON");
    assertThat(speaker.path("text").asText()).isEqualTo("Ortega told");
    assertThat(TEXT.substring(speaker.path("start").asInt(), speaker.path("end").asInt())).isEqualTo("Ortega told");
    assertThat(speaker.path("name").asText()).isEqualTo("Lucía Ortega");
    assertThat(speaker.path("entity").asText()).isEqualTo("e2");
    assertThat(q.path("cue").path("text").asText()).isEqualTo("told");
    assertThat(q.path("channel").path("text").asText()).isEqualTo("Radio Túria");
    assertThat(q.path("confidence").asDouble()).isEqualTo(0.912);
  }

  @Test
  void claimsCarryTypeOffsetsAndClaimantAuthorWhenTheArticleAssertsThem() throws Exception {
    JsonNode claims = json(new DocumentJson().line(new Result.Success(document()))).path("claims");
    JsonNode own = claims.get(0);
    assertThat(own.path("type").asText()).isEqualTo("QUANTITY");
    assertThat(TEXT.substring(own.path("start").asInt(), own.path("end").asInt())).isEqualTo("reservoirs were 80% full");
    assertThat(own.path("claimant").path("type").asText()).isEqualTo("AUTHOR");
    assertThat(own.has("quote")).isFalse();
    assertThat(own.path("polarity").asText()).isEqualTo("ASSERTED");
    JsonNode quoted = claims.get(1);
    assertThat(quoted.path("claimant").path("name").asText()).isEqualTo("Lucía Ortega");
    assertThat(quoted.path("quote").asText()).isEqualTo("q1");
    assertThat(quoted.path("time").asText()).isEqualTo("2025-W23");
    assertThat(quoted.path("hedges").get(0).path("text").asText()).isEqualTo("can");
    assertThat(quoted.path("checkworthiness").asDouble()).isEqualTo(0.5);
  }

  @Test
  void aDocumentWithoutDateOrFindingsStillHasEveryArray() throws Exception {
    Document d = DocumentFixture.of("bare", "nothing here").build();
    JsonNode n = json(new DocumentJson().line(new Result.Success(d)));
    assertThat(n.path("published").isNull()).as("published is null, not absent").isTrue();
    assertThat(n.has("language")).isFalse();
    for (String array : List.of("sentences", "regions", "entities", "canonicalEntities", "quotes", "claims", "warnings")) {
      assertThat(n.path(array).isArray()).as(array).isTrue();
    }
    assertThat(n.path("entities")).isEmpty();
  }

  @Test
  void optionsLeaveOutTheTextAndAddTokens() throws Exception {
    JsonNode n = json(new DocumentJson(new DocumentJson.Options(false, true)).line(new Result.Success(document())));
    assertThat(n.has("text")).isFalse();
    JsonNode first = n.path("tokens").get(0);
    assertThat(first.path("text").asText()).isEqualTo("Published");
    assertThat(first.path("start").asInt()).isZero();
    assertThat(first.path("end").asInt()).isEqualTo(9);
  }

  @Test
  void quoteKindsListOnlyThoseQuotesAndClaimsKeepTheirClaimant() throws Exception {
    DocumentJson indirectOnly = new DocumentJson(new DocumentJson.Options(true, false, EnumSet.of(QuoteKind.INDIRECT)));
    JsonNode n = json(indirectOnly.line(new Result.Success(document())));
    assertThat(n.path("quotes")).isEmpty();
    JsonNode quoted = n.path("claims").get(1);
    assertThat(quoted.path("claimant").path("name").asText()).isEqualTo("Lucía Ortega");
    assertThat(quoted.has("quote")).as("no reference to a quote left out").isFalse();
    DocumentJson direct = new DocumentJson(new DocumentJson.Options(true, false, EnumSet.of(QuoteKind.DIRECT)));
    assertThat(json(direct.line(new Result.Success(document()))).path("quotes")).hasSize(1);
    assertThatThrownBy(() -> new DocumentJson.Options(true, false, EnumSet.noneOf(QuoteKind.class)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quoteKinds");
  }

  @Test
  void aFailureIsAnErrorRecordWithIdStageAndMessageOnly() throws Exception {
    Result.Failure f = new Result.Failure("docs.jsonl:3", "input", "line 3 of docs.jsonl is not JSON: \"oops\"\nat 1",
        Optional.of(new IllegalStateException("not written")));
    String line = new DocumentJson().line(f);
    JsonNode n = json(line);
    assertThat(fieldNames(n)).containsExactly("id", "error");
    assertThat(n.path("id").asText()).isEqualTo("docs.jsonl:3");
    assertThat(fieldNames(n.path("error"))).containsExactly("stage", "message");
    assertThat(n.path("error").path("stage").asText()).isEqualTo("input");
    assertThat(n.path("error").path("message").asText()).isEqualTo("line 3 of docs.jsonl is not JSON: \"oops\"\nat 1");
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
