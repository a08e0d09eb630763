package dev.claimex.stages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimex.stages.TimexResolver.Tense;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimexResolverTest {
  // a Wednesday
  private final TimexResolver resolver = new TimexResolver(Optional.of(LocalDate.parse("2024-03-13")));

  @Test
  void pastWeekdayIsTheLatestOnOrBeforePublication() {
    assertThat(resolver.resolve("Friday", "2024-03-15", Tense.PAST)).contains("2024-03-08");
    assertThat(resolver.resolve("on Monday", "2024-03-18", Tense.PRESENT)).contains("2024-03-11");
    assertThat(resolver.resolve("Wednesday", "2024-03-13", Tense.PAST)).contains("2024-03-13");
  }

  @Test
  void futureWeekdayIsTheEarliestOnOrAfterPublication() {
    assertThat(resolver.resolve("Friday", "2024-03-08", Tense.FUTURE)).contains("2024-03-15");
  }

  @Test
  void partOfDayIsKept() {
    assertThat(resolver.resolve("Friday night", "2024-03-15TNI", Tense.PAST)).contains("2024-03-15TNI");
    assertThat(resolver.resolve("late Friday", "2024-03-15", Tense.PAST)).contains("2024-03-08");
  }

  @Test
  void monthDayIsTheNearestDate() {
    assertThat(resolver.resolve("Dec. 28", "2024-12-28", Tense.PAST)).contains("2023-12-28");
    assertThat(resolver.resolve("March 20", "2023-03-20", Tense.PAST)).contains("2024-03-20");
    assertThat(resolver.resolve("5th of March", "2025-03-05", Tense.PRESENT)).contains("2024-03-05");
  }

  @Test
  void monthAloneFollowsTense() {
    assertThat(resolver.resolve("in November", "2024-11", Tense.PAST)).contains("2023-11");
    assertThat(resolver.resolve("November", "2023-11", Tense.FUTURE)).contains("2024-11");
  }

  @Test
  void agoKeepsTheGranularityOfItsUnit() {
    assertThat(resolver.resolve("40 years ago", "1984-03-13", Tense.PAST)).contains("1984");
    assertThat(resolver.resolve("two months ago", "2024-01-13", Tense.PAST)).contains("2024-01");
    assertThat(resolver.resolve("three days ago", "2024-03-10", Tense.PAST)).contains("2024-03-10");
  }

  @Test
  void explicitYearsRelativeExpressionsAndUnresolvedValuesStay() {
    assertThat(resolver.resolve("March 5, 2019", "2019-03-05", Tense.PRESENT)).contains("2019-03-05");
    assertThat(resolver.resolve("last week", "2024-W10", Tense.PAST)).contains("2024-W10");
    assertThat(resolver.resolve("three years", "P3Y", Tense.PAST)).contains("P3Y");
    assertThat(resolver.resolve("Friday", "XXXX-WXX-5", Tense.PAST)).contains("XXXX-WXX-5");
  }

  @Test
  void withoutPublicationDateNothingChanges() {
    TimexResolver none = new TimexResolver(Optional.empty());
    assertThat(none.resolve("Friday", "2024-03-15", Tense.PAST)).contains("2024-03-15");
    assertThat(none.resolve("Friday", null, Tense.PAST)).isEmpty();
  }
}
