package dev.claimex.stages.quotes;

import dev.claimex.api.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Reads reporting frames off a dependency parse: "X said (that) C", "C, X said", "X told Y
 * that C", "X urged Y to C", "according to X, C", "..., saying C". The speaker is the cue's
 * subject, or the subject of the clause a participle or conjunct hangs from; the content is
 * the reported clause's subtree. Stateless.
 */
final class FrameFinder {
  private static final Set<String> COMPLEMENTIZERS = Set.of("that");
  private static final int MAX_SPEAKER_TOKENS = 16;
  /** Verbs of saying proper: the only cues a parenthetical "..., he said" or a relayed attribution uses. */
  static final Set<String> SPEECH = Set.of("say", "tell", "add", "state", "write", "report", "note", "explain", "argue",
      "claim", "insist", "warn", "confirm", "declare", "deny", "stress", "emphasize", "emphasise", "announce", "reply",
      "respond", "tweet", "post", "continue", "recall", "acknowledge", "admit", "assert", "ask", "quip", "joke",
      "predict", "promise", "observe", "remark", "suggest", "counter", "concede", "complain", "answer", "retort",
      "interject", "press", "agree", "wonder", "remember", "yell", "scream", "shout", "chant", "mutter", "laugh");
  /**
   * Cues that are not speech verbs everywhere but, right after a quotation, name its source the way "said" does:
   * "“…,” read the statement", "“…,” concluded a 2013 study"; the parser takes that source for an object.
   */
  private static final Set<String> NAMED_AFTER_QUOTATION = Set.of("read", "conclude");
  /**
   * Cues that, joined by "and" to a reported clause, usually continue what was reported ("he
   * posed a threat and refused to drop the gun") rather than start a statement of their own.
   */
  private static final Set<String> STANCE = Set.of("refuse", "decline", "want", "plan", "seek", "decide", "hope",
      "expect", "know", "learn", "understand", "believe", "think", "fear", "worry", "show", "find");
  static final Set<String> RELATIVES = Set.of("who", "that", "which");
  /** Quantifiers that float off a subject ("they have both said", "the candidates all agree"). */
  private static final Set<String> FLOATING = Set.of("both", "all", "each");
  /** Cues whose object is the addressee ("told reporters"), not what was said. */
  static final Set<String> ADDRESSEE_CUES = Set.of("tell", "inform", "assure", "remind", "warn", "brief", "ask", "urge");
  private static final Set<String> OBL_PREPOSITIONS = Set.of("about", "for", "on", "against", "over", "to");
  /** Relations of a cue's own object or clause: a cue with one after it reports that, not the text before. */
  private static final Set<String> OWN_COMPLEMENTS = Set.of("obj", "iobj", "ccomp", "xcomp");
  /** How a quotation ends when an attribution follows it: "“…,” Haynes said". */
  private static final Set<String> QUOTATION_ENDS = Set.of(",", "?", "!", "--", "—");
  /** Cues whose "to" or "with" names the addressee ("talked to reporters"), not the topic. */
  private static final Set<String> TO_WHOM = Set.of("talk");
  private static final Set<String> AS = Set.of("as");
  private static final java.util.regex.Pattern SAME_THING = java.util.regex.Pattern.compile(
      "(the same thing|much the same|the same|as much)\\b");
  private static final Set<String> WH = Set.of("when", "how", "why", "where", "whether", "what", "who");
  /** Words opening a reported yes-no question: "asked Mook if …", "was asked whether …". */
  private static final Set<String> IF_WHETHER = Set.of("if", "whether");
  /** Prepositions that go on describing a topic ("hackers from China", "the threat of war"), not where or when it was said. */
  private static final Set<String> OF_THE_TOPIC = Set.of("from", "of", "for", "against", "about");
  /** Subordinators that open an adverbial clause, never a reported one ("when", "after" may: "knows when …"). */
  private static final Set<String> ADVERBIAL_MARKS = Set.of("as", "because", "while", "since", "although", "though",
      "until", "unless");

  private final QuoteLexicon lexicon;
  private final boolean nominalContent;

  FrameFinder(QuoteLexicon lexicon, boolean nominalContent) {
    this.lexicon = lexicon;
    this.nominalContent = nominalContent;
  }

  List<Frame> find(DepParse p) {
    List<Frame> out = new ArrayList<>();
    Frame tail;
    for (int i = 0; i < p.size(); i++) {
      String w = p.words[i].toLowerCase(Locale.ROOT);
      if (discourseIdiom(p, i)) {
        continue;
      }
      if ((tail = openingCue(p, i)) != null) {
        out.add(tail); // "Said Comey, “…”", "As Milbank puts it, “…”"
        i = tail.cue();
        continue;
      }
      if (w.equals(":") && (tail = colonFrame(p, i)) != null) {
        out.add(tail); // "Trump leaned in and boomed: “…”"
        continue;
      }
      if (w.equals("according") && i + 1 < p.size() && p.words[i + 1].equalsIgnoreCase("to")) {
        Frame f = accordingTo(p, i);
        if (f != null) {
          out.add(f);
        }
      } else if (w.equals("as") && (tail = asReportedBy(p, i)) != null) {
        out.add(tail);
        i += 2;
      } else if (lexicon.isCueForm(w) && (SPEECH.contains(p.lemmas[i]) || NAMED_AFTER_QUOTATION.contains(p.lemmas[i]))
          && (tail = afterQuotation(p, i)) != null) {
        out.add(tail); // "“…,” Devine declared." whatever the tagger made of the words
      } else if (p.tags[i].equals("UH") && (tail = sayReadAsModifier(p, i)) != null) {
        out.add(tail); // "Six in 10 say he's decisive", "say" tagged an interjection
      } else if (p.tags[i].startsWith("NN") && lexicon.isCueForm(w)) {
        Frame f = nounFrame(p, i);
        if (f != null) {
          out.add(f);
        }
      } else if (p.isVerb(i) && lexicon.isCueForm(w)) {
        Frame f = verbFrame(p, i);
        Frame r = relativeReport(p, i);
        f = r != null ? r : f;
        r = f == null || f.content() == null ? adverbialReport(p, i) : null;
        f = r != null ? r : f;
        if (f != null && f.content() == null && f.speakerSpan() != null) {
          f = clauseRightAfter(p, f);
        }
        if (f == null && SPEECH.contains(p.lemmas[i]) && p.rels[i].equals("amod")) {
          f = participleReadAsModifier(p, i);
        }
        if ((f == null || f.speakerSpan() == null) && SPEECH.contains(p.lemmas[i]) && READ_AS_SUBJECT.contains(p.rels[i])) {
          Frame g = participleReadAsSubject(p, i);
          f = g != null ? g : f;
        }
        if (f != null && demonstrativeSubject(p, f.speakerHead())) {
          f = null; // "That has convinced some activists that …": what happened persuades, nobody reports
        }
        if (f != null) {
          out.add(f);
        }
      }
    }
    quotationsAfterColons(p, out);
    out.replaceAll(f -> withReasonAfter(p, f));
    splitAddedStatements(p, out);
    completeFromSurface(p, out);
    shareSpeakers(p, out);
    out.replaceAll(f -> withRelativePronoun(p, f));
    return out;
  }

  /**
   * "Trump seemed to suggest he had silenced her: “She signed an agreement,” he told the Times.": an attribution
   * right after a quotation that a colon or a dash opens reports that quotation, not the narration before the
   * colon, which the parser hung from the cue with it.
   */
  private static void quotationsAfterColons(DepParse p, List<Frame> frames) {
    for (int k = 0; k < frames.size(); k++) {
      Frame f = frames.get(k);
      Frame q = quotationAfterColon(p, f);
      if (q == f) {
        continue;
      }
      frames.set(k, q);
      // the narration before the colon ends there: "suggest he had silenced her" does not report the quotation
      int colon = p.tokenAt(q.content().start()) - 1;
      for (int j = 0; j < frames.size(); j++) {
        Frame g = frames.get(j);
        if (j != k && g.content() != null && g.content().contains(p.spans[colon])
            && g.content().start() < p.spans[colon].start() && g.cueSpan().end() <= p.spans[colon].start()) {
          int lo = p.tokenAt(g.content().start());
          Span cut = lo >= 0 && lo < colon ? p.charSpan(lo, colon - 1, true) : null;
          if (cut != null) {
            frames.set(j, g.withContent(cut));
          }
        }
      }
    }
  }

  /** The frame with the quotation before its attribution as its content, when a colon or dash opens it; else f. */
  private static Frame quotationAfterColon(DepParse p, Frame f) {
    if (f.content() == null) {
      return f;
    }
    Span speaker = f.speakerSpan();
    int at = speaker != null && speaker.end() <= f.cueSpan().start() ? p.tokenAt(speaker.start()) : f.cue();
    if (at < 2 || !quotationRightBefore(p, at)) {
      return f;
    }
    int close = at - 1;
    while (close > 0 && !isClosingQuote(p, close)) {
      close--;
    }
    int open = close - 1;
    while (open > 0 && !p.isDoubleQuoteMark(open)) {
      open--;
    }
    int lo = p.tokenAt(f.content().start());
    if (open < 2 || lo < 0 || lo >= open || !(p.words[open - 1].equals(":") || DASHES.contains(p.words[open - 1]))) {
      return f;
    }
    Span content = p.charSpan(open, close, true);
    return content == null ? f : f.withContent(content);
  }

  /**
   * "an aspiring trader who felt she was not taken seriously": the speaker mention tied to a cue in a relative
   * clause is its pronoun; the span runs from the antecedent through it, so it holds both the local mention and
   * what it stands for.
   */
  private static Frame withRelativePronoun(DepParse p, Frame f) {
    if (f.speakerSpan() == null || f.speakerSpan().end() > f.cueSpan().start()) {
      return f;
    }
    int last = p.tokenAt(f.speakerSpan().end() - 1);
    if (last < 0) {
      return f;
    }
    if (p.tokenAt(f.speakerSpan().start()) == last && RELATIVES.contains(p.words[last].toLowerCase(Locale.ROOT))) {
      // "ads that slam Democrats and tout …": the parse gave the pronoun alone; add the antecedent before it
      int h = p.heads[last];
      while (h >= 0 && p.rels[h].equals("conj")) {
        h = p.heads[h];
      }
      if (h < 0 || !p.rels[h].equals("acl:relcl") || p.heads[h] < 0 || p.heads[h] >= last) {
        return f;
      }
      int lo = Math.max(p.extent(p.heads[h])[0], last - MAX_SPEAKER_TOKENS);
      while (lo < last && (p.tags[lo].equals("IN") || p.tags[lo].equals("TO") || p.rels[lo].equals("case"))) {
        lo++; // "of television ads that": no speaker starts with a preposition
      }
      return f.withSpeakerSpan(new Span(p.spans[lo].start(), f.speakerSpan().end()));
    }
    int r = last + 1;
    if (r < f.cue() && p.words[r].equals(",")) {
      r++;
    }
    if (r >= f.cue() || !RELATIVES.contains(p.words[r].toLowerCase(Locale.ROOT))) {
      return f;
    }
    for (int t = r + 1; t < f.cue(); t++) {
      if (!(p.tags[t].equals("RB") || p.tags[t].equals("MD") || RELATIVE_AUX.contains(p.words[t].toLowerCase(Locale.ROOT)))) {
        return f; // "the board that Fiorina said …": the pronoun is not the cue's subject
      }
    }
    return f.withSpeakerSpan(new Span(f.speakerSpan().start(), p.spans[r].end()));
  }

