package dev.claimex.stages.quotes;

import dev.claimex.api.ModelInfo;
import dev.claimex.api.Quote;
import dev.claimex.api.Sentence;
import dev.claimex.api.Span;
import dev.claimex.api.Token;
import dev.claimex.pipeline.Analysis;
import dev.claimex.pipeline.Layer;
import dev.claimex.pipeline.Stage;
import dev.claimex.stages.CoreNlpTokenizer;
import dev.claimex.stages.PosTagger;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The quote stage: every reported statement of an article, direct, mixed or indirect, with its
 * speaker.
 *
 * <p>Quotation marks are paired over the whole text first. Only sentences holding a quotation
 * mark or a cue word get POS tags and a dependency parse, from which {@link FrameFinder} reads
 * reporting frames. {@link QuoteAssembler} then joins frames and quotations into quotes, and
 * {@link SpeakerResolver} names the speakers. Stateless after construction and thread-safe.
 */
public final class QuoteFinder implements Stage {
  private final PosTagger pos;
  private final DependencyParses parser;
  private final QuoteLexicon lexicon;
  private final FrameFinder frames;

  public QuoteFinder(PosTagger pos) {
    this(pos, new QuoteLexicon());
  }

  QuoteFinder(PosTagger pos, QuoteLexicon lexicon) {
    this.pos = pos;
    this.lexicon = lexicon;
    this.parser = new DependencyParses();
    this.frames = new FrameFinder(lexicon, true);
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.REGIONS, Layer.ENTITIES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.QUOTES);
  }

  @Override
  public List<ModelInfo> models() {
    List<ModelInfo> out = new ArrayList<>(lexicon.infos());
    out.add(pos.info());
    out.add(parser.info());
    return out;
  }

  @Override
  public void apply(Analysis analysis) {
    String text = analysis.text();
    List<QuotationMarks.Quoted> quoted = new ArrayList<>();
    for (QuotationMarks.Quoted q : QuotationMarks.find(text)) {
      if (!analysis.inSkippedRegion(q.outer())) {
        quoted.add(q);
      }
    }
    Annotation annotation = analysis.get(CoreNlpTokenizer.ANNOTATION).orElseThrow(() -> new IllegalStateException(
        "no CoreNLP annotation: the quote stage needs the CoreNLP tokenizer stage before it"));
    List<CoreMap> core = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<Frame> found = new ArrayList<>();
    List<Token> tokens = analysis.tokens();
    for (Sentence s : analysis.sentences()) {
      if (s.index() >= core.size() || analysis.inSkippedRegion(s.span()) || !worthParsing(analysis.text(), tokens, s)
          || analysis.skipLongSentence(name(), s)) {
        continue; // a runaway sentence is not tagged or parsed: the parser's cost grows faster than its length
      }
      CoreMap cs = core.get(s.index());
      pos.tag(cs);
      if (!holdsCueVerb(analysis.text(), cs, quoted)) {
        continue; // frames come only from cue verbs and "according to" outside quotations: no parse needed
      }
      DepParse p = parser.parse(s.index(), s.tokens().start(), cs);
      found.addAll(frames.find(p));
    }
    found.sort(Comparator.comparingInt(f -> f.cueSpan().start()));
    List<Quote> quotes = new QuoteAssembler(analysis, quoted, new SpeakerResolver(analysis, lexicon), lexicon).assemble(found);
    analysis.setQuotes(quotes);
  }

  /**
   * After tagging: whether a cue word is a verb here ("the report" is not), "according to" is present, or a
   * colon stands right before a quotation ("Trump leaned in and boomed: “…”").
   */
  private boolean holdsCueVerb(String text, CoreMap sentence, List<QuotationMarks.Quoted> quoted) {
    List<CoreLabel> toks = sentence.get(CoreAnnotations.TokensAnnotation.class);
    for (int i = 0; i < toks.size(); i++) {
      CoreLabel t = toks.get(i);
      if (QuotationMarks.inside(quoted, new Span(t.beginPosition(), t.endPosition()))) {
        continue; // a cue inside a quotation is what was said, not an attribution: its frame would be dropped
      }
      String lw = t.word().toLowerCase(Locale.ROOT);
      if (lw.equals(":") && quotationAfter(text, t.endPosition())) {
        return true;
      }
      if (lw.equals("according") || t.tag() != null && t.tag().startsWith("VB") && lexicon.isCueForm(lw)
          || FrameFinder.OPENING_CUES.contains(lw) || FrameFinder.PUT_IT.contains(lw)
          || t.tag() != null && t.tag().startsWith("NN") && lexicon.isCueForm(lw) && i + 1 < toks.size()
          && toks.get(i + 1).word().equalsIgnoreCase("that")) {
        return true;
      }
    }
    return false;
  }

  /** Whether an opening quotation mark follows offset {@code at} of the text, past spaces and line breaks. */
  static boolean quotationAfter(String text, int at) {
    while (at < text.length() && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == '\u00a0')) {
      at++;
    }
    return at < text.length() && (text.charAt(at) == '\u201c' || text.charAt(at) == '"' || text.startsWith("''", at)
        || text.startsWith("``", at));
  }

  private boolean worthParsing(String text, List<Token> tokens, Sentence s) {
    for (int i = s.tokens().start(); i < s.tokens().end(); i++) {
      String w = tokens.get(i).text();
      String lw = w.toLowerCase(Locale.ROOT);
      if (lexicon.isCueForm(lw) || lw.equals("according") || FrameFinder.PUT_IT.contains(lw)) {
        return true;
      }
      if (lw.equals(":") && quotationAfter(text, tokens.get(i).span().end())) {
        return true; // "Trump leaned in and boomed: “…”"
      }
    }
    return false;
  }
}
