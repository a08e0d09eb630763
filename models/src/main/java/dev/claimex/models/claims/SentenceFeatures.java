package dev.claimex.models.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The features of one sentence for the check-worthiness model: the single place where they are
 * computed, used by training ({@link CheckworthinessTrainer}) and by inference
 * ({@link CheckworthinessModel}) alike, so the two can never drift apart.
 *
 * <p>Features read only the sentence's own text, tokenized here with a small regular expression
 * rather than the pipeline's tokenizer: the model then behaves the same in training (plain
 * sentences from a JSON file) and inside the pipeline, and costs no part-of-speech tagging.
 * They are lower-cased word unigrams and bigrams (numbers folded to a shape), plus a few cues the
 * ClaimBuster literature found useful: numbers, percentages and money, years, first- and
 * second-person pronouns, modals, negation, a question mark, capitalized words (names) and the
 * sentence length. Thread-safe and stateless.
 */
public final class SentenceFeatures {
  private static final Pattern TOKEN = Pattern.compile(
      "[$€£¥]?\\d(?:[\\d,.]*\\d)?%?|[\\p{L}\\p{M}]+(?:['’][\\p{L}]+)*|[?!%$€£¥]");
  private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");
  private static final Set<String> FIRST_PERSON = Set.of("i", "i'm", "i've", "i'll", "i'd", "me", "my", "we", "we're",
      "we've", "we'll", "we'd", "us", "our", "ours", "myself", "ourselves");
  private static final Set<String> SECOND_PERSON = Set.of("you", "your", "you're", "you've", "yours", "yourself");
  private static final Set<String> MODALS = Set.of("will", "would", "could", "should", "might", "may", "must",
      "can", "shall", "ought", "going");
  private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "n't", "don't", "didn't", "doesn't",
      "won't", "can't", "isn't", "wasn't", "aren't", "weren't", "nobody", "nothing", "neither", "nor");
  private static final Set<String> MAGNITUDES = Set.of("percent", "percentage", "million", "millions", "billion",
      "billions", "trillion", "trillions", "thousand", "thousands", "hundred", "hundreds", "dollars", "half",
      "twice", "double", "doubled", "tripled", "times", "rate", "average", "number", "majority", "per");
  private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
      "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion");

  private SentenceFeatures() {}

  /** The tokens the features are built from, as they appear in the text. */
  public static List<String> tokens(String sentence) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(sentence);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /**
   * The value of every feature of a sentence with {@code n} features: binary features scaled to a
   * constant vector length, so that long sentences do not win on feature count alone.
   */
  public static float[] values(String[] features) {
    float[] v = new float[features.length];
    java.util.Arrays.fill(v, (float) Math.sqrt(VECTOR_LENGTH / features.length));
    return v;
  }

  private static final double VECTOR_LENGTH = 24;

  /** Feature names and values: the sparse features of {@link #of(String)} and, optionally, dense ones. */
  public record Vector(String[] names, float[] values) {}

  /**
   * All features of a sentence: the sparse ones ({@link #of(String)}, valued by {@link #values})
   * followed by the dense ones of {@link #dense} when {@code embeddings} is not null.
   */
  public static Vector vector(String sentence, WordEmbeddings embeddings, double scale) {
    String[] sparse = of(sentence);
    float[] sparseValues = values(sparse);
    if (embeddings == null) {
      return new Vector(sparse, sparseValues);
    }
    List<String> names = new ArrayList<>(sparse.length + 2 * embeddings.dimension());
    List<Float> dense = new ArrayList<>(2 * embeddings.dimension());
    dense(sentence, embeddings, scale, names, dense);
    String[] allNames = new String[sparse.length + names.size()];
    float[] allValues = new float[allNames.length];
    System.arraycopy(sparse, 0, allNames, 0, sparse.length);
    System.arraycopy(sparseValues, 0, allValues, 0, sparse.length);
    for (int i = 0; i < names.size(); i++) {
      allNames[sparse.length + i] = names.get(i);
      allValues[sparse.length + i] = dense.get(i);
    }
    return new Vector(allNames, allValues);
  }

  /**
   * The dense features of a sentence: the mean of the pre-trained vectors of its lower-cased words
   * (words the table lacks are skipped), scaled to length {@code scale}; each component {@code i}
   * becomes two non-negative features, {@code e<i>+} (its positive part) and {@code e<i>-} (its
   * negative part), omitted where zero. None when the table knows none of the words. A negative
   * {@code scale} multiplies the unnormalized mean by {@code -scale} instead (tried, not used).
   */
  public static void dense(String sentence, WordEmbeddings embeddings, double scale, List<String> names,
      List<Float> values) {
    List<String> words = new ArrayList<>();
    for (String t : tokens(sentence)) {
      words.add(t.toLowerCase(Locale.ROOT).replace('’', '\''));
    }
    double[] mean = embeddings.mean(words);
    if (mean == null) {
      return;
    }
    double norm = 0;
    for (double x : mean) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    if (norm == 0) {
      return;
    }
    double factor = scale > 0 ? scale / norm : -scale;
    for (int i = 0; i < mean.length; i++) {
      double x = mean[i] * factor;
      if (x > 0) {
        names.add("e" + i + "+");
        values.add((float) x);
      } else if (x < 0) {
        names.add("e" + i + "-");
        values.add((float) -x);
      }
    }
  }

  /** The feature strings of one sentence (no duplicates, in a stable order). */
  public static String[] of(String sentence) {
    List<String> raw = tokens(sentence);
    Set<String> f = new LinkedHashSet<>();
    f.add("bias");
    List<String> words = new ArrayList<>(raw.size());
    int numbers = 0;
    int capitalized = 0;
    boolean firstPerson = false;
    boolean secondPerson = false;
    boolean modal = false;
    boolean negation = false;
    boolean magnitude = false;
    for (int i = 0; i < raw.size(); i++) {
      String t = raw.get(i);
      String w = t.toLowerCase(Locale.ROOT).replace('’', '\'');
      char c = t.charAt(0);
      if (Character.isDigit(c) || "$€£¥".indexOf(c) >= 0) {
        numbers++;
        if (w.endsWith("%")) {
          f.add("percent");
        }
        if ("$€£¥".indexOf(c) >= 0) {
          f.add("money");
        }
        w = YEAR.matcher(w).matches() ? "<year>" : "<num>";
      } else if (NUMBER_WORDS.contains(w)) {
        numbers++;
      }
      if (i > 0 && Character.isUpperCase(c) && !w.equals("i")) {
        capitalized++;
      }
      firstPerson |= FIRST_PERSON.contains(w);
      secondPerson |= SECOND_PERSON.contains(w);
      modal |= MODALS.contains(w);
      negation |= NEGATIONS.contains(w) || w.endsWith("n't");
      magnitude |= MAGNITUDES.contains(w) || w.equals("%");
      words.add(w);
    }
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      f.add("w=" + w);
      if (w.length() > 4 && Character.isLetter(w.charAt(0))) {
        f.add("suf=" + w.substring(w.length() - 3));
        f.add("stem=" + stem(w));
      }
      f.add("b=" + (i == 0 ? "<s>" : words.get(i - 1)) + "_" + words.get(i));
    }
    if (!words.isEmpty()) {
      f.add("b=" + words.get(words.size() - 1) + "_</s>");
      f.add("first=" + words.get(0));
    }
    f.add("numbers=" + Math.min(numbers, 3));
    f.add("caps=" + Math.min(capitalized, 4));
    f.add("len=" + lengthBucket(words.size()));
    if (firstPerson) {
      f.add("person=1");
    }
    if (secondPerson) {
      f.add("person=2");
    }
    if (modal) {
      f.add("modal");
    }
    if (negation) {
      f.add("negation");
    }
    if (magnitude) {
      f.add("magnitude");
    }
    if (numbers > 0 && magnitude) {
      f.add("number+magnitude");
    }
    if (sentence.strip().endsWith("?")) {
      f.add("question");
    }
    return f.toArray(String[]::new);
  }

  /** A crude suffix-stripping stem ("voted", "votes", "voting" -> "vot"), to share evidence across forms. */
  static String stem(String w) {
    for (String suffix : new String[] {"ing", "ed", "es", "s", "ly"}) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
        String s = w.substring(0, w.length() - suffix.length());
        return s.endsWith("e") ? s.substring(0, s.length() - 1) : s;
      }
    }
    return w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
  }

  private static String lengthBucket(int n) {
    if (n <= 4) {
      return "xs";
    }
    if (n <= 9) {
      return "s";
    }
    if (n <= 19) {
      return "m";
    }
    if (n <= 34) {
      return "l";
    }
    return "xl";
  }
}
