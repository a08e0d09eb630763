package dev.claimex.models.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word-vector tables and the dense features computed from them, on toy tables written here. */
class WordEmbeddingsTest {
  private static WordEmbeddings toy() {
    return WordEmbeddings.of(Map.of(
        "taxes", new float[] {3, 0},
        "rose", new float[] {1, -4},
        "we", new float[] {0, 2}));
  }

  @Test
  void readsTheParserModelLayoutKeepingOnlyTheAnnouncedWords() throws IOException {
    String text = String.join("\n",
        "dict=5", "pos=2", "label=1", "embeddingSize=2", "hiddenSize=3",
        "-UNKNOWN- 0 0", "-NULL- 0.1 0.1", "The 9 9", "the 1 2", "Obama 0.5 -0.5",
        "-UNKNOWN- 7 7", "NN 8 8", "nsubj 6 6",
        "0.1 0.2 0.3", "0.4 0.5 0.6") + "\n";
    WordEmbeddings e = WordEmbeddings.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), false,
        "toy");
    assertThat(e.dimension()).isEqualTo(2);
    assertThat(e.size()).isEqualTo(2);
    assertThat(e.get("the")).containsExactly(1f, 2f);
    assertThat(e.get("THE")).containsExactly(1f, 2f);
    assertThat(e.get("obama")).containsExactly(0.5f, -0.5f);
    assertThat(e.get("nn")).isNull();
    assertThat(e.get("-unknown-")).isNull();
  }

  @Test
  void readsAPlainGzippedTable(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("vectors.txt.gz");
    try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
      out.write("tax 1 0 0\nTax 0 1 0\nvote 0 0 1\n".getBytes(StandardCharsets.UTF_8));
    }
    WordEmbeddings e = WordEmbeddings.fromFile(f);
    assertThat(e.dimension()).isEqualTo(3);
    assertThat(e.get("Tax")).containsExactly(1f, 0f, 0f);
    assertThat(e.get("vote")).containsExactly(0f, 0f, 1f);
  }

  @Test
  void denseFeaturesAreTheScaledMeanOfTheKnownWordsSplitBySign() {
    List<String> names = new ArrayList<>();
    List<Float> values = new ArrayList<>();
    // mean of taxes (3, 0) and rose (1, -4) = (2, -2); "unknownword" is skipped; length 2 -> (1.414, -1.414)
    SentenceFeatures.dense("Taxes rose, unknownword!", toy(), 2, names, values);
    assertThat(names).containsExactly("e0+", "e1-");
    assertThat(values.get(0)).isCloseTo((float) Math.sqrt(2), offset(1e-5f));
    assertThat(values.get(1)).isCloseTo((float) Math.sqrt(2), offset(1e-5f));

    names.clear();
    values.clear();
    SentenceFeatures.dense("Nothing known here.", toy(), 2, names, values);
    assertThat(names).isEmpty();
  }

  @Test
  void theFeatureVectorAppendsDenseFeaturesToTheUnchangedSparseOnes() {
    String s = "We said taxes rose 7% in 2023.";
    SentenceFeatures.Vector plain = SentenceFeatures.vector(s, null, 1);
    assertThat(plain.names()).containsExactly(SentenceFeatures.of(s));
    assertThat(plain.values()).containsExactly(SentenceFeatures.values(SentenceFeatures.of(s)));

    SentenceFeatures.Vector v = SentenceFeatures.vector(s, toy(), 1);
    int n = plain.names().length;
    assertThat(v.names()).startsWith(plain.names());
    assertThat(java.util.Arrays.copyOf(v.values(), n)).containsExactly(plain.values());
    // mean of we (0, 2), taxes (3, 0), rose (1, -4) = (4/3, -2/3): both components, unit length
    assertThat(java.util.Arrays.copyOfRange(v.names(), n, v.names().length)).containsExactly("e0+", "e1-");
    double len = Math.hypot(v.values()[n], v.values()[n + 1]);
    assertThat(len).isCloseTo(1.0, offset(1e-5));
    assertThat(v.values()[n] / v.values()[n + 1]).isCloseTo(2f, offset(1e-4f));
  }

  @Test
  void aModelTrainedWithEmbeddingsNamesThemAndReadsThemBack(@TempDir Path dir) throws Exception {
    Path table = dir.resolve("toy-vectors.txt");
    Files.writeString(table, "imports 1 0\nfell 1 1\npercent 2 0\nthank 0 -3\nyou -1 -1\nthink 0 -1\n");
    WordEmbeddings e = WordEmbeddings.fromFile(table);
    List<CheckworthinessTrainer.Example> data = TrainCheckworthiness.readClaimBuster(
        Path.of(WordEmbeddingsTest.class.getResource("tiny-claims.json").toURI()));
    CheckworthinessModel model = CheckworthinessTrainer.train(data,
        new CheckworthinessTrainer.Settings(0.0, 0.1, 1, 100, 1, false), table.toString(), e, 1.0);
    assertThat(model.embeddingsSource()).isEqualTo(table.toString());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    CheckworthinessModel back = CheckworthinessModel.read(out.toByteArray());
    assertThat(back.embeddingsSource()).isEqualTo(table.toString());
    assertThat(back.score("Imports fell by 9 percent in 2021.")).isEqualTo(model.score("Imports fell by 9 percent in 2021."));
  }

  @Test
  void aModelWhoseEmbeddingsAreMissingFailsToLoadSayingWhich() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream data = new DataOutputStream(new GZIPOutputStream(bytes))) {
      data.writeInt(-0x45);
      data.writeUTF("no/such/embeddings.gz");
      data.writeDouble(1.0);
      data.writeInt(1);
    }
    assertThatThrownBy(() -> CheckworthinessModel.read(bytes.toByteArray()))
        .hasMessageContaining("needs word embeddings")
        .hasMessageContaining("no/such/embeddings.gz")
        .hasMessageContaining("Stanford CoreNLP models jar");
  }
}
