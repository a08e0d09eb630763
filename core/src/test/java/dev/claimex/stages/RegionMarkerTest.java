package dev.claimex.stages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimex.api.Document;
import dev.claimex.api.Region;
import dev.claimex.pipeline.Pipeline;
import dev.claimex.testing.DocumentInvariants;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which lines of scraped news text are headlines, headings, datelines and boilerplate. The
 * fixtures are made-up articles in the shapes scrapers produce; each test runs the stage in a
 * pipeline of its own, so {@link DocumentInvariants} checks every result.
 */
class RegionMarkerTest {
  private static final Pipeline REGIONS = Pipeline.builder().add(new RegionMarker()).build();

  /** The regions of a text as "KIND: text" lines. */
  private static List<String> regions(String text) {
    Document d = REGIONS.process(text);
    DocumentInvariants.check(d);
    assertThat(d.text()).isSameAs(text);
    assertThat(RegionMarker.mark(text)).isEqualTo(d.regions());
    return d.regions().stream().map(r -> r.kind() + ": " + d.textOf(r.span())).toList();
  }

  @Test
  void theFirstShortUnpunctuatedLineIsTheHeadline() {
    assertThat(regions("""
        Storm damages pier in Brighton
        High winds tore planks from the pier on Sunday night, the council said.
        Repairs could take weeks.
        """)).containsExactly("HEADLINE: Storm damages pier in Brighton");
  }

  @Test
  void laterShortUnpunctuatedLinesAreHeadings() {
    assertThat(regions("""
        Council backs new tram line
        The city council voted 31 to 12 in favour of the plan on Wednesday.
        What happens next
        Construction is due to start in the spring, officials said.
        """)).containsExactly("HEADLINE: Council backs new tram line", "HEADING: What happens next");
  }

  @Test
  void aSentenceEndingInANoBreakSpaceIsNoHeading() {
    assertThat(regions("Council backs new tram line\n"
        + "The city council voted 31 to 12 in favour.\u00a0\n"
        + "Construction is due to start in the spring, officials said.\n"))
        .containsExactly("HEADLINE: Council backs new tram line");
  }

  @Test
  void aSentenceEndingInAQuotationClosedByApostrophesIsNoHeading() {
    assertThat(regions("""
        Council backs new tram line
        The mayor told the council, ''We cannot wait.''
        Critics say 'the cost is too high.'
        Construction is due to start in the spring, officials said.
        """)).containsExactly("HEADLINE: Council backs new tram line");
  }

  @Test
  void aDatelineIsMarkedUpToTheTextThatFollowsOnTheSameLine() {
    String text = "Updated: 2025-04-17 14:05 Firefighters contained a blaze at a recycling plant near Leeds on Thursday.\n"
        + "No one was hurt, the fire service said.\n";
    assertThat(regions(text)).containsExactly("DATELINE: Updated: 2025-04-17 14:05");
    assertThat(regions("2025-01-09\nThe school reopened after the holidays, the head teacher said.\n"))
        .containsExactly("DATELINE: 2025-01-09");
  }

  @Test
  void publisherBoilerplateIsMarked() {
    assertThat(regions("""
        The ferry operator froze fares for another year, citing stable fuel costs.
        The post Ferry fares frozen for another year appeared first on Coastal Daily.
        """)).containsExactly("BOILERPLATE: The post Ferry fares frozen for another year appeared first on Coastal Daily.");
    assertThat(regions("""
        Volunteers cleared two tonnes of litter from the beach on Saturday.
        From The Harbour Gazette - Local news for the south coast via this RSS feed
        """)).containsExactly("BOILERPLATE: From The Harbour Gazette - Local news for the south coast via this RSS feed");
    assertThat(regions("""
        Lifeboat crews rescued three walkers cut off by the tide.
        Follow us on Mastodon for live updates from the coast
        """)).containsExactly("BOILERPLATE: Follow us on Mastodon for live updates from the coast");
  }

  @Test
  void relatedArticleLinesAndViewCountersAreMarked() {
    assertThat(regions("""
        The new timetable adds two evening sailings.
        Read also: Five things to know about the island's new ferry timetable
        Minister visits flood defences in Somerset - Western Post03.02.25, 17:45 • [views_904]
        Passengers welcomed the change.
        """)).containsExactly(
            "RELATED: Read also: Five things to know about the island's new ferry timetable",
            "RELATED: Minister visits flood defences in Somerset - Western Post03.02.25, 17:45 • [views_904]");
  }

  @Test
  void aRunOfHashtagsIsMarked() {
    assertThat(regions("""
        River levels are expected to fall by the weekend.
        #FloodWatch #Somerset #ClimateAdaptation
        """)).containsExactly("HASHTAGS: #FloodWatch #Somerset #ClimateAdaptation");
  }

  @Test
  void anEditorsNoteIsMarkedWithEitherApostrophe() {
    assertThat(regions("""
        Editor’s note: This story has been updated with a statement from the ferry operator.
        The operator said the delays were caused by a staff shortage.
        Editor's note: An earlier version misstated the number of sailings.
        """)).containsExactly(
            "EDITORS_NOTE: Editor’s note: This story has been updated with a statement from the ferry operator.",
            "EDITORS_NOTE: Editor's note: An earlier version misstated the number of sailings.");
  }

  @Test
  void ordinarySentencesAreNotMarked() {
    assertThat(regions("""
        The harbour master was blunt:
        “Nobody sails until the swell drops,” she told reporters on the quay.
        Sources close to the port authority said the closure could last until Friday.
        Follow-up inspections of the breakwater are planned for next month.
        Updates to the timetable will be posted online, the operator said.
        Watchdogs have asked for an independent review.
        """)).isEmpty();
  }

  @Test
  void aSentenceEndingInAColonBeforeAQuoteIsNotAHeading() {
    assertThat(regions("""
        Fishermen protest new quotas
        At a meeting in the harbour hall, the association's chair put it simply:
        "We cannot live on half a catch."
        """)).containsExactly("HEADLINE: Fishermen protest new quotas");
  }

  @Test
  void crlfLineEndingsStayOutOfTheRegions() {
    List<Region> regions = RegionMarker.mark("Bridge reopens after repairs\r\nTraffic flowed again on Monday.\r\n");
    assertThat(regions).hasSize(1);
    assertThat(regions.get(0).span().end()).isEqualTo("Bridge reopens after repairs".length());
    assertThat(regions("Bridge reopens after repairs\r\nTraffic flowed again on Monday.\r\n"))
        .containsExactly("HEADLINE: Bridge reopens after repairs");
  }

  @Test
  void anEmptyTextHasNoRegions() {
    assertThat(regions("")).isEmpty();
    assertThat(regions("\n \n")).isEmpty();
  }
}
