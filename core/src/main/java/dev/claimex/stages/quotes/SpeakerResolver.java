package dev.claimex.stages.quotes;

import dev.claimex.api.Entity;
import dev.claimex.api.EntityMention;
import dev.claimex.api.EntityType;
import dev.claimex.api.Span;
import dev.claimex.api.Speaker;
import dev.claimex.api.SpeakerType;
import dev.claimex.api.TextSpan;
import dev.claimex.api.Token;
import dev.claimex.pipeline.Analysis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Types a speaker mention and names it from the document's entities, for one document: names
 * inside the mention (the head itself, "spokesperson Anna Kelly", an apposition "Russia's
 * envoy, Kirill Dmitriev"), outlets ("a report by CNN"), organizations and places acting as
 * them ("the Kremlin", "Moscow"), role descriptions matched against the titles the article
 * gives its people ("the US president" → the person introduced as "US President Donald
 * Trump"), and pronouns resolved to the latest person spoken of. Not thread-safe: one per
 * document.
 */
final class SpeakerResolver {
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
      "his", "her", "their", "our", "another", "one", "two", "three", "several", "some", "many", "multiple", "both",
      "other", "also", "and", "of", "'s", "’s", "for", "in", "at", "with", "on", "by");
  private static final Pattern NEXT_WORDS = Pattern.compile("[\\p{L}\\p{N}.'’-]+");

  private final Analysis analysis;
  private final String text;
  private final QuoteLexicon lexicon;
  private final List<EntityMention> names;
  private final Map<String, Entity> entities = new HashMap<>();
  private final List<Titled> titled = new ArrayList<>();
  private Speaker lastPerson;
  private int lastPersonEnd = -1;

  /** A person mention with the role words the article puts around it. */
  private record Titled(EntityMention mention, Set<String> words) {}

  SpeakerResolver(Analysis analysis, QuoteLexicon lexicon) {
    this.analysis = analysis;
    this.text = analysis.text();
    this.lexicon = lexicon;
    this.names = analysis.mentions().stream().filter(m -> m.type().isName()).toList();
    for (Entity e : analysis.entities()) {
      entities.put(e.id(), e);
    }
    for (EntityMention m : names) {
      if (m.type() == EntityType.PERSON && m.entityId().isPresent()) {
        titled.add(new Titled(m, roleWords(m)));
      }
    }
  }

  /** Resolves the speaker of a frame. */
  Speaker resolve(Frame f) {
    Speaker s = resolve(f.parse(), f.speakerHead(), f.speakerSpan());
    int ante = antecedent(f.parse(), f.speakerHead());
    if (ante >= 0) {
      // "Trump, who has since called the deal “a disaster”, …" where the parse left the relative pronoun as
      // the speaker: it stays the local mention, as a pronoun does; name and type are its antecedent's
      DepParse p = f.parse();
      int[] ae = p.extent(ante, FrameFinder.relcl(p, ante));
      Speaker a = resolve(p, ante, p.charSpan(ae[0], ae[1], false));
      s = new Speaker(a.type(), s.mention(), a.name(), a.entityId(), Optional.empty());
    }
    int rel = relativePronoun(f);
    if (rel >= 0 && s.name().isPresent()) {
      // "Mr. Kamin, who emphasized that …": the local mention is the relative pronoun, as a pronoun is
      // ("he emphasized"); the name comes from the noun it refers to. An unnamed antecedent ("an
      // architect who said") stays the mention, as "who" alone would lose its description.
      s = new Speaker(s.type(), TextSpan.of(text, f.parse().spans[rel]), s.name(), s.entityId(), Optional.empty());
    }
    if (f.sourceSpan() != null) {
      Speaker src = resolve(f.parse(), f.sourceHead(), f.sourceSpan());
      s = new Speaker(s.type(), s.mention(), s.name(), s.entityId(), Optional.of(src));
    }
    return s;
  }

  /**
   * The relative pronoun that is the cue's own subject when the frame's speaker is the noun the
   * relative clause hangs from ("Mr. Kamin, who emphasized"), else -1.
   */
  private static int relativePronoun(Frame f) {
    DepParse p = f.parse();
    int own = p.child(f.cue(), "nsubj");
    if (own < 0 || own == f.speakerHead() || f.speakerHead() < 0
        || !FrameFinder.RELATIVES.contains(p.words[own].toLowerCase(Locale.ROOT))
        || !p.rels[f.cue()].equals("acl:relcl") || p.heads[f.cue()] != f.speakerHead()) {
      return -1;
    }
    return own;
  }

  /**
   * The noun a relative pronoun stands for: the head of the relative clause the pronoun is the subject
   * of, also through a conjoined verb ("who rose and said"); -1 when the token is no relative pronoun or
   * the parse gives no antecedent before it.
   */
  private static int antecedent(DepParse p, int pron) {
    if (pron < 0 || !p.tags[pron].startsWith("W") && !p.words[pron].equalsIgnoreCase("that")
        || !FrameFinder.RELATIVES.contains(p.words[pron].toLowerCase(Locale.ROOT)) || !p.rels[pron].startsWith("nsubj")) {
      return -1;
    }
    int v = p.heads[pron];
    for (int up = 0; v >= 0 && up < 3 && p.rels[v].equals("conj"); up++) {
      v = p.heads[v];
    }
    if (v < 0 || p.heads[v] < 0) {
      return -1;
    }
    int a = p.heads[v];
    if (!p.rels[v].equals("acl:relcl") && a < pron) {
      // the parser's "dep" for "Jones, who has called …": the noun phrase must end right before the pronoun
      int end = p.extent(a, v)[1];
      if (end != pron - 1 && !(end == pron - 2 && p.words[pron - 1].equals(","))) {
        return -1;
      }
    }
    return a >= 0 && a < pron && (p.tags[a].startsWith("NN") || p.tags[a].equals("PRP")) ? a : -1;
  }

  /** Remembers a person who just spoke, for pronouns further on. */
  void spoke(Speaker s, int end) {
    if (s.type() == SpeakerType.PERSON && s.name().isPresent()) {
      lastPerson = s;
      lastPersonEnd = end;
    }
  }

  Speaker resolve(DepParse p, int head, Span span) {
    TextSpan mention = TextSpan.of(text, span);
    String hw = head >= 0 ? p.words[head] : mention.text();
    String hl = hw.toLowerCase(Locale.ROOT);
    if (head >= 0 && lexicon.is(QuoteLexicon.SpeakerClass.PRONOUN, hl) && span.length() <= 4) {
      return pronoun(mention, hl);
    }
    if (head >= 0 && p.tags[head].startsWith("W") && span.length() <= 5) {
      // "who", "which" with no antecedent in the parse: nobody the lexicon can type ("who" is no WHO)
      return new Speaker(SpeakerType.ANONYMOUS, mention, Optional.empty(), Optional.empty(), Optional.empty());
    }
    // a name inside the mention, tied to its head
    EntityMention person = null;
    EntityMention other = null;
    for (EntityMention m : names) {
      if (!span.contains(m.span())) {
        continue;
      }
      if (head >= 0 && tiedToHead(p, head, m.span())) {
        if (m.type() == EntityType.PERSON) {
          person = m;
        } else if (other == null) {
          other = m;
        }
      }
    }
    if (person != null) {
      return named(SpeakerType.PERSON, mention, person);
    }
    Optional<String> media = mediaName(mention.text());
    if (media.isPresent() && (lexicon.is(QuoteLexicon.SpeakerClass.MEDIANOUN, hl) || media.get().contains(hw)
        || lexicon.mediaNames().stream().anyMatch(n -> n.equalsIgnoreCase(hw)))) {
      return new Speaker(SpeakerType.MEDIA, mention, media, Optional.empty(), Optional.empty());
    }
    if (lexicon.is(QuoteLexicon.SpeakerClass.MEDIA, hl) && Character.isUpperCase(hw.charAt(0))) {
      return new Speaker(SpeakerType.MEDIA, mention, Optional.of(hw), Optional.empty(), Optional.empty());
    }
    boolean plural = head >= 0 && p.tags[head].endsWith("S") && !p.tags[head].startsWith("NNPS");
    if (head >= 0 && lexicon.is(QuoteLexicon.SpeakerClass.TITLE, hl) && !plural) {
      Optional<EntityMention> who = byTitle(p, head, span);
      if (who.isPresent()) {
        return named(SpeakerType.PERSON, mention, who.get());
      }
    }
    if (other != null && (other.span().contains(p.spans[head]) || !lexicon.is(QuoteLexicon.SpeakerClass.ANONYMOUS, hl)
        && !lexicon.is(QuoteLexicon.SpeakerClass.TITLE, hl))) {
      // an organization or a place speaking as its government
      return named(SpeakerType.ORGANIZATION, mention, other);
    }
    Optional<String> org = orgName(mention.text(), hw);
    if (org.isPresent() || lexicon.is(QuoteLexicon.SpeakerClass.ORG, hl)) {
      return new Speaker(SpeakerType.ORGANIZATION, mention, org, Optional.empty(), Optional.empty());
    }
    if (head >= 0 && p.tags[head].startsWith("NNP") && !lexicon.is(QuoteLexicon.SpeakerClass.ANONYMOUS, hl)) {
      String name = properName(p, head);
      SpeakerType t = name.contains(" ") ? SpeakerType.PERSON : SpeakerType.ORGANIZATION;
      return new Speaker(t, mention, Optional.of(name), Optional.empty(), Optional.empty());
    }
    boolean group = plural && head >= 0 && (p.hasChild(head, "conj") || coordinatedModifier(p, head)
        || hl.equals("leaders") || hl.equals("governments") || hl.equals("countries"));
    return new Speaker(group ? SpeakerType.GROUP : SpeakerType.ANONYMOUS, mention, Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /**
   * The speaker a quotation's text names right after it, where no parse read the attribution: a pronoun ("“…,” he
   * went on") stands for the previous speaker, else the person last named; a description opened by a determiner
   * ("the 43-year-old", "a voice-over in the ad") is an unnamed source unless a person's name or an outlet ends
   * it; anything else is a name, as when it signs the quotation.
   */
  Speaker afterQuotation(Span span, Optional<Speaker> previous) {
    TextSpan mention = TextSpan.of(text, span);
    String lower = mention.text().toLowerCase(Locale.ROOT);
    if (lower.equals("he") || lower.equals("she")) {
      if (previous.isPresent() && previous.get().type() == SpeakerType.PERSON && previous.get().name().isPresent()) {
        return new Speaker(SpeakerType.PERSON, mention, previous.get().name(), previous.get().entityId(), Optional.empty());
      }
      return pronoun(mention, lower);
    }
    if (lower.equals("they")) {
      return pronoun(mention, lower);
    }
    if (lower.matches("(?:the|a|an|this|that|one|another) .*")) {
      for (EntityMention m : names) {
        if (m.type() == EntityType.PERSON && span.contains(m.span()) && m.span().end() == span.end()) {
          return named(SpeakerType.PERSON, mention, m); // "the Democratic nominee Hillary Clinton"
        }
      }
      Optional<String> media = mediaName(mention.text());
      if (media.isPresent()) {
        return new Speaker(SpeakerType.MEDIA, mention, media, Optional.empty(), Optional.empty());
      }
      return new Speaker(SpeakerType.ANONYMOUS, mention, Optional.empty(), Optional.empty(), Optional.empty());
    }
    return signed(span);
  }

  /** A name signing a quotation ("― Pamela Padilla"): the person found there, else the name as written. */
  Speaker signed(Span span) {
    TextSpan mention = TextSpan.of(text, span);
    Optional<EntityMention> person = nameIn(span, EntityType.PERSON);
    if (person.isPresent()) {
      return named(SpeakerType.PERSON, mention, person.get());
    }
    Optional<String> media = mediaName(mention.text());
    if (media.isPresent()) {
      return new Speaker(SpeakerType.MEDIA, mention, media, Optional.empty(), Optional.empty());
    }
    Optional<EntityMention> other = nameIn(span, null);
    if (other.isPresent()) {
      return named(SpeakerType.ORGANIZATION, mention, other.get());
    }
    return new Speaker(SpeakerType.PERSON, mention, Optional.of(mention.text()), Optional.empty(), Optional.empty());
  }

  /**
   * The speaker a paragraph is labelled with ("TAPPER: …", "Graham: …", "Poll: …"), or empty when
   * the label names no speaker ("Editor's note: …", "Read also: …"). A name, an outlet, an
   * organization, a word the lexicon types as a speaker, or a transcript's capitalized surname of
   * a person the article names.
   */
  Optional<Speaker> label(Span span) {
    TextSpan mention = TextSpan.of(text, span);
    String[] words = mention.text().split("\\s+");
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    if (words.length > 1 && lexicon.isCueForm(last)) {
      return Optional.empty(); // "Schumer tweeted: …" is a reporting frame, read from the parse; not "Report: …"
    }
    Optional<EntityMention> person = nameIn(span, EntityType.PERSON);
    if (person.isPresent()) {
      return Optional.of(named(SpeakerType.PERSON, mention, person.get()));
    }
    Optional<String> media = mediaName(mention.text());
    if (media.isPresent() || lexicon.is(QuoteLexicon.SpeakerClass.MEDIANOUN, last)) {
      return Optional.of(new Speaker(SpeakerType.MEDIA, mention, media, Optional.empty(), Optional.empty()));
    }
    Optional<EntityMention> org = nameIn(span, EntityType.ORGANIZATION);
    if (org.isPresent()) {
      return Optional.of(named(SpeakerType.ORGANIZATION, mention, org.get()));
    }
    if (lexicon.is(QuoteLexicon.SpeakerClass.ORG, last)) {
      return Optional.of(new Speaker(SpeakerType.ORGANIZATION, mention, Optional.empty(), Optional.empty(), Optional.empty()));
    }
    if (lexicon.is(QuoteLexicon.SpeakerClass.ANONYMOUS, last) || lexicon.is(QuoteLexicon.SpeakerClass.TITLE, last)) {
      return Optional.of(new Speaker(SpeakerType.ANONYMOUS, mention, Optional.empty(), Optional.empty(), Optional.empty()));
    }
    for (EntityMention m : names) {
      // "Mark Cuban: …", "Judicial Watch: …": a label the tagger missed in a title-case headline, which the
      // article names elsewhere as a person or an organization
      if (words.length <= 3 && !m.span().overlaps(span) && m.text().equals(mention.text())
          && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION)) {
        return Optional.of(named(m.type() == EntityType.PERSON ? SpeakerType.PERSON : SpeakerType.ORGANIZATION, mention, m));
      }
    }
    if (words.length <= 2 && mention.text().equals(mention.text().toUpperCase(Locale.ROOT))) {
      // a transcript: "TAPPER:" for the Jake Tapper the article names
      for (EntityMention m : names) {
        if (m.type() == EntityType.PERSON) {
          String[] n = m.text().split("\\s+");
          if (n[n.length - 1].equalsIgnoreCase(words[words.length - 1])) {
            return Optional.of(named(SpeakerType.PERSON, mention, m));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The first name mention inside a span, of the given type (any type for null). */
  private Optional<EntityMention> nameIn(Span span, EntityType type) {
    for (EntityMention m : names) {
      if (span.contains(m.span()) && (type == null || m.type() == type)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private Speaker pronoun(TextSpan mention, String hl) {
    switch (hl) {
      case "he", "she", "i", "him", "her" -> {
        Optional<EntityMention> near = lastPersonBefore(mention.span().start());
        if (lastPerson != null && (near.isEmpty() || near.get().span().start() < lastPersonEnd)) {
          return new Speaker(SpeakerType.PERSON, mention, lastPerson.name(), lastPerson.entityId(), Optional.empty());
        }
        if (near.isPresent()) {
          return named(SpeakerType.PERSON, mention, near.get());
        }
        return new Speaker(SpeakerType.PERSON, mention, Optional.empty(), Optional.empty(), Optional.empty());
      }
      case "it" -> {
        return new Speaker(SpeakerType.ORGANIZATION, mention, Optional.empty(), Optional.empty(), Optional.empty());
      }
      default -> {
        return new Speaker(SpeakerType.GROUP, mention, Optional.empty(), Optional.empty(), Optional.empty());
      }
    }
  }

  private int sentenceOf(int offset) {
    List<Token> toks = analysis.tokens();
    int lo = 0;
    int hi = toks.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (toks.get(mid).span().end() > offset) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return toks.isEmpty() ? -1 : toks.get(lo).sentence();
  }

  /** The latest person mention before an offset, preferring the first person named in its sentence. */
  private Optional<EntityMention> lastPersonBefore(int offset) {
    EntityMention best = null;
    for (EntityMention m : names) {
      if (m.type() == EntityType.PERSON && m.span().end() <= offset) {
        if (best == null || sentenceOf(m.span().start()) != sentenceOf(best.span().start())) {
          best = m;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private Speaker named(SpeakerType type, TextSpan mention, EntityMention m) {
    Optional<Entity> e = m.entityId().map(entities::get);
    String name = e.map(Entity::name).orElse(m.text());
    return new Speaker(type, mention, Optional.of(name), e.map(Entity::id), Optional.empty());
  }

  /** Whether a name span is the mention's head, or a compound, flat or appositive part of it. */
  private static boolean tiedToHead(DepParse p, int head, Span name) {
    for (int t = 0; t < p.size(); t++) {
      if (!name.contains(p.spans[t])) {
        continue;
      }
      if (t == head) {
        return true;
      }
      String r = p.rels[t];
      if (p.heads[t] == head && (r.equals("appos") || r.startsWith("compound") || r.startsWith("flat"))) {
        return true;
      }
      if (p.heads[head] == t && (p.rels[head].startsWith("compound") || p.rels[head].startsWith("flat"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean coordinatedModifier(DepParse p, int head) {
    for (int c : p.children(head)) {
      if (p.rels[c].equals("amod") && p.hasChild(c, "conj")) {
        return true;
      }
    }
    return false;
  }

  private Optional<String> mediaName(String s) {
    for (String n : lexicon.mediaNames()) {
      int i = s.indexOf(n);
      if (i >= 0 && boundary(s, i - 1) && boundary(s, i + n.length())) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  private Optional<String> orgName(String s, String head) {
    for (String n : lexicon.orgNames()) {
      if (!Character.isUpperCase(n.charAt(0))) {
        continue;
      }
      int i = s.indexOf(n);
      if (i >= 0 && boundary(s, i - 1) && boundary(s, i + n.length()) && n.endsWith(head)) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  private static boolean boundary(String s, int i) {
    return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
  }

  private static String properName(DepParse p, int head) {
    int lo = head;
    while (lo > 0 && p.tags[lo - 1].startsWith("NNP") && p.heads[lo - 1] == head) {
      lo--;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = lo; i <= head; i++) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(p.words[i]);
    }
    return sb.toString().replaceAll("['’]s$", "");
  }

  /** "the US president": the person the article titles with the head noun and most of the modifiers. */
  private Optional<EntityMention> byTitle(DepParse p, int head, Span span) {
    String hl = norm(p.words[head]);
    Set<String> mods = new HashSet<>();
    for (int t = 0; t < p.size(); t++) {
      if (t != head && span.contains(p.spans[t]) && !DETERMINERS.contains(p.words[t].toLowerCase(Locale.ROOT))) {
        mods.add(norm(p.words[t]));
      }
    }
    Titled best = null;
    int bestScore = 0;
    for (Titled t : titled) {
      if (!t.words.contains(hl)) {
        continue;
      }
      int score = 1;
      for (String m : mods) {
        if (t.words.contains(m)) {
          score++;
        }
      }
      boolean before = t.mention.span().end() <= span.start();
      boolean bestBefore = best != null && best.mention.span().end() <= span.start();
      if (score > bestScore || score == bestScore && before) {
        if (score == bestScore && bestBefore && !before) {
          continue;
        }
        best = t;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best).map(Titled::mention);
  }

  /** Role words around a person mention: the title before it and an apposition after it. */
  private Set<String> roleWords(EntityMention m) {
    Set<String> out = new HashSet<>();
    List<String> before = new ArrayList<>();
    int i = m.span().start();
    // up to five words before, stopping at punctuation other than dots inside abbreviations
    int lineStart = text.lastIndexOf('\n', i - 1) + 1;
    int from = Math.max(lineStart, i - 60);
    String left = text.substring(from, i);
    int cut = Math.max(Math.max(left.lastIndexOf(','), left.lastIndexOf(';')), Math.max(left.lastIndexOf('“'),
        left.lastIndexOf('"')));
    if (cut >= 0) {
      left = left.substring(cut + 1);
    }
    Matcher w = NEXT_WORDS.matcher(left);
    while (w.find()) {
      before.add(w.group());
    }
    for (int k = Math.max(0, before.size() - 5); k < before.size(); k++) {
      String lw = before.get(k).toLowerCase(Locale.ROOT);
      if (lw.endsWith(".") && lw.length() > 4) {
        out.clear(); // a sentence ended
        continue;
      }
      if (!DETERMINERS.contains(lw)) {
        out.add(norm(before.get(k)));
      }
    }
    // ", the Kremlin spokesman," after the name
    int e = m.span().end();
    if (e + 2 < text.length() && text.charAt(e) == ',') {
      int stop = e + 1;
      while (stop < text.length() && stop < e + 80 && ",.;\n".indexOf(text.charAt(stop)) < 0) {
        stop++;
      }
      Matcher a = NEXT_WORDS.matcher(text.substring(e + 1, stop));
      int n = 0;
      while (a.find() && n++ < 7) {
        String lw = a.group().toLowerCase(Locale.ROOT);
        if (!DETERMINERS.contains(lw)) {
          out.add(norm(a.group()));
        }
      }
    }
    return out;
  }

  /** Lower case, dots out, and country adjectives folded to a short stem ("russian" ~ "russia"). */
  static String norm(String w) {
    String s = w.toLowerCase(Locale.ROOT).replace(".", "").replace("’", "'");
    if (s.endsWith("'s")) {
      s = s.substring(0, s.length() - 2);
    }
    if (s.equals("american") || s.equals("america") || s.equals("usa")) {
      return "us";
    }
    if (s.length() > 5 && (s.endsWith("ian") || s.endsWith("ese"))) {
      return s.substring(0, Math.min(s.length() - 2, 5));
    }
    return s.length() > 5 ? s.substring(0, 5) : s;
  }
}
