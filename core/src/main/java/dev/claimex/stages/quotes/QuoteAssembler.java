package dev.claimex.stages.quotes;

import dev.claimex.api.Quote;
import dev.claimex.api.QuoteKind;
import dev.claimex.api.Span;
import dev.claimex.api.Speaker;
import dev.claimex.api.TextSpan;
import dev.claimex.pipeline.Analysis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins reporting frames and quotations into quotes, for one document.
 *
 * <ul>
 *   <li>A frame whose content is (nearly) all inside one quotation is a DIRECT quote of the
 *       whole quotation, over every sentence and paragraph it runs.</li>
 *   <li>A frame whose content holds quotations is one MIXED quote listing them as fragments.</li>
 *   <li>Other frames are INDIRECT.</li>
 *   <li>A frame without content of its own takes the quotation right after it ("Peskov
 *       stated:" then the quote) or right before it ("“…,” he said").</li>
 *   <li>A quotation interrupted by its attribution ("“A,” he said, “B.”", or "“A,” he said in an
 *       interview. “B.”" in the same paragraph) is one quote with two fragments, where nothing but
 *       the attribution, its adjuncts and the speaker's description comes between.</li>
 *   <li>A quotation signed with a dash ("“…” ― Jane Doe") is that person's direct quote.</li>
 *   <li>A sentence-long quotation with no attribution continues the previous speaker's quote
 *       and joins it as one more fragment, as attribution corpora (PolNeAR, PARC) annotate it: the
 *       quote's content then runs from its first part to the continuation, and its fragments say
 *       which parts are quoted. Once narration has closed the speaker's paragraph ("“…,” she said
 *       with a smirk, looking at the crowd."), a quotation opening the next paragraph is a quote of
 *       its own by the same speaker, as PolNeAR and the sample articles annotate it. Short quotations
 *       nobody is reported saying (scare quotes, titles) are left out.</li>
 * </ul>
 */
final class QuoteAssembler {
  private static final double INSIDE = 0.8;

  private final Analysis analysis;
  private final String text;
  private final List<QuotationMarks.Quoted> quoted;
  private final SpeakerResolver speakers;
  private final QuoteLexicon lexicon;
  private final Set<QuotationMarks.Quoted> used = new HashSet<>();

  /** A quote being built. */
  private static final class Draft {
    QuoteKind kind;
    Span content;
    List<Span> fragments = new ArrayList<>();
    Frame frame;
    Speaker speaker;
    QuotationMarks.Quoted quotation;
    double confidence;
    Span cue;
  }

  QuoteAssembler(Analysis analysis, List<QuotationMarks.Quoted> quoted, SpeakerResolver speakers, QuoteLexicon lexicon) {
    this.analysis = analysis;
    this.lexicon = lexicon;
    this.text = analysis.text();
    this.quoted = quoted;
    this.speakers = speakers;
  }

  List<Quote> assemble(List<Frame> frames) {
    List<Draft> drafts = new ArrayList<>();
    Set<Span> contents = new HashSet<>();
    List<Frame> kept = new ArrayList<>();
    for (Frame f : frames) {
      if (!QuotationMarks.inside(quoted, f.cueSpan()) && !analysis.inSkippedRegion(f.cueSpan())) {
        kept.add(clip(f));
      }
    }
    kept = beforeCoordinatedAttribution(kept);
    // "According to Yahoo News, the spokesman said …": the outlet relays the statement; it is the
    // speaker and the spokesman its source, as in "Reuters reported, citing an official"
    java.util.Map<Frame, Frame> relayedBy = new java.util.IdentityHashMap<>();
    for (Frame f : kept) {
      for (Frame g : kept) {
        if (f != g && relays(f, g) && f.hasSpeaker() && f.cueSpan().start() < g.attributionStart()) {
          relayedBy.put(g, f);
        }
      }
    }
    // "Haake said the summit is on hold, according to an official": Haake speaks, the official is the source
    java.util.Map<Frame, Frame> sourcedBy = new java.util.IdentityHashMap<>();
    for (Frame f : kept) {
      for (Frame g : kept) {
        if (f != g && cutSource(f, g) && f.hasSpeaker()) {
          sourcedBy.put(g, f);
        }
      }
    }
    kept = outermost(kept);
    // frames quoting a whole quotation first, so a frame around them cannot take it as a fragment
    List<Frame> ordered = new ArrayList<>();
    for (Frame f : kept) {
      if (f.content() == null || covering(f.content()) != null) {
        ordered.add(f);
      }
    }
    for (Frame f : kept) {
      if (!ordered.contains(f)) {
        ordered.add(f);
      }
    }
    for (Frame f : ordered) {
      Draft d = fromFrame(f);
      if (d == null || !contents.add(d.content)) {
        continue;
      }
      drafts.add(d);
    }
    // speakers in text order, so pronouns find the latest person who spoke
    drafts.sort(Comparator.comparingInt(d -> d.frame.cueSpan().start()));
    for (Draft d : drafts) {
      if (d.frame.speakerSpan() != null) {
        d.speaker = speakers.resolve(d.frame);
        speakers.spoke(d.speaker, Math.max(d.content.end(), d.frame.attributionEnd()));
      }
      Frame relay = relayedBy.get(d.frame);
      if (relay != null) {
        Speaker outer = speakers.resolve(relay);
        d.speaker = new Speaker(outer.type(), outer.mention(), outer.name(), outer.entityId(), Optional.ofNullable(d.speaker));
      }
      Frame source = sourcedBy.get(d.frame);
      if (source != null && d.speaker != null && d.speaker.source().isEmpty()) {
        d.speaker = new Speaker(d.speaker.type(), d.speaker.mention(), d.speaker.name(), d.speaker.entityId(),
            Optional.of(speakers.resolve(source)));
      }
    }
    List<Draft> labelled = labelled();
    for (Draft l : labelled) {
      // "FALLIN: I think he is …": the first person in a labelled paragraph is the label's speaker
      for (Draft d : drafts) {
        if (d.speaker != null && l.content.contains(d.frame.cueSpan())
            && FIRST_PERSON.contains(d.speaker.mention().text().toLowerCase(java.util.Locale.ROOT))) {
          d.speaker = l.speaker;
        }
      }
    }
    drafts.addAll(labelled);
    // quotations no frame took: interrupted quotes, continuations, scare quotes
    drafts.sort(Comparator.comparingInt(d -> d.content.start()));
    for (QuotationMarks.Quoted q : quoted) {
      if (used.contains(q)) {
        continue;
      }
      Span signed = dashAttribution(q);
      if (signed != null) {
        Draft d = new Draft();
        takeQuotation(d, q, 0.8);
        d.speaker = speakers.signed(signed);
        drafts.add(d);
        drafts.sort(Comparator.comparingInt(x -> x.content.start()));
        continue;
      }
      Draft before = lastDirectBefore(drafts, q.outer().start());
      if (before != null && interrupted(before, q)) {
        before.content = new Span(before.content.start(), q.content().end());
        before.fragments.addAll(q.inner());
        used.add(q);
        continue;
      }
      Draft after = firstDirectAfter(drafts, q.outer().end());
      if (after != null && interruptedBefore(q, after)) {
        after.content = new Span(q.content().start(), after.content.end());
        after.fragments.addAll(0, q.inner());
        used.add(q);
        continue;
      }
      // "“…,” Toomey fumed on Tuesday.": a name and a verb after the quotation, in a sentence no frame read
      MannerAttribution manner = mannerAttribution(q);
      if (manner != null) {
        Draft d = new Draft();
        takeQuotation(d, q, 0.6);
        Draft prev = lastBefore(drafts, q.outer().start());
        d.speaker = speakers.afterQuotation(manner.name(),
            prev != null && q.outer().start() - afterPrevious(prev) < 600 ? Optional.ofNullable(prev.speaker) : Optional.empty());
        d.cue = manner.verb();
        drafts.add(d);
        drafts.sort(Comparator.comparingInt(x -> x.content.start()));
        continue;
      }
      if (!sentenceLike(q)) {
        continue;
      }
      Draft prev = lastBefore(drafts, q.outer().start());
      if (prev != null && prev.speaker != null && prev.content.end() <= q.outer().start() && near(prev, q)) {
        // a continuation: the previous speaker's statement goes on, as one quote with one more fragment
        prev.content = new Span(prev.content.start(), q.content().end());
        prev.fragments.addAll(q.inner());
        if (prev.kind == QuoteKind.INDIRECT) {
          prev.kind = QuoteKind.MIXED;
        }
        used.add(q);
        continue;
      }
      Draft d = new Draft();
      d.kind = QuoteKind.DIRECT;
      d.content = q.content();
      d.fragments.addAll(q.inner());
      d.quotation = q;
      d.confidence = 0.4;
      if (prev != null && prev.speaker != null && prev.content.end() <= q.outer().start() && newParagraph(prev, q)
          && speakersParagraphBefore(prev, q)) {
        d.speaker = prev.speaker; // the speaker goes on in a paragraph of its own
        d.confidence = 0.6;
      }
      used.add(q);
      drafts.add(d);
      drafts.sort(Comparator.comparingInt(x -> x.content.start()));
    }
    drafts.sort(Comparator.comparingInt(d -> d.content.start()));
    List<Quote> out = new ArrayList<>();
    for (Draft d : drafts) {
      out.add(new Quote("q" + (out.size() + 1), d.kind, d.content, d.content.textIn(text), d.fragments,
          Optional.ofNullable(d.speaker),
          d.frame != null ? Optional.of(TextSpan.of(text, d.frame.cueSpan()))
              : d.cue != null ? Optional.of(TextSpan.of(text, d.cue)) : Optional.empty(),
          d.frame == null || d.frame.channel() == null ? Optional.empty()
              : Optional.of(TextSpan.of(text, d.frame.channel())),
          d.confidence));
    }
    return out;
  }

  /** "TAPPER: …", "Graham: …": a paragraph opened by a speaker's name and a colon. */
  private static final Pattern LABEL = Pattern.compile("(?m)^[ \\t]*[\"“]?([\\p{Lu}][^:\\n\"“”]{0,40}?)[ \\t]*:[ \\t]+(\\S[^\\n]*)$");

  /**
   * Paragraphs labelled with their speaker, as transcripts and headlines write them ("TAPPER: And
   * obviously, …", "Graham: Trump’s rhetoric is …"): the rest of the paragraph is the speaker's
   * statement, DIRECT when it is one quotation, MIXED when it holds some, else INDIRECT. Labels
   * naming no speaker ("Editor's note:", "Read also:") are left alone.
   */
  private List<Draft> labelled() {
    List<Draft> out = new ArrayList<>();
    Matcher m = LABEL.matcher(text);
    while (m.find()) {
      Span label = new Span(m.start(1), m.end(1));
      String[] words = m.group(1).split("\\s+");
      if (words.length > 5 || analysis.inSkippedRegion(label) || m.group(2).split("\\s+").length < 3) {
        continue;
      }
      boolean named = true;
      for (int w = 0; w < words.length - 1; w++) {
        if (!Character.isUpperCase(words[w].charAt(0)) && !LABEL_GLUE.contains(words[w])) {
          named = false; // all but the last word capitalized: "Clinton camp", "Bank of America"
        }
      }
      Optional<Speaker> who = named ? speakers.label(label) : Optional.empty();
      if (who.isEmpty()) {
        continue;
      }
      int end = m.end(2);
      while (end > m.start(2) && QuotationMarks.space(text.charAt(end - 1))) {
        end--;
      }
      Span content = new Span(m.start(2), end);
      Draft d = new Draft();
      QuotationMarks.Quoted q = covering(content);
      if (q != null && used.contains(q) && content.contains(q.outer())) {
        continue; // "Said Ellis: “…”": an attribution took the quotation already
      }
      if (q != null && !used.contains(q) && content.contains(q.outer())) {
        takeQuotation(d, q, 0.6);
      } else if (q != null && !used.contains(q) && q.outer().contains(content)) {
        // a quoted transcript line, "“WALLACE: Let's start …": the statement is what the marks hold
        d.kind = QuoteKind.DIRECT;
        d.content = content;
        d.fragments.add(content);
        d.confidence = 0.6;
        used.add(q);
      } else {
        d.kind = QuoteKind.INDIRECT;
        d.content = content;
        d.confidence = 0.6;
        for (QuotationMarks.Quoted q2 : quoted) {
          if (!used.contains(q2) && content.contains(q2.outer())) {
            d.kind = QuoteKind.MIXED;
            d.fragments.addAll(q2.inner());
            used.add(q2);
          }
        }
      }
      d.speaker = who.get();
      d.cue = new Span(m.end(1), m.end(1) + 1);
      out.add(d);
    }
    return out;
  }

  private static final Set<String> FIRST_PERSON = Set.of("i", "we");
  private static final Set<String> LABEL_GLUE = Set.of("of", "the", "and", "for", "on", "de", "van", "von");

  /** A clause after a quotation telling when or how it was said, not what. */
  private static final Pattern TRAILING_CIRCUMSTANCE = Pattern.compile(
      "[\\s\u00a0]*,?[\\s\u00a0]*(until|when|while|before|after)\\b", Pattern.CASE_INSENSITIVE);

  /** Makes {@code d} a direct quote whose content is the quotation {@code q}, and uses {@code q} up. */
  private void takeQuotation(Draft d, QuotationMarks.Quoted q, double confidence) {
    d.kind = QuoteKind.DIRECT;
    d.content = q.content();
    d.fragments.addAll(q.inner());
    d.quotation = q;
    used.add(q);
    d.confidence = confidence;
  }

  private Draft fromFrame(Frame f) {
    Draft d = new Draft();
    d.frame = f;
    QuotationMarks.Quoted before = f.content() == null ? null : quotationBeforeAdjunct(f);
    if (before != null) {
      takeQuotation(d, before, 0.85);
    } else if (f.content() != null) {
      QuotationMarks.Quoted q = covering(f.content());
      if (q != null) {
        if (used.contains(q)) {
          return null;
        }
        takeQuotation(d, q, 0.9);
      } else {
        Span content = f.content();
        QuotationMarks.Quoted closing = quotationEndingTheClause(f, content);
        if (closing != null) {
          content = new Span(content.start(), closing.outer().end());
        }
        List<QuotationMarks.Quoted> inside = within(content);
        if (!inside.isEmpty()) {
          d.kind = QuoteKind.MIXED;
          int lastEnd = -1;
          for (QuotationMarks.Quoted q2 : inside) {
            d.fragments.addAll(q2.inner());
            used.add(q2);
            if (q2.outer().end() > content.end()) {
              content = new Span(content.start(), q2.outer().end());
            }
            lastEnd = Math.max(lastEnd, q2.outer().end());
          }
          if (inside.size() == 1 && content.start() >= inside.get(0).outer().start() && lastEnd < content.end()
              && TRAILING_CIRCUMSTANCE.matcher(text.substring(lastEnd, content.end())).lookingAt()) {
            // "says, “Don't you do it,” until gunshots are heard": the quotation and when it was said
            content = inside.get(0).content();
            d.kind = QuoteKind.DIRECT;
            d.quotation = inside.get(0);
          }
          d.confidence = d.kind == QuoteKind.MIXED ? 0.8 : 0.85;
        } else {
          d.kind = QuoteKind.INDIRECT;
          d.confidence = f.nominal() ? 0.5 : 0.7;
          if (f.speakerSpan() == null
              || tokenCount(content) < 2 && !FrameFinder.ANSWERS.contains(content.textIn(text).toLowerCase(java.util.Locale.ROOT))
              && !namedTarget(f, content)) {
            return null; // a one-word statement only when it answers ("72 percent said yes") or names a target
          }
        }
        d.content = content;
      }
    } else {
      QuotationMarks.Quoted q = adjacent(f);
      if (q == null || used.contains(q)) {
        Span next = paragraphAfterColon(f);
        if (next == null || f.speakerSpan() == null) {
          return null;
        }
        d.kind = QuoteKind.INDIRECT; // "The governor added:" and a paragraph with no quotation marks
        d.content = next;
        d.confidence = 0.6;
        return d;
      }
      takeQuotation(d, q, 0.85);
      Span lead = leadIn(f, q);
      if (lead != null) {
        d.kind = QuoteKind.MIXED; // "With thousands of systems, “there is no single point of failure,” he said."
        d.content = new Span(lead.start(), q.outer().end());
      }
    }
    if (f.speakerSpan() == null && f.accordingTo()) {
      return null;
    }
    return d;
  }

  /**
   * "Trump attacked Romney", "praised Putin": a one-word content that is a name, taken by a cue whose
   * content is the target of a stance rather than a clause (attack, praise, defend, rail against).
   * Not a name after a verb that also reports clauses ("polls show Clinton" leading, "said Trump").
   */
  private boolean namedTarget(Frame f, Span content) {
    String word = content.textIn(text);
    if (!f.nominal() || word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    return lexicon.verb(f.parse().lemmas[f.cue()]).map(k -> !k.contains(QuoteLexicon.Content.CCOMP)).orElse(false);
  }

  /** Leaves out the part of a content span that lies in a skipped region (a dateline before the first sentence). */
  private Frame clip(Frame f) {
    if (f.content() == null) {
      return f;
    }
    Span c = f.content();
    for (var r : analysis.regions()) {
      if (r.kind().skipped() && r.span().start() <= c.start() && r.span().end() > c.start() && r.span().end() < c.end()) {
        int s = r.span().end();
        while (s < c.end() && !Character.isLetterOrDigit(text.charAt(s)) && "\"“".indexOf(text.charAt(s)) < 0) {
          s++;
        }
        c = new Span(s, c.end());
      }
    }
    return c.equals(f.content()) ? f : f.withContent(c);
  }

  private static final Pattern COORDINATOR = Pattern.compile(
      "(?:[,;]\\s*(?:while|but|whereas|although|though|and|yet)|;|\\s(?:while|whereas))\\s*$");

  private static final Pattern RELATIVE_OPENER = Pattern.compile(",\\s*$");

  /**
   * "74 percent said they are set on voting for him, while 22 percent said they might change their
   * mind": a frame whose content runs over a coordinated clause with an attribution of its own ends
   * before that clause, which is the other speaker's statement, not part of the first. So does a noun phrase
   * content before a relative clause with an attribution of its own ("the council thanked Ana Ruiz, who said
   * the bridge will reopen").
   */
  private List<Frame> beforeCoordinatedAttribution(List<Frame> frames) {
    List<Frame> out = new ArrayList<>(frames.size());
    for (Frame g : frames) {
      Span c = g.content();
      if (c == null || g.accordingTo()) {
        out.add(g);
        continue;
      }
      int cut = -1;
      for (Frame f : frames) {
        if (f == g || !f.hasSpeaker() || f.content() == null || !c.contains(f.cueSpan())
            || f.speakerSpan().end() > f.cueSpan().start()
            || f.content().start() < f.cueSpan().end() || f.content().end() > c.end()) {
          continue;
        }
        // a speaker ending in a relative pronoun ("Ana Ruiz, who"): the clause opens at the pronoun
        DepParse p = f.parse();
        int last = p.tokenAt(f.speakerSpan().end() - 1);
        boolean pronoun = last >= 0 && FrameFinder.RELATIVES.contains(p.words[last].toLowerCase(java.util.Locale.ROOT));
        boolean relative = pronoun && g.nominal();
        if (pronoun && !relative && p.tokenAt(f.speakerSpan().start()) == last) {
          continue; // a bare relative pronoun after a clause is no coordinated attribution
        }
        int at = relative ? p.spans[last].start() : f.speakerSpan().start();
        if (at <= c.start()) {
          continue;
        }
        Matcher m = (relative ? RELATIVE_OPENER : COORDINATOR).matcher(text.substring(c.start(), at));
        if (m.find() && m.start() > 0 && (cut < 0 || c.start() + m.start() < cut)) {
          cut = c.start() + m.start();
        }
      }
      if (cut < 0) {
        out.add(g);
        continue;
      }
      int e = cut;
      while (e > c.start() && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      out.add(g.withContent(new Span(c.start(), e)));
    }
    return out;
  }

  /**
   * Drops frames nested in another frame's content ("X said Y threatened to ..." is X's
   * statement), and an "according to" whose content holds a cue with its own speaker (the
   * outlet relaying "the president told reporters that ...").
   */
  private List<Frame> outermost(List<Frame> frames) {
    // only a frame that stays can drop the frames in its content: in "May said that the country would
    // declare ... and suggested that ...", "declare" lies in May's content and goes, so it cannot take
    // "suggested" with it; settled in a few passes (nesting is shallow)
    Set<Frame> kept = new HashSet<>(frames);
    for (int pass = 0; pass < 4; pass++) {
      Set<Frame> next = new HashSet<>();
      for (Frame f : frames) {
        boolean drop = false;
        for (Frame g : frames) {
          if (g != f && framesOnly(f, g)) {
            drop = true;
          }
          if (g == f || g.content() == null) {
            continue;
          }
          if (relays(f, g) || cutSource(f, g)) {
            drop = true;
          }
          if (kept.contains(g) && g.content().contains(f.cueSpan()) && !relays(f, g) && !relays(g, f) && !framesOnly(g, f)) {
            drop = true;
          }
        }
        if (!drop) {
          next.add(f);
        }
      }
      if (next.equals(kept)) {
        break;
      }
      kept = next;
    }
    List<Frame> out = new ArrayList<>();
    for (Frame f : frames) {
      if (kept.contains(f)) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * "Recalling the vote, Ruiz said of the plan: “…”": a frame with no speaker whose content holds another
   * frame's cue and speaker only sets the scene for that attribution, which is the one to keep.
   */
  private static boolean framesOnly(Frame outer, Frame inner) {
    return outer.speakerSpan() == null && outer.content() != null && inner.speakerSpan() != null
        && outer.content().contains(inner.cueSpan()) && outer.content().contains(inner.speakerSpan());
  }

  /** "According to A, B told reporters that ...": the according-to frame only relays B's attribution. */
  private static boolean relays(Frame f, Frame g) {
    return f.accordingTo() && f.content() != null && g.hasSpeaker() && f.content().contains(g.cueSpan())
        && FrameFinder.SPEECH.contains(g.parse().lemmas[g.cue()])
        && g.attributionStart() - f.content().start() < 25 && g.cueSpan().start() - g.attributionStart() < 60;
  }

  /**
   * "Haake said the summit is on hold, according to an official": an according-to frame right after the content
   * of a speech cue, which ends before it, names the source of that statement, not a statement of its own.
   */
  private static boolean cutSource(Frame f, Frame g) {
    if (!f.accordingTo() || f.content() == null || g.content() == null || !g.hasSpeaker() || g.accordingTo()
        || !FrameFinder.SPEECH.contains(g.parse().lemmas[g.cue()]) || g.content().end() > f.cueSpan().start()
        || f.content().overlap(g.content()) == 0) {
      return false;
    }
    DepParse p = g.parse();
    int last = p.tokenAt(g.content().end() - 1);
    if (f.parse() != p || last < 0) {
      return false;
    }
    for (int t = last + 1; t < f.cue(); t++) {
      if (!p.words[t].equals(",")) {
        return false; // only the comma between them
      }
    }
    return f.cue() > last + 1;
  }

  /** The quotation that holds most of a content span, if it holds at least {@link #INSIDE} of it. */
  private QuotationMarks.Quoted covering(Span content) {
    for (QuotationMarks.Quoted q : quoted) {
      int inside = q.outer().overlap(content);
      if (inside >= INSIDE * content.length()) {
        return q;
      }
    }
    return null;
  }

  /** Quotations lying (mostly) inside a content span. */
  /**
   * "accused him of preventing Americans from being able to “stand together.”": a quotation that
   * ends the sentence a few words after the content the parse gave, with no punctuation between,
   * completes that content (the parser hung it elsewhere). Null if there is none.
   */
  private QuotationMarks.Quoted quotationEndingTheClause(Frame f, Span content) {
    DepParse p = f.parse();
    int sentenceEnd = p.spans[p.size() - 1].end();
    for (QuotationMarks.Quoted q : quoted) {
      int qs = q.outer().start();
      if (used.contains(q) || qs < content.end() || qs - content.end() > 80 || q.outer().end() > sentenceEnd
          || f.cueSpan().start() >= content.end() && f.cueSpan().start() < qs) {
        continue;
      }
      String between = text.substring(content.end(), qs);
      String after = text.substring(q.outer().end(), sentenceEnd);
      if (between.matches("[^.,;:!?\n\u201c\u201d\"]*") && between.strip().split("\\s+").length <= 8
          && after.matches("[\\s.!?\u201d\"']*") && !finiteVerbBetween(p, content.end(), qs)) {
        return q;
      }
    }
    return null;
  }

  /** Whether a finite verb stands between two offsets: "… and Smith called it “a disaster.”" is another clause's quotation. */
  private static boolean finiteVerbBetween(DepParse p, int from, int to) {
    for (int t = 0; t < p.size(); t++) {
      if (p.spans[t].start() >= from && p.spans[t].end() <= to && p.tags[t].matches("VBD|VBZ|VBP|MD")) {
        return true;
      }
    }
    return false;
  }

  private List<QuotationMarks.Quoted> within(Span content) {
    List<QuotationMarks.Quoted> out = new ArrayList<>();
    for (QuotationMarks.Quoted q : quoted) {
      // mostly inside, or opening inside the content and running past its end (a parse cut short)
      if (q.outer().overlap(content) * 2 > q.outer().length()
          || !used.contains(q) && content.contains(q.outer().start()) && q.outer().start() > content.start()
          && q.inner().size() == 1
          && q.outer().length() < 400) {
        out.add(q);
      }
    }
    return out;
  }

  private static final Pattern REPORTED_OPENING = Pattern.compile("that\\b|[\"“'‘]");
  /** What lies between a cue and a clause after it that tells how, not what: the addressee or adjuncts, and a comma. */
  private static final Pattern ADJUNCT_GAP = Pattern.compile("[^.;:!?\"“”\n]*,[\\s\u00a0]*");

  /**
   * The quotation a comma closes right before the attribution, when what the parser took for the cue's content
   * follows a comma after it: "“…,” Fiorina told the crowd, her voice drowned out by boos.", "“…,” Trump said,
   * harping on his favorite theme." The quotation is what was said; the clause after tells how. Only a quotation
   * that opens its sentence as a statement does ("Despite his “brash personality,” Quill wrote, Lazar is …" goes on
   * after the attribution), and not when that clause opens with "that" or a quotation mark ("“…,” he said, “…”").
   */
  private QuotationMarks.Quoted quotationBeforeAdjunct(Frame f) {
    Span c = f.content();
    int start = f.attributionStart();
    if (f.speakerSpan() == null || c.start() < f.cueSpan().end() || f.speakerSpan().start() > c.start()
        || !ADJUNCT_GAP.matcher(text).region(f.cueSpan().end(), c.start()).matches()
        || REPORTED_OPENING.matcher(text).region(c.start(), text.length()).lookingAt()) {
      return null;
    }
    for (QuotationMarks.Quoted q : quoted) {
      if (!used.contains(q) && q.outer().end() <= start && onlyGlue(q.outer().end(), start, false)) {
        char last = lastPunctuation(q);
        return last != 0 && ",?!".indexOf(last) >= 0 && sentenceLike(q) ? q : null;
      }
    }
    return null;
  }

  /** The quotation right after the attribution ("said:", "said,") or right before it ("“…,” he said"). */
  private QuotationMarks.Quoted adjacent(Frame f) {
    int end = f.attributionEnd();
    int start = f.attributionStart();
    for (QuotationMarks.Quoted q : quoted) {
      if (!used.contains(q) && q.outer().start() >= end && onlyGlue(end, q.outer().start(), true)) {
        return q; // "he said, adding, “…”": the quotation after the cue first
      }
    }
    for (QuotationMarks.Quoted q : quoted) {
      if (!used.contains(q) && q.outer().end() <= start && onlyGlue(q.outer().end(), start, false) && !takesComplement(f)) {
        return q;
      }
    }
    if (f.content() != null) {
      return null;
    }
    boolean complement = takesComplement(f);
    // "Smith disagreed. “…”": a cue with nothing to report ends its sentence, and a quotation opens the next
    if (!complement) {
      for (QuotationMarks.Quoted q : quoted) {
        if (!used.contains(q) && q.outer().start() >= end && q.outer().start() - end < 6
            && text.substring(end, q.outer().start()).matches("\\s*\\.[ \t\u00a0]*")) {
          return q;
        }
      }
    }
    // "Kelly replied pointedly, with a smile: “…”": the cue's adjuncts close its sentence with a colon; an object
    // may stand there too when the colon ends the paragraph and the quotation fills the next one ("Sanders made
    // the following comment:" and a quoted paragraph)
    DepParse p = f.parse();
    int sentenceEnd = p.spans[p.size() - 1].end();
    for (QuotationMarks.Quoted q : quoted) {
      if (!used.contains(q) && q.outer().start() >= end && q.outer().start() - end < 80) {
        String between = text.substring(end, q.outer().start());
        int colon = between.lastIndexOf(':');
        if (colon >= 0 && end + colon < sentenceEnd && between.substring(colon + 1).isBlank()
            && between.substring(0, colon).matches("[^.!?;:\"“”'‘’\n]*")
            && (!complement || end + colon + 1 == sentenceEnd && between.indexOf('\n', colon) >= 0 && fillsParagraph(q))) {
          return q;
        }
      }
    }
    return null;
  }

  /** Whether nothing but punctuation follows a quotation up to its paragraph's end: no attribution of its own. */
  private boolean fillsParagraph(QuotationMarks.Quoted q) {
    int nl = text.indexOf('\n', q.outer().end());
    return text.substring(q.outer().end(), nl < 0 ? text.length() : nl).matches("[\\s\u00a0.,;:!?)\\]]*");
  }

  /**
   * The unquoted start of the sentence before a quotation that its attribution follows, when it
   * is a phrase of the statement rather than a clause of the narrator's: "With thousands of
   * systems, “there is …,” he said.", "Mills “got an immunity agreement,” Jordan said." No lead-in
   * holds a verb of its own, a quotation mark, or more than 12 words.
   */
  private Span leadIn(Frame f, QuotationMarks.Quoted q) {
    DepParse p = f.parse();
    if (f.cueSpan().start() < q.outer().end() || p.spans[0].start() >= q.outer().start()
        || q.outer().end() > p.spans[p.size() - 1].end()) {
      return null;
    }
    int first = -1;
    int n = 0;
    for (int t = 0; t < p.size() && p.spans[t].end() <= q.outer().start(); t++) {
      if (p.isQuoteMark(t) || p.tags[t].matches("VBD|VBZ|VBP|MD") || ++n > 12) {
        return null;
      }
      if (first < 0 && !p.isPunct(t)) {
        first = t;
      }
    }
    if (first < 0 || QuotationMarks.inside(quoted, p.spans[first])) {
      return null;
    }
    return new Span(p.spans[first].start(), q.outer().start());
  }

  /**
   * The paragraph after an attribution that ends its own paragraph with a colon ("The governor
   * added:"), where that paragraph opens with no quotation mark, or null.
   */
  private Span paragraphAfterColon(Frame f) {
    int i = f.attributionEnd();
    int n = text.length();
    while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
      i++;
    }
    if (i >= n || text.charAt(i) != ':') {
      return null;
    }
    i++;
    int breaks = 0;
    while (i < n && QuotationMarks.space(text.charAt(i))) {
      breaks += text.charAt(i) == '\n' ? 1 : 0;
      i++;
    }
    if (breaks == 0 || i >= n || "\"“‘'«".indexOf(text.charAt(i)) >= 0) {
      return null;
    }
    int end = text.indexOf('\n', i);
    end = end < 0 ? n : end;
    while (end > i && QuotationMarks.space(text.charAt(end - 1))) {
      end--;
    }
    return end - i >= 20 ? new Span(i, end) : null;
  }

  /**
   * Whether the cue has an object or a clause of its own after it ("said Kim's state is ...",
   * "suggested looking at ..."), so the quotation before it is not what it reports.
   */
  private static boolean takesComplement(Frame f) {
    DepParse p = f.parse();
    int comma = f.cue() + 1; // "“…,” Wilkin said, eliciting jeers": what follows a comma is no complement
    if (f.speakerHead() > f.cue() && f.speakerSpan() != null) {
      comma = Math.max(comma, p.tokenAt(f.speakerSpan().end() - 1) + 1);
    }
    int limit = comma < p.size() && p.words[comma].equals(",") ? comma : p.size();
    for (int c : p.children(f.cue())) {
      String r = p.rels[c];
      if (r.equals("xcomp") && p.tags[c].equals("VBN") && c > 0 && p.tags[c - 1].startsWith("NN")) {
        continue; // "“…,” she told CNN in the interview taped on Wednesday": a participle on the noun before it
      }
      if (c > f.cue() && c < limit && (r.equals("ccomp") || r.equals("xcomp") || r.equals("obj") && !FrameFinder.ADDRESSEE_CUES.contains(p.lemmas[f.cue()]))
          && (f.speakerHead() < 0 || c != f.speakerHead() && !p.dominates(c, f.speakerHead()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text between two offsets is only spaces and joining punctuation (and a time word). */
  private boolean onlyGlue(int from, int to, boolean after) {
    if (to - from > 40) {
      return false;
    }
    String between = text.substring(from, to);
    if (between.contains("\n") && !after) {
      return false;
    }
    if (between.contains("\n") && !between.strip().endsWith(":")) {
      return false;
    }
    return glueWords(between, "[\\s\u00a0,:;—–-]+");
  }

  /** Whether every word of a text, split at {@code separators}, is a {@link #GLUE} word. */
  private static boolean glueWords(String between, String separators) {
    for (String w : between.split(separators)) {
      if (!w.isEmpty() && !GLUE.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> GLUE = Set.of("on", "in", "at", "to", "late", "early", "last", "this", "yesterday",
      "today", "tonight", "morning", "evening", "afternoon", "night", "reporters", "journalists", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "then", "also", "later", "earlier");

  private Draft lastDirectBefore(List<Draft> drafts, int offset) {
    Draft best = null;
    for (Draft d : drafts) {
      if (d.quotation != null && d.frame != null && d.quotation.outer().end() <= offset) {
        best = d;
      }
    }
    return best;
  }

  private Draft lastBefore(List<Draft> drafts, int offset) {
    Draft best = null;
    for (Draft d : drafts) {
      if (d.content.start() < offset) {
        best = d;
      }
    }
    return best;
  }

  /** “A,” he said, “B.”: the second quotation starts in the sentence of the attribution after the first. */
  private boolean interrupted(Draft d, QuotationMarks.Quoted q) {
    return d.kind == QuoteKind.DIRECT && onlyAttributionBetween(d.frame, d.quotation.outer().end(), q.outer().start());
  }

  /**
   * Whether the text between two quotations holds nothing but one frame's attribution: glue
   * before it ("“A,” he said, “B.”"), and after it either glue or the rest of the attribution
   * sentence describing the speaker ("“A,” said Jane Doe, a lawyer for the club. “B.”").
   */
  private boolean onlyAttributionBetween(Frame f, int from, int to) {
    if (to < from || to - from > 300 || text.substring(from, to).contains("\n")) {
      return false;
    }
    int as = f.attributionStart();
    int ae = f.attributionEnd();
    if (as < from || ae > to || !gluePunctuation(from, as)) {
      return false;
    }
    // the speaker next to the cue ("Blige sings to Clinton before asking her" is no attribution of the quote before)
    if (f.speakerSpan() != null) {
      Span sp = f.speakerSpan();
      int gap = sp.end() <= f.cueSpan().start() ? words(sp.end(), f.cueSpan().start())
          : sp.start() >= f.cueSpan().end() ? words(f.cueSpan().end(), sp.start()) : 0;
      if (gap > 2) {
        return false;
      }
    }
    if (gluePunctuation(ae, to)) {
      return true;
    }
    String rest = text.substring(ae, to).strip();
    if (rest.indexOf('"') >= 0 || rest.indexOf('“') >= 0 || rest.indexOf('”') >= 0) {
      return false;
    }
    return restIsAttribution(f, ae, to);
  }

  /** Relations of the cue's own complements and clauses: what follows an attribution is none of these. */
  private static final Set<String> COMPLEMENT_RELATIONS = Set.of("obj", "iobj", "ccomp", "xcomp", "parataxis", "conj",
      "nsubj", "csubj");

  /**
   * Whether the tokens of the frame's sentence in [from, to) only complete the attribution:
   * adjuncts of the cue ("said in an interview with CNN."), the speaker and its description
   * ("said Jane Doe, a lawyer who ..."), the addressee of "told". A clause of its own ("but Kevin
   * was drifting off") or a complement of the cue ("said Kim's state is ...") is not.
   */
  private boolean restIsAttribution(Frame f, int from, int to) {
    DepParse p = f.parse();
    int last = to;
    while (last > from && QuotationMarks.space(text.charAt(last - 1))) {
      last--;
    }
    if (last > from && p.spans[p.size() - 1].end() < last) {
      return false; // another sentence comes between
    }
    int cue = f.cue();
    for (int t = 0; t < p.size(); t++) {
      Span ts = p.spans[t];
      if (ts.start() < from || ts.end() > to || t == cue || p.rels[t].equals("punct")) {
        continue;
      }
      if (f.speakerHead() >= 0 && (t == f.speakerHead() || p.dominates(f.speakerHead(), t))
          || f.channel() != null && f.channel().contains(ts) || f.speakerSpan() != null && f.speakerSpan().contains(ts)) {
        continue;
      }
      // climb to the cue's child holding t
      int c = t;
      while (c >= 0 && p.heads[c] != cue) {
        c = p.heads[c];
      }
      boolean manner = c >= 0 && c > 0 && p.words[c - 1].equals(",") && p.words[c].toLowerCase(java.util.Locale.ROOT).endsWith("ing")
          && p.extent(c)[0] == c && p.extent(c)[1] == c;
      if (c < 0 || COMPLEMENT_RELATIONS.contains(p.rels[c]) && !manner) {
        return false; // a lone participle after a comma ("she said, clapping.") tells how, whatever the parser made it
      }
      int subj = p.child(t, "nsubj");
      if (subj >= 0 && !FrameFinder.RELATIVES.contains(p.words[subj].toLowerCase(java.util.Locale.ROOT))
          && !p.rels[c].startsWith("obl")) {
        // "..., as Trump went on": a clause with a subject of its own; one inside an adjunct of the
        // cue still describes the saying ("said at the gala, where Mrs. Clinton also spoke")
        return false;
      }
    }
    return true;
  }

  private boolean gluePunctuation(int from, int to) {
    return to <= from || glueWords(text.substring(from, to), "[\\s\u00a0,:;—–.\\-]+");
  }

  private int words(int from, int to) {
    String between = text.substring(from, Math.max(from, to)).replace('\u00a0', ' ').strip();
    return between.isEmpty() ? 0 : between.split("[\\s\u00a0]+").length;
  }

  private Draft firstDirectAfter(List<Draft> drafts, int offset) {
    for (Draft d : drafts) {
      if (d.quotation != null && d.frame != null && d.quotation.outer().start() >= offset) {
        return d;
      }
    }
    return null;
  }

  /** “A,” he said, “B.” where the attribution took B: A is the first fragment. */
  private boolean interruptedBefore(QuotationMarks.Quoted q, Draft d) {
    return d.kind == QuoteKind.DIRECT && onlyAttributionBetween(d.frame, q.outer().end(), d.quotation.outer().start());
  }

  /** A continuation belongs to the previous speaker when nothing but quotes came between. */
  private boolean near(Draft prev, QuotationMarks.Quoted q) {
    int from = afterPrevious(prev);
    int to = q.outer().start();
    if (to - from > 400) {
      return false;
    }
    // no unquoted sentence of narration in between, or only the rest of the paragraph the speaker was named in
    String between = text.substring(Math.min(from, to), to);
    String words = NOT_WORDS.matcher(between).replaceAll("");
    return (words.length() < 60 || to - from < 300 && between.indexOf('\n') < 0) && !newParagraph(prev, q);
  }

  /** What does not count as narration between two quotations: spaces, quotation marks, full stops and commas. */
  private static final java.util.regex.Pattern NOT_WORDS = java.util.regex.Pattern.compile("[\\s\u00a0\"“”.,]");

  /** Where the previous quote and its attribution end. */
  private static int afterPrevious(Draft prev) {
    return Math.max(prev.content.end(), prev.frame == null ? 0 : prev.frame.attributionEnd());
  }

  /** Whether the paragraph right before {@code q} is the one the previous quote ends in (not narration of its own). */
  private boolean speakersParagraphBefore(Draft prev, QuotationMarks.Quoted q) {
    int lastBreak = text.lastIndexOf('\n', q.outer().start() - 1);
    while (lastBreak > 0 && QuotationMarks.space(text.charAt(lastBreak - 1))) {
      lastBreak--;
    }
    int breakBefore = lastBreak <= 0 ? -1 : text.lastIndexOf('\n', lastBreak - 1);
    return prev.content.end() > breakBefore && prev.content.end() <= lastBreak;
  }

  /**
   * Whether narration closed the paragraph the previous speaker was named in before the quotation
   * ("“…,” Ana Ruiz said with a smirk, looking over at the crowd. ¶ “They are all here …”"): the new
   * paragraph's quotation is a quote of its own, by the same speaker, not a fragment of the last.
   */
  private boolean newParagraph(Draft prev, QuotationMarks.Quoted q) {
    int from = afterPrevious(prev);
    int to = q.outer().start();
    String between = text.substring(Math.min(from, to), to);
    return between.indexOf('\n') >= 0 && !NOT_WORDS.matcher(between).replaceAll("").isEmpty();
  }

  /**
   * The name signing a quotation with a dash after it, as roundups and epigraphs do
   * ("“…” ― Pamela Padilla", "“…” — Jane Doe, 34, Ohio"), on its line or opening the next paragraph
   * ("“…”" then "- Hillary Clinton."): the capitalized words after the dash, up to a comma, a full stop or the
   * end of the line, or null.
   */
  private Span dashAttribution(QuotationMarks.Quoted q) {
    int i = q.outer().end();
    int n = text.length();
    int breaks = 0;
    while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0' || text.charAt(i) == '\t'
        || text.charAt(i) == '\n' && ++breaks <= 2)) {
      i++;
    }
    if (i >= n || "―—–".indexOf(text.charAt(i)) < 0 && !text.startsWith("--", i) && !text.startsWith("- ", i)
        && !(breaks > 0 && text.charAt(i) == '-' && i + 1 < n && Character.isUpperCase(text.charAt(i + 1)))) {
      return null;
    }
    while (i < n && "―—–- \u00a0\t".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    int start = i;
    int end = start;
    int words = 0;
    while (i < n && text.charAt(i) != '\n') {
      int w = i;
      while (i < n && !QuotationMarks.space(text.charAt(i)) && ",;(".indexOf(text.charAt(i)) < 0) {
        i++;
      }
      String word = text.substring(w, i);
      boolean last = word.endsWith(".") && word.length() > 2 && !word.matches("(?:\\p{Lu}\\.)+|(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Prof|Rev)\\.");
      String bare = last ? word.substring(0, word.length() - 1) : word;
      if (bare.isEmpty() || !Character.isUpperCase(bare.charAt(0)) || ++words > 6) {
        return null;
      }
      end = w + bare.length();
      if (last || i >= n || text.charAt(i) != ' ') {
        break;
      }
      i++;
    }
    return words > 0 && end > start ? new Span(start, end) : null;
  }

  /**
   * A name of one to four capitalized words (titles abbreviated) or a subject pronoun; the verbs of manner after it
   * are past tense, with their particle.
   */
  private static final String NAME = "((?:(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen)\\. )?\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,3}"
      + "|he|she|they)";
  private static final String MANNER_VERB = "(\\p{Ll}+ed(?: back| up| out| on| in)?|shot back|went on)";
  private static final Pattern NAME_THEN_VERB = Pattern.compile(
      "[ \\u00a0]+" + NAME + " " + MANNER_VERB + "(?=[.,;]| (?:on|in|at|to|as|during|after|before|with|from|while) )");
  private static final Pattern NAME_THEN_PRESENT = Pattern.compile(
      "[ \\u00a0]+" + NAME + " (\\p{Ll}+s)(?=[.,;]| (?:on|in|at|to|as|during|after|before|with|from|while) )");
  /**
   * A name, its description after a comma, and a cue verb: "“…,” Nate Silver, the polling guru who founded
   * fivethirtyeight.com tweeted on Wednesday", which the parser reads as a relative clause's verb, or "“…,” Ted
   * Cruz, who has proposed repealing the mandate, said at the time".
   */
  private static final Pattern NAME_APPOSITION_THEN_CUE = Pattern.compile(
      "[ \\u00a0]*" + NAME + ", (?:[^.,;\"“”]|\\.(?=\\S)){3,120}?,? (\\p{Ll}+)"
          + "(?=\\.(?:\\s|$)|;| (?:on|in|at|to|during|after|before|with|from|while) )");
  private static final Pattern VERB_THEN_NAME = Pattern.compile("[ \\u00a0]+" + MANNER_VERB + " " + NAME + "(?=[.,;])");
  /**
   * A description opened by a determiner, of one to five words, and the verb right after it, which must be a
   * cue form: "the 43-year-old asked", "a voice-over in the ad states", "this Trump look-alike declared".
   */
  private static final Pattern DESCRIPTION_THEN_VERB = Pattern.compile(
      "[ \\u00a0]+((?i:the|a|an|this|that|one|another) (?:[\\p{L}\\d'’-]+ ){0,4}?[\\p{L}\\d'’-]+) (\\p{Ll}+)"
          + "(?=[.,;]| (?:on|in|at|to|as|during|after|before|with|from|while|of) )");

  /**
   * One way of reading the text after a quotation as its attribution: the pattern, its groups for the name and the
   * verb, whether the verb must be a cue form, whether a quotation closed by a full stop may take it, and how many
   * characters after the quotation it reads.
   */
  private record Reading(Pattern pattern, int name, int verb, boolean cueVerb, boolean afterFullStop, int window) {}

  /**
   * In order: "“…” Bozell answers." (a present-tense cue form the tagger took for a plural noun, so the sentence
   * was never parsed; a full stop may close the quotation), "Toomey fumed", "reacted Trump", "the 43-year-old
   * asked", "Nate Silver, the polling guru who founded fivethirtyeight.com tweeted".
   */
  private static final List<Reading> READINGS = List.of(
      new Reading(NAME_THEN_PRESENT, 1, 2, true, true, 80),
      new Reading(NAME_THEN_VERB, 1, 2, false, false, 80),
      new Reading(VERB_THEN_NAME, 2, 1, false, false, 80),
      new Reading(DESCRIPTION_THEN_VERB, 1, 2, true, false, 80),
      new Reading(NAME_APPOSITION_THEN_CUE, 1, 2, true, false, 200));

  /** The name and the verb that attribute a quotation right after it. */
  private record MannerAttribution(Span name, Span verb) {}

  /**
   * "“…,” Toomey fumed on Tuesday.", "“…?” reacted Trump.", "“…?” the 43-year-old asked": a quotation ending in
   * a comma, question or exclamation mark, right after which a name and a past-tense verb, or a description and a
   * cue verb, attribute it; or any quotation, a full stop too, that a name and a present-tense cue form follow
   * ("“…” Bozell answers."). Reached only for quotations no frame took: the verb is one the cue lexicon does not
   * hold ("fumed", "shot back"), or one in a sentence the parser misread. Null when the text after the quotation
   * reads otherwise.
   */
  private MannerAttribution mannerAttribution(QuotationMarks.Quoted q) {
    char last = lastPunctuation(q);
    if (last == 0 || ",?!—.".indexOf(last) < 0) {
      return null;
    }
    int from = q.outer().end();
    boolean fullStop = last == '.';
    for (Reading r : READINGS) {
      if (fullStop && !r.afterFullStop()) {
        continue;
      }
      Matcher m = r.pattern().matcher(text.substring(from, Math.min(text.length(), from + r.window())));
      if (m.lookingAt() && (!r.cueVerb() || lexicon.isCueForm(m.group(r.verb())))) {
        return new MannerAttribution(new Span(from + m.start(r.name()), from + m.end(r.name())),
            new Span(from + m.start(r.verb()), from + m.end(r.verb())));
      }
    }
    return null;
  }

  /**
   * The last character of a quotation's content, past a single mark closing inside it ("“She said ‘I know,’” Rep.
   * Jane Doe said." ends in a comma), or 0 for an empty one.
   */
  private char lastPunctuation(QuotationMarks.Quoted q) {
    int close = q.content().end();
    if (close > 1 && "'\u2019".indexOf(text.charAt(close - 1)) >= 0) {
      close--;
    }
    return close < 1 ? 0 : text.charAt(close - 1);
  }

  /** Whether a quotation is a statement rather than a scare quote or a title. */
  private boolean sentenceLike(QuotationMarks.Quoted q) {
    Span c = q.content();
    int words = c.textIn(text).replace('\u00a0', ' ').strip().split("\\s+").length;
    if (words < 4) {
      return false;
    }
    int s = q.outer().start();
    int p = s - 1;
    while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t' || text.charAt(p) == '\u00a0')) {
      p--;
    }
    boolean startsSentence = p < 0 || ".!?\n:".indexOf(text.charAt(p)) >= 0;
    return startsSentence && words >= 5;
  }

  private int tokenCount(Span s) {
    return s.textIn(text).split("\\s+").length;
  }
}
