package dev.claimex.stages.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The fast greedy loop against CoreNLP's own {@code predict}, on the real UD English model. */
@Tag("model")
class GreedyArcStandardModelTest {
  private static final String TEXT = String.join(" ",
      "The bridge was closed on Tuesday after inspectors found cracks in two of its supports, the"
          + " transport ministry said in a statement.",
      "“We will not reopen it until every bolt has been checked,” Deputy Minister Lena Varga told"
          + " reporters, adding that repairs could take “weeks, not days.”",
      "Critics, who had warned about the bridge's condition since 2019, were not consulted.",
      "Asked whether ferries would run, she said: “Yes.”",
      "Go.");

  @Test
  void parsesExactlyAsCoreNlpPredict() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos");
    Annotation doc = new Annotation(TEXT);
    new StanfordCoreNLP(props).annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    assertThat(sentences).hasSize(5);

    DependencyParser parser = DependencyParser.loadFromModelFile(DependencyParses.MODEL);
    GreedyArcStandard fast = GreedyArcStandard.of(parser).orElseThrow();
    boolean sawPassive = false;
    for (CoreMap sentence : sentences) {
      int n = sentence.get(CoreAnnotations.TokensAnnotation.class).size();
      int[] heads = new int[n];
      String[] labels = new String[n];
      Arrays.fill(heads, -2);
      for (TypedDependency td : parser.predict(sentence).typedDependencies()) {
        heads[td.dep().index() - 1] = td.gov().index() - 1;
        labels[td.dep().index() - 1] = td.reln().toString();
      }
      GreedyArcStandard.Arcs arcs = fast.parse(sentence);
      assertThat(arcs.heads()).as(sentence.toString()).containsExactly(heads);
      assertThat(arcs.labels()).as(sentence.toString()).containsExactly(labels);
      sawPassive |= Arrays.asList(labels).contains("nsubj:pass");
    }
    assertThat(sawPassive).as("a passive subject, which CoreNLP relabels after parsing").isTrue();
  }
}