  /** Auxiliaries and adverbs that may stand between a relative clause's subject and its cue ("has repeatedly said"). */
  private static final Set<String> RELATIVE_AUX = Set.of("has", "have", "had", "would", "will", "did", "does", "do",
      "also", "repeatedly", "previously", "often", "now", "later", "once", "since");
  private static final Set<String> RELATIVE_SUBJECT_TAGS = Set.of("DT", "JJ", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP",
      "CD", "POS", "PRP$", "HYPH");
  private static final Set<String> DASHES = Set.of("—", "–", "--");
  private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "—", "--", "-", "(", ")", ".", "?", "!");

  /**
   * "the changes, which officials said will take effect in May, …", "a deadline that party insiders say went
   * unnoticed": a relative clause whose pronoun is the subject of the reported clause, so the cue's clause has no
   * subject of its own and a finite verb follows the cue straight away. The parser hangs the reported verb
   * anywhere (the root, a dependent of the cue or of the noun); the surface decides. The content runs from the
   * verb after the cue to the end of the relative clause: the next comma, dash or the sentence's end outside
   * quotation marks.
   */
  private Frame relativeReport(DepParse p, int i) {
    var kinds = lexicon.verb(p.lemmas[i]).orElse(null);
    if (kinds == null || !kinds.contains(QuoteLexicon.Content.CCOMP) || !p.tags[i].matches("VBD|VBZ|VBP|VBN")
        || i + 1 >= p.size() || !(FINITE_TAGS.contains(p.tags[i + 1]) || FINITE_WORDS.contains(p.words[i + 1]))) {
      return null;
    }
    int j = i - 1;
    while (j > 0 && RELATIVE_AUX.contains(p.words[j].toLowerCase(Locale.ROOT))) {
      j--;
    }
    int subjEnd = j;
    boolean noun = false;
    while (j > 0 && subjEnd - j < 6 && RELATIVE_SUBJECT_TAGS.contains(p.tags[j])
        && !RELATIVES.contains(p.words[j].toLowerCase(Locale.ROOT))) {
      noun |= p.tags[j].startsWith("NN") || p.tags[j].equals("PRP");
      j--;
    }
    if (!noun || j == subjEnd || j < 1 || !RELATIVES.contains(p.words[j].toLowerCase(Locale.ROOT))
        || !(p.tags[j - 1].startsWith("NN") || p.words[j - 1].equals(",") || p.tags[j - 1].equals("CD"))) {
      return null; // the pronoun follows its antecedent noun (or the comma after it)
    }
    Span content = p.charSpan(i + 1, clauseEnd(p, i + 1), true);
    Span speaker = p.charSpan(j + 1, subjEnd, false);
    if (content == null || speaker == null) {
      return null;
    }
    int head = lastNoun(p, j + 1, subjEnd);
    return new Frame(p, i, p.spans[i], head, speaker, content, null, -1, null, false, false);
  }

  /**
   * The last token of the clause starting at {@code from}: before the next comma, semicolon, colon, spaced dash or
   * parenthesis outside quotation marks (not the hyphen of "second-quarter"), or before a quotation closing on a
   * comma when no conjunction carries on after it; else the sentence's end.
   */
  private static int clauseEnd(DepParse p, int from) {
    int end = from;
    boolean quoted = p.isDoubleQuoteMark(from);
    while (end + 1 < p.size()) {
      int t = end + 1;
      if (p.isDoubleQuoteMark(t)) {
        if (quoted && p.words[end].equals(",") && t + 1 < p.size() && !p.rels[t + 1].equals("cc")) {
          end = t;
          break; // "said Bush has the “best experience,” Trump is …"
        }
        quoted = !quoted;
      } else if (!quoted && CLAUSE_BREAKS.contains(p.words[t])
          && !(p.words[t].equals("-") && p.spans[t].start() == p.spans[end].end())) {
        break;
      }
      end++;
    }
    return end;
  }

  /**
   * "Democratic economists, like their Republican counterparts, say taxing consumption encourages growth", which the
   * parser read with the cue as an auxiliary of the reported verb: a cue with a speaker but nothing to report, right
   * before a clause (subject, then finite verb), reports that clause to its end; in a document's first sentence,
   * its headline, "say" reports all that follows it.
   */
  private Frame clauseRightAfter(DepParse p, Frame f) {
    int i = f.cue();
    var kinds = lexicon.verb(p.lemmas[i]).orElse(null);
    if (kinds == null || !kinds.contains(QuoteLexicon.Content.CCOMP) || !SPEECH.contains(p.lemmas[i])
        || !p.tags[i].matches("VBD|VBZ|VBP") || i + 2 >= p.size() || p.lemmas[i].equals("tell")) {
      return f;
    }
    if (f.speakerSpan().start() > p.spans[i].start()) {
      return f;
    }
    int lo = COMPLEMENTIZERS.contains(p.words[i + 1].toLowerCase(Locale.ROOT)) ? i + 2 : i + 1;
    int verb = subjectThenVerb(p, lo) ? lo : verbAfterRelativeOnSubject(p, lo);
    Span content = verb >= 0 ? p.charSpan(lo, clauseEnd(p, verb), true) : afterAside(p, i);
    if (content == null && p.sentence == 0 && p.lemmas[i].equals("say") && !holdsDoubleQuoteMark(p)) {
      // a headline drops its verbs: "Carson says cut regulations, national debt to reduce poverty" (a quotation
      // in it is what was said, and the quotation rules take it)
      int last = lastWord(p, lo, p.size() - 1);
      content = last > lo ? p.charSpan(lo, last, true) : null;
    }
    return content == null ? f : new Frame(p, i, f.cueSpan(), f.speakerHead(), f.speakerSpan(), content, f.channel(),
        f.sourceHead(), f.sourceSpan(), f.accordingTo(), false);
  }

  /**
   * "Opponents said the decision, which struck down a law that other states copied, shows …", which the parser
   * read with the noun as the cue's object: a noun phrase, a relative clause set off by commas, and a finite
   * verb right after them. The finite verb, or -1.
   */
  private static int verbAfterRelativeOnSubject(DepParse p, int lo) {
    int t = lo;
    while (t < p.size() && t < lo + 8 && p.tags[t].matches("DT|PDT|JJ.?|NNP?S?|PRP\\$|CD|POS|HYPH")) {
      t++;
    }
    if (t == lo || t + 1 >= p.size() || !p.tags[t - 1].startsWith("NN") || !p.words[t].equals(",")
        || !p.tags[t + 1].matches("WDT|WP")) {
      return -1;
    }
    for (int c = t + 2; c + 1 < p.size() && c < t + 40; c++) {
      if (p.isQuoteMark(c) || STOPS.contains(p.words[c])) {
        return -1;
      }
      if (p.words[c].equals(",")) {
        return p.tags[c + 1].matches("VBD|VBZ|VBP|MD") ? c + 1 : -1;
      }
    }
    return -1;
  }

  /** Whether the sentence holds a double quotation mark. */
  private static boolean holdsDoubleQuoteMark(DepParse p) {
    for (int t = 0; t < p.size(); t++) {
      if (p.isDoubleQuoteMark(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The clause after an aside that opens right after the cue ("Rubio says, win or lose in Florida, he's staying
   * in the race", "Manafort said — on Twitter, as it happens — that Trump raised $4 million"): the aside belongs
   * to what was said unless a dash sets it off or "that" follows it. Null unless a plain clause follows the aside.
   */
  private static Span afterAside(DepParse p, int i) {
    String open = p.words[i + 1];
    boolean dash = DASHES.contains(open);
    if (!open.equals(",") && !dash) {
      return null;
    }
    int close = i + 3;
    while (close < p.size() && close <= i + 12 && !p.words[close].equals(open)) {
      close++;
    }
    if (close >= p.size() - 2 || close > i + 12 || p.isQuoteMark(close + 1)) {
      return null;
    }
    for (int t = i + 2; t < close; t++) {
      if (p.isDoubleQuoteMark(t) || !dash && isFinite(p, t)) {
        return null; // a clause of its own, not an aside
      }
    }
    boolean that = COMPLEMENTIZERS.contains(p.words[close + 1].toLowerCase(Locale.ROOT));
    int lo = that ? close + 2 : close + 1;
    if (lo >= p.size() || !(subjectThenVerb(p, lo) || that && holdsFinite(p, lo, Math.min(p.size() - 1, lo + 8)))) {
      return null;
    }
    int end = lo;
    while (end + 1 < p.size() && !STOPS.contains(p.words[end + 1]) && !p.isDoubleQuoteMark(end + 1)) {
      end++;
    }
    return p.charSpan(dash || that ? lo : i + 2, end, true);
  }

  private static final Set<String> CONCESSIVE_MARKS = Set.of("while", "whereas", "though", "although", "because",
      "since", "after", "before", "when", "if", "once", "until");

  /**
   * "While she says she will not vote for him, she applauds his message": an adverbial clause whose cue the parser
   * hung, without a clause, from the verb of what was said. The content runs from the cue to the end of the
   * adverbial clause.
   */
  private Frame adverbialReport(DepParse p, int i) {
    var kinds = lexicon.verb(p.lemmas[i]).orElse(null);
    int mark = p.child(i, "mark");
    int subj = p.child(i, "nsubj");
    if (kinds == null || !kinds.contains(QuoteLexicon.Content.CCOMP) || !p.tags[i].matches("VBD|VBZ|VBP")
        || mark < 0 || subj < 0 || !(mark < subj && subj < i) || i + 2 >= p.size()
        || !CONCESSIVE_MARKS.contains(p.words[mark].toLowerCase(Locale.ROOT)) || p.lemmas[i].equals("tell")) {
      return null; // not "told CNN they …": the addressee first
    }
    int lo = COMPLEMENTIZERS.contains(p.words[i + 1].toLowerCase(Locale.ROOT)) ? i + 2 : i + 1;
    if (!subjectThenVerb(p, lo)) {
      return null;
    }
    int[] se = p.extent(subj, relcl(p, subj));
    Span speaker = p.charSpan(Math.max(se[0], mark + 1), Math.min(se[1], i - 1), false);
    Span content = p.charSpan(lo, clauseEnd(p, lo), true);
    return speaker == null || content == null ? null
        : new Frame(p, i, p.spans[i], subj, speaker, content, null, -1, null, false, false);
  }

  /** Verbs that open a sentence, inverted before their speaker: "Said Comey, “…”". */
  static final Set<String> OPENING_CUES = Set.of("said", "added", "wrote", "says", "adds", "writes");
  /** The verb of "as X put it". */
  static final Set<String> PUT_IT = Set.of("put", "puts");

  /**
   * A sentence opened by its attribution and a comma: an inverted cue ("Said Comey, “The thought …”", "Added
   * Smith, who chairs the board, “…”": the tagger makes the cue a name) or "as X put(s) it" ("As The Post's Dana
   * Milbank puts it, “Senate Republicans are unmoved …”"). The rest of the sentence is what was said; the speaker
   * is the noun phrase before the first comma.
   */
  private static Frame openingCue(DepParse p, int i) {
    String w = p.words[i].toLowerCase(Locale.ROOT);
    int start = i;
    while (start > 0 && p.isQuoteMark(start - 1)) {
      start--;
    }
    if (start != 0) {
      return null;
    }
    int cue;
    int from;
    if (OPENING_CUES.contains(w) && Character.isUpperCase(p.words[i].charAt(0))) {
      cue = i;
      from = i + 1;
    } else if (w.equals("as")) {
      cue = -1;
      for (int t = i + 2; t + 1 < p.size() && t <= i + 10; t++) {
        if (PUT_IT.contains(p.words[t].toLowerCase(Locale.ROOT)) && p.words[t + 1].equalsIgnoreCase("it")
            && t + 2 < p.size() && p.words[t + 2].equals(",")) {
          cue = t;
          break;
        }
        if (p.words[t].equals(",")) {
          break;
        }
      }
      from = i + 1;
      if (cue < 0) {
        return null;
      }
    } else {
      return null;
    }
    int comma = -1;
    for (int t = from; t < p.size() && t <= from + MAX_SPEAKER_TOKENS + 1; t++) {
      if (p.words[t].equals(",")) {
        comma = t;
        break;
      }
    }
    if (comma < 0 || comma <= from) {
      return null;
    }
    int speakerEnd = cue > i ? cue - 1 : comma - 1;
    boolean named = false;
    for (int t = from; t <= speakerEnd; t++) {
      named |= p.tags[t].startsWith("NN") || p.tags[t].equals("PRP");
    }
    int open = comma + 1;
    if (cue == i) {
      // past a relative clause or apposition after the name: the statement opens with a quotation mark
      while (open < p.size() && !p.isDoubleQuoteMark(open)) {
        open++;
      }
      if (open >= p.size() || !p.words[open - 1].equals(",") && !p.words[open - 1].equals(":")) {
        return null;
      }
    }
    Span speaker = named ? p.charSpan(from, speakerEnd, false) : null;
    Span content = open < p.size() ? p.charSpan(open, p.size() - 1, true) : null;
    if (speaker == null || content == null) {
      return null;
    }
    int head = lastNoun(p, from, speakerEnd);
    Span cueSpan = cue == i ? p.spans[i] : new Span(p.spans[cue].start(), p.spans[cue + 1].end());
    return new Frame(p, cue, cueSpan, head, speaker, content, null, -1, null, false, false);
  }

  /** The last noun or pronoun of tokens lo..hi, which heads a speaker phrase read off the surface ("many economists"); hi if none. */
  private static int lastNoun(DepParse p, int lo, int hi) {
    int head = hi;
    for (int t = lo; t <= hi; t++) {
      if (p.tags[t].startsWith("NN") || p.tags[t].equals("PRP")) {
        head = t;
      }
    }
    return head;
  }

  /** Relations by which a cue continues the clause of the cue above it, and so shares its speaker. */
  private static final Set<String> SHARED_SUBJECT_LINKS = Set.of("conj", "advcl", "xcomp", "dep");

  /**
   * "Jane Doe said it was too early but added, “…”", "“…,” the mayor said, adding, “…”": a cue left
   * without a speaker that continues the statement of a cue before it — joined to it in the parse,
   * or a participle after a comma following it — has that cue's speaker, which the parse could
   * only give the first cue (read off the surface, or the parser tied the second elsewhere).
   */
  private static void shareSpeakers(DepParse p, List<Frame> frames) {
    for (int k = 0; k < frames.size(); k++) {
      Frame f = frames.get(k);
      int i = f.cue();
      if (f.speakerSpan() != null || f.accordingTo() || p.hasChild(i, "nsubj") || p.hasChild(i, "csubj")) {
        continue;
      }
      Frame from = null;
      for (Frame g : frames) {
        int j = g.cue();
        if (g.speakerSpan() == null || j >= i || g.content() != null && g.content().contains(p.spans[i])) {
          continue;
        }
        boolean joined = p.heads[i] == j && SHARED_SUBJECT_LINKS.contains(p.rels[i]);
        boolean participle = p.tags[i].equals("VBG") && p.words[i - 1].equals(",") && p.tags[j].matches("VBD|VBZ|VBP");
        if ((joined || participle) && !insideQuotes(p, j + 1, i) && (from == null || j > from.cue())) {
          // not "emailed members saying: “The work goes on” and vowing to …": a cue inside a quotation
          from = g;
        }
      }
      if (from != null) {
        frames.set(k, new Frame(p, i, f.cueSpan(), from.speakerHead(), from.speakerSpan(), f.content(), f.channel(),
            f.sourceHead(), f.sourceSpan(), false, f.nominal()));
      }
    }
  }

  private static final Set<String> DEMONSTRATIVES = Set.of("that", "this");

  /**
   * A bare "that" or "this" opening the sentence as its subject stands for what happened before, not for
   * anyone who speaks: "That prompted Rubio to call Trump …", "This suggests the plan failed". Not a relative
   * "that" inside the sentence ("a survey that showed …").
   */
  private static boolean demonstrativeSubject(DepParse p, int t) {
    return t >= 0 && p.tags[t].equals("DT") && p.rels[t].equals("nsubj") && onlyPunctuation(p, 0, t - 1)
        && DEMONSTRATIVES.contains(p.words[t].toLowerCase(Locale.ROOT));
  }

  /**
   * "That said, …", "That being said, …", "All told, …": a fixed phrase opening a clause ("having
   * said that", "all in all"), not a report; the parser reads "That" or "All" as the cue's subject.
   */
  private static boolean discourseIdiom(DepParse p, int i) {
    int s = i - 1;
    if (s > 0 && p.words[s].equalsIgnoreCase("being")) {
      s--;
    }
    if (s < 0 || i + 1 >= p.size() || !p.words[i + 1].equals(",")
        || s > 0 && !(p.tags[s - 1].equals("CC") || p.words[s - 1].equals(",") || p.isQuoteMark(s - 1)
            || p.tags[s - 1].equals("-LRB-"))) {
      return false;
    }
    String w = p.words[s].toLowerCase(Locale.ROOT);
    return w.equals("that") && p.words[i].equalsIgnoreCase("said") || w.equals("all") && p.words[i].equalsIgnoreCase("told");
  }

  /** Gives speech cues the parse left without a subject the speaker (and content) the surface shows, if it does. */
  private static void completeFromSurface(DepParse p, List<Frame> frames) {
    for (int k = 0; k < frames.size(); k++) {
      Frame f = frames.get(k);
      if (f.speakerSpan() == null && !f.accordingTo() && SPEECH.contains(p.lemmas[f.cue()])) {
        Frame s = surfaceFrame(p, f.cue());
        if (s == null) {
          s = sayReadAsModifier(p, f.cue());
        }
        if (s == null) {
          s = relativeCueReadAsAuxiliary(p, f.cue());
        }
        if (s != null && f.content() != null) {
          // the parse found what was said but not who: "Dunwoody, who worked for Obama …, said tensions …"
          s = new Frame(p, f.cue(), f.cueSpan(), s.speakerHead(), s.speakerSpan(), f.content(), f.channel(), -1, null,
              false, f.nominal());
        }
        if (s != null) {
          frames.set(k, s);
        }
      }
    }
  }

  /**
   * "Democratic economists, like their Republican counterparts, say taxing consumption encourages savings", "Six
   * in 10 say he's decisive": a bare "say" right after the noun phrase that opens the sentence, which the parser
   * read as an auxiliary or a discourse word of the reported clause's verb. That noun phrase speaks (a relative
   * clause may hold verbs: "The officials whose laws were struck down say …"), and the rest of the sentence is
   * what was said, up to a comma that opens a subordinate clause. Null for any other shape ("they cost, say, ten
   * dollars": a finite verb before it).
   */
  private static Frame sayReadAsModifier(DepParse p, int i) {
    String w = p.words[i].toLowerCase(Locale.ROOT);
    if (!w.equals("say") && !w.equals("says") || !p.rels[i].equals("aux") && !p.rels[i].equals("discourse")
        || p.heads[i] <= i || i < 1 || i > 16) {
      return null;
    }
    int lo = p.tags[0].equals("CC") || p.tags[0].equals("RB") ? 1 : 0; // "Yet economists say …"
    int hi = p.words[i - 1].equals(",") ? i - 2 : i - 1; // "economists, like their counterparts, say …"
    if (hi < lo || p.isPunct(lo) || p.tags[hi].startsWith("W")) {
      return null; // "Cruz, who says …": a relative clause's own cue
    }
    boolean noun = false;
    boolean relative = false;
    for (int t = lo; t <= hi; t++) {
      relative |= p.tags[t].startsWith("W");
      if (p.isQuoteMark(t) || p.words[t].matches("[;:.!?()\\[\\]\u2014\u2013-]+") || isFinite(p, t) && !relative) {
        return null;
      }
      noun |= p.tags[t].startsWith("NN") || p.tags[t].equals("CD") || p.tags[t].equals("PRP");
    }
    int from = afterThat(p, i + 1);
    int to = lastWord(p, from, p.size() - 1);
    for (int t = from + 2; t < to; t++) {
      if (p.words[t].equals(",") && p.tags[t + 1].equals("IN") && p.rels[t + 1].equals("mark")) {
        to = t - 1; // "say he's decisive, after half said so in May": a clause of the writer's after a comma
        break;
      }
    }
    if (!noun || to - from < 2 || p.isPunct(from)) {
      return null;
    }
    return new Frame(p, i, p.spans[i], lastNoun(p, lo, hi), p.charSpan(lo, hi, false), p.charSpan(from, to, true),
        null, -1, null, false, false);
  }

  /**
   * "Cruz, who says Trump is attacking him because …, said …": a cue right after a relative pronoun, which the parser
   * made an auxiliary of the reported verb and that verb a relative clause. The pronoun's antecedent speaks, and what
   * follows the cue in that clause is what was said.
   */
  private static Frame relativeCueReadAsAuxiliary(DepParse p, int i) {
    if (!p.rels[i].equals("aux") || !p.tags[i].matches("VBD|VBZ|VBP") || i < 3 || !p.tags[i - 1].equals("WP")
        || !p.words[i - 2].equals(",") || p.heads[i] <= i) {
      return null;
    }
    int verb = p.heads[i];
    int antecedent = p.rels[verb].equals("acl:relcl") ? p.heads[verb] : -1;
    if (antecedent < 0 || antecedent >= i - 2 || !p.tags[antecedent].startsWith("NN")) {
      return null;
    }
    int[] se = p.extent(antecedent, verb);
    Span speaker = p.charSpan(se[0], Math.min(se[1], i - 3), false);
    Span content = p.charSpan(i + 1, p.extent(verb)[1], true);
    return speaker == null || content == null ? null
        : new Frame(p, i, p.spans[i], antecedent, speaker, content, null, -1, null, false, false);
  }

  /**
   * "Bryant said he'll still back Trump because he's the party nominee": a reason that follows the reported clause
   * to the end of the sentence belongs to what was said, wherever the parser hung it (often from the cue). Not
   * when a quotation or another cue stands in it.
   */
  private Frame withReasonAfter(DepParse p, Frame f) {
    if (f.content() == null || f.cueSpan().start() > f.content().start()) {
      return f;
    }
    int e = p.tokenAt(f.content().end() - 1);
    if (e < 0) {
      return f;
    }
    int b = e + 1 < p.size() && p.words[e + 1].equals(",") ? e + 2 : e + 1;
    int end = b < p.size() ? lastWord(p, b, p.size() - 1) : -1;
    if (end <= b + 1 || !p.words[b].equalsIgnoreCase("because")) {
      return f;
    }
    for (int t = b; t <= end; t++) {
      if (p.isQuoteMark(t) || p.isVerb(t) && lexicon.isCueForm(p.words[t].toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    return f.withContent(new Span(f.content().start(), p.spans[end].end()));
  }

  /** {@code t}, or the token after it when {@code t} is the complementizer "that". */
  private static int afterThat(DepParse p, int t) {
    return p.words[t].equalsIgnoreCase("that") ? t + 1 : t;
  }

  /** The last token of {@code from..to} that is not punctuation ({@code from} if none is). */
  private static int lastWord(DepParse p, int from, int to) {
    while (to > from && p.isPunct(to)) {
      to--;
    }
    return to;
  }

  /** Relations the parser gives a participle after a comma when it misreads it as part of the reported clause. */
  private static final Set<String> READ_AS_SUBJECT = Set.of("csubj", "mark", "nsubj");

  /**
   * "Rubio hit back again, saying Christie was too focused on his campaign.": the parser often
   * makes a participle after a comma the (clausal) subject of the reported clause's predicate
   * (and the reported subject its object), or its subordinator ("voiced support, saying his rival
   * would bring war"). The participle reports that clause, and its speaker is the subject of the
   * clause before the comma.
   */
  /**
   * "She's said she gets her news from …": the parser read "'s" as a passive auxiliary; with a
   * reported clause of its own subject after the cue, it is "has".
   */
  private static boolean hasReadAsPassive(DepParse p, int i) {
    int aux = p.child(i, "aux:pass");
    int c = p.child(i, "ccomp");
    return aux >= 0 && aux == i - 1 && (p.words[aux].equals("'s") || p.words[aux].equals("\u2019s"))
        && p.tags[i].equals("VBN") && c > i && p.child(c, "nsubj") > i && p.child(i, "nsubj:pass") == aux - 1;
  }

  /**
   * "…,” Smith said at a town hall, adding that he …": the clause the parser gave the cue as its
   * complement, when it opens with a participle after a comma that the parser made its subject, is
   * the participle's.
   */
  private boolean clauseOfParticiple(DepParse p, int c) {
    int s = p.extent(c)[0];
    return s > 0 && s != c && p.tags[s].equals("VBG") && p.words[s - 1].equals(",") && p.heads[s] == c && isCue(p, s);
  }

  /**
   * "said in an oral history of those years that voters in the region …", "said in one of
   * several messages that the bus …": a that-clause the parser hung from a noun inside the
   * cue's prepositional adjunct. Returns the clause's head, or -1.
   */
  private static final Set<String> NOT_SETTINGS = Set.of("for", "with", "of", "about");

  private int thatClauseInAdjunct(DepParse p, int i) {
    for (int c : p.children(i)) {
      int cs = p.child(c, "case");
      if (c < i || !p.rels[c].startsWith("obl") || cs < 0 || NOT_SETTINGS.contains(p.words[cs].toLowerCase(Locale.ROOT))) {
        continue; // "in a statement", "on CNN", "at a rally"; not "writing for a panel that all agreed …"
      }
      int[] e = p.extent(c);
      for (int m = e[0]; m <= e[1]; m++) {
        int h = p.heads[m];
        if (p.words[m].equalsIgnoreCase("that") && p.rels[m].equals("mark") && h > m && h <= e[1]
            && p.child(h, "nsubj") > m && finiteClause(p, h) && p.heads[h] > i && p.heads[h] < m
            && p.tags[p.heads[h]].startsWith("NN") && !lexicon.verb(p.lemmas[p.heads[h]]).map(k -> k.contains(QuoteLexicon.Content.NOUN)).orElse(false)) {
          return h;
        }
      }
    }
    return -1;
  }

  /** The first "by" phrase after a passive cue, its agent ("asked by the moderator"), or -1. */
  private static int byAgent(DepParse p, int i) {
    for (int c : p.children(i)) {
      int cs = p.child(c, "case");
      if (c > i && p.rels[c].startsWith("obl") && cs >= 0 && p.words[cs].equalsIgnoreCase("by")) {
        return c;
      }
    }
    return -1;
  }

  /**
   * "The senator was asked by the moderator whether …", "Asked by a reporter if the mayor …": a
   * passive question, whose asker is the agent and whose content is the question.
   */
  private static Frame askedBy(DepParse p, int i) {
    int by = byAgent(p, i);
    if (by < 0) {
      return null;
    }
    int[] be = p.extent(by);
    for (int c : p.children(i)) {
      int[] e = p.extent(c);
      if (c > be[1] && (p.rels[c].equals("ccomp") || p.rels[c].equals("advcl")) && e[0] == be[1] + 1
          && IF_WHETHER.contains(p.words[e[0]].toLowerCase(Locale.ROOT)) && p.hasChild(c, "nsubj")) {
        Span speaker = p.charSpan(p.child(by, "case") + 1, be[1], false);
        Span content = p.charSpan(e[0] + 1, e[1], true);
        if (speaker == null || content == null || be[1] - be[0] > MAX_SPEAKER_TOKENS) {
          return null;
        }
        return new Frame(p, i, p.spans[i], by, speaker, content, null, -1, null, false, false);
      }
    }
    return null;
  }

  /**
   * "after derisively mocking Trump", "by proposing variations on value-added taxes", "In describing
   * fellow billionaire Donald Trump, Cuban said …": a gerund after a preposition that the parser made
   * an adjective of the noun after it. The noun phrase is the gerund's object, and the subject of the
   * clause the phrase belongs to speaks. Null unless the preposition is the noun's and only adverbs
   * come between it and the gerund.
   */
  private static Frame gerundAfterPreposition(DepParse p, int i) {
    int noun = p.heads[i];
    if (noun <= i || !p.tags[noun].startsWith("NN")) {
      return null;
    }
    int prep = p.child(noun, "case");
    if (prep < 0 || prep > i || !GERUND_PREPOSITIONS.contains(p.words[prep].toLowerCase(Locale.ROOT))) {
      return null;
    }
    for (int t = prep + 1; t < i; t++) {
      if (!p.tags[t].startsWith("RB")) {
        return null;
      }
    }
    int subj = clauseSubject(p, noun);
    if (subj < 0 || insideQuotes(p, subj, i)) {
      return null;
    }
    int[] se = p.extent(subj, relcl(p, subj));
    if (se[1] >= prep && se[0] < prep) {
      se = new int[] {se[0], prep - 1};
    }
    se = withoutTrailingPunct(p, se);
    Span speaker = se[1] - se[0] + 1 > MAX_SPEAKER_TOKENS ? null : p.charSpan(se[0], se[1], false);
    Span content = p.charSpan(i + 1, p.extent(noun)[1], true);
    return speaker == null || content == null ? null
        : new Frame(p, i, p.spans[i], subj, speaker, content, null, -1, null, false, true);
  }

  /** Token range {@code e} without the punctuation at its end (one token at least stays). */
  private static int[] withoutTrailingPunct(DepParse p, int[] e) {
    int hi = e[1];
    while (hi > e[0] && p.isPunct(hi)) {
      hi--;
    }
    return new int[] {e[0], hi};
  }

  /** Prepositions before a gerund that tells how or when the clause's subject acted. */
  private static final Set<String> GERUND_PREPOSITIONS = Set.of("by", "after", "in", "before", "while", "without", "when");

  /**
   * "The plan, Jones said, has failed the city.": an attribution set between a sentence's
   * subject and its predicate, which the parser read as the cue's subject with an apposition. The
   * name between the commas speaks; the sentence around it is what was said.
   */
  private static Frame insertedAttribution(DepParse p, int i, int subj) {
    if (!SPEECH.contains(p.lemmas[i]) || i + 2 >= p.size() || !p.words[i + 1].equals(",")) {
      return null;
    }
    int k = i - 1;
    while (k > 0 && i - k <= 4 && (p.tags[k].startsWith("NNP") || p.tags[k].equals("PRP") && k == i - 1)) {
      k--;
    }
    if (k == i - 1 || !p.words[k].equals(",") || k < 1 || p.extent(subj)[0] > k - 1) {
      return null;
    }
    Span speaker = p.charSpan(k + 1, i - 1, false);
    Span content = sentenceAround(p, k, i, p.size());
    return speaker == null || content == null ? null
        : new Frame(p, i, p.spans[i], i - 1, speaker, content, null, -1, null, false, false);
  }

  /**
   * "The deal was criticized by both candidates", "the move was echoed by the governor": a passive
   * stance cue whose object is a noun phrase, with its agent. The agent speaks; the passive
   * subject is what was reported. Null without both, or when the agent runs past the speaker length.
   */
  private static Frame passiveWithAgent(DepParse p, int i) {
    int subj = p.child(i, "nsubj:pass");
    int by = byAgent(p, i);
    if (subj < 0 || subj > i || by < 0 || !p.tags[by].matches("NN.*|PRP")) {
      return null;
    }
    int[] be = p.extent(by);
    int caseMark = p.child(by, "case");
    for (int k = caseMark + 1; k <= be[1]; k++) {
      if (p.words[k].equals(",")) {
        be = new int[] {be[0], k - 1}; // "by Roger Stone, the longtime associate who …": the name
        break;
      }
    }
    int[] se = p.extent(subj);
    Span speaker = p.charSpan(caseMark + 1, be[1], false);
    Span content = p.charSpan(se[0], se[1], true);
    if (speaker == null || content == null || be[1] - caseMark > MAX_SPEAKER_TOKENS) {
      return null;
    }
    return new Frame(p, i, p.spans[i], by, speaker, content, null, -1, null, false, true);
  }

  /**
   * Cues that report news rather than take a stance: in the passive ("Similar information was reported by CBS News",
   * "was first revealed by the Post") they tell where a story came from, which the sample articles do not count
   * as a statement.
   */
  private static final Set<String> NEWS = Set.of("report", "reveal", "announce", "publish", "post", "release",
      "write", "note", "disclose", "confirm", "broadcast", "air", "tweet", "cite", "quote");

  /**
   * "The paradox of Nancy, says Carl Anthony, historian at the library, is that …": an inverted
   * attribution set off by commas after the sentence's subject, which the parser makes the cue's
   * subject. The speaker is the name after the cue (its description runs to the next comma or past
   * a relative clause), and what was said is the sentence around the attribution. Null unless a
   * subject without a verb stands before the cue and a finite verb follows the attribution's
   * closing comma.
   */
  private static Frame insertedInvertedAttribution(DepParse p, int i) {
    if (!INVERTING.contains(p.lemmas[i]) || !p.tags[i].matches("VBD|VBZ|VBP") || i < 2 || !p.words[i - 1].equals(",")) {
      return null;
    }
    for (int t = 0; t < i - 1; t++) {
      if (FINITE_TAGS.contains(p.tags[t]) || p.isQuoteMark(t)) {
        return null; // "The plan failed, said Jones, …": a clause before the cue, read elsewhere
      }
    }
    int name = invertedSubject(p, i);
    if (name <= i) {
      return null;
    }
    int first = name + 1;
    while (first < p.size() && !p.words[first].equals(",")) {
      if (!p.tags[first].startsWith("NNP")) {
        return null; // "said Jones" ends the name at a comma
      }
      first++;
    }
    int close = -1;
    if (!predicateAfter(p, first)) {
      boolean relative = false;
      for (int t = first + 1; t < p.size() && t <= first + 20 && close < 0; t++) {
        if (p.words[t].equals(",")) {
          close = t;
        }
        relative |= RELATIVES.contains(p.words[t].toLowerCase(Locale.ROOT));
        if (close < 0 && FINITE_TAGS.contains(p.tags[t]) && !relative) {
          return null; // the description holds a clause of its own: no apposition
        }
      }
      if (close < 0 || !predicateAfter(p, close)) {
        return null;
      }
    }
    int verbAt = close < 0 ? first : close;
    Span speaker = p.charSpan(i + 1, verbAt - 1, false);
    Span left = p.charSpan(0, i - 2, true);
    Span right = p.charSpan(verbAt + 1, p.size() - 1, true);
    return speaker == null || left == null || right == null ? null
        : new Frame(p, i, p.spans[i], name, speaker, new Span(left.start(), right.end()), null, -1, null, false, false);
  }

  /** Words opening an embedded question ("talked about how …", "spoke about why …"). */
  private static final Set<String> WH_OPENERS = Set.of("how", "what", "why", "whether", "who", "when", "where", "which");

  /** Whether a finite verb follows the comma at {@code comma}, past adverbs at most. */
  private static boolean predicateAfter(DepParse p, int comma) {
    for (int t = comma + 1; t < p.size() && t <= comma + 3; t++) {
      if (FINITE_TAGS.contains(p.tags[t])) {
        return true;
      }
      if (!p.tags[t].startsWith("RB")) {
        return false;
      }
    }
    return false;
  }

  /**
   * The sentence around an attribution set off between the comma at {@code comma} and the one right
   * after the cue {@code i} ("The plan, Jones said, has failed"): from the sentence's start to its
   * end, when words stand on both sides and a finite verb follows the cue's comma within
   * {@code reach} tokens of the cue; null otherwise.
   */
  private static Span sentenceAround(DepParse p, int comma, int i, int reach) {
    boolean predicate = false;
    for (int t = i + 2; t < p.size() && t <= i + reach && !predicate; t++) {
      predicate = FINITE_TAGS.contains(p.tags[t]);
    }
    return predicate ? bothSides(p, comma, i) : null;
  }

  /** The sentence before the comma at {@code comma} and after the comma that follows cue {@code i}, as one span. */
  private static Span bothSides(DepParse p, int comma, int i) {
    Span left = p.charSpan(0, comma - 1, true);
    Span right = p.charSpan(i + 2, p.size() - 1, true);
    return left == null || right == null ? null : new Span(left.start(), right.end());
  }

  /** Cues whose object after a sentence-final ", CUE" is their speaker ("…, said Roe."; not "…, stressed her support"). */
  private static final Set<String> INVERTING = Set.of("say", "write", "add");

  /** Tags of a finite verb or auxiliary opening a predicate. */
  private static final Set<String> FINITE_TAGS = Set.of("VBZ", "VBD", "VBP", "MD");

  /**
   * "says the mayor is ignoring the rules", "said his former deputy would finish the
   * job": the parser made the reported clause's subject the cue's object and hung its verb
   * elsewhere. When a finite verb right after the object has no subject of its own after the cue,
   * the object and that verb's clause are what was said.
   */
  private Span objectThenVerb(DepParse p, int i) {
    int o = p.child(i, "obj");
    if (o <= i) {
      return null;
    }
    int[] oe = p.extent(o);
    int v = oe[1] + 1;
    boolean setOff = false;
    if (v + 1 < p.size() && p.words[v].equals(",") && !p.words[oe[1]].equals(",") && setOffModifier(p, o, v)) {
      // "argued the pipeline, which few people support, “would never be built”": past the object's relative
      // clause or apposition and the comma closing it, and an opening quotation mark
      v++;
      if (p.isDoubleQuoteMark(v) && v + 1 < p.size()) {
        v++;
      }
      setOff = true;
    }
    if (oe[0] != i + 1 || v >= p.size() || !FINITE_TAGS.contains(p.tags[v]) || p.heads[v] == o) {
      return null;
    }
    int h = p.rels[v].equals("aux") || p.rels[v].equals("cop") || p.rels[v].equals("aux:pass") ? p.heads[v] : v;
    if (h < v || p.isDoubleQuoteMark(v - 1) && !setOff) {
      return null;
    }
    int s = p.child(h, "nsubj");
    if (s > i && s != o) {
      return null;
    }
    int hi = p.extent(h, coordinatedCues(p, h))[1];
    while (hi > v && p.rels[hi].equals("punct")) {
      hi--;
    }
    if (onlyPunctuation(p, hi + 1, p.size() - 1)) {
      hi = p.size() - 1; // the sentence's closing marks, a quotation's among them
    }
    return hi - i < 3 ? null : p.charSpan(i + 1, hi, true);
  }

  /**
   * Whether the object {@code o} holds a relative clause or apposition opened by a comma before
   * the comma at {@code comma}, which closes it.
   */
  private static boolean setOffModifier(DepParse p, int o, int comma) {
    for (int c : p.children(o)) {
      if ((p.rels[c].equals("acl:relcl") || p.rels[c].equals("appos")) && c > o && c < comma) {
        for (int k = o + 1; k < c; k++) {
          if (p.words[k].equals(",")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * "A Chinese official responded by saying Japan should be careful": a participle the parser made a modifier of
   * the subject of its own reported clause. The clause runs from the noun to its end; the speaker is the subject
   * of the verb the participle's phrase hangs from.
   */
  private static Frame participleReadAsModifier(DepParse p, int cue) {
    int noun = p.heads[cue];
    if (!p.tags[cue].equals("VBG") || noun != cue + 1 && !(noun > cue && p.extent(noun)[0] == cue + 1) || !subjectThenVerb(p, cue + 1)) {
      return null;
    }
    int v = noun;
    while (v >= 0 && !p.isVerb(v) && !p.hasChild(v, "nsubj")) {
      v = p.heads[v];
    }
    int subj = v >= 0 ? p.child(v, "nsubj") : -1;
    if (subj < 0 || subj > cue) {
      return null;
    }
    int[] se = p.extent(subj, relcl(p, subj));
    if (se[1] >= cue || se[1] - se[0] + 1 > MAX_SPEAKER_TOKENS) {
      return null;
    }
    Span speaker = p.charSpan(se[0], se[1], false);
    Span content = p.charSpan(cue + 1, clauseEnd(p, cue + 1), true);
    return speaker == null || content == null ? null
        : new Frame(p, cue, p.spans[cue], subj, speaker, content, null, -1, null, false, false);
  }

  private static Frame participleReadAsSubject(DepParse p, int cue) {
    int h = p.heads[cue];
    // set off by a comma, or by a time after the clause's object ("sent an email Wednesday saying …")
    boolean setOff = cue > 1 && (p.words[cue - 1].equals(",") || TIME_WORDS.matcher(p.words[cue - 1]).matches());
    if (!p.tags[cue].equals("VBG") || !setOff || h <= cue + 1) {
      return null;
    }
    int[] e = p.extent(h);
    int main = p.heads[h];
    if (e[0] != cue || main < 0 || main > cue) {
      return null;
    }
    int subj = p.child(main, "nsubj");
    for (int m = main; subj < 0 && p.rels[m].equals("xcomp") && p.heads[m] >= 0; m = p.heads[m]) {
      subj = p.child(p.heads[m], "nsubj"); // "The Russians have used it to justify airstrikes, saying …"
    }
    if (subj < 0 || subj > main) {
      return null;
    }
    int from = afterThat(p, cue + 1);
    int to = lastWord(p, from, e[1]);
    int[] se = p.extent(subj, relcl(p, subj));
    Span speaker = p.charSpan(se[0], se[1], false);
    Span content = p.charSpan(from, to, false);
    if (speaker == null || content == null || to - from < 2 || se[1] - se[0] + 1 > MAX_SPEAKER_TOKENS) {
      return null;
    }
    return new Frame(p, cue, p.spans[cue], subj, speaker, content, null, -1, null, false, false);
  }

  /** Tags a reported clause's first word (its subject's) may have. */
  private static final Set<String> CLAUSE_OPENING_TAGS = Set.of("PRP", "NNP", "NNPS", "NN", "NNS", "DT", "EX", "CD", "PRP$");

  /** Tags a subject before its apposition ends may hold ("Paul Porter", "Vice President Joseph R. Biden Jr."). */
  private static final Set<String> NAME_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "DT", "JJ", "CD", "POS", "PRP$", "VBD", "VBN");

  /**
   * "Paul Porter, a truck driver from Ava, Mo., who is a member of the union, said he already
   * received …": a subject set off by an apposition or a relative clause long enough to lose the
   * parser, which then leaves "said" without subject or content (read as an auxiliary, a
   * parataxis, punctuation). Read off the surface instead: the noun phrase opening the sentence up
   * to its first comma is the speaker, and the clause after the cue, to the end of the sentence,
   * the content. Null unless the sentence has exactly that shape.
   */
  private static Frame surfaceFrame(DepParse p, int cue) {
    if (cue < 4 || !p.words[cue - 1].equals(",") || cue + 3 >= p.size()) {
      return null;
    }
    int open = 0;
    if (p.isDoubleQuoteMark(0)) {
      // "“You get your house ready for a party,” Paris, who used to work on the Hill, said": the sentence's
      // quotation first, then the speaker's noun phrase
      open = 1;
      while (open < cue && !(p.isDoubleQuoteMark(open) && p.words[open - 1].equals(","))) {
        open++;
      }
      if (open >= cue) {
        return null;
      }
      open++;
    }
    int comma = open;
    boolean named = false;
    for (; comma < cue && !p.words[comma].equals(","); comma++) {
      if (!NAME_TAGS.contains(p.tags[comma])) {
        return null;
      }
      named |= p.tags[comma].startsWith("NNP");
    }
    if (comma == open || comma - open > 8 || comma == cue - 1 || !named) {
      return null;
    }
    if (open > 0) {
      return new Frame(p, cue, p.spans[cue], comma - 1, p.charSpan(open, comma - 1, false), null, null, -1, null,
          false, false);
    }
    int head = comma - 1;
    int q = cue + 1;
    if (q + 1 < p.size() && (p.words[q].equals(",") || p.words[q].equals(":"))) {
      q++;
    }
    if (p.isDoubleQuoteMark(q)) {
      // "Jane Doe, a close friend of the senator, said, “Even back then, …”": the
      // quotation is what was said; the assembler joins it to the speaker
      return new Frame(p, cue, p.spans[cue], head, p.charSpan(0, comma - 1, false), null, null, -1, null, false, false);
    }
    int from = afterThat(p, cue + 1);
    int to = lastWord(p, from, p.size() - 1);
    if (to - from < 2 || !CLAUSE_OPENING_TAGS.contains(p.tags[from])) {
      return null;
    }
    for (int t = from; t <= to; t++) {
      if (p.isDoubleQuoteMark(t)) {
        return null; // a quotation inside the clause after the cue: the assembler's business
      }
    }
    return new Frame(p, cue, p.spans[cue], head, p.charSpan(0, comma - 1, false), p.charSpan(from, to, false),
        null, -1, null, false, false);
  }

  /**
   * "“…,” he said, adding the rules should be “minimal.”": when the parser made the participle's
   * clause the content of the cue after a quotation, the quotation is what the cue reports and the
   * participle reports the rest, by the same speaker.
   */
  private void splitAddedStatements(DepParse p, List<Frame> frames) {
    List<Frame> added = new ArrayList<>();
    for (int k = 0; k < frames.size(); k++) {
      Frame f = frames.get(k);
      if (f.content() == null || f.speakerSpan() == null || f.accordingTo() || f.nominal()) {
        continue;
      }
      int i = f.cue();
      int attributionEnd = Math.max(i, p.tokenAt(f.speakerSpan().end() - 1));
      int c0 = p.tokenAt(f.content().start());
      int subjStart = p.tokenAt(f.speakerSpan().start());
      if (!quotationRightBefore(p, Math.min(i, subjStart)) || c0 != attributionEnd + 2
          || !p.words[attributionEnd + 1].equals(",") || !p.tags[c0].equals("VBG")
          || !lexicon.isCueForm(p.words[c0].toLowerCase(Locale.ROOT)) || c0 + 2 >= p.size()) {
        continue;
      }
      int from = afterThat(p, c0 + 1);
      Span rest = p.charSpan(from, p.tokenAt(f.content().end() - 1), false);
      if (rest != null) {
        frames.set(k, new Frame(p, i, f.cueSpan(), f.speakerHead(), f.speakerSpan(), null, f.channel(), -1, null, false, false));
        added.add(new Frame(p, c0, p.spans[c0], f.speakerHead(), f.speakerSpan(), rest, null, -1, null, false, false));
      }
    }
    for (Frame a : added) {
      frames.removeIf(g -> g.cue() == a.cue());
      frames.add(a);
    }
  }

  /**
   * "As reported by the Gazette, investigators found …", "…, as reported by the Post.": a
   * passive as-clause whose agent is the source, read off the surface (the parser often makes
   * the participle a preposition). The source runs to the next comma or the sentence end; the
   * rest of the sentence is what it reported.
   */
  private Frame asReportedBy(DepParse p, int i) {
    if (i + 3 >= p.size() || !p.words[i + 2].equalsIgnoreCase("by") || !p.tags[i + 1].equals("VBN")
        || !SPEECH.contains(p.lemmas[i + 1]) || i > 0 && !p.words[i - 1].equals(",")) {
      return null;
    }
    int end = i + 3;
    while (end + 1 < p.size() && !p.words[end + 1].equals(",") && !p.tags[end + 1].equals(".")) {
      end++;
    }
    int source = end;
    for (int t = i + 4; t < end; t++) {
      if (p.tags[t].equals("IN") && TIME_WORDS.matcher(p.words[t + 1]).matches()) {
        source = t - 1; // "as reported by the Post on Monday"
        break;
      }
    }
    boolean last = onlyPunctuation(p, end + 1, p.size() - 1);
    if (end - (i + 3) + 1 > MAX_SPEAKER_TOKENS || i > 0 && !last || i == 0 && last) {
      return null;
    }
    for (int t = 0; t < i; t++) {
      if (p.isVerb(t) && SPEECH.contains(p.lemmas[t])) {
        return null; // "“…,” Smith said, as reported by the Gazette": the paper relays Smith's words
      }
    }
    Span speaker = p.charSpan(i + 3, source, false);
    Span content = restOfSentence(p, i, end);
    if (speaker == null || content == null) {
      return null;
    }
    Span cue = new Span(p.spans[i].start(), p.spans[i + 2].end());
    return new Frame(p, i + 1, cue, source, speaker, content, null, -1, null, true, false);
  }

  private Frame accordingTo(DepParse p, int i) {
    int x = p.rels[i].equals("case") ? p.heads[i] : -1;
    if (x < 0) {
      for (int t = i + 2; t < p.size(); t++) {
        if (p.heads[i + 1] == t || p.heads[i] == t) {
          x = t;
          break;
        }
      }
    }
    if (x < 0 || x <= i) {
      return null;
    }
    int[] se = p.extent(x, relcl(p, x));
    Span speaker = p.charSpan(i + 2, se[1], false);
    if (speaker == null) {
      return null;
    }
    int gov = p.heads[x];
    if (gov < 0 && i <= 1) {
      for (int k = i + 3; k < se[1]; k++) {
        if (p.words[k].equals(",") && IntStream.rangeClosed(k + 1, se[1]).anyMatch(t -> isFinite(p, t))) {
          // "According to the officer in charge of the base, the scene is untrue.": the parser made the source the
          // root and hung the clause under it; the source ends at the comma before the clause
          Span source = p.charSpan(i + 2, k - 1, false);
          Span relayed = p.charSpan(k + 1, se[1], true);
          if (source != null && relayed != null && source.contains(p.spans[x])) {
            return new Frame(p, i, new Span(p.spans[i].start(), p.spans[i + 1].end()), x, source, relayed, null, -1, null,
                true, false);
          }
          break;
        }
      }
    }
    if (gov >= 0 && p.rels[gov].equals("punct") && (i <= 1 || onlyPunctuation(p, se[1] + 1, p.size() - 1))) {
      gov = -1; // the parser hung the source from a comma: the rest of the sentence is what it relays
    }
    Span content;
    int top = gov < 0 ? -1 : unreportedTop(p, gov);
    if (top >= 0 && top != gov) {
      content = wholeClauseBut(p, top, i, se[1]);
    } else if (gov >= 0) {
      int[] ce = p.extent(gov, x);
      content = p.charSpan(ce[0], ce[1], true);
    } else {
      content = restOfSentence(p, i, se[1]);
    }
    Span cue = new Span(p.spans[i].start(), p.spans[i + 1].end());
    return new Frame(p, i, cue, x, speaker, content, null, -1, null, true, false);
  }

  /**
   * The main clause above {@code gov}, when no reporting verb stands between them: "she lost the
   * primary but was leading in Kentucky, according to returns" relays the whole sentence, though
   * the parser hangs the attribution from the last conjunct. Under a reporting verb ("told
   * reporters that he did not want …, according to Xinhua") it stays {@code gov}: the reported
   * clause is what is relayed.
   */
  private int unreportedTop(DepParse p, int gov) {
    int top = gov;
    while (p.heads[top] >= 0) {
      if (!CLAUSE_LINKS.contains(p.rels[top]) && (setOffRelative(p, top) || p.rels[top].contains("subj")
          || openParenthesis(p, p.extent(p.heads[top])[0], gov))) {
        // "…, which it often is, according to Scott": a relative clause set off by commas is its own statement, so is
        // a subject ("Cuban Americans, 82 percent of whom view Trump unfavorably according to the poll, have …") and
        // an aside in parentheses; a restrictive clause or a phrase is not ("… a meeting with family members who
        // were affected by the shooting, according to AP": AP reports the meeting)
        return gov;
      }
      top = p.heads[top];
      if (isCue(p, top)) {
        return gov;
      }
    }
    return top;
  }

  /** Whether {@code t} heads a relative clause (or a participle's) set off by a comma before it. */
  private static boolean setOffRelative(DepParse p, int t) {
    int s = p.extent(t)[0];
    return p.rels[t].startsWith("acl") && (p.words[s].equals(",") || s > 0 && p.words[s - 1].equals(","));
  }

  /** Whether a parenthesis opened in tokens {@code [from, to)} is still open at {@code to}. */
  private static boolean openParenthesis(DepParse p, int from, int to) {
    int depth = 0;
    for (int k = from; k < to; k++) {
      depth += p.words[k].equals("(") || p.words[k].equals("-LRB-") ? 1 : p.words[k].equals(")") || p.words[k].equals("-RRB-") ? -1 : 0;
    }
    return depth > 0;
  }

  /** Relations by which a clause hangs from the clause above it, not from a noun. */
  private static final Set<String> CLAUSE_LINKS = Set.of("conj", "advcl", "parataxis", "xcomp", "ccomp", "dep");

  /**
   * The clause headed by {@code top} without the attribution {@code [a, b]}: cut off where it
   * begins or ends the clause, kept inside where it interrupts it (the content is then the
   * clause's whole stretch, attribution included, as fragments of a quote would be).
   */
  private static Span wholeClauseBut(DepParse p, int top, int a, int b) {
    int[] e = p.extent(top);
    int lo = e[0];
    int hi = e[1];
    if (a <= lo + 1) {
      lo = b + 1;
    }
    if (onlyPunctuation(p, b + 1, hi)) {
      hi = a - 1;
    }
    return lo > hi ? null : p.charSpan(lo, hi, true);
  }

  /** "Trump's claim that C", "a warning from the ministry that C": the owner speaks. */
  private Frame nounFrame(DepParse p, int i) {
    var kinds = lexicon.verb(p.lemmas[i]).orElse(null);
    if (kinds == null || !kinds.contains(QuoteLexicon.Content.NOUN)) {
      return null;
    }
    int clause = -1;
    for (int c : p.children(i)) {
      if ((p.rels[c].startsWith("acl") || p.rels[c].equals("ccomp")) && c > i) {
        int m = p.child(c, "mark");
        if (m >= 0 && p.words[m].equalsIgnoreCase("that") && m == i + 1) {
          clause = c;
        }
      }
    }
    if (clause < 0) {
      return null;
    }
    int owner = p.child(i, "nmod:poss");
    if (owner < 0) {
      for (int c : p.children(i)) {
        int cs = p.child(c, "case");
        if (p.rels[c].equals("nmod") && cs >= 0 && (p.words[cs].equalsIgnoreCase("by") || p.words[cs].equalsIgnoreCase("from"))) {
          owner = c;
        }
      }
    }
    if (owner < 0) {
      return null;
    }
    int[] oe = p.extent(owner);
    while (oe[1] > oe[0] && p.rels[oe[1]].equals("case")) {
      oe[1]--; // "Trump 's"
    }
    int lo = p.rels[owner].equals("nmod") ? Math.max(oe[0], p.child(owner, "case") + 1) : oe[0];
    Span speaker = p.charSpan(lo, oe[1], false);
    int[] ce = p.extent(clause, coordinatedCues(p, clause));
    Span content = p.charSpan(ce[0] + 1, ce[1], true);
    if (speaker == null || content == null) {
      return null;
    }
    return new Frame(p, i, p.spans[i], owner, speaker, content, null, -1, null, false, false);
  }

  private boolean isCue(DepParse p, int i) {
    return p.isVerb(i) && lexicon.verb(p.lemmas[i]).isPresent();
  }

  private Frame verbFrame(DepParse p, int i) {
    var kinds = lexicon.verb(p.lemmas[i]).orElse(null);
    Span view = kinds != null && kinds.contains(QuoteLexicon.Content.AS) ? takenAs(p, i) : null;
    if (kinds == null || kinds.equals(EnumSet.of(QuoteLexicon.Content.AS)) && view == null) {
      return null; // "saw the crowd", "considered running": no view of anything
    }
    if (kinds.equals(EnumSet.of(QuoteLexicon.Content.ABOUT)) && topicAfter(p, i) < 0) {
      return null; // "spoke at the rally", "spoke on Tuesday": no topic, and no quotation of its own either
    }
    String rel = p.rels[i];
    if (p.lemmas[i].equals("ask") && p.tags[i].equals("VBN")) {
      Frame asked = askedBy(p, i);
      if (asked != null) {
        return asked;
      }
    }
    if (kinds.contains(QuoteLexicon.Content.OBJ) && p.tags[i].equals("VBN") && p.hasChild(i, "aux:pass")
        && !NEWS.contains(p.lemmas[i])) {
      Frame byAgent = passiveWithAgent(p, i);
      if (byAgent != null) {
        return byAgent;
      }
    }
    if (rel.equals("amod") && p.tags[i].equals("VBG") && kinds.contains(QuoteLexicon.Content.OBJ)) {
      Frame gerund = gerundAfterPreposition(p, i);
      if (gerund != null) {
        return gerund;
      }
    }
    if (p.lemmas[i].equals("cite") && p.heads[i] >= 0 && isCue(p, p.heads[i])) {
      return null; // "reported, citing an official": the relayed source of the head cue
    }
    if (p.words[i].equalsIgnoreCase("states") && !p.hasChild(i, "ccomp")
        && !(i + 1 < p.size() && p.words[i + 1].equalsIgnoreCase("that"))) {
      return null; // "Super Tuesday states", "Rust Belt states": the noun, which the tagger made a verb
    }
    boolean absolute = rel.startsWith("acl") && p.tags[i].equals("VBG") && p.heads[i] >= 0
        && p.tags[p.heads[i]].startsWith("NN") && p.heads[i] < i; // "with Trump indicating that ..."
    int own = p.child(i, "nsubj");
    boolean relative = rel.equals("acl:relcl") && own >= 0 && RELATIVES.contains(p.words[own].toLowerCase(Locale.ROOT))
        && p.heads[i] >= 0 && p.heads[i] < i; // "Ana Ruiz, who said that ..."
    absolute |= relative;
    int gap = rel.equals("acl:relcl") ? gapClause(p, i, own) : -1; // "a tax cut that he said improved the economy"
    // "where experts say some judges are eager …", "in which he said he was skeptical …": a relative clause
    // with a subject of its own reports like a main clause
    boolean ownRelative = rel.equals("acl:relcl") && own >= 0 && own < i && !relative
        && !RELATIVES.contains(p.words[own].toLowerCase(Locale.ROOT)) && !p.tags[own].startsWith("W")
        && (p.hasChild(i, "ccomp") || p.lemmas[i].equals("call") && namesSomething(p, i) || gap > i);
    // not "the remarks he called “disgusting”": an object the relative clause lacks; but "when Clinton called
    // the frontrunner “ISIS’ best recruiter”" has both
    // "Ana Ruiz, who was mayor when the bridge was built, said it is safe": a finite cue after a comma that the
    // parser hung from a noun of the relative clause before it; its subject opens the sentence
    int opening = rel.equals("acl") && own < 0 && p.tags[i].matches("VBD|VBZ|VBP") && SPEECH.contains(p.lemmas[i])
        && i > 2 && p.words[beforeTimeAdverbial(p, i)].equals(",") ? openingSubject(p, i) : -1;
    if (opening >= 0) {
      absolute = false;
      ownRelative = true;
    }
    // "Paul Begala, a former adviser and a friend of the couple's, said that …", "After a day of tensions,
    // House Speaker Paul Ryan's office announced Friday that …": the parser found no verb for the root and
    // hung the finite cue from a noun before it; the cue is the main verb and that noun phrase its subject
    int nounRoot = opening < 0 && rel.equals("acl") && own < i && p.tags[i].matches("VBD|VBZ|VBP") ? nounRootSubject(p, i) : -1;
    if (nounRoot >= 0) {
      absolute = false;
      ownRelative = true;
    }
    // "In all, hackers compromised 12 workstations, …, the congressional report said.": a trailing attribution
    // that the parser made a relative clause of a noun before it
    if (rel.equals("acl:relcl") && own >= 0 && own < i && !relative && SPEECH.contains(p.lemmas[i])
        && p.tags[i].matches("VBD|VBZ|VBP") && p.extent(own)[0] > 0 && p.words[p.extent(own)[0] - 1].equals(",")
        && onlyPunctuationAfter(p, i)) {
      ownRelative = true;
    }
    boolean hasSaid = hasReadAsPassive(p, i);
    int finalSpeaker = finalInvertedSubject(p, i);
    // "“This will be a challenge” for the mayor, said Roe.": whatever the parser hung the cue from
    boolean quotedFinal = finalSpeaker >= 0 && p.isQuoteMark(0);
    if (!quotedFinal && (!hasSaid && (p.hasChild(i, "aux:pass") || p.hasChild(i, "nsubj:pass")) || rel.equals("amod")
        || rel.startsWith("acl") && !absolute && !ownRelative || rel.equals("case") || rel.equals("mark")
        || rel.startsWith("compound"))) {
      return null;
    }
    // speaker: own subject, else the subject of the clause a participle or conjunct hangs from
    int subj = hasSaid ? p.child(i, "nsubj:pass") : -1;
    for (int c : p.children(i)) {
      if (p.rels[c].equals("nsubj") && (subj < 0 || Math.abs(c - i) < Math.abs(subj - i))) {
        subj = c; // two subjects (one inside the quote before the cue): the one next to the cue
      }
    }
    if (subj >= 0 && p.tags[subj].equals("DT") && FLOATING.contains(p.words[subj].toLowerCase(Locale.ROOT))) {
      int quantifier = subj;
      for (int c : p.children(i)) {
        if (c != quantifier && p.rels[c].equals("nsubj")) {
          subj = c; // "Trump and Sanders have both argued": "both" floats off the subject before it
        }
      }
    }
    if (subj >= 0 && isClosingQuote(p, subj)) {
      subj = -1; // "’”" read as the subject of the cue after it
    }
    if (subj >= 0 && subj < i && insideQuotationBefore(p, subj, i)) {
      subj = -1; // "“Full panic mode,” said Jane Doe": the quotation's own subject is no speaker
    }
    if (subj < 0 && SPEECH.contains(p.lemmas[i]) && !p.tags[i].equals("VBG") && (quotationRightBefore(p, i)
        || i == 0 && p.tags[i].equals("VBD") || invertedBeforeQuotation(p, i))) {
      // "“...,” said Jane Doe, a lawyer", which the parser reads as an object; not "“...,” saying the city …",
      // a participle whose subject is the clause's
      subj = invertedSubject(p, i);
      if (subj >= 0) {
        Span sp = p.charSpan(i + 1, subj, false);
        if (sp != null) {
          return new Frame(p, i, p.spans[i], subj, sp, null, null, -1, null, false, false);
        }
      }
    }
    int caused = subj < 0 && absolute && !relative ? causedSubject(p, i) : -1;
    if (caused >= 0) {
      subj = caused; // "has left many Republicans wondering …": the object the parser hung the participle on
      absolute = false;
    }
    if (subj < 0 && absolute || relative) {
      subj = p.heads[i];
      // "The governor is touting a positive message on the trail, refusing to …": a participle set off by a comma
      // from the noun it hangs from, when that noun is not a subject, tells what the clause's subject did; so
      // does one on the clause's object ("The council issued a statement calling the plan a mistake": the
      // council calls it so, through its statement)
      boolean setOff = p.words[i - 1].equals(",") && !p.rels[subj].startsWith("nsubj") || p.rels[subj].equals("obj");
      int cs = subj >= 0 ? p.child(subj, "case") : -1;
      if (cs >= 0 && cs < subj && ABSOLUTE_WITH.contains(p.words[cs].toLowerCase(Locale.ROOT)) && !p.words[i - 1].equals(",")
          && p.tags[i].equals("VBG") && !relative && !p.tags[subj].startsWith("W")) {
        // "with Cruz recently promising to …", "with polls showing Cruz leading …": the noun the participle
        // hangs from does it
        absolute = false;
      } else if (subj >= 0 && (p.child(subj, "case") >= 0 || p.rels[subj].startsWith("obl")
          || TIME_WORDS.matcher(p.words[subj]).matches() || setOff) && !relative) {
        // "sent a letter to the board urging ...": the noun the participle hangs from sits in a prepositional
        // phrase (or is a time: "released a memo Wednesday, saying ..."); the speaker is the subject of the
        // clause around it, if any. A relative pronoun names its antecedent wherever that sits ("attacked by
        // Bernie Sanders, who cites them as evidence ...")
        subj = clauseSubject(p, subj);
        absolute = false;
        relative = false;
      }
    }
    if (subj < 0 && SPEECH.contains(p.lemmas[i]) && p.tags[i].matches("VBD|VBZ|VBP") && i > 1 && p.words[i - 1].equals(",")
        && (p.heads[i] >= 0 && p.heads[i] < i && (rel.equals("dep") || rel.equals("parataxis") || rel.equals("ccomp"))
            || rel.equals("root") && hangsClauseBefore(p, i))) {
      // "…, and the meeting deteriorated from there, said one GOP source in the room.": the parser made the
      // speaker after the cue its object; it runs to the end of the sentence
      int inv = invertedSubject(p, i);
      if (inv > i && p.heads[inv] == i && onlyPunctuationAfter(p, p.extent(inv)[1])) {
        subj = inv;
      }
    }
    if (opening >= 0) {
      subj = opening;
    } else if (nounRoot >= 0) {
      subj = nounRoot;
    }
    Frame insertedInverted = subj < i ? insertedInvertedAttribution(p, i) : null;
    if (insertedInverted != null) {
      return insertedInverted;
    }
    Frame inserted = subj >= 0 && subj < i ? insertedAttribution(p, i, subj) : null;
    if (inserted != null) {
      return inserted;
    }
    boolean finalInverted = finalSpeaker >= 0 && (subj < i - 1 || subj == finalSpeaker);
    if (finalInverted) {
      subj = finalSpeaker;
    }
    if (subj < 0) {
      subj = causedSubject(p, i);
    }
    if (subj < 0 && freeAdjunct(p, i)) {
      subj = matrixSubject(p, i);
    }
    if (subj < 0 && p.tags[i].equals("VBG")) {
      for (int c : p.children(i)) {
        int s = p.child(c, "nsubj");
        if (c < i && s >= 0 && s < c && SPEECH.contains(p.lemmas[c]) && !insideQuotes(p, c, i)
            && (p.rels[c].equals("parataxis") || p.rels[c].equals("dep"))) {
          subj = s; // "“…,” Mr. Biden added, noting that …": the parser hung the attribution on the participle
        }
      }
    }
    int h = i;
    int skipped = -1; // the subject of a clause passed over for the cue above it
    for (int up = 0; subj < 0 && up < 3; up++) {
      String r = p.rels[h];
      boolean verbAfterPreposition = r.equals("obl") && p.isVerb(h) && p.child(h, "case") >= 0; // "began by saying"
      if (!(r.equals("conj") || r.equals("xcomp") || r.equals("advcl") || r.equals("dep") || verbAfterPreposition)
          || p.heads[h] < 0) {
        break;
      }
      h = p.heads[h];
      if (!r.equals("xcomp") && (p.rels[h].equals("ccomp") || p.rels[h].equals("parataxis")) && p.heads[h] >= 0
          && isCue(p, p.heads[h])) {
        skipped = p.rels[h].equals("parataxis") ? p.child(h, "nsubj") : skipped;
        h = p.heads[h]; // "said A, emphasising B" / "confirmed A and acknowledged B": the first cue's speaker
      }
      int s = p.child(h, "nsubj");
      if (s < 0 && p.heads[h] < 0 && !p.isVerb(h)) {
        for (int c : p.children(h)) {
          if (c < i && p.rels[c].equals("parataxis") && p.isVerb(c) && p.child(c, "nsubj") >= 0) {
            s = p.child(c, "nsubj"); // "LA CROSSE, Wisc. — Gov. Mike Pence blamed …, saying …": a dateline took the root
          }
        }
      }
      if (s >= 0 && insideQuotes(p, s, i)) {
        skipped = -1;
        break; // the subject of a quoted clause says nothing: "“…,” he said, noting …"
      }
      if (s >= 0 && (!p.rels[s].equals("nsubj:pass") || p.isVerb(h) && p.hasChild(h, "aux:pass"))) {
        // a passive clause's subject too: "was forced into damage control and said …", "is quoted as saying …",
        // "was prompted to say …", "is reported to have called …"; not that of a bare participle ("a meeting
        // planned with …") or of a noun the parser gave a passive auxiliary ("It's been a disaster")
        subj = s;
      }
    }
    if (subj < 0 && skipped >= 0 && !insideQuotes(p, skipped, i)) {
      subj = skipped; // "…, also known as ISIS, Trump hewed to …, noting that …": the cue above has no speaker
    }
    if (subj >= 0 && TIME_WORDS.matcher(p.words[subj]).matches()) {
      subj = -1; // "Tuesday on WTMJ's show, …, Paul Ryan (R-WI) said": the parser's subject is a time, no speaker
    }
    if (subj < 0 && !rel.equals("xcomp") && !rel.equals("conj") && !rel.equals("advcl") && !rel.equals("dep")) {
      subj = nameRightBefore(p, i); // a misparse left the subject elsewhere: "... the Washington Post Trump said"
    }
    if (subj < 0 && rel.equals("dep") && p.tags[i].matches("VBD|VBZ|VBP|VBN")) {
      // "…, led by Rudy Giuliani, Trump has said he …": the cue hung loose from a clause before the name
      int t = nameRightBefore(p, i);
      subj = t >= 0 && p.heads[i] < t && p.tags[t].startsWith("NNP") ? t : -1;
    }
    int reduced = -1;
    if (subj < 0 && p.tags[i].matches("VBD|VBZ|VBP")) {
      reduced = reducedRelativeSubject(p, i);
      if (reduced >= 0) {
        subj = p.child(reduced, "nsubj"); // "People briefed on the move said that …": the parser made the participle a clause
      }
    }
    if (subj < 0 && p.tags[i].matches("VBD|VBZ|VBP") && p.child(i, "nsubj") < 0 && p.child(i, "nsubj:pass") < 0) {
      subj = nounPhraseRightBefore(p, i); // "In a statement defending Lewandowski, Trump's campaign said he …"
    }
    if (subj < 0 && rel.equals("conj")) {
      subj = conjoinedClauseSubject(p, i); // "She brought that down to $42,000 in five years, but said she …"
    }
    Span speaker = null;
    if (subj >= 0) {
      int[] se = p.extent(subj, relcl(p, subj));
      if (subj == nounRoot && se[1] >= i) {
        se = withoutTrailingPunct(p, new int[] {se[0], i - 1}); // the root noun's phrase ends where the cue begins
      }
      if (reduced >= 0) {
        int end = p.extent(reduced)[1];
        for (int k = reduced + 1; k <= end; k++) {
          if (p.words[k].equals(",")) {
            end = k - 1; // "Federal officials familiar with the server taken from her house, speaking on …"
            break;
          }
        }
        se = new int[] {se[0], Math.max(se[1], end)};
      }
      if (absolute) {
        se = p.extent(subj, i);
      }
      if (subj == opening) {
        for (int k = subj + 1; k <= se[1]; k++) {
          if (p.words[k].equals(",")) {
            se = new int[] {se[0], k - 1}; // "Ruiz, who was mayor …": the phrase before the relative clause
            break;
          }
        }
      }
      while (se[0] < subj && (p.tags[se[0]].equals("IN") || p.tags[se[0]].equals("TO") || p.rels[se[0]].equals("case")
          || p.rels[se[0]].equals("cc") || p.words[se[0]].equals(","))) {
        se[0]++; // no speaker starts with a preposition or a conjunction ("both" of "both X and Y" stays)
      }
      for (int k = se[0]; k < subj; k++) {
        if (p.isDoubleQuoteMark(k) || DASHES.contains(p.words[k])) {
          se[0] = k + 1; // "…, Donald Trump,” Cruz wrote": the parser ran the subject back into the quotation;
                         // "Wisc. — Gov. Mike Pence": into a dateline
        }
      }
      for (int k = subj + 1; k <= se[1]; k++) {
        if (p.isDoubleQuoteMark(k)) {
          se[1] = k - 1;
          break;
        }
      }
      if (se[1] - se[0] + 1 > MAX_SPEAKER_TOKENS) {
        se = new int[] {Math.max(se[0], subj - 6), subj};
      }
      speaker = p.charSpan(se[0], se[1], false);
    }
    // content
    Span content = null;
    boolean nominal = false;
    boolean parenthetical = false;
    int ccomp = -1;
    for (int c : p.children(i)) {
      if (p.rels[c].equals("ccomp") && (ccomp < 0 || ccomp < i && c > i)) {
        ccomp = c; // the reported clause after the cue, if there is one, else the one before it
      }
    }
    if (ccomp > i && clauseOfParticiple(p, ccomp)) {
      for (int c : p.children(i)) {
        if (c < i && p.rels[c].equals("ccomp")) {
          ccomp = c; // "“…,” Trump said at a rally, adding that …": the quotation; the rest is the participle's
        }
      }
    }
    if (ccomp < 0 && kinds.contains(QuoteLexicon.Content.CCOMP)) {
      int para = p.child(i, "parataxis");
      if (para > i && p.isVerb(para)) {
        ccomp = para;
      }
    }
    if (ccomp < 0 && kinds.contains(QuoteLexicon.Content.CCOMP)) {
      int x = -1;
      for (int c : p.children(i)) {
        if (x < 0 && c > i && (p.rels[c].equals("xcomp") && (!p.isVerb(c) || p.tags[c].equals("VBG")) || p.rels[c].equals("dep"))) {
          x = c; // "shows both mayors beating the governor": a participle's clause, left loose
        }
      }
      int xs = x > i ? p.child(x, "nsubj") : -1;
      if (xs > i && xs < x && !p.words[xs].equalsIgnoreCase("it")) {
        // "She says local papers overstate the crowds" (a verb the tagger took for an adjective), "declared
        // him the winner", "found the plan entirely fair": a clause without a verb; not "find it difficult
        // to …", whose subject is the infinitive
        ccomp = x;
      }
    }
    if (ccomp < 0 && kinds.contains(QuoteLexicon.Content.CCOMP)) {
      ccomp = thatClauseInAdjunct(p, i);
    }
    if (ccomp < 0 && gap > i && kinds.contains(QuoteLexicon.Content.CCOMP)) {
      content = p.charSpan(gap, p.extent(i)[1], true); // the clause after the cue, which the parser left loose
    }
    Span subjectAndVerb = ccomp < 0 && SPEECH.contains(p.lemmas[i]) && !p.lemmas[i].equals("tell") ? objectThenVerb(p, i) : null;
    if (ccomp >= 0 && introducedBy(p, ccomp, "mark", ADVERBIAL_MARKS) && p.extent(ccomp)[0] > i) {
      ccomp = -1; // "continued, as China and Russia support …": an adverbial clause the parser made a complement
    }
    if (ccomp >= 0 && content == null) {
      int[] ce = p.extent(ccomp, coordinatedCues(p, ccomp));
      int lo = ce[0];
      if (COMPLEMENTIZERS.contains(p.words[lo].toLowerCase(Locale.ROOT)) && lo < ce[1]) {
        lo++;
      }
      int hi = ce[1];
      if (rel.startsWith("csubj") && p.heads[i] > ccomp && ccomp > i) {
        // "X said they hoped the move will spur ...": the parser made the cue the subject of the
        // reported clause's verb; the content runs on to the end of that clause
        hi = Math.max(hi, p.extent(p.heads[i], coordinatedCues(p, p.heads[i]))[1]);
      }
      hi = continuation(p, i, hi);
      hi = secondReportedClause(p, i, hi);
      content = p.charSpan(lo, hi, true);
    }
    if (content == null && subjectAndVerb != null) {
      content = subjectAndVerb;
    }
    if (content == null && finalInverted) {
      if (creditLine(p, i - 2)) {
        return null;
      }
      content = p.charSpan(0, i - 2, true);
    }
    if (content == null && subj >= 0 && subj < i && INVERTING.contains(p.lemmas[i])
        && p.tags[i].matches("VBD|VBZ|VBP")) {
      content = beforeFinalAttribution(p, i, subj); // "…, Ruiz said."
    }
    if (content == null && (kinds.contains(QuoteLexicon.Content.XCOMP)
        || nominalContent && kinds.contains(QuoteLexicon.Content.OBJ))) {
      int x = p.child(i, "xcomp");
      for (int c : p.children(i)) {
        if (x < 0 && c > i && infinitive(p, c)) {
          x = c; // "called on Trump to stop", "urged them to vote": the infinitive the parser made adverbial
        }
        if (x < 0 && c == i + 1 && p.tags[c].equals("VBG") && (p.rels[c].equals("dep") || p.rels[c].equals("advcl"))
            && nominalContent && kinds.contains(QuoteLexicon.Content.OBJ) && !p.children(c).isEmpty()) {
          x = c; // "reported raising $2 million", "denied asking": a gerund object the parser left loose
        }
      }
      int obj = p.child(i, "obj");
      boolean ok = (x > i || obj > i && hasComplementAfter(p, i, obj)) && kinds.contains(QuoteLexicon.Content.XCOMP)
          || nominalContent && kinds.contains(QuoteLexicon.Content.OBJ) && (obj > i || x > i);
      if (ok) {
        content = rightOf(p, i);
        nominal = x < i || !kinds.contains(QuoteLexicon.Content.XCOMP);
        if (content != null && p.lemmas[i].equals("tell") && !holdsInfinitive(p, content)) {
          content = null; // "told CNN in the interview taped on Wednesday": an addressee and adjuncts, no infinitive
        }
      }
    }
    // not after a quotation whose speaker opens right after it ("“…,” Trump, the 2016 front-runner …, said when
    // Boyle asked him"): the when-clause there is the occasion, not what was said
    if (content == null && SPEECH.contains(p.lemmas[i]) && !attributionAfterQuotation(p, i)
        && !(speaker != null && speaker.end() <= p.spans[i].start() && quotationRightBefore(p, p.tokenAt(speaker.start())))) {
      for (int c : p.children(i)) {
        if (c > i && p.rels[c].equals("advcl") && p.extent(c)[0] == i + 1 && p.hasChild(c, "nsubj")
            && (WH.contains(p.words[i + 1].toLowerCase(Locale.ROOT)) || p.words[i + 1].equalsIgnoreCase("if") && finiteClause(p, c))) {
          int[] e = p.extent(c);
          // "have not said when they would take up …", parsed as adverbial; "said if elected he could work
          // with …": a conditional reported clause, whose "if" the parser took for the cue's
          e = p.words[i + 1].equalsIgnoreCase("if") ? new int[] {i + 1, e[1]} : e;
          content = p.charSpan(e[0], e[1], true);
        }
      }
    }
    if (content == null && p.lemmas[i].equals("ask")) {
      int o = p.child(i, "obj");
      int after = o > i ? p.extent(o)[1] + 1 : -1;
      for (int c : p.children(i)) {
        if (after > i && c > after && (p.rels[c].equals("advcl") || p.rels[c].equals("ccomp")) && p.extent(c)[0] == after
            && IF_WHETHER.contains(p.words[after].toLowerCase(Locale.ROOT)) && p.hasChild(c, "nsubj")) {
          content = p.charSpan(after + 1, p.extent(c)[1], true); // "asked the mayor if the city would …"
        }
      }
    }
    if (content == null && SPEECH.contains(p.lemmas[i]) && i + 2 < p.size()) {
      // "has said the same thing", "said as much": what was said, named by reference to an earlier statement
      String next = (p.words[i + 1] + " " + p.words[i + 2] + (i + 3 < p.size() ? " " + p.words[i + 3] : ""))
          .toLowerCase(Locale.ROOT);
      java.util.regex.Matcher m = SAME_THING.matcher(next);
      if (m.lookingAt()) {
        int end = i + m.group().trim().split(" ").length;
        if (end + 1 < p.size() && p.words[end + 1].equalsIgnoreCase("of")) {
          end++; // "said the same of Trump"
          while (end + 1 < p.size() && p.tags[end + 1].matches("DT|PRP\\$?|JJ.?|NNP?S?|CD|POS")) {
            end++;
          }
        }
        if (end + 1 < p.size() && (p.words[end + 1].equals(":") || p.isQuoteMark(end + 1))) {
          end = -1; // "said the same thing: “…”": the quotation is the statement
        }
        content = end < 0 ? null : p.charSpan(i + 1, end, false);
        nominal = content != null;
      }
    }
    if (content == null && p.lemmas[i].equals("call")) {
      content = namingObject(p, i);
    }
    if (content == null) {
      content = view;
    }
    if (content == null && SPEECH.contains(p.lemmas[i])
        && (rel.equals("parataxis") || rel.equals("ccomp") && p.heads[i] < i || rel.equals("dep") && p.heads[i] < i && subj > i)
        && p.heads[i] >= 0 && subj >= 0 && p.heads[subj] == i) {
      int head = p.heads[i];
      if (!isCue(p, head)) {
        content = around(p, head, i);
        parenthetical = content != null;
      }
    }
    if (content == null && rel.equals("advcl") && kinds.contains(QuoteLexicon.Content.CCOMP) && p.heads[i] >= 0
        && subj >= 0 && p.heads[subj] == i && introducedBy(p, i, "mark", AS)
        && (p.isVerb(p.heads[i]) || p.hasChild(p.heads[i], "cop") || p.hasChild(p.heads[i], "nsubj"))
        && !SPEECH.contains(p.lemmas[p.heads[i]]) && p.child(i, "xcomp") < 0 && p.child(i, "obj") < 0) {
      // "As Smith noted in his report, the economy grew …", "The economy, as the senator said, grew …":
      // the clause the as-clause modifies is what was said
      content = around(p, p.heads[i], i);
      parenthetical = content != null;
    }
    boolean about = kinds.contains(QuoteLexicon.Content.ABOUT);
    if (content == null && nominalContent && (kinds.contains(QuoteLexicon.Content.OBL) || about)) {
      int topicChild = about ? topicAfter(p, i) : -1;
      for (int c : p.children(i)) {
        int cs = p.child(c, "case");
        String prep = cs >= 0 ? p.words[cs].toLowerCase(Locale.ROOT) : "";
        if (TO_WHOM.contains(p.lemmas[i]) && (prep.equals("to") || prep.equals("with"))) {
          continue; // "spoke to reporters": the addressee, not the topic
        }
        boolean topic = kinds.contains(QuoteLexicon.Content.OBL) ? OBL_PREPOSITIONS.contains(prep) : c == topicChild;
        if (c > i && p.rels[c].startsWith("obl") && cs >= 0 && topic && !circumstance(p, c)) {
          int[] e = p.extent(c, coordinatedCues(p, c));
          for (int c2 : p.children(i)) {
            int cs2 = p.child(c2, "case");
            if (c2 > c && p.rels[c2].startsWith("obl") && cs2 >= 0 && p.extent(c2)[0] == e[1] + 1
                && OF_THE_TOPIC.contains(p.words[cs2].toLowerCase(Locale.ROOT)) && !circumstance(p, c2)) {
              e[1] = p.extent(c2)[1]; // "warned against potential hackers | from China": the parser hung it from the cue
            }
          }
          content = p.charSpan(Math.max(e[0], cs + 1), e[1], true);
          nominal = true;
          break;
        }
      }
    }
    if (content == null && nominalContent && (kinds.contains(QuoteLexicon.Content.OBL) || about)) {
      for (int c : p.children(i)) {
        int[] e = p.extent(c);
        if (c > i && (p.rels[c].equals("advcl") || p.rels[c].equals("ccomp") || p.rels[c].startsWith("obl"))
            && p.words[e[0]].equalsIgnoreCase("about") && e[0] + 1 <= e[1]
            && WH_OPENERS.contains(p.words[e[0] + 1].toLowerCase(Locale.ROOT))) {
          content = p.charSpan(e[0] + 1, e[1], true); // "talked about how she pushed for it": the question is the topic
          break;
        }
      }
    }
    if (content == null && subj >= 0 && (CLAUSE_AFTER.contains(p.lemmas[i]) || kinds.contains(QuoteLexicon.Content.CCOMP))
        && !rel.equals("parataxis") && (subj < i || !p.dominates(i, subj))) {
      content = clauseAfter(p, i, subj);
      if (content != null && !CLAUSE_AFTER.contains(p.lemmas[i]) && !subjectThenVerb(p, p.tokenAt(content.start()))) {
        content = null; // "finds the pitch compelling, given that …": a cue whose object is often a thing needs a plain clause
      }
    }
    if (content == null && speaker != null && subj < i && (CLAUSE_AFTER.contains(p.lemmas[i]) || SPEECH.contains(p.lemmas[i])
        || FINDINGS.contains(p.lemmas[i]))) {
      content = clauseBefore(p, i, p.tokenAt(speaker.start()));
      parenthetical = content != null && content.contains(p.spans[i]);
    }
    if (content == null && p.lemmas[i].equals("say") && i + 1 < p.size()
        && ANSWERS.contains(p.words[i + 1].toLowerCase(Locale.ROOT))
        && (i + 2 == p.size() || !p.tags[i + 2].matches("NN.*|JJ.*|CD|DT|PRP.*|RB.*") && !p.words[i + 2].equalsIgnoreCase("that"))) {
      content = p.spans[i + 1]; // "72 percent said yes", "the candidate said no", "55 percent said so in December"
    }
    if (content == null && SPEECH.contains(p.lemmas[i]) && subj >= 0 && subj < i && i + 2 < p.size()
        && p.words[i + 1].equalsIgnoreCase("that") && p.rels[i + 1].equals("obj") && p.heads[i + 1] == i
        && (!p.isPunct(i + 2) || p.isQuoteMark(i + 2))) {
      // "The newspaper said that given the damage, whoever …": the parser took the complementizer for a pronoun
      // object; what follows it is the reported clause ("said that overlooked the benefits": "that" its subject;
      // "confirmed that observation": a determiner; "said that “those who know me …”": a quotation)
      boolean keep = isFinite(p, i + 2) || p.tags[i + 1].equals("DT") && p.tags[i + 2].startsWith("NN");
      content = p.charSpan(keep ? i + 1 : i + 2, p.size() - 1, true);
    }
    if (content == null && subj >= 0 && subj < i && SPEECH.contains(p.lemmas[i])) {
      content = aroundInsertedAttribution(p, i, subj);
      parenthetical = content != null;
    }
    if (content == null && subj >= 0 && subj < i && (SPEECH.contains(p.lemmas[i]) || BELIEF.contains(p.lemmas[i]))
        && !p.lemmas[i].equals("ask")) {
      content = afterFreeRelative(p, i, subj);
    }
    if (content == null && (SPEECH.contains(p.lemmas[i]) || FINDINGS.contains(p.lemmas[i])) && p.tags[i].matches("VBD|VBZ|VBP")) {
      Frame last = sentenceFinalAttribution(p, i);
      if (last != null) {
        return last;
      }
    }
    // cue: the verb and its particle ("pointed out")
    int prt = p.child(i, "compound:prt");
    Span cue = prt == i + 1 ? new Span(p.spans[i].start(), p.spans[prt].end()) : p.spans[i];
    Span channel = null;
    if (p.lemmas[i].equals("tell")) {
      int o = p.child(i, "obj");
      if (o < 0) {
        o = p.child(i, "iobj");
      }
      if (o > i && (ccomp < 0 || o < ccomp || ccomp < i)) {
        int[] oe = p.extent(o);
        channel = p.charSpan(oe[0], oe[1], false);
      }
    }
    if (channel == null) {
      for (int c : p.children(i)) {
        if (p.rels[c].startsWith("obl") && c > i) {
          int cs = p.child(c, "case");
          if (cs >= 0 && p.words[cs].equalsIgnoreCase("on") && (content == null || !content.contains(p.spans[c]))) {
            int[] oe = p.extent(c);
            channel = p.charSpan(cs + 1, oe[1], false);
            break;
          }
        }
      }
    }
    // relayed attribution: "reported, citing an official"
    int sourceHead = -1;
    Span source = null;
    for (int c : p.children(i)) {
      if (p.lemmas[c].equals("cite") && !p.rels[c].equals("ccomp")) {
        int o = p.child(c, "obj");
        if (o >= 0) {
          sourceHead = o;
          int[] oe = p.extent(o, relcl(p, o));
          source = p.charSpan(oe[0], oe[1], false);
        }
      }
    }
    if (content != null && content.start() >= cue.end()) {
      content = trimTail(p, content);
      content = beforeAccordingTo(p, content);
    }
    if (content != null && content.end() <= cue.start() && SPEECH.contains(p.lemmas[i]) && quotationOpensAfter(p, i)
        && !quoted(p, content)) {
      content = null; // "Asked whether …, Priebus said, “Probably.”": what was said is the quotation after the cue
    }
    if (content != null && speaker != null && content.end() <= speaker.start() && speaker.end() <= cue.start()) {
      content = pastParenthetical(p, i, content);
    }
    if (content != null && p.rels[p.tokenAt(content.start())].equals("cc") && p.tokenAt(content.end() - 1) - p.tokenAt(content.start()) < 3) {
      content = null; // "... and invoked": a fragment of a coordination, not a statement
    }
    if (content != null && speaker != null && content.contains(speaker) && !parenthetical) {
      speaker = null; // the subject sits inside the content: a misparse, not an attribution
    }
    return new Frame(p, i, cue, speaker == null ? -1 : subj, speaker, content, channel, sourceHead, source, false, nominal);
  }

  /**
   * "has led some allies to worry whether …", "has left many Republicans, including his supporters, wondering
   * …": the object of a causative verb does what its infinitive or participle says, whether the parser hung
   * the cue on the verb or on the object; -1 if the cue is not so placed.
   */
  private static int causedSubject(DepParse p, int i) {
    int h = p.heads[i];
    if (h < 0) {
      return -1;
    }
    if (p.rels[i].equals("xcomp") && CAUSATIVE.contains(p.lemmas[h])) {
      int o = p.child(h, "obj");
      return o > h && o < i && !p.tags[o].startsWith("W") ? o : -1;
    }
    if (p.rels[i].equals("acl") && p.tags[i].matches("VBG|VB") && p.rels[h].equals("obj") && p.heads[h] >= 0
        && p.heads[h] < h && LEAVING.contains(p.lemmas[p.heads[h]]) && p.tags[h].matches("NNS|NNPS|NNP|PRP")) {
      return h;
    }
    return -1;
  }

  /** One-word answers that are a statement of their own ("72 percent said yes", "55 percent said so"). */
  static final Set<String> ANSWERS = Set.of("yes", "no", "so");

  /** Prepositions opening an absolute phrase, whose noun does what the participle after it says. */
  private static final Set<String> ABSOLUTE_WITH = Set.of("with", "without");

  /** Causative verbs that leave their object doing something ("left many Republicans wondering"), not "made a point of". */
  private static final Set<String> LEAVING = Set.of("leave", "lead", "prompt", "keep", "have", "get");

  /** Verbs that make their object do what their infinitive or participle says ("led allies to worry"). */
  private static final Set<String> CAUSATIVE = Set.of("lead", "leave", "prompt", "cause", "force", "get", "make",
      "drive", "spur", "compel", "move", "inspire", "allow", "let", "have", "keep", "send", "set");

  /** Cues whose bare object is so seldom anything but a reported clause that a misparsed one is read as a clause. */
  private static final Set<String> CLAUSE_AFTER = Set.of("say", "tell", "state", "report", "note", "explain", "argue",
      "claim", "insist", "warn", "confirm", "declare", "deny", "stress", "emphasize", "emphasise", "announce", "reply",
      "respond", "recall", "acknowledge", "admit", "assert", "predict", "suggest", "concede", "complain", "believe",
      "think", "contend", "allege", "conclude", "estimate", "maintain", "reiterate", "indicate", "hope", "fear");
  /** What polls, studies and reports do with a statement after it: "…, the poll found." */
  private static final Set<String> FINDINGS = Set.of("find", "show");
  /**
   * The speaker of a sentence ending in ", said NAME", which reports all before the comma whatever the parser made
   * of it: "The mayor and the council disagree on everything, said Jane Roe, a city clerk.", "“This will be a
   * challenge” for the mayor, said Roe." (the parser hung the cue from a noun before it, or gave it the name as
   * its subject); or -1. Not after a closing quotation mark, nor after a subject alone ("Hemsley, the co-author
   * of …, said the days … are gone").
   */
  private static int finalInvertedSubject(DepParse p, int i) {
    if (!INVERTING.contains(p.lemmas[i]) || !(p.tags[i].matches("VBD|VBZ|VBP") || baseAfterComma(p, i)) || i <= 2
        || !p.words[i - 1].equals(",")
        || p.isQuoteMark(i - 2)) {
      return -1;
    }
    int inv = invertedSubject(p, i);
    return inv > i && p.heads[inv] == i && !p.tags[inv].equals("PRP") && onlyPunctuationAfter(p, p.extent(inv)[1])
        && finiteBefore(p, i - 1) ? inv : -1;
  }

  /** "…, say some Democrats, who …": a present plural cue after a comma that the tagger took for a base form. */
  private static boolean baseAfterComma(DepParse p, int i) {
    return p.tags[i].equals("VB") && i > 0 && p.words[i - 1].equals(",")
        && p.words[i].equalsIgnoreCase(p.lemmas[i]);
  }

  /**
   * Whether tokens 0..end say where earlier text comes from rather than state anything: "This is stated in the
   * agency's report, writes the paper.", "That was first reported by the Post, said …". A pronoun pointing back
   * is the subject of a passive reporting verb; what it credits was said before.
   */
  private boolean creditLine(DepParse p, int end) {
    for (int t = 0; t <= end; t++) {
      int h = p.heads[t];
      if (p.rels[t].equals("nsubj:pass") && BACK_POINTERS.contains(p.words[t].toLowerCase(Locale.ROOT)) && h >= 0
          && h <= end && isCue(p, h)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> BACK_POINTERS = Set.of("this", "that", "it", "these", "those");

  private static final Set<String> FINITE_WORDS = Set.of("is", "was", "are", "were", "'s", "’s", "'re", "’re");

  /**
   * Whether a finite verb stands before token {@code end}: what comes before an inverted attribution is a clause
   * ("The mayor and the council disagree on everything, said Jane Roe"), not only a subject with its apposition
   * ("Hemsley, the co-author of “Going Viral,” said the days … are gone").
   */
  private static boolean finiteBefore(DepParse p, int end) {
    for (int t = 0; t < end; t++) {
      if (isFinite(p, t) && !(p.tags[t].equals("POS") && p.rels[t].equals("case"))) { // not "Mr. Trump's former aide"
        return true;
      }
    }
    return false;
  }

  /** A finite verb, or a form of "be" the tagger may have missed ("’s", "’re"). */
  private static boolean isFinite(DepParse p, int t) {
    return p.tags[t].matches("VBD|VBZ|VBP|MD") || FINITE_WORDS.contains(p.words[t].toLowerCase(Locale.ROOT));
  }

  /** Whether a clause's head is finite or has a finite auxiliary or copula: "he could work", "it was late". */
  private static boolean finiteClause(DepParse p, int head) {
    if (isFinite(p, head)) {
      return true;
    }
    for (int c : p.children(head)) {
      if ((p.rels[c].startsWith("aux") || p.rels[c].equals("cop")) && isFinite(p, c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Past the cue's adjuncts starting at {@code lo}: "said for weeks", "said on Tuesday", "told CNN Monday" are
   * not part of what was said.
   */
  private static int pastAdjuncts(DepParse p, int cue, int lo) {
    for (int c : p.children(cue)) {
      if (c >= lo && p.rels[c].startsWith("obl")) {
        int[] e = p.extent(c);
        if (e[0] == lo) {
          lo = e[1] + 1;
        }
      }
    }
    return lo;
  }

  /**
   * The reported clause after a cue the parser gave no clausal complement ("Goodlatte said the
   * expansion of the program was ..." parsed with "expansion" as the object of "said" and "was"
   * hanging elsewhere): the rest of the cue's clause, when it holds a finite verb of its own.
   * Not when a quotation or punctuation follows the cue (that quote is taken whole), nor when
   * the rest holds another attribution with a subject of its own.
   */
  private Span clauseAfter(DepParse p, int cue, int subj) {
    int lo = cue + 1;
    while (lo < p.size() && (p.rels[lo].equals("compound:prt") || p.tags[lo].equals("RB") && p.heads[lo] == cue
        && !p.words[lo].equalsIgnoreCase("there"))) {
      lo++;
    }
    lo = pastAdjuncts(p, cue, lo);
    if (p.lemmas[cue].equals("tell")) {
      int o = p.child(cue, "obj");
      if (o >= lo && p.extent(o)[0] == lo && (p.tags[o].equals("PRP") || p.tags[o].startsWith("NNP"))) {
        // "told reporters the plan was dead", "told CNN Monday that …": the addressee is not said
        lo = pastAdjuncts(p, cue, p.extent(o)[1] + 1);
      }
    }
    if (lo < p.size() && COMPLEMENTIZERS.contains(p.words[lo].toLowerCase(Locale.ROOT))) {
      lo++;
    }
    if (lo >= p.size() || p.isPunct(lo) || p.isQuoteMark(lo) || !p.tags[lo].matches("DT|PRP|PRP\\$|NNP?S?|CD|JJ.?|EX|PDT|VBG")
        && !(p.words[lo].equalsIgnoreCase("there") && lo + 1 < p.size() && p.tags[lo + 1].matches("VBZ|VBP|VBD|MD"))) {
      return null; // the reported clause starts with its subject (a gerund one too: "said succeeding is harder")
    }
    int top = p.rels[cue].equals("csubj") && p.heads[cue] > cue ? p.heads[cue] : cue;
    int hi = p.extent(top)[1];
    int root = p.root();
    int rootSubj = root < 0 ? -1 : p.child(root, "nsubj");
    if (root > hi && rootSubj < cue && (p.rels[cue].equals("conj") || p.rels[cue].equals("dep"))) {
      // "His aide helms the effort, but Goff said succeeding … is far more challenging": the parser made the
      // reported clause's predicate the root and hung the cue from a noun before it
      hi = p.extent(root)[1];
    }
    if (hi - lo < 2) {
      return null;
    }
    boolean finite = false;
    for (int t = lo; t <= hi; t++) {
      if (!finite && (p.words[t].equals(",") || p.words[t].equals(":") || p.words[t].equals(";"))) {
        int close = asideEnd(p, t, hi);
        if (close < 0) {
          return null; // the subject runs into an aside before any verb: not a plain clause
        }
        t = close; // "said Trump, despite his wealth, is …": the aside sits inside the clause
        continue;
      }
      if (isFinite(p, t)) {
        finite = true;
      }
      if (t > lo && isCue(p, t) && p.hasChild(t, "nsubj") && !passive(p, t) && !p.rels[t].startsWith("acl")) {
        // another attribution with a subject of its own ("…, though she noted …"): the clause ends before it
        int end = p.extent(t)[0] - 1;
        while (end > lo && (p.isPunct(end) || p.rels[end].equals("cc") || p.rels[end].equals("mark")
            || p.rels[end].equals("advmod") && p.heads[end] == t)) {
          end--;
        }
        if (end <= lo || end >= t || end - lo < 2) {
          return null;
        }
        hi = end;
        break;
      }
    }
    if (finite && hi < p.size() - 1) {
      finite = holdsFinite(p, lo, hi);
    }
    if (finite && p.lemmas[cue].equals("tell") && !holdsVerb(p, lo, hi)) {
      return null; // "told reporters during Tuesday’s call": an addressee and adjuncts, whose "’s" is no verb
    }
    return finite ? p.charSpan(lo, hi, true) : null;
  }

  /** Whether tokens {@code lo..hi} hold a verb or a modal. */
  private static boolean holdsVerb(DepParse p, int lo, int hi) {
    for (int t = lo; t <= hi; t++) {
      if (p.isVerb(t) || p.tags[t].equals("MD")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the tokens from {@code lo} are a plain noun phrase and then a finite verb ("analysts
   * agreed | it was …", "one study found | Trump would …"), with no relative or subordinate clause
   * in between.
   */
  private static boolean subjectThenVerb(DepParse p, int lo) {
    for (int t = lo; t < p.size() && t < lo + 12; t++) {
      if (isFinite(p, t)) {
        return t > lo;
      }
      if (p.tags[t].matches("VBN|VBG") && t > lo && p.tags[t - 1].startsWith("NN") && t + 1 < p.size()
          && !p.isPunct(t + 1)) {
        continue; // "the majority of refugees admitted are women": a participle on the subject's noun
      }
      if (!p.tags[t].matches("DT|PDT|JJ.?|NNP?S?|PRP|PRP\\$|CD|POS|HYPH|EX|RB")
          && !(p.tags[t].equals("IN") && p.words[t].equalsIgnoreCase("of"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * The statement before a trailing attribution, "The plan is tilted toward the rich, the Tax
   * Foundation said.", which the parser hung from the cue as an adverbial clause or left loose;
   * with the attribution inside it ("The benefit, it says, would be $300.") the statement runs on
   * past it. Null unless a comma sets the speaker off from a statement of at least three words
   * that opens the sentence.
   */
  private static Span clauseBefore(DepParse p, int cue, int speakerStart) {
    int k = speakerStart - 1;
    if (k < 3 || !p.words[k].equals(",") || p.isQuoteMark(k - 1) && p.isQuoteMark(0)) {
      return null; // "“…,” she said" is the quotation's: taken whole by the assembler
    }
    for (int c : p.children(cue)) {
      if (c > cue && OWN_COMPLEMENTS.contains(p.rels[c])) {
        return null; // "Orbán maintains warm relations": the cue reports something of its own
      }
    }
    int lo = 0;
    while (lo < k && (p.isPunct(lo) || p.isQuoteMark(lo))) {
      lo++;
    }
    if (p.rels[lo].equals("mark") || p.tags[lo].matches("WRB|VBG|VBN|IN|TO")) {
      return null; // "While Ukraine was hoping …, Trump pressed …": a subordinate clause, not a statement
    }
    boolean finite = false;
    for (int t = lo; t < k; t++) {
      if (p.tags[t].matches("VBD|VBZ|VBP|MD")) {
        finite = true;
      }
    }
    if (k - lo < 3) {
      return null;
    }
    // after the cue: adjuncts of the attribution, then the end, or a comma and the rest of the statement
    int t = cue + 1;
    while (t < p.size() && !p.words[t].equals(",") && !p.isPunct(t) && (p.heads[t] == cue || p.dominates(cueAdjunct(p, cue, t), t))) {
      t++;
    }
    int last = p.size() - 1;
    while (last > cue && (p.isPunct(last) || p.isQuoteMark(last))) {
      last--;
    }
    if (t > last) {
      return p.charSpan(lo, k - 1, true);
    }
    if (finite && DASHES.contains(p.words[t]) && t + 1 <= last && !p.isQuoteMark(t + 1)) {
      // "…, Bill Clinton said this week — an apparent reversal of her past support": the writer's gloss
      return p.charSpan(lo, k - 1, true);
    }
    if (!p.words[t].equals(",") || t + 1 > last || p.isQuoteMark(t + 1)) {
      return null; // "Trump said: “Probably.”": the cue takes what follows it
    }
    if (!finite) {
      for (int r = lo; r < k; r++) {
        int h = p.heads[r];
        if (p.rels[r].startsWith("nsubj") && h > t && h <= last && p.tags[h].matches("VBD|VBZ|VBP|MD|VB|VBN|JJ|NN.*")) {
          return p.charSpan(lo, last, true); // "The benefit, it says, would be $300": the subject's verb lies after
        }
      }
    }
    // "…, the Tax Foundation said Friday, as the debate went on": a trailing adjunct of the attribution
    boolean adjunct = p.tags[t + 1].equals("VBG") || p.tags[t + 1].equals("IN") || p.rels[t + 1].equals("mark");
    return finite && adjunct ? p.charSpan(lo, k - 1, true) : null;
  }

  /** The cue's child that holds token {@code t}, or -1. */
  private static int cueAdjunct(DepParse p, int cue, int t) {
    int c = t;
    while (c >= 0 && p.heads[c] != cue) {
      c = p.heads[c];
    }
    return c >= 0 && (p.rels[c].startsWith("obl") || p.rels[c].equals("advmod") || p.rels[c].equals("nmod:tmod")) ? c : -1;
  }

  /**
   * The comma closing an aside that opens at the comma {@code t} ("Trump, despite his wealth, is
   * …") where a finite verb follows it, or -1.
   */
  private static int asideEnd(DepParse p, int t, int hi) {
    if (!p.words[t].equals(",")) {
      return -1;
    }
    for (int c = t + 1; c < hi && c <= t + 8; c++) {
      if (p.words[c].equals(",")) {
        return c + 1 <= hi && p.tags[c + 1].matches("VBD|VBZ|VBP|MD|RB") ? c : -1;
      }
      if (p.tags[c].matches("VBD|VBZ|VBP|MD")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The clause a parenthetical attribution hangs in ("The museum, Mr. Obama said, would ..."):
   * the part before or after the attribution, or both with the attribution as a gap.
   */
  private static Span around(DepParse p, int head, int cue) {
    int[] whole = p.extent(head);
    int[] gap = p.extent(cue);
    Span left = gap[0] > whole[0] ? p.charSpan(whole[0], gap[0] - 1, true) : null;
    Span right = gap[1] < whole[1] ? p.charSpan(gap[1] + 1, whole[1], true) : null;
    if (left != null && right != null && closesBefore(p, gap[0]) && !p.isQuoteMark(p.tokenAt(right.start()))) {
      // "“… that advice,” he said, echoing comments by …": the parser hung the narration after the
      // attribution on the quoted clause; what was said ends where its quotation closes
      return left;
    }
    if (left != null && right != null) {
      return new Span(left.start(), right.end());
    }
    return left != null ? left : right;
  }

  /** Cue verbs coordinated with a reported clause ("... took place and acknowledged ...", ", emphasising ..."). */
  private int[] coordinatedCues(DepParse p, int root) {
    List<Integer> out = new ArrayList<>();
    for (int c = root + 1; c < p.size(); c++) {
      String r = p.rels[c];
      if (passive(p, c)) {
        continue; // "and that one was found nearby": a passive cue verb reports nothing of its own
      }
      if ((r.equals("conj") || r.equals("dep") || r.equals("advcl") || r.equals("parataxis")) && isCue(p, c)
          && !(r.equals("conj") && STANCE.contains(p.lemmas[c])) && !p.hasChild(c, "case") && !p.hasChild(c, "mark")
          && !p.hasChild(c, "nsubj") && p.dominates(root, c) && c > 0
          && (p.words[c - 1].equals(",") || p.words[c - 1].equals("and") || p.tags[c].equals("VBG") && p.heads[c] != c - 1
              || c > 1 && p.words[c - 2].equals(","))) {
        out.add(c); // not a gerund right after its verb: "to stop attacking X" is one clause
      } else if (r.equals("conj") && isCue(p, c) && p.dominates(root, c) && c > root && ownSubjectAfterConjunction(p, c)) {
        out.add(c); // "said they were convinced … and Democrats accused the GOP of …": an attribution of its own
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Words that may follow a sentence-final cue: when and how it was said ("said Thursday", "said in a statement"). */
  private static final Set<String> FINAL_TAIL = Set.of("on", "in", "at", "during", "a", "an", "the", "late", "early",
      "last", "this");

  /**
   * "Assem had logged 2,766 flying hours with EgyptAir, the airline said Thursday.": a sentence
   * that ends in a comma, a short noun phrase and a speech verb reports the clause before the
   * comma, whatever the parser made of it (here "the airline" an apposition of "EgyptAir" and the
   * cue a loose dependent). Only when the cue's own dependents gave no content.
   */
  private static Frame sentenceFinalAttribution(DepParse p, int i) {
    if (p.rels[0].equals("mark")) {
      return null; // "While the city waited for the money, the mayor complained.": a subordinate clause, no statement
    }
    int nonPunct = 0;
    for (int t = i + 1; t < p.size(); t++) {
      if (p.isPunct(t) && !p.isQuoteMark(t)) {
        continue;
      }
      if (++nonPunct > 4 || !(FINAL_TAIL.contains(p.words[t].toLowerCase(Locale.ROOT))
          || TIME_NOUN.matcher(p.words[t]).matches() || CHANNEL_NOUNS.contains(p.lemmas[t]))) {
        return null;
      }
    }
    int k = beforeNounPhrase(p, i - 1, 8);
    boolean noun = false;
    for (int t = k + 1; t < i; t++) {
      noun |= p.tags[t].startsWith("NN");
    }
    if (!noun || k == i - 1 || k < 4 || !p.words[k].equals(",") || p.isQuoteMark(k - 1)) {
      return null;
    }
    boolean finite = false;
    for (int t = 0; t < k && !finite; t++) {
      finite = isFinite(p, t);
      if (p.isQuoteMark(t)) {
        return null; // a quotation before: the quote stage's quotation rules take it
      }
    }
    Span content = finite ? p.charSpan(0, k - 1, true) : null;
    Span speaker = p.charSpan(k + 1, i - 1, false);
    if (content == null || speaker == null) {
      return null;
    }
    int head = i - 1;
    while (head > k + 1 && !p.tags[head].startsWith("NN")) {
      head--;
    }
    return new Frame(p, i, p.spans[i], head, speaker, content, null, -1, null, false, false);
  }

  private static boolean passive(DepParse p, int v) {
    return p.hasChild(v, "aux:pass") || p.hasChild(v, "nsubj:pass") || p.hasChild(v, "csubj:pass");
  }

  /**
   * Whether a conjunct opens with a conjunction and a subject of its own, a pronoun only after
   * "but": "and Democrats accused", "but he said"; not a second reported clause ("but that it …").
   */
  private static boolean ownSubjectAfterConjunction(DepParse p, int c) {
    int s = p.child(c, "nsubj");
    int cc = p.child(c, "cc");
    return s >= 0 && cc >= 0 && cc < s && s < c && !p.tags[s].startsWith("W") && !p.hasChild(c, "mark")
        && (!p.tags[s].startsWith("PRP") || p.words[cc].equalsIgnoreCase("but"));
  }

  private static boolean isQuoteToken(DepParse p, int t) {
    return p.tags[t].equals("''") || p.tags[t].equals("``") || "\"“”".contains(p.words[t]);
  }

  private static boolean isClosingSingleQuote(DepParse p, int t) {
    return p.words[t].equals("’") || p.words[t].equals("'") && p.tags[t].equals("''");
  }

  private static boolean isClosingQuote(DepParse p, int t) {
    // also the single and double marks closing a quotation inside a quotation, where the tokenizer kept them as one
    return p.tags[t].equals("''") || p.words[t].equals("”") || p.words[t].equals("’”") || p.words[t].equals("”’");
  }

  /**
   * Whether a quotation closes right where the attribution starting at token {@code t} begins:
   * a closing mark just before it, with at most a comma between, or among the punctuation the
   * parser put in front of it.
   */
  private static boolean closesBefore(DepParse p, int t) {
    for (int k = t; k < p.size() && p.isPunct(k); k++) {
      if (isClosingQuote(p, k)) {
        return true;
      }
    }
    int k = t - 1;
    while (k >= 0 && p.words[k].equals(",")) {
      k--;
    }
    return k >= 0 && isClosingQuote(p, k);
  }

  /**
   * Whether the cue follows a closing quotation mark with only its subject between ("“Really,” she added when
   * …"): the quotation is what was said, whatever clause comes after the cue.
   */
  private static boolean attributionAfterQuotation(DepParse p, int i) {
    for (int t = i - 1; t >= 0 && i - t <= 8; t--) {
      if (isClosingQuote(p, t)) {
        return true;
      }
      if (!NP_TAGS.contains(p.tags[t]) && !p.tags[t].equals("PRP") && !p.words[t].equals(",")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "adapt to what she said is growing demand for …", "displaying what many analysts said was a sign of …": an
   * attribution inside a free relative, whose statement is the predicate after the cue, up to the end of the
   * sentence or a clause of its own; null where the cue does not sit so.
   */
  private static Span afterFreeRelative(DepParse p, int i, int subj) {
    int lo = p.extent(subj)[0];
    if (lo < 1 || lo > subj || !p.words[lo - 1].equalsIgnoreCase("what") || i - lo > 6 || i + 2 >= p.size()
        || !p.tags[i + 1].matches("VBZ|VBD|VBP|MD")) {
      return null;
    }
    for (int t = lo; t < i; t++) {
      if (p.isPunct(t) || p.isVerb(t) && t != i) {
        return null; // "what she wants, he said": not a subject and its cue alone
      }
    }
    int hi = i + 1;
    while (hi + 1 < p.size() && !STOPS.contains(p.words[hi + 1])
        && !(p.words[hi + 1].equals(",") && hi + 2 < p.size() && OWN_CLAUSE.contains(p.words[hi + 2].toLowerCase(Locale.ROOT)))) {
      hi++;
    }
    return p.charSpan(i + 1, hi, true);
  }

  /**
   * "Mr. Obama, officials said, has become skeptical …", "Bringing the show back, he said, feels right": an
   * attribution set off by commas inside the sentence it reports, which the parser left without a complement.
   * The sentence around it is what was said, when a predicate follows it; null otherwise.
   */
  private static Span aroundInsertedAttribution(DepParse p, int i, int subj) {
    int lo = p.extent(subj)[0];
    // "Greensboro, Sexton said, made him …": a one-word subject before the attribution will do
    boolean oneWord = lo == 2 && p.tags[0].startsWith("NN");
    if (!p.tags[i].matches("VBD|VBZ|VBP") || i + 2 >= p.size() || !p.words[i + 1].equals(",") || lo < 3 && !oneWord
        || !p.words[lo - 1].equals(",") || i - lo > 6 || p.isQuoteMark(lo - 2)) {
      return null;
    }
    for (int t = lo; t < i; t++) {
      if (p.isVerb(t) || p.isPunct(t)) {
        return null;
      }
    }
    if (p.rels[0].equals("mark") || p.tags[0].matches("WRB|IN")) {
      return null; // "While the city waited, he said, …": a subordinate clause opens it, no statement
    }
    Span around = sentenceAround(p, lo - 1, i, 4);
    if (around == null && p.tags[i + 2].equals("VBN") && !holdsFinite(p, 0, lo - 2)) {
      // "Pivoting to cuts too soon, economists say, limited the recovery": what opens the sentence has no
      // verb of its own, so the participle the tagger saw after the attribution is its predicate
      around = bothSides(p, lo - 1, i);
    }
    return around;
  }

  /** Whether tokens {@code lo..hi} hold a finite verb. */
  private static boolean holdsFinite(DepParse p, int lo, int hi) {
    for (int t = lo; t <= hi; t++) {
      if (isFinite(p, t)) {
        return true;
      }
    }
    return false;
  }

  /** Verbs of opinion whose free relative states a view ("what he thinks is right"). */
  private static final Set<String> BELIEF = Set.of("think", "believe", "hope", "consider");

  /** Marks that end a predicate read off the surface. */
  private static final Set<String> STOPS = Set.of(".", ";", ":", "—", "--", "(", "?", "!");
  /** Words that open a clause of their own after a comma. */
  private static final Set<String> OWN_CLAUSE = Set.of("but", "and", "while", "although", "though", "as", "which",
      "who", "when", "where", "because", "so", "yet", "even");

  /** Whether a quotation opens right after the cue, past a comma or colon, and runs to the sentence's end. */
  private static boolean quotationOpensAfter(DepParse p, int i) {
    int t = i + 1;
    if (t < p.size() && (p.words[t].equals(",") || p.words[t].equals(":"))) {
      t++;
    }
    if (t >= p.size() || !p.isDoubleQuoteMark(t) || isClosingQuote(p, t)) {
      return false;
    }
    int last = p.size() - 1;
    while (last > t && p.isPunct(last) && !p.isDoubleQuoteMark(last)) {
      last--;
    }
    return last > t + 1 && isClosingQuote(p, last);
  }

  /** Whether a span holds or touches a double quotation mark. */
  private static boolean quoted(DepParse p, Span s) {
    int lo = p.tokenAt(s.start());
    int hi = p.tokenAt(s.end() - 1);
    for (int t = Math.max(0, lo - 1); t <= Math.min(p.size() - 1, hi + 1); t++) {
      if (p.isDoubleQuoteMark(t)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a subject before the cue lies in a quotation that closes before the cue. */
  private static boolean insideQuotationBefore(DepParse p, int subj, int cue) {
    int marks = 0;
    for (int t = subj + 1; t < cue; t++) {
      if (isClosingQuote(p, t) && !possessiveApostrophe(p, t)) {
        for (int u = subj + 1; u < t; u++) {
          if (isQuoteToken(p, u) && !isClosingQuote(p, u)) {
            return false; // "Trump, who “loves” it, said": a quotation after the subject
          }
        }
        marks++;
      }
    }
    // one closing mark: the subject's quotation ends before the cue; two, with nothing opening (''A,'' as
    // some newswires open quotations too): a quotation of its own after the subject
    return marks % 2 == 1;
  }

  /** "The Democrats’ leading candidate": the apostrophe of a plural possessive, which the tagger takes for a closing quote. */
  private static boolean possessiveApostrophe(DepParse p, int t) {
    String w = p.words[t];
    return (w.equals("’") || w.equals("'")) && t > 0 && t + 1 < p.size() && !p.isPunct(t + 1)
        && p.words[t - 1].toLowerCase(Locale.ROOT).endsWith("s") && p.spans[t - 1].end() == p.spans[t].start();
  }

  /**
   * "Since the bridge opened, drivers who cross it pay twice, Ruiz said.": a sentence ending in ", NAME said"
   * (a time or place may follow) reports all before the comma, whatever the parser made of it (here an
   * adverbial clause and a second subject of the cue); none where a quotation mark comes before it or
   * where a prepositional phrase with no verb stands before the comma ("In a speech last July, he said:").
   */
  private static Span beforeFinalAttribution(DepParse p, int cue, int subj) {
    int[] se = p.extent(subj);
    if (se[1] != cue - 1 || se[0] < 2 || !p.words[se[0] - 1].equals(",")) {
      return null;
    }
    for (int c : p.children(cue)) {
      if (c > cue && !p.isPunct(c) && !(p.rels[c].startsWith("obl") || p.rels[c].equals("advmod"))) {
        return null;
      }
    }
    for (int t = cue + 1; t < p.size(); t++) {
      if (!p.isPunct(t) && !p.dominates(cue, t)) {
        return null; // "Acts of protest, she said, are acts of patriotism": the cue sits inside the statement
      }
    }
    boolean finite = false;
    for (int t = 0; t < se[0]; t++) {
      if (p.isQuoteMark(t)) {
        return null;
      }
      finite |= isFinite(p, t);
    }
    if (!finite && p.rels[0].equals("case")) {
      return null; // "In a speech last July, he said:": a circumstance, not what was said
    }
    return p.charSpan(0, se[0] - 2, true);
  }

  private static boolean onlyPunctuationAfter(DepParse p, int t) {
    return onlyPunctuation(p, t + 1, p.size() - 1);
  }

  /** Whether tokens {@code from..to} are all punctuation (true when there are none). */
  private static boolean onlyPunctuation(DepParse p, int from, int to) {
    for (int u = from; u <= to; u++) {
      if (!p.isPunct(u)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Walking back from {@code from} over at most {@code max} tokens of a plain noun phrase
   * (determiners, adjectives, nouns, possessives, numbers): the index of the token before it.
   */
  private static int beforeNounPhrase(DepParse p, int from, int max) {
    int k = from;
    while (k > 0 && k > from - max && p.tags[k].matches("DT|JJ.?|NNP?S?|POS|PRP\\$|CD|HYPH")) {
      k--;
    }
    return k;
  }

  /** Words that name a time, never a speaker. */
  private static final java.util.regex.Pattern TIME_WORDS = java.util.regex.Pattern.compile(
      "(?i)monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|tomorrow|"
          + "morning|afternoon|evening|night|week|weekend|month|year|"
          + "january|february|september|october|november|december"); // not May, June, April, August: names too

  /** A closing quotation mark right before the cue, perhaps with a comma between. */
  private static boolean quotationRightBefore(DepParse p, int cue) {
    int t = cue - 1;
    if (t >= 0 && (p.words[t].equals(",") || p.words[t].equals("--") || p.words[t].equals("—"))) {
      t--;
    }
    return t >= 0 && isClosingQuote(p, t) || t >= 1 && p.words[t].equals(",") && isClosingQuote(p, t - 1);
  }

  private static final Set<String> NP_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "DT", "JJ", "JJS", "CD", "HYPH", "PRP$", "POS");

  /** Whether the parser hung a clause before the cue from it (as its complement or a loose dependent). */
  private static boolean hangsClauseBefore(DepParse p, int cue) {
    for (int c : p.children(cue)) {
      if (c < cue && (p.rels[c].equals("ccomp") || p.rels[c].equals("dep") || p.rels[c].equals("parataxis"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "But, said Solovey, “I don't want …”", "In other words, explained moderator Jane Roe: “…”": a past-tense
   * speech cue opening the sentence after at most a conjunction and commas, or an adverbial phrase and its comma;
   * its name, a comma or colon, and a quotation.
   */
  private static boolean invertedBeforeQuotation(DepParse p, int i) {
    if (!p.tags[i].equals("VBD")) {
      return false;
    }
    boolean adverbial = i > 1 && p.words[i - 1].equals(","); // "In other words, explained moderator Jane Roe: “…”"
    for (int t = 0; t < i; t++) {
      if (adverbial ? p.isVerb(t) || p.rels[t].startsWith("nsubj") || p.isQuoteMark(t)
          : i > 2 || !p.tags[t].equals("CC") && !p.words[t].equals(",")) {
        return false;
      }
    }
    int name = invertedSubject(p, i);
    if (name <= i || !p.tags[name].startsWith("NNP")) {
      return false;
    }
    int after = name + 1;
    return after + 1 < p.size() && (p.words[after].equals(",") || p.words[after].equals(":")) && p.isQuoteMark(after + 1);
  }

  /** The head of the noun phrase right after a cue ("said the ruling", "said 9/11 widow Terry Strada"), or -1. */
  private static int invertedSubject(DepParse p, int cue) {
    int head = -1;
    for (int t = cue + 1; t < p.size() && t <= cue + 8; t++) {
      String tag = p.tags[t];
      if (tag.equals("NNP") && p.words[t].endsWith(".") && t + 1 < p.size() && p.tags[t + 1].startsWith("NNP")) {
        continue; // "Del. Stacey Plaskett"
      }
      if ((tag.equals("VBN") || tag.equals("VBG")) && t + 1 < p.size() && p.tags[t + 1].startsWith("NN")) {
        continue; // "said retired neurosurgeon Ben Carson"
      }
      if (p.words[t].equalsIgnoreCase("of") && t > cue + 1 && p.tags[t - 1].equals("CD")) {
        continue; // "said one of two witnesses"
      }
      if (t > 0 && nameTaggedAsVerb(p, t) && t + 1 < p.size() && p.tags[t + 1].startsWith("NNP")) {
        continue; // "said Skip Rutherford": a first name the tagger took for a verb
      }
      if (!NP_TAGS.contains(tag)) {
        if (tag.equals("PRP") && t == cue + 1 && Set.of("he", "she", "they", "we", "i").contains(p.words[t].toLowerCase(Locale.ROOT))) {
          return t;
        }
        break;
      }
      boolean hyphenated = t + 1 < p.size() && p.tags[t + 1].equals("HYPH");
      if (TIME_WORDS.matcher(p.words[t]).matches() && !hyphenated) {
        break; // "said Tuesday": a time, not the speaker (but "said the 46-year-old")
      }
      if (tag.startsWith("NN") || mistaggedName(p, t) || tag.equals("JJ") && p.tags[t - 1].equals("HYPH")) {
        head = t; // "said Devine", whatever the tagger made of the name
      }
    }
    return head;
  }

  /**
   * The news attribution after a quotation, "“…,” Haynes said." or "“…,” said Jane Doe.", when
   * the parser tied it into the quotation's clause instead (a passive "who he is, Haynes said", a
   * relative clause): the noun phrase between the closing mark and the cue, or right after the
   * cue, is the speaker. Null where the parse already gives the cue that subject, or where the cue
   * goes on to a clause or an object of its own.
   */
  private static Frame afterQuotation(DepParse p, int i) {
    int k = i - 1;
    while (k >= 0 && !isClosingQuote(p, k) && i - k <= 7 && (NP_TAGS.contains(p.tags[k]) || p.tags[k].equals("PRP")
        || k == i - 1 && nameTaggedAsVerb(p, k))) {
      k--;
    }
    if (k < 1 || !isClosingQuote(p, k)) {
      return null;
    }
    int end = k - 1;
    if (end > 0 && isClosingSingleQuote(p, end)) {
      end--; // "“… the word ‘fair,’” said Jane Doe": a quotation inside the quotation closes with it
    }
    if (!QUOTATION_ENDS.contains(p.words[end])) {
      return null;
    }
    int head;
    int from;
    int to;
    if (k == i - 1) {
      head = invertedSubject(p, i); // "“…,” said Jane Doe"
      from = i + 1;
      to = head;
    } else {
      head = i - 1; // "“…,” Haynes said", "“…,” one campaign source said"
      from = k + 1;
      to = i - 1;
      if (!p.tags[head].startsWith("NN") && !p.tags[head].equals("PRP") && !mistaggedName(p, head)
          && !nameTaggedAsVerb(p, head)) {
        return null;
      }
    }
    if (head < 0 || p.heads[head] == i && p.rels[head].equals("nsubj") && !p.rels[i].startsWith("acl")) {
      return null; // parsed right: the usual path reads it (not a cue made a relative clause of a noun in the quotation)
    }
    int after = Math.max(i, to) + 1;
    for (int t = after; t < p.size() && !p.words[t].equals(","); t++) {
      boolean opening = p.words[t].equals("“") || p.words[t].equals("``");
      // "said in a statement obtained by the paper": a participle after a noun modifies it, no clause of the cue's
      boolean reduced = p.tags[t].equals("VBN") && (p.tags[t - 1].startsWith("NN") || p.tags[t - 1].equals("CC")
          && t > 1 && p.tags[t - 2].equals("VBN"))
          // "in an interview with Gloria Borger aired Monday": the same participle, tagged a past tense
          || p.tags[t].equals("VBD") && p.tags[t - 1].startsWith("NN") && p.child(t, "nsubj") < i;
      if (p.isVerb(t) && !p.tags[t].equals("VBG") && !reduced || p.words[t].equalsIgnoreCase("that") || t == after && opening) {
        return null; // the cue goes on to a clause of its own, or takes the quotation after it
      }
    }
    if (to > from + MAX_SPEAKER_TOKENS) {
      return null;
    }
    Span speaker = p.charSpan(from, to, false);
    return speaker == null ? null : new Frame(p, i, p.spans[i], head, speaker, null, null, -1, null, false, false);
  }

  /**
   * "said A, but that B": a that-clause coordinated to the first reported clause, which the parser
   * hung from the cue itself, is reported too; the content runs on to its end.
   */
  private static int secondReportedClause(DepParse p, int cue, int hi) {
    for (int c : p.children(cue)) {
      int m = p.child(c, "mark");
      int[] e = p.extent(c);
      // "and that one was found nearby", with "that" taken for a determiner
      boolean opensWithThat = e[0] > hi && e[0] + 1 < c && p.rels[e[0]].equals("cc") && p.words[e[0] + 1].equalsIgnoreCase("that")
          && passive(p, c);
      if (c > hi && p.rels[c].equals("conj") && (m > hi && m < c && p.words[m].equalsIgnoreCase("that") || opensWithThat)) {
        hi = Math.max(hi, e[1]);
      }
    }
    return hi;
  }

  /** A capitalized word the tagger made an adjective ("Devine/JJ declared"): a name, next to a cue. */
  /** "“…,” Shook said.", "“…,” Will said.": a capitalized word inside a sentence that the tagger took for a verb. */
  private static boolean nameTaggedAsVerb(DepParse p, int t) {
    return t > 0 && (p.tags[t].startsWith("VB") || p.tags[t].equals("MD")) && Character.isUpperCase(p.words[t].charAt(0));
  }

  private static boolean mistaggedName(DepParse p, int t) {
    return p.tags[t].equals("JJ") && Character.isUpperCase(p.words[t].charAt(0));
  }

  /**
   * A participle set off by a comma at the end of its clause, with no subject of its own ("…, telling
   * reporters that …", "…, recently telling a friend …"): a free adjunct, whose doer is the subject of
   * the sentence's reporting verb (or main clause), wherever the parser hung it.
   */
  private static boolean freeAdjunct(DepParse p, int i) {
    String r = p.rels[i];
    int b = i - 1;
    while (b > 0 && p.tags[b].startsWith("RB")) {
      b--; // "…, eventually saying"
    }
    if (b > 1 && p.tags[i].equals("VBG") && isClosingQuote(p, b) && p.words[b - 1].equals(",")) {
      b--; // "… that Romney “had a crazy policy,” adding, “…”": the comma closes the quotation
    }
    if (r.equals("conj") && p.tags[i].matches("VBD|VBZ|VBP") && b > 1 && p.words[b].equalsIgnoreCase("and")
        && p.heads[i] >= 0 && p.heads[i] < i) {
      // "…, and urged him to resign"; "rejected the idea that the changes amounted to a shake-up and said …"
      // (the parser joined the verb to the noun's clause); not "officials who met him and said …"
      int h = p.heads[i];
      return p.words[b - 1].equals(",") || p.rels[h].equals("acl")
          || p.rels[h].equals("ccomp") && p.heads[h] >= 0 && p.tags[p.heads[h]].startsWith("NN");
    }
    return p.tags[i].equals("VBG") && b > 0 && p.words[b].equals(",") && p.heads[i] >= 0 && p.heads[i] < i
        && (r.equals("advcl") || r.equals("xcomp") || r.equals("dep") || r.equals("conj") || r.equals("parataxis"));
  }

  /**
   * The doer of the free adjunct at {@code i}: the subject of the topmost reporting verb above it within its
   * clause, else of that clause. "Carson said he saw no need to change, telling Stephanopoulos that …" (Carson
   * tells, though the parser hung the participle from "saw"); "Bennett denied the notion that a shakeup is
   * coming, explaining that …". The climb stops at a clause of its own: a conjunct with a subject ("…, but
   * Sanders was in San Diego, emphasizing …"), an adverbial clause with a conjunction ("when protesters
   * interrupted her, shouting …") and a relative clause whose subject is a noun ("where 50 protesters had
   * gathered, chanting …"); clauses inside a quotation before the participle are the quotation's, none of
   * these. -1 when nothing is found.
   */
  private int matrixSubject(DepParse p, int i) {
    int cueSubject = -1;
    for (int h = p.heads[i]; h >= 0; h = p.heads[h]) {
      boolean quoted = insideQuotes(p, h, i);
      int s = quoted ? -1 : p.child(h, "nsubj");
      if (s >= 0 && (s > i || p.rels[s].equals("nsubj:pass") || insideQuotes(p, s, i)
          || TIME_WORDS.matcher(p.words[s]).matches())) {
        s = -1;
      }
      if (s >= 0 && isCue(p, h)) {
        if (SPEECH.contains(p.lemmas[h])) {
          return s;
        }
        cueSubject = cueSubject < 0 ? s : cueSubject;
      }
      if (p.heads[h] < 0 || s >= 0 && ownClause(p, h, s)) {
        return cueSubject >= 0 ? cueSubject : s;
      }
    }
    return cueSubject;
  }

  /** Conjunctions that open an adverbial clause of its own ("when", "as", "while"), not "for … to". */
  private static final Set<String> SUBORDINATORS = Set.of("when", "as", "while", "where", "because", "after",
      "before", "since", "although", "though", "if", "until", "whereas", "once", "whenever");

  /** Whether the clause {@code h} with subject {@code s} stands on its own for a free adjunct after it. */
  private static boolean ownClause(DepParse p, int h, int s) {
    String r = p.rels[h];
    if (r.equals("conj")) {
      return true;
    }
    if (r.equals("advcl")) {
      int m = p.child(h, "mark");
      // not "As they met in Ottawa, Trump was …, promising": a clause before the main one
      return m >= 0 && h > p.heads[h] && SUBORDINATORS.contains(p.words[m].toLowerCase(java.util.Locale.ROOT));
    }
    return r.equals("acl:relcl") && !p.tags[s].startsWith("W");
  }

  /**
   * Relations of a verb before a colon through which its clause's subject is looked for higher up: "leaned in and
   * boomed:", "had to change my answer:", "gestured, then leaned in and boomed:" (a misparse as "dep"), "has since
   * apologized for what happened:" (the clause's own subject is a wh-word).
   */
  private static final Set<String> CLIMB_TO_SUBJECT = Set.of("conj", "xcomp", "dep", "advcl");

  /**
   * A clause that ends in a colon before a quotation, with no reporting verb of the lexicon ("Trump leaned in
   * and boomed: “…”", "Fallon fired back: “…”", "She added a caveat: “…”"): the clause's subject says the
   * quotation. The content is the quotation when it opens in the same sentence, else the assembler gives the
   * frame the quotation after its colon. Only a verb with a subject counts (through "and" or "to": "leaned in
   * and boomed:", "had to change my answer:"), and not when the quotation has its own attribution after it
   * ("X scolded him: “…,” she said").
   */
  private Frame colonFrame(DepParse p, int k) {
    boolean opens = k + 1 < p.size() && p.isDoubleQuoteMark(k + 1);
    if (k < 2 || !opens && !onlyPunctuation(p, k + 1, p.size() - 1) || insideQuotes(p, 0, k)) {
      return null;
    }
    Frame inverted = cueThenNameBeforeColon(p, k, opens);
    if (inverted != null) {
      return inverted;
    }
    Frame named = namedBeforeColon(p, k, opens);
    if (named != null) {
      return named;
    }
    int top = k - 1;
    while (p.isPunct(top) && top > 0) {
      top--;
    }
    while (!p.isVerb(top) && p.heads[top] >= 0 && p.heads[top] < k) {
      top = p.heads[top]; // the verb of the clause the colon ends: "She added a caveat:"
    }
    if (!p.isVerb(top) || isCue(p, top)) {
      return null; // a cue of the lexicon makes its own frame
    }
    int s = p.child(top, "nsubj");
    int verb = top;
    for (int h = top; (s < 0 || p.tags[s].startsWith("W")) && CLIMB_TO_SUBJECT.contains(p.rels[h]) && p.heads[h] >= 0
        && p.heads[h] < k && p.isVerb(p.heads[h]); h = p.heads[h]) {
      verb = s >= 0 ? p.heads[h] : verb; // "apologized for what happened:": the verb of the subject found is the cue
      s = p.child(p.heads[h], "nsubj"); // "Trump leaned in and boomed:", "I had to change my answer:"
    }
    if (s < 0 || s > top || p.rels[s].equals("nsubj:pass") || p.tags[s].startsWith("W") || p.tags[s].equals("EX")
        || TIME_WORDS.matcher(p.words[s]).matches()) {
      return null;
    }
    int[] se = p.extent(s, relcl(p, s));
    if (se[1] - se[0] + 1 > MAX_SPEAKER_TOKENS) {
      se = new int[] {Math.max(se[0], s - 6), s};
    }
    Span speaker = p.charSpan(se[0], se[1], false);
    Span content = opens ? quotationAfterColon(p, k) : null;
    if (speaker == null || opens && content == null) {
      return null;
    }
    return new Frame(p, verb, p.spans[verb], s, speaker, content, null, -1, null, false, false);
  }

  /**
   * The quotation opening right after the colon at {@code k}, marks included, to its closing mark or the
   * sentence's end; null when words follow its closing mark ("X scolded him: “…,” she said": the quotation's
   * own attribution follows it).
   */
  private static Span quotationAfterColon(DepParse p, int k) {
    int close = -1;
    for (int t = k + 2; t < p.size(); t++) {
      if (p.isDoubleQuoteMark(t)) {
        close = t;
        break;
      }
    }
    if (close >= 0 && !onlyPunctuation(p, close + 1, p.size() - 1)) {
      return null;
    }
    return p.charSpan(k + 1, close < 0 ? p.size() - 1 : close, true);
  }

  /**
   * "Pollsters agree - Carl Bialik: “…”", "Former secretary of state Hillary Clinton: “…”": a name alone between
   * a dash (or the sentence's start) and a colon before a quotation speaks it; the colon is the cue.
   */
  private static Frame namedBeforeColon(DepParse p, int k, boolean opens) {
    Frame from = fromBeforeColon(p, k, opens);
    if (from != null) {
      return from;
    }
    int lo = k - 1;
    while (lo > 0 && (p.tags[lo - 1].startsWith("NNP") || p.tags[lo - 1].equals("CC") && lo > 1 && p.tags[lo - 2].startsWith("NNP"))) {
      lo--;
    }
    boolean bounded = afterDashOrStart(p, lo);
    if (!p.tags[k - 1].startsWith("NNP") || !bounded || k - lo > 8) {
      return null;
    }
    return speakerBeforeColon(p, k, k, lo, opens);
  }

  /**
   * "Stated Stone: “…”", "Continued Ruiz: “…”": a sentence of a cue form and a name of up to four capitalized
   * words before a colon, which the tagger reads as an adjective and a noun.
   */
  private Frame cueThenNameBeforeColon(DepParse p, int k, boolean opens) {
    String first = p.words[0].toLowerCase(Locale.ROOT);
    if (k < 2 || k > 5 || !Character.isUpperCase(p.words[0].charAt(0)) || !lexicon.isCueForm(first)
        || !first.endsWith("ed") && !first.equals("said")) {
      return null;
    }
    for (int t = 1; t < k; t++) {
      if (!Character.isUpperCase(p.words[t].charAt(0)) || !p.tags[t].startsWith("NN")) {
        return null;
      }
    }
    return speakerBeforeColon(p, 0, k, 1, opens);
  }

  /** Whether token {@code lo} opens the sentence or follows a dash ("Pollsters agree - Carl Bialik: …"). */
  private static boolean afterDashOrStart(DepParse p, int lo) {
    return lo == 0 || p.words[lo - 1].matches("[-\u2013\u2014]+");
  }

  /**
   * "More from Jones: “…”", "From the report: “…”", "From Bush's Facebook post: “…”": a quotation introduced by
   * where it comes from, alone between the sentence's start (or a dash) and the colon; the source speaks.
   */
  private static Frame fromBeforeColon(DepParse p, int k, boolean opens) {
    int f = k - 2;
    while (f >= 0 && k - f <= 9 && !p.words[f].equalsIgnoreCase("from")) {
      f--;
    }
    if (f < 0 || k - f > 9 || !p.words[f].equalsIgnoreCase("from")) {
      return null;
    }
    int lo = f > 0 && p.words[f - 1].equalsIgnoreCase("more") ? f - 1 : f;
    if (!afterDashOrStart(p, lo)) {
      return null;
    }
    boolean noun = false;
    for (int t = f + 1; t < k; t++) {
      noun |= p.tags[t].startsWith("NN");
      if (p.isVerb(t) || p.isPunct(t) && !p.words[t].matches("['’]s?")) {
        return null;
      }
    }
    return noun ? speakerBeforeColon(p, k, k, f + 1, opens) : null;
  }

  /**
   * The frame of a speaker read off tokens {@code from}..k-1 right before the colon at {@code k}, with {@code cue}
   * as its cue; its content is the quotation after the colon, if one opens there. Null when either is missing.
   */
  private static Frame speakerBeforeColon(DepParse p, int cue, int k, int from, boolean opens) {
    Span content = opens ? quotationAfterColon(p, k) : null;
    Span speaker = p.charSpan(from, k - 1, false);
    return speaker == null || opens && content == null ? null
        : new Frame(p, cue, p.spans[cue], k - 1, speaker, content, null, -1, null, false, false);
  }

  /** The subject of the nearest clause above a token (through at most three heads), or -1. */
  private static int clauseSubject(DepParse p, int t) {
    int h = p.heads[t];
    for (int up = 0; h >= 0 && up < 3; up++) {
      int s = -1;
      for (int c : p.children(h)) {
        // of two subjects, the one next to the verb: "Minutes later, she sent an email saying …"
        boolean subject = p.rels[c].equals("nsubj") || p.rels[c].startsWith("nsubj:");
        if (subject && (s < 0 || Math.abs(c - h) < Math.abs(s - h))) {
          s = c;
        }
      }
      if (s >= 0 && s != t && p.child(s, "case") < 0) {
        return s;
      }
      h = p.heads[h];
    }
    return -1;
  }

  /**
   * The subject of a finite cue that the parser hung from a noun because it found no verb for the
   * sentence's root: the root noun when the sentence opens with it ("Paul Begala, a former adviser, said"),
   * the noun phrase right before the cue when the root opens a prepositional phrase ("After a day of
   * tensions, Ryan's office announced"); -1 when a finite verb of another clause precedes the cue.
   */
  private static int nounRootSubject(DepParse p, int i) {
    int root = p.root();
    if (root < 0 || root >= i || !p.tags[root].startsWith("NN") || !p.dominates(root, i)
        || p.child(i, "mark") >= 0 && SUBORDINATORS.contains(p.words[p.child(i, "mark")].toLowerCase(Locale.ROOT))) {
      // "Tensions flare after Sanders calls Clinton unqualified": a subordinate clause, not the main verb
      return -1;
    }
    for (int t = 0; t < i; t++) {
      if (FINITE_TAGS.contains(p.tags[t]) && !insideRelativeClause(p, t, i)) {
        return -1;
      }
    }
    return p.child(root, "case") >= 0 ? nounPhraseRightBefore(p, i) : root;
  }

  /**
   * "a tax cut that he said improved the economy", "Ivanov, who officials say is tied to …": a relative clause
   * whose pronoun is the subject of the clause reported after the cue at {@code i}; the parser hangs that
   * clause's verb, which follows the cue at once (or its auxiliary does), from the cue as an object, adjective
   * or loose dependent. Returns the reported clause's first token, right after the cue, or -1.
   */
  private static int gapClause(DepParse p, int i, int own) {
    if (own < 0 || own > i || !SPEECH.contains(p.lemmas[i]) || i + 1 >= p.size()
        || !(p.tags[i + 1].startsWith("VB") || p.tags[i + 1].equals("MD")) || !p.dominates(i, i + 1)) {
      return -1;
    }
    for (int c : p.children(i)) {
      if (c < own && p.tags[c].startsWith("W") && RELATIVES.contains(p.words[c].toLowerCase(Locale.ROOT))) {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * The token before the time or adverb the cue at {@code i} opens with ("…, last week said", "…, later said"), or
   * the one right before the cue if there is none.
   */
  private static int beforeTimeAdverbial(DepParse p, int i) {
    int t = i - 1;
    while (t > 0 && i - t <= 3) {
      int a = t;
      while (a >= 0 && p.heads[a] != i) {
        a = p.heads[a];
      }
      if (a < 0 || !(p.rels[a].equals("obl:tmod") || p.rels[a].equals("advmod"))) {
        break;
      }
      t--;
    }
    return t;
  }

  /** Whether token {@code t} lies in a relative clause that does not hold {@code cue}. */
  private static boolean insideRelativeClause(DepParse p, int t, int cue) {
    for (int h = t; h >= 0; h = p.heads[h]) {
      if (p.rels[h].equals("acl:relcl") && !p.dominates(h, cue) && h != cue) {
        return true;
      }
    }
    return false;
  }

  /**
   * The noun phrase a sentence opens with when a comma and a relative clause or apposition follow it
   * and nothing but them comes before the cue at {@code i} ("Ana Ruiz, who …, said"), else -1.
   */
  private static int openingSubject(DepParse p, int i) {
    int t = 0;
    while (t < i && (p.isQuoteMark(t) || p.tags[t].equals("DT") || p.tags[t].startsWith("JJ"))) {
      t++;
    }
    int comma = t;
    while (comma < i && !p.words[comma].equals(",")) {
      comma++;
    }
    if (comma >= i - 1 || comma == t || comma + 1 < p.size() && !p.tags[comma + 1].startsWith("W")
        && !p.tags[comma + 1].startsWith("DT") && !p.tags[comma + 1].startsWith("NN")) {
      return -1;
    }
    int h = comma - 1;
    while (p.heads[h] >= t && p.heads[h] < comma) {
      // "Mayor Ana Ruiz": the last word is the head unless the parse says otherwise ("Ana Ruiz and Tom Lee",
      // "Officials in Ohio": the first conjunct, the noun before the preposition)
      h = p.heads[h];
    }
    if (!(p.tags[h].startsWith("NNP") || p.tags[h].startsWith("NN") && p.tags[comma + 1].startsWith("W"))) {
      return -1;
    }
    for (int k = t; k < comma; k++) {
      if (k != h && !p.dominates(h, k) && !p.isPunct(k)) {
        return -1;
      }
    }
    for (int k = comma + 1; k < i; k++) {
      if (p.tags[k].matches("VBD|VBZ|VBP") && (p.rels[k].equals("root") || p.rels[k].equals("ccomp"))
          && p.child(k, "nsubj") >= 0 && !p.tags[p.child(k, "nsubj")].startsWith("W")) {
        return -1; // a clause of its own between the phrase and the cue
      }
    }
    return h;
  }

  /**
   * "People briefed on the move said that …", "A court document filed Thursday says that …": a
   * finite cue without a subject, whose clause subject the parser hung on a participle before it
   * (as that participle's subject, the participle made a clausal subject or a loose dependent of the
   * cue). Returns the participle, or -1.
   */
  private static int reducedRelativeSubject(DepParse p, int i) {
    if (p.child(i, "nsubj") >= 0 || p.child(i, "nsubj:pass") >= 0) {
      return -1;
    }
    for (int c : p.children(i)) {
      if (c < i && (p.rels[c].equals("csubj") || p.rels[c].equals("dep")) && p.tags[c].matches("VBN|VBD")) {
        int s = p.child(c, "nsubj");
        if (s >= 0 && s < c && p.extent(s)[0] == p.extent(c)[0] && p.tags[s].startsWith("NN")
            && p.extent(c)[0] <= firstWordAfterOpening(p)) {
          return c;
        }
      }
    }
    return -1;
  }

  /** The first token of the sentence past an opening conjunction or adverb and its comma. */
  private static int firstWordAfterOpening(DepParse p) {
    int t = 0;
    while (t < p.size() && (p.tags[t].equals("CC") || p.tags[t].startsWith("RB") || p.words[t].equals(","))) {
      t++;
    }
    return t;
  }

  /**
   * A noun phrase that ends right before a finite cue and starts the sentence or follows a comma
   * ("In a statement defending Lewandowski, Trump's campaign said …"), which the parser hung
   * elsewhere: its head, or -1. A phrase inside a prepositional phrase ("briefed on the move said")
   * does not start there and is no speaker.
   */
  private static int nounPhraseRightBefore(DepParse p, int i) {
    int t = wordBeforeCue(p, i);
    if (t < 1 || !p.tags[t].matches("NNS?") || TIME_WORDS.matcher(p.words[t]).matches()) {
      return -1;
    }
    int k = beforeNounPhrase(p, t, 7);
    if (!(k == 0 && p.tags[0].matches("DT|JJ.?|NNP?S?|POS|PRP\\$|CD|HYPH") || k >= 0 && p.words[k].equals(","))) {
      return -1;
    }
    if (p.dominates(i, t) && (p.rels[t].equals("obj") || p.rels[t].equals("iobj") || p.rels[t].startsWith("obl"))) {
      return -1;
    }
    return t;
  }

  /**
   * "…, but said she …", "… and said …": a conjoined cue without a subject whose parser-given head
   * is no verb (a number, a noun of the first clause): the subject of the verb governing that head.
   */
  private static int conjoinedClauseSubject(DepParse p, int i) {
    int cc = p.child(i, "cc");
    if (cc < 0 || !Set.of("and", "but").contains(p.words[cc].toLowerCase(Locale.ROOT)) || p.heads[i] < 0
        || p.isVerb(p.heads[i]) || p.child(i, "nsubj") >= 0) {
      return -1;
    }
    int h = p.heads[i];
    for (int up = 0; up < 6 && h >= 0; up++, h = p.heads[h]) {
      if (p.isVerb(h)) {
        int s = p.child(h, "nsubj");
        return s >= 0 && s < i && !insideQuotes(p, s, i) ? s : -1;
      }
    }
    return -1;
  }

  /** The last token before cue {@code i} that is not an adverb, a modal or the cue's auxiliary ("has also said"). */
  private static int wordBeforeCue(DepParse p, int i) {
    int t = i - 1;
    while (t >= 0 && (p.tags[t].equals("RB") || p.tags[t].equals("MD") || p.rels[t].equals("aux") && p.heads[t] == i)) {
      t--;
    }
    return t;
  }

  /** A name or pronoun right before a cue whose parse gave it no subject, or -1. */
  private static int nameRightBefore(DepParse p, int i) {
    int t = wordBeforeCue(p, i);
    if (t > 2 && p.words[t].equals(",")) {
      // "…, and Brian Deese, the White House climate change adviser, said": a name and its apposition
      int k = beforeNounPhrase(p, t - 1, 9);
      if (k < t - 1 && p.words[k].equals(",") && k > 0 && p.tags[k - 1].startsWith("NNP")) {
        t = k - 1;
      }
    }
    if (t < 0 || !(p.tags[t].startsWith("NNP") || p.tags[t].equals("PRP"))
        || p.dominates(i, t) && (p.rels[t].equals("obj") || p.rels[t].equals("iobj") || p.rels[t].startsWith("obl"))) {
      return -1;
    }
    if (p.rels[t].equals("obl:tmod") || TIME_WORDS.matcher(p.words[t]).matches()
        && (t == 0 || !p.tags[t - 1].startsWith("NNP"))) {
      return -1; // "sent an email Wednesday saying …": a day, not a name (but "USA TODAY reported")
    }
    if (p.tags[t].equals("PRP") && !Set.of("he", "she", "they", "i", "we").contains(p.words[t].toLowerCase(Locale.ROOT))) {
      return -1;
    }
    return t;
  }

  /** Prepositions of where or how a cue's addressee was met ("told supporters at a rally"): no complement. */
  private static final Set<String> SETTING_PREPOSITIONS = Set.of("at", "in", "by", "with");

  private static boolean hasComplementAfter(DepParse p, int cue, int obj) {
    for (int c : p.children(cue)) {
      int cs = p.child(c, "case");
      boolean about = p.rels[c].startsWith("obl") && !circumstance(p, c)
          && !(cs >= 0 && cs < c && SETTING_PREPOSITIONS.contains(p.words[cs].toLowerCase(Locale.ROOT)));
      if (c > obj && (about || p.rels[c].equals("xcomp")
          || p.rels[c].equals("ccomp"))) {
        return true;
      }
    }
    for (int c : p.children(obj)) {
      if (c > obj && (p.rels[c].equals("dep") || p.rels[c].startsWith("acl"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where content ending at token {@code hi} really ends: a verb the parser hung from the cue
   * as a loose dependent right after it continues the reported clause ("shows that eight of 10
   * avocados consumed here | are grown in Mexico").
   */
  private static int continuation(DepParse p, int cue, int hi) {
    for (int c : p.children(cue)) {
      if (c > hi && p.rels[c].equals("dep") && p.isVerb(c)) {
        int[] e = p.extent(c);
        if (e[0] == hi + 1) {
          hi = e[1];
        }
      }
    }
    return hi;
  }

  /** "spoke about the economy", "spoke of a new era": the topic after the cue, or -1. */
  private static int topicAfter(DepParse p, int cue) {
    for (int c : p.children(cue)) {
      int cs = p.child(c, "case");
      if (c > cue && cs >= 0 && p.rels[c].startsWith("obl") && !circumstance(p, c)
          && (p.words[cs].equalsIgnoreCase("about") || p.words[cs].equalsIgnoreCase("of"))) {
        return c;
      }
    }
    return -1;
  }

  /** First words of a clause or phrase that goes on with what was said: a reason, a purpose, a condition, a means. */
  private static final Set<String> GOING_ON = Set.of("because", "so", "if", "unless", "to", "by", "including");

  /**
   * "There is no chance of that, officials insist, because policing has changed.", "It pays, he says, to help
   * write the rules.": the parser hangs what follows a parenthetical attribution on its cue, but a reason, a
   * purpose or a means set off by a comma still belongs to what was said; not a time ("…, officials said,
   * before being shot"), an aside ("…, he said, on condition of anonymity") or a cue of its own ("…, adding").
   */
  private Span pastParenthetical(DepParse p, int cue, Span content) {
    int hi = -1;
    for (int c : p.children(cue)) {
      if (c < cue) {
        continue; // the speaker and what comes before the cue
      }
      int[] e = p.extent(c);
      int first = e[0] + 1 < p.size() && p.tags[e[0]].equals("RB") ? e[0] + 1 : e[0]; // "perhaps by insisting"
      String w = p.words[first].toLowerCase(Locale.ROOT);
      if (e[0] > cue + 1 && p.words[e[0] - 1].equals(",") && !isCue(p, c) && GOING_ON.contains(w)
          && (!(w.equals("to") || w.equals("by")) || p.isVerb(c))) { // "to help", "by insisting"; not "to cheers"
        hi = Math.max(hi, e[1]);
      }
    }
    Span tail = hi < 0 ? null : p.charSpan(cue + 1, hi, true);
    return tail == null ? content : new Span(content.start(), tail.end());
  }

  /** Prepositions of an adjunct that tells when, where or how something was said, not what. */
  private static final Set<String> CIRCUMSTANCE = Set.of("during", "after", "before", "since", "throughout", "via",
      "amid", "until", "ahead");

  /**
   * "called X Y" which the parser read as one object ("called half of his supporters “deplorables”",
   * "called the citation a political ploy", "called Burma a “good news story”"): the object runs
   * into a second noun phrase, opened by a determiner or a quotation mark right after a noun.
   */
  private static Span namingObject(DepParse p, int cue) {
    int io = p.child(cue, "iobj");
    if (io == cue + 1 || io > cue && p.extent(io)[0] == cue + 1) {
      int[] ie = p.extent(io);
      for (int c : p.children(cue)) {
        if (p.rels[c].equals("obj") && p.extent(c)[0] == ie[1] + 1) {
          return p.charSpan(ie[0], p.extent(c)[1], true); // "calls himself | a practical conservative"
        }
      }
    }
    int o = p.child(cue, "obj");
    if (o <= cue) {
      return null;
    }
    int[] e = p.extent(o);
    if (e[0] != cue + 1) {
      return null;
    }
    for (int c : p.children(cue)) {
      int second = p.extent(c)[0];
      if (c > e[1] && p.rels[c].equals("obj") && (second == e[1] + 1 || second == e[1] + 2 && p.isQuoteMark(e[1] + 1))) {
        return p.charSpan(e[0], p.extent(c)[1], true); // two objects: "called Burma | a “good news story”", "call Cruz | “the …”"
      }
    }
    for (int c : p.children(cue)) {
      int[] ce = p.extent(c);
      if (c > e[1] && ce[0] == e[1] + 1 && NAME_READ_AS.contains(p.rels[c]) && p.tags[c].matches("JJ.*|NN.*")
          && quotationOpensIn(p, ce[0], c)) {
        // "called Trump's statements on Sunday “childish”": the name, in quotation marks, read as an adjunct
        return p.charSpan(e[0], ce[1], true);
      }
    }
    for (int k = e[0] + 1; k <= e[1]; k++) {
      boolean opens = p.tags[k].equals("DT") && !p.words[k].equalsIgnoreCase("that") || p.isQuoteMark(k) && p.tags[k].equals("``");
      if (opens && (p.tags[k - 1].startsWith("NN") || p.tags[k - 1].equals("PRP")) && !TIME_NOUN.matcher(p.words[e[1]]).matches()) {
        return p.charSpan(e[0], e[1], true);
      }
    }
    return null;
  }

  /** Relations the parser gives the name after "call"'s object when it misses the second object. */
  private static final Set<String> NAME_READ_AS = Set.of("advcl", "xcomp", "dep");

  /** Whether an opening double quotation mark stands among tokens lo..hi-1. */
  private static boolean quotationOpensIn(DepParse p, int lo, int hi) {
    for (int t = lo; t < hi; t++) {
      if (p.isDoubleQuoteMark(t) && p.tags[t].equals("``")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether "call" has both what it names and the name: two objects (see {@link #namingObject}) or a name
   * the parser made a complement holding the object ("called | the frontrunner “ISIS’ best recruiter”").
   */
  private static boolean namesSomething(DepParse p, int cue) {
    if (namingObject(p, cue) != null) {
      return true;
    }
    int x = p.child(cue, "xcomp");
    if (x <= cue || p.extent(x)[0] != cue + 1) {
      return false;
    }
    for (int c : p.children(x)) {
      if (c < x && (p.rels[c].equals("dep") || p.rels[c].startsWith("nsubj") || p.rels[c].equals("obj"))
          && (p.tags[c].startsWith("NN") || p.tags[c].equals("PRP"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "sees the plan as a gift", "regarded him as a rival", "considers the tax unfair": an object right
   * after the cue and what it is taken for, an "as" phrase or (without "as") a small clause.
   */
  private static Span takenAs(DepParse p, int cue) {
    int x = p.child(cue, "xcomp");
    int hi = -1;
    if (x > cue && !p.isVerb(x) && p.child(x, "nsubj") > cue && p.extent(x)[0] == cue + 1) {
      hi = p.extent(x)[1]; // a small clause with its own subject: "considers the tax unfair"
    } else {
      int o = p.child(cue, "obj");
      if (o <= cue || p.extent(o)[0] != cue + 1 || p.hasChild(cue, "aux:pass")) {
        return null;
      }
      int[] oe = p.extent(o);
      for (int h : new int[] {cue, o}) {
        for (int c : p.children(h)) {
          if (c > o && (introducedBy(p, c, "case", AS) || introducedBy(p, c, "mark", AS))) {
            hi = Math.max(hi, p.extent(c)[1]);
          }
        }
      }
      if (hi < 0 && x > oe[1] && !p.isVerb(x) && !AS.contains(p.words[oe[1] + 1].toLowerCase(Locale.ROOT))) {
        hi = p.extent(x)[1]; // the same read as an object and a complement
      }
      if (hi < 0) {
        return null;
      }
      hi = Math.max(hi, oe[1]);
    }
    while (hi > cue && p.isPunct(hi) && !p.isQuoteMark(hi)) {
      hi--;
    }
    return p.charSpan(cue + 1, hi, true);
  }

  private static final Set<String> CHANNEL_NOUNS = Set.of("statement", "interview", "speech", "tweet", "letter", "email",
      "e-mail", "post", "release", "remarks", "conference", "briefing", "memo", "op-ed", "appearance");
  private static final Set<String> CHANNEL_PREPOSITIONS = Set.of("in", "on", "during", "at");
  private static final java.util.regex.Pattern TIME_NOUN = java.util.regex.Pattern.compile(
      "(?i)monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|month|year|night|morning"
          + "|afternoon|evening|weekend");

  /**
   * Content cut of the channel of saying at its end: "more school investment | in a statement on
   * Thursday", and of a closing apposition (see {@link #beforeClosingApposition}). A trailing
   * "…, according to X" stays here (see {@link #beforeAccordingTo}). A participle after a comma ("…, engaging in what
   * analysts …") was tried too: PolNeAR keeps it in the content as often as not.
   */
  private static Span trimTail(DepParse p, Span content) {
    int lo = p.tokenAt(content.start());
    int hi = p.tokenAt(content.end() - 1);
    if (lo < 0 || hi < 0) {
      return content;
    }
    int end = hi;
    boolean changed = true;
    while (changed && end > lo + 2) {
      changed = false;
      int last = end;
      while (last > lo && (p.isPunct(last) && !p.isQuoteMark(last))) {
        last--;
      }
      // a trailing prepositional phrase naming the channel ("in a statement"), with the time after it
      // ("in a statement on Thursday"); a time alone may be the content's own ("plans to visit on Sunday")
      int t = last;
      if (t > lo + 3 && TIME_NOUN.matcher(p.words[t]).matches() && p.words[t - 1].equalsIgnoreCase("on")) {
        t -= 2;
      }
      if (p.tags[t].startsWith("NN") && CHANNEL_NOUNS.contains(p.lemmas[t])) {
        t--;
        while (t > lo && p.tags[t].matches("DT|PRP\\$|JJ.?|NNP?S?|CD|POS")) {
          t--;
        }
        if (t > lo + 1 && p.tags[t].equals("IN") && CHANNEL_PREPOSITIONS.contains(p.words[t].toLowerCase(Locale.ROOT))
            && !p.isQuoteMark(t - 1)) {
          end = t - 1;
          changed = true;
          continue;
        }
      }
    }
    end = beforeClosingApposition(p, lo, end);
    if (end == hi) {
      return content;
    }
    Span cut = p.charSpan(lo, end, true);
    return cut == null ? content : cut;
  }

  /**
   * Content cut before a ", according to X" outside quotation marks: the source of the report around it ("the
   * donors gave to both candidates, according to FEC filings"), which PolNeAR keeps out of the statement (on
   * 840 training articles it stops there 24 times and runs on 3). After a speech verb X is the source of the
   * statement ("Haake said the summit is on hold, according to an official"), and the assembler keeps one quote.
   */
  private static Span beforeAccordingTo(DepParse p, Span content) {
    int lo = p.tokenAt(content.start());
    int hi = p.tokenAt(content.end() - 1);
    boolean quoted = false;
    for (int t = lo; lo >= 0 && t + 2 <= hi; t++) {
      quoted ^= p.isDoubleQuoteMark(t);
      if (!quoted && t > lo + 2 && p.words[t].equals(",") && p.words[t + 1].equalsIgnoreCase("according")
          && p.words[t + 2].equalsIgnoreCase("to")) {
        Span cut = p.charSpan(lo, t - 1, true);
        return cut == null ? content : cut;
      }
    }
    return content;
  }

  /**
   * Where a content ending at token {@code end} ends without an apposition that closes it, set off by a
   * comma and outside any quotation: the writer's gloss on the last noun ("said the plan would help the
   * harbor, a port that handles most of the trade"), which PolNeAR leaves out of the statement.
   */
  private static int beforeClosingApposition(DepParse p, int lo, int end) {
    int last = end;
    while (last > lo && p.isPunct(last) && !p.isQuoteMark(last)) {
      last--;
    }
    int a = last;
    while (a > lo && !p.rels[a].equals("appos")) {
      if (p.heads[a] > a || p.heads[a] < lo) {
        return end;
      }
      a = p.heads[a];
    }
    if (a <= lo + 4 || !p.rels[a].equals("appos") || p.heads[a] < lo || p.heads[a] >= a) {
      return end;
    }
    int[] ae = p.extent(a);
    int start = ae[0];
    while (start < a && p.words[start].equals(",")) {
      start++; // the comma the parser hung from the apposition
    }
    if (ae[1] >= last && start > lo + 4 && p.words[start - 1].equals(",") && !p.isQuoteMark(start - 2)
        && !insideQuotes(p, lo, start)) {
      return start - 2;
    }
    return end;
  }

  /** Whether an odd number of double quotation marks lies in [lo, to): {@code to} sits inside a quotation. */
  private static boolean insideQuotes(DepParse p, int lo, int to) {
    int n = 0;
    for (int k = lo; k < to; k++) {
      if (p.isDoubleQuoteMark(k)) {
        n++;
      }
    }
    return n % 2 == 1;
  }

  /** Whether a dependent of a cue tells the circumstances of saying ("in a statement", "on Monday"), not its content. */
  private static boolean circumstance(DepParse p, int c) {
    String r = p.rels[c];
    if (r.equals("obl:tmod")) {
      return true;
    }
    int cs = p.child(c, "case");
    if (r.startsWith("obl") && cs >= 0 && cs < c && CIRCUMSTANCE.contains(p.words[cs].toLowerCase(Locale.ROOT))) {
      return true;
    }
    return r.startsWith("obl") && TIME_NOUN.matcher(p.lemmas[c]).matches();
  }

  /** The object and complements right of a cue, to the end of its clause, without later coordinated clauses. */
  private Span rightOf(DepParse p, int i) {
    int lo = -1;
    int hi = -1;
    for (int c : p.children(i)) {
      String r = p.rels[c];
      boolean ofClause = r.equals("advcl") && (introducedBy(p, c, "case", OF_CLAUSE) || introducedBy(p, c, "mark", OF_CLAUSE)
          || infinitive(p, c));
      boolean gerund = c == i + 1 && p.tags[c].equals("VBG") && (r.equals("dep") || r.equals("advcl")); // "reported spending"
      if (c > i && (r.equals("obj") || r.equals("iobj") || r.equals("xcomp") || r.startsWith("obl") || r.equals("ccomp")
          || ofClause || gerund) && !circumstance(p, c)) {
        boolean toInfinitive = infinitive(p, c) || r.equals("xcomp") && introducedBy(p, c, "mark", Set.of("to"));
        int[] e = p.extent(c, toInfinitive ? finiteConjuncts(p, c, coordinatedCues(p, c)) : coordinatedCues(p, c));
        while (infinitive(p, c) && e[0] < c && p.heads[e[0]] == c && p.rels[e[0]].equals("mark")
            && !p.words[e[0]].equalsIgnoreCase("to")) {
          e[0]++; // "called on the mayor to close": the particle belongs to the cue
        }
        if (lo < 0 || e[0] < lo) {
          lo = e[0];
        }
        hi = Math.max(hi, e[1]);
      }
    }
    return lo < 0 ? null : p.charSpan(lo, continuation(p, i, hi), true);
  }

  /**
   * To the given exceptions, the finite conjuncts of an infinitive ("urged the mayor to resign and has
   * called her a liar": the conjunct is the cue's, whatever the parse made of it).
   */
  private static int[] finiteConjuncts(DepParse p, int inf, int[] except) {
    List<Integer> out = new ArrayList<>();
    for (int x : except) {
      out.add(x);
    }
    for (int c : p.children(inf)) {
      if (c > inf && p.rels[c].equals("conj") && p.isVerb(c) && !p.hasChild(c, "nsubj")
          && (p.tags[c].equals("VBD") || p.tags[c].equals("VBZ") || p.tags[c].equals("VBN") && finiteClause(p, c))) {
        // not VBP, which the tagger gives base forms too ("to meet and even exceed the goals")
        out.add(c);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Whether a span holds an infinitive: "to" and a verb right after it. */
  private static boolean holdsInfinitive(DepParse p, Span s) {
    for (int t = p.tokenAt(s.start()); t >= 0 && t + 1 < p.size() && p.spans[t].end() <= s.end(); t++) {
      int v = t + 1;
      while (v + 1 < p.size() && p.tags[v].equals("RB")) {
        v++; // "to harshly punish"
      }
      if (p.tags[t].equals("TO") && p.tags[v].startsWith("VB")) {
        return true;
      }
    }
    return false;
  }

  /** Words opening a cue's clause about what was said: "accused Holt of being", "praised her for", "cited it as". */
  private static final Set<String> OF_CLAUSE = Set.of("of", "for", "as");

  private static boolean introducedBy(DepParse p, int c, String rel, Set<String> words) {
    for (int m : p.children(c)) {
      if (m < c && p.rels[m].equals(rel) && words.contains(p.words[m].toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** An infinitive the parser hung from the cue as an adverbial clause: "called on Trump to stop". */
  private static boolean infinitive(DepParse p, int c) {
    return p.rels[c].equals("advcl") && introducedBy(p, c, "mark", Set.of("to"));
  }

  static int[] relcl(DepParse p, int head) {
    List<Integer> out = new ArrayList<>();
    for (int c : p.children(head)) {
      if (p.rels[c].startsWith("acl")) {
        out.add(c);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static Span restOfSentence(DepParse p, int from, int to) {
    int lo = 0;
    int hi = p.size() - 1;
    if (from == 0 || from <= 1) {
      lo = to + 1;
    } else {
      hi = from - 1;
    }
    return lo <= hi ? p.charSpan(lo, hi, true) : null;
  }
}
