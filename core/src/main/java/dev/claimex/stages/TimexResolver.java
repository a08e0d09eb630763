package dev.claimex.stages;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Re-anchors SUTime's values for dates that name a weekday, a month, or a month and day
 * without a year. SUTime picks the year or week by fixed rules that often land in the future
 * in news text ("returned to office in January" published in October became next January;
 * "met on Friday" published on a Wednesday became the coming Friday). News convention is
 * followed instead, using the tense of the nearest verb:
 * <ul>
 *   <li>past tense: the latest such date on or before the publication date;</li>
 *   <li>future (will, next, upcoming): the earliest on or after it;</li>
 *   <li>otherwise: a weekday is the latest on or before the publication date (news reports
 *       what happened), a month the nearest one.</li>
 * </ul>
 * A month and day ("Oct. 16") is always the nearest such date: measured on TempEval-3, the
 * nearest date beats the verb's tense there (reports of scheduled events use past verbs).
 * Periods before now keep the granularity of their unit ("50 years ago" is a year).
 * Values with an explicit year, and relative expressions ("last Thursday", "this week"), are
 * left as SUTime gave them. Stateless apart from the publication date.
 */
final class TimexResolver {
  enum Tense { PAST, PRESENT, FUTURE }

  private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(
      Map.entry("monday", DayOfWeek.MONDAY), Map.entry("mon", DayOfWeek.MONDAY),
      Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tues", DayOfWeek.TUESDAY),
      Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY),
      Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("thur", DayOfWeek.THURSDAY),
      Map.entry("thurs", DayOfWeek.THURSDAY),
      Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("fri", DayOfWeek.FRIDAY),
      Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sat", DayOfWeek.SATURDAY),
      Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("sun", DayOfWeek.SUNDAY));
  private static final Map<String, Month> MONTHS = Map.ofEntries(
      Map.entry("january", Month.JANUARY), Map.entry("jan", Month.JANUARY),
      Map.entry("february", Month.FEBRUARY), Map.entry("feb", Month.FEBRUARY),
      Map.entry("march", Month.MARCH), Map.entry("mar", Month.MARCH),
      Map.entry("april", Month.APRIL), Map.entry("apr", Month.APRIL),
      Map.entry("may", Month.MAY),
      Map.entry("june", Month.JUNE), Map.entry("jun", Month.JUNE),
      Map.entry("july", Month.JULY), Map.entry("jul", Month.JULY),
      Map.entry("august", Month.AUGUST), Map.entry("aug", Month.AUGUST),
      Map.entry("september", Month.SEPTEMBER), Map.entry("sep", Month.SEPTEMBER), Map.entry("sept", Month.SEPTEMBER),
      Map.entry("october", Month.OCTOBER), Map.entry("oct", Month.OCTOBER),
      Map.entry("november", Month.NOVEMBER), Map.entry("nov", Month.NOVEMBER),
      Map.entry("december", Month.DECEMBER), Map.entry("dec", Month.DECEMBER));
  private static final String MOD = "(?:(?:on|in|early|late|mid|mid-|this past|past)\\s+)?";
  private static final Pattern WEEKDAY = Pattern.compile(MOD + "([a-z]+)\\.?");
  private static final Pattern MONTH = Pattern.compile(MOD + "([a-z]+)\\.?");
  private static final Pattern MONTH_DAY = Pattern.compile(MOD + "([a-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?");
  private static final Pattern DAY_MONTH = Pattern.compile(MOD + "(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?([a-z]+)\\.?");
  private static final Pattern AGO = Pattern.compile("\\b(years?|decades?|century|centuries|months?)\\s+(?:ago|earlier|before)$");
  private static final Pattern RESOLVED = Pattern.compile("\\d{4}-.*");

  private final Optional<LocalDate> published;

  TimexResolver(Optional<LocalDate> published) {
    this.published = published;
  }

  /**
   * The value to report for a time expression.
   *
   * @param text the expression as written
   * @param value SUTime's value (may be null)
   * @param tense the tense of the verb nearest to the expression
   */
  Optional<String> resolve(String text, String value, Tense tense) {
    if (value == null || published.isEmpty()) {
      return Optional.ofNullable(value);
    }
    LocalDate pub = published.get();
    String t = text.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    // only re-anchor what SUTime anchored itself (its value starts with a year)
    if (!RESOLVED.matcher(value).matches()) {
      return Optional.of(value);
    }
    Matcher ago = AGO.matcher(t);
    if (ago.find()) {
      // "50 years ago" names a year, "two months ago" a month: TIMEX3 keeps the unit's granularity
      String unit = ago.group(1);
      if (unit.startsWith("year") || unit.startsWith("decade") || unit.startsWith("centur")) {
        return Optional.of(value.substring(0, 4));
      }
      if (unit.startsWith("month") && value.length() >= 7) {
        return Optional.of(value.substring(0, 7));
      }
      return Optional.of(value);
    }
    Matcher m = WEEKDAY.matcher(t);
    if (m.matches() && DAYS.containsKey(m.group(1))) {
      DayOfWeek day = DAYS.get(m.group(1));
      LocalDate d = tense == Tense.FUTURE
          ? pub.with(TemporalAdjusters.nextOrSame(day))
          : pub.with(TemporalAdjusters.previousOrSame(day));
      return Optional.of(d + timeSuffix(value));
    }
    m = MONTH_DAY.matcher(t);
    if (m.matches() && MONTHS.containsKey(m.group(1))) {
      return Optional.of(monthDay(pub, MONTHS.get(m.group(1)), Integer.parseInt(m.group(2)), value));
    }
    m = DAY_MONTH.matcher(t);
    if (m.matches() && MONTHS.containsKey(m.group(2))) {
      return Optional.of(monthDay(pub, MONTHS.get(m.group(2)), Integer.parseInt(m.group(1)), value));
    }
    m = MONTH.matcher(t);
    if (m.matches() && MONTHS.containsKey(m.group(1)) && value.matches("\\d{4}-\\d{2}")) {
      YearMonth best = pick(YearMonth.from(pub), MONTHS.get(m.group(1)), tense);
      return Optional.of(best.toString());
    }
    return Optional.of(value);
  }

  /** The date with this month and day nearest to the publication date. */
  private static String monthDay(LocalDate pub, Month month, int day, String value) {
    if (day < 1 || day > month.maxLength()) {
      return value;
    }
    LocalDate best = null;
    for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
      if (day > YearMonth.of(y, month).lengthOfMonth()) {
        continue;
      }
      LocalDate c = LocalDate.of(y, month, day);
      if ((best == null
          || Math.abs(ChronoUnit.DAYS.between(pub, c)) < Math.abs(ChronoUnit.DAYS.between(pub, best)))) {
        best = c;
      }
    }
    return best == null ? value : best + timeSuffix(value);
  }

  private static YearMonth pick(YearMonth pub, Month month, Tense tense) {
    YearMonth best = null;
    for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
      YearMonth c = YearMonth.of(y, month);
      boolean allowed = switch (tense) {
        case PAST -> !c.isAfter(pub);
        case FUTURE -> !c.isBefore(pub);
        case PRESENT -> true;
      };
      if (allowed && (best == null || Math.abs(ChronoUnit.MONTHS.between(pub, c)) < Math.abs(ChronoUnit.MONTHS.between(pub, best)))) {
        best = c;
      }
    }
    return best == null ? pub.withMonth(month.getValue()) : best;
  }

  /** Keeps a time-of-day part SUTime added ("T20:00", "TNI"), dropping its date part. */
  private static String timeSuffix(String value) {
    int t = value.indexOf('T');
    return t > 0 && value.matches("\\d{4}-\\d{2}-\\d{2}T.*") ? value.substring(t) : "";
  }
}
