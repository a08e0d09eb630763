package dev.claimex.stages;

import dev.claimex.api.Language;
import dev.claimex.api.ModelInfo;
import dev.claimex.pipeline.Analysis;
import dev.claimex.pipeline.Layer;
import dev.claimex.pipeline.ModelLoadException;
import dev.claimex.pipeline.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Detects the document's language with OpenNLP's language-detection model (103 languages,
 * from {@code opennlp-models-langdetect}) and warns when the text is not English, so users get
 * a clear signal instead of confident garbage from English models. Detection reads at most the
 * first {@value #SAMPLE} characters.
 */
public final class LanguageDetector implements Stage {
  static final String MODEL = "/langdetect-183.bin";
  static final int SAMPLE = 4000;
  /** Below this many letters detection is unreliable; no warning is given. */
  static final int MIN_LETTERS = 20;

  private final LanguageDetectorModel model;

  public LanguageDetector() {
    try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new ModelLoadException("OpenNLP language-detection model '" + MODEL
            + "' not found: is org.apache.opennlp:opennlp-models-langdetect on the classpath?");
      }
      model = new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new ModelLoadException("cannot read the OpenNLP language-detection model: " + e.getMessage(), e);
    }
  }

  @Override
  public String name() {
    return "language";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.noneOf(Layer.class);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.LANGUAGE);
  }

  @Override
  public List<ModelInfo> models() {
    return List.of(new ModelInfo("opennlp-langdetect-183", "1.3.0", "org.apache.opennlp:opennlp-models-langdetect"));
  }

  @Override
  public void apply(Analysis analysis) {
    String text = analysis.text();
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    long letters = sample.codePoints().filter(Character::isLetter).count();
    if (letters < MIN_LETTERS) {
      return;
    }
    // LanguageDetectorME keeps no state between calls, but is cheap to create: one per call is safe
    opennlp.tools.langdetect.Language best = new LanguageDetectorME(model).predictLanguage(sample);
    Language lang = new Language(best.getLang(), best.getConfidence());
    analysis.setLanguage(lang);
    if (!lang.isEnglish()) {
      analysis.warn(name(), "not-english", "the text looks like '" + lang.code()
          + "', not English: names, dates, quotes and claims from English models are unreliable");
    }
  }
}
