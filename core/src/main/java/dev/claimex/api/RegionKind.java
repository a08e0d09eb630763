package dev.claimex.api;

/** What a marked region of the text is. Later stages skip regions that carry no reported content. */
public enum RegionKind {
  /** The article's title line. Headlines may hold claims. */
  HEADLINE(false),
  /** A section heading inside the article ("Details"). */
  HEADING(true),
  /** A dateline or date stamp (" date 2025-10-22 "). */
  DATELINE(true),
  /** Publisher boilerplate: "The post … appeared first on …", "From … via this RSS feed". */
  BOILERPLATE(true),
  /** A link to another article: "Read also: …", related-article lines, view counters. */
  RELATED(true),
  /** A run of hashtags. */
  HASHTAGS(true),
  /** An editor's note about the article itself. */
  EDITORS_NOTE(true);

  private final boolean skipped;

  RegionKind(boolean skipped) {
    this.skipped = skipped;
  }

  /** Whether quote and claim stages ignore text in such a region. */
  public boolean skipped() {
    return skipped;
  }
}
