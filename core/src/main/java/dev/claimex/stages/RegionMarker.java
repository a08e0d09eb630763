package dev.claimex.stages;

import dev.claimex.api.Region;
import dev.claimex.api.RegionKind;
import dev.claimex.api.Span;
import dev.claimex.pipeline.Analysis;
import dev.claimex.pipeline.Layer;
import dev.claimex.pipeline.Stage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks headlines, headings, datelines and boilerplate so later stages can skip them. Works on
 * lines, because that is how scraped news text carries them; never changes the text.
 *
 * <p>A line is a heading when it is short, has no sentence-final punctuation and is followed by
 * more text; the first such line is the headline. Boilerplate, related-article lines, editor's
 * notes and hashtag runs are recognized by their wording. A dateline is marked from its own
 * start to its end, even when the article's first sentence follows on the same line.
 */
public final class RegionMarker implements Stage {
  private static final Pattern DATELINE = Pattern.compile(
      "^\\s*(?:date|published|updated|posted)?:?\\s*\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?)?\\s*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BOILERPLATE = Pattern.compile(
      "^(?:The post\\b.*\\bappeared first on\\b.*"
          + "|From\\b.*\\bvia (?:this|our) RSS feed.*"
          + "|(?:Source|Sources|Photo|Image|Credit|Copyright|©)\\s*:.*"
          + "|©.*|.*All rights reserved\\.?"
          + "|(?:Follow|Subscribe to|Sign up for|Click here|Share this|Like us on)(?![\\w-]).{0,120}"
          + "|\\((?:Reporting|Writing|Editing) by .*\\)"
          + "|This (?:article|story) (?:was|is) (?:originally )?(?:published|first published|updated)\\b.*)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATED = Pattern.compile(
      "^(?:Read (?:also|more|next)|See also|Related(?: articles?| stories| coverage)?|Also read|More on this|Watch)\\s*[:\\-–—].*$"
          + "|^.*\\[views?_\\d+\\]\\s*$"
          + "|^.*\\d{1,2}\\.\\d{1,2}\\.\\d{2,4},?\\s+\\d{1,2}:\\d{2}\\s*•.*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern EDITORS_NOTE = Pattern.compile(
      "^(?:Editor[’']?s(?:’)? note|Editorial note|Note from the editor|Correction|Update)\\s*:.*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern HASHTAGS = Pattern.compile("^\\s*(?:#\\w+[\\s,]*){2,}$", Pattern.UNICODE_CHARACTER_CLASS);
  /** Sentence-final punctuation, or a quotation closed by one or two apostrophes after it ("… said, ''I watched him.''"). */
  private static final Pattern SENTENCE_END = Pattern.compile(".*(?:[.!?…:;\"”’)\\]]|[.!?,]'{1,2})\\s*$");

  @Override
  public String name() {
    return "regions";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.noneOf(Layer.class);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.REGIONS);
  }

  @Override
  public void apply(Analysis analysis) {
    analysis.setRegions(mark(analysis.text()));
  }

  /** The regions of a text; exposed for tests. */
  public static List<Region> mark(String text) {
    List<Span> lines = lines(text);
    List<Region> regions = new ArrayList<>();
    boolean seenBody = false;
    for (int i = 0; i < lines.size(); i++) {
      Span line = lines.get(i);
      String s = line.textIn(text);
      Matcher dl = DATELINE.matcher(s);
      if (dl.lookingAt() && dl.end() > 0) {
        Span d = trim(text, new Span(line.start(), line.start() + dl.end()));
        if (!d.isEmpty()) {
          regions.add(new Region(RegionKind.DATELINE, d));
        }
        if (dl.end() >= s.length()) {
          continue;
        }
        line = trim(text, new Span(line.start() + dl.end(), line.end()));
        s = line.textIn(text);
      }
      RegionKind kind = null;
      if (BOILERPLATE.matcher(s).matches()) {
        kind = RegionKind.BOILERPLATE;
      } else if (RELATED.matcher(s).matches()) {
        kind = RegionKind.RELATED;
      } else if (EDITORS_NOTE.matcher(s).matches()) {
        kind = RegionKind.EDITORS_NOTE;
      } else if (HASHTAGS.matcher(s).matches()) {
        kind = RegionKind.HASHTAGS;
      } else if (isHeadingLike(s) && i + 1 < lines.size()) {
        kind = seenBody ? RegionKind.HEADING : RegionKind.HEADLINE;
      }
      if (kind != null) {
        regions.add(new Region(kind, line));
      }
      if (kind == null || kind == RegionKind.HEADLINE) {
        seenBody = true;
      }
    }
    return regions;
  }

  private static boolean isHeadingLike(String s) {
    int words = s.split("\\s+").length;
    return words <= 16 && !SENTENCE_END.matcher(s).matches() && Character.isLetterOrDigit(s.codePointAt(0))
        && !Character.isLowerCase(s.codePointAt(0));
  }

  /** Non-blank lines, trimmed, as spans. */
  static List<Span> lines(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        Span t = trim(text, new Span(start, i));
        if (!t.isEmpty()) {
          out.add(t);
        }
        start = i + 1;
      }
    }
    return out;
  }

  /** A line's span without the white space around it, no-break spaces included (scraped text ends lines with them). */
  private static Span trim(String text, Span s) {
    int b = s.start();
    int e = s.end();
    while (b < e && isSpace(text.charAt(b))) {
      b++;
    }
    while (e > b && isSpace(text.charAt(e - 1))) {
      e--;
    }
    return new Span(b, e);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
