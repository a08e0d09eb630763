package dev.claimex.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import dev.claimex.api.Sentence;
import dev.claimex.api.Span;
import dev.claimex.api.Speaker;
import dev.claimex.api.SpeakerType;
import dev.claimex.api.Token;
import dev.claimex.api.TokenRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The invariant checker must accept a sound document and name what is wrong with a broken one. */
class DocumentInvariantsTest {
  private static final String TEXT = "Harbour bridge to reopen on Friday\n"
      + "Councillor Megan Price said on Tuesday that repairs to the bridge in Port Talbot were finished.\n"
      + "“The crossing will reopen on Friday,” Price told the Evening Post.";

  /** A sound document with a mention of every kind, an entity, a quote and a claim. */
  static Document sound() {
    DocumentFixture f = DocumentFixture.of("bridge-1", TEXT).published("2025-03-12");
    f.region(RegionKind.HEADLINE, "Harbour bridge to reopen on Friday");
    EntityMention megan = f.mention(EntityType.PERSON, "Megan Price");
    f.time(EntityType.DATE, "Tuesday", "2025-03-11");
    EntityMention talbot = f.mention(EntityType.LOCATION, "Port Talbot");
    EntityMention price = f.mention(EntityType.PERSON, "Price");
    EntityMention post = f.mention(EntityType.ORGANIZATION, "Evening Post");
    Entity person = f.entity(EntityType.PERSON, "Megan Price", megan, price);
    f.entity(EntityType.LOCATION, "Port Talbot", talbot);
    f.entity(EntityType.ORGANIZATION, "Evening Post", post);
    Span content = f.span("The crossing will reopen on Friday,");
    Speaker speaker = new Speaker(SpeakerType.PERSON, f.textSpan("Price told"), Optional.of("Megan Price"),
        Optional.of(person.id()), Optional.empty());
    f.quote(new Quote("q1", QuoteKind.DIRECT, content, content.textIn(TEXT), List.of(content), Optional.of(speaker),
        Optional.of(f.textSpan("told")), Optional.of(f.textSpan("the Evening Post")), 0.9));
    Span claim = f.span("repairs to the bridge in Port Talbot were finished");
    f.claim(new Claim("c1", claim, claim.textIn(TEXT), ClaimType.EVENT, 0.8, Optional.empty(), Optional.of("q1"),
        List.of(talbot.id()), Optional.of("2025-03-11"), List.of(), Polarity.ASSERTED, 0.6));
    return f.build();
  }

  @Test
  void acceptsASoundDocument() {
    Document d = sound();
    assertThat(d.tokens()).isNotEmpty();
    assertThat(d.sentences()).hasSize(3);
    assertThatCode(() -> DocumentInvariants.check(d)).doesNotThrowAnyException();
  }

  @Test
  void rejectsATokenWhoseTextIsNotTheTextUnderIt() {
    Document d = sound();
    List<Token> tokens = new ArrayList<>(d.tokens());
    Token t = tokens.get(0);
    tokens.set(0, new Token(0, t.span(), "Harbor", 0));
    assertThatThrownBy(() -> DocumentInvariants.check(copy(d, tokens, d.sentences(), d.mentions(), d.entities(),
        d.quotes(), d.claims())))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("token #0 'Harbor'")
        .hasMessageContaining("'Harbour'");
  }

  @Test
  void rejectsASpanPastTheEndOfTheText() {
    Document d = sound();
    List<EntityMention> mentions = new ArrayList<>(d.mentions());
    EntityMention last = mentions.get(mentions.size() - 1);
    mentions.set(mentions.size() - 1, new EntityMention(last.id(), last.type(),
        new Span(TEXT.length() - 2, TEXT.length() + 3), last.text(), last.value(), last.entityId()));
    assertThat(DocumentInvariants.problems(copy(d, d.tokens(), d.sentences(), mentions, d.entities(),
        d.quotes(), d.claims())))
        .anyMatch(p -> p.contains("ends past the text"));
  }

  @Test
  void rejectsMentionsOutOfOrder() {
    Document d = sound();
    List<EntityMention> mentions = new ArrayList<>(d.mentions());
    java.util.Collections.reverse(mentions);
    assertThat(DocumentInvariants.problems(copy(d, d.tokens(), d.sentences(), mentions, d.entities(),
        d.quotes(), d.claims())))
        .anyMatch(p -> p.startsWith("mentions are not sorted by start"));
  }

  @Test
  void rejectsSentencesThatDoNotTileTheTokens() {
    Document d = sound();
    List<Sentence> sentences = new ArrayList<>(d.sentences());
    Sentence second = sentences.get(1);
    sentences.set(1, new Sentence(1, second.span(), new TokenRange(second.tokens().start() + 1, second.tokens().end())));
    assertThat(DocumentInvariants.problems(copy(d, d.tokens(), sentences, d.mentions(), d.entities(),
        d.quotes(), d.claims())))
        .anyMatch(p -> p.contains("must tile the token list"))
        .anyMatch(p -> p.contains("names sentence 1"));
  }

  @Test
  void rejectsDanglingAndDuplicateIds() {
    Document d = sound();
    List<EntityMention> mentions = new ArrayList<>(d.mentions());
    EntityMention first = mentions.get(0);
    mentions.set(0, new EntityMention(first.id(), first.type(), first.span(), first.text(), first.value(),
        Optional.of("e99")));
    mentions.set(1, new EntityMention(first.id(), mentions.get(1).type(), mentions.get(1).span(),
        mentions.get(1).text(), mentions.get(1).value(), Optional.empty()));
    List<Entity> entities = new ArrayList<>(d.entities());
    entities.add(new Entity("e4", EntityType.PERSON, "Nobody", List.of("m42")));
    Claim c = d.claims().get(0);
    Claim badClaim = new Claim(c.id(), c.span(), c.text(), c.type(), c.confidence(), c.claimant(),
        Optional.of("q7"), List.of("m77"), c.time(), c.hedges(), c.polarity(), c.checkworthiness());
    List<String> problems = DocumentInvariants.problems(copy(d, d.tokens(), d.sentences(), mentions, entities,
        d.quotes(), List.of(badClaim)));
    assertThat(problems)
        .anyMatch(p -> p.equals("mention id 'm1' is used more than once"))
        .anyMatch(p -> p.contains("names entity 'e99', which does not exist"))
        .anyMatch(p -> p.contains("lists mention 'm42', which does not exist"))
        .anyMatch(p -> p.contains("names quote 'q7', which does not exist"))
        .anyMatch(p -> p.contains("lists mention 'm77', which does not exist"));
  }

  @Test
  void rejectsAQuoteFragmentOutsideItsContent() {
    Document d = sound();
    Quote q = d.quotes().get(0);
    Quote bad = new Quote(q.id(), q.kind(), q.content(), q.text(), List.of(new Span(0, 7)), q.speaker(), q.cue(),
        q.channel(), q.confidence());
    assertThat(DocumentInvariants.problems(copy(d, d.tokens(), d.sentences(), d.mentions(), d.entities(),
        List.of(bad), d.claims())))
        .anyMatch(p -> p.contains("fragment [0,7) lies outside its content"));
  }

  private static Document copy(Document d, List<Token> tokens, List<Sentence> sentences, List<EntityMention> mentions,
                               List<Entity> entities, List<Quote> quotes, List<Claim> claims) {
    return new Document(d.id(), d.text(), d.published(), d.metadata(), sentences, tokens, d.regions(), mentions,
        entities, quotes, claims, d.language(), d.warnings(), d.provenance());
  }
}
