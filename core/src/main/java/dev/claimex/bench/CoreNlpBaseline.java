package dev.claimex.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.coref.data.WordLists;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The peer Claimex is compared against: Stanford CoreNLP's default English pipeline
 * ({@value #ANNOTATORS}, every other property at its default), with the document's publication
 * date given to SUTime as the document date.
 *
 * <p>The only property set besides the annotators is {@code ner.docdate.usePresent=false}, which
 * is CoreNLP's default spelled out: today's date is never the document date. The document date is
 * the {@code DocDateAnnotation} set on each annotation from the publication date; SUTime resolves
 * relative dates ("Tuesday", "last week") against it, and leaves them unresolved where there is
 * none. Built once, the pipeline is shared: {@link #annotate} may be called from several threads
 * (CoreNLP annotators are thread-safe once loaded).
 *
 * <p>Entity mentions come from CoreNLP's {@code MentionsAnnotation} (built by the NER annotator
 * by default). By default they leave out the pronouns ("he", "his", "I" …) that CoreNLP adds
 * there as PERSON mentions for KBP relation extraction: their tokens carry no NER tag, they are
 * not names, and the evaluation kit would count each as a wrong PERSON name (on the sample
 * articles PERSON F1 falls from 0.985 to 0.88 with them). {@code includePronouns} keeps them.
 */
public final class CoreNlpBaseline {
  /** CoreNLP's default English annotators up to NER. */
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";
  /**
   * CoreNLP's quote pipeline: quotation detection and attribution ({@code quote} with its default
   * {@code quote.attributeQuotes=true}) on top of the dependency parse and coreference it needs.
   */
  public static final String QUOTE_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";
  /** The CoreNLP release on the classpath, as declared in the parent POM. */
  public static final String VERSION = "4.5.10";

  private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

  private final StanfordCoreNLP pipeline;
  private final boolean includePronouns;
  private final String annotators;
  private final ObjectMapper mapper = new ObjectMapper();

  /** One entity mention as CoreNLP found it; offsets are into the original text. */
  public record Mention(String type, int start, int end, Optional<String> value) {
    public Mention {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(value, "value");
    }
  }

  /** Loads every CoreNLP model the default pipeline needs (tens of seconds, about 1 GB of heap). */
  public CoreNlpBaseline() {
    this(false);
  }

  /** @param includePronouns keep CoreNLP's pronominal PERSON mentions in {@link #mentions} */
  public CoreNlpBaseline(boolean includePronouns) {
    this(ANNOTATORS, includePronouns);
  }

  /**
   * @param annotators the CoreNLP annotators, such as {@link #ANNOTATORS} or {@link #QUOTE_ANNOTATORS}
   * @param includePronouns keep CoreNLP's pronominal PERSON mentions in {@link #mentions}
   */
  public CoreNlpBaseline(String annotators, boolean includePronouns) {
    this.includePronouns = includePronouns;
    this.annotators = Objects.requireNonNull(annotators, "annotators");
    pipeline = new StanfordCoreNLP(properties(annotators));
  }

  /** The annotators this baseline runs. */
  public String annotators() {
    return annotators;
  }

  /** The pipeline's properties: the default annotators, and the document date kept. */
  public static Properties properties() {
    return properties(ANNOTATORS);
  }

  /** The properties for some annotators, every setting but the document date at its default. */
  public static Properties properties(String annotators) {
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    p.setProperty("ner.docdate.usePresent", "false");
    return p;
  }

  /** Runs the pipeline over one document; the publication date becomes the document date. */
  public Annotation annotate(String id, String text, Optional<LocalDate> published) {
    Annotation a = new Annotation(text);
    a.set(CoreAnnotations.DocIDAnnotation.class, id);
    published.ifPresent(d -> a.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
    pipeline.annotate(a);
    return a;
  }

  /** CoreNLP's own token count for an annotated document. */
  public static int tokenCount(Annotation a) {
    List<CoreLabel> tokens = a.get(CoreAnnotations.TokensAnnotation.class);
    return tokens == null ? 0 : tokens.size();
  }

  /** The named-entity and time mentions of an annotated document, in text order. */
  public List<Mention> mentions(Annotation a) {
    List<Mention> out = new ArrayList<>();
    List<CoreMap> mentions = a.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions == null) {
      return out;
    }
    for (CoreMap m : mentions) {
      String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      Integer begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      Integer end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (type == null || "O".equals(type) || begin == null || end == null || end <= begin
          || (!includePronouns && isPronoun(m, type))) {
        continue;
      }
      out.add(new Mention(type, begin, end, TIME_TYPES.contains(type) ? timeValue(m) : Optional.empty()));
    }
    return out;
  }

  /**
   * CoreNLP's KBP pronominal mentions: one pronoun token whose own NER tag is not the mention's
   * type (name mentions are chunks of tokens tagged with their type).
   */
  private static boolean isPronoun(CoreMap mention, String type) {
    List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
    return tokens != null && tokens.size() == 1 && !type.equals(tokens.get(0).ner())
        && WordLists.isKbpPronominalMention(tokens.get(0).word());
  }

  /** The mention's TIMEX value, else its normalized NER tag (the same string where both exist). */
  private static Optional<String> timeValue(CoreMap m) {
    Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
    if (timex != null && timex.value() != null) {
      return Optional.of(timex.value());
    }
    return Optional.ofNullable(m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
  }

  /**
   * One document in the fields of Claimex's JSON Lines output that the evaluation kit reads:
   * {@code id, published, text, entities[{type, text, start, end, value}], quotes: [], claims: []}.
   */
  public ObjectNode toJson(String id, String text, Optional<LocalDate> published, Annotation a) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", id);
    published.ifPresentOrElse(p -> n.put("published", p.toString()), () -> n.putNull("published"));
    n.put("text", text);
    ArrayNode entities = n.putArray("entities");
    for (Mention m : mentions(a)) {
      ObjectNode e = entities.addObject();
      e.put("type", m.type());
      e.put("text", text.substring(m.start(), m.end()));
      e.put("start", m.start());
      e.put("end", m.end());
      m.value().ifPresent(v -> e.put("value", v));
    }
    n.putArray("quotes");
    n.putArray("claims");
    return n;
  }

  /** Releases CoreNLP's static cache of loaded annotators, so the models can be collected. */
  public static void releaseModels() {
    StanfordCoreNLP.clearAnnotatorPool();
  }
}
