package dev.prospectus.text;

import dev.prospectus.model.FiscalPeriod;
import dev.prospectus.model.ReportingDate;
import dev.prospectus.model.ReportingPeriod;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Period phrases: runs of period parts ("2025年" + "前9個月"), and what they mean for a dataset
 * whose fiscal year ends on a given day, with "this year" a given year.
 * <p>
 * Used by one check, on one thread.
 */
final class Periods {

  /**
   * A part of a period phrase found in the text.
   *
   * @param start  where it starts
   * @param end  where it ends
   * @param word  what part it is
   * @param n  the number of an entry ({@code months=9}) or of a {n} slot; null if none
   * @param years  the {y} slots, in order
   * @param months  the {m} and {month} slots, in order
   * @param day  the {d} slot, or null
   */
  record Part(int start, int end, PeriodWord word, Integer n, List<Integer> years, List<Integer> months,
      Integer day) {
  }

  /**
   * A period phrase and what it means.
   *
   * @param start  where it starts
   * @param end  where it ends
   * @param period  the period, empty if the phrase names none by itself ("截至" alone, "同期")
   * @param prior  the earlier end of a phrase that names two years ("從2023年到2024年"), for growth;
   *     {@code period} is then the span of both years and {@link #current()} the later one
   * @param sameLastYear  whether the phrase says "the same period a year before"
   * @param sinceFounding  whether the phrase starts at the company's founding
   * @param explicitYear  whether it prints a year rather than "this year"
   */
  record Phrase(int start, int end, Optional<ReportingPeriod> period, Optional<ReportingPeriod> prior,
      boolean sameLastYear, boolean sinceFounding, boolean explicitYear) {

    /** The period a growth or a level is of: the later year of two ("從2023年到2024年"), else the period. */
    Optional<ReportingPeriod> current(MonthDay yearEnd) {
      if (prior.isPresent() && period.isPresent()) {
        return Optional.of(FiscalPeriod.fiscalYear(period.get().endInclusive().getYear(), yearEnd));
      }
      return period;
    }
  }

  private final MonthDay yearEnd;
  private final int thisYear;
  private final LocalDate founding;

  Periods(MonthDay yearEnd, int thisYear, LocalDate founding) {
    this.yearEnd = yearEnd;
    this.thisYear = thisYear;
    this.founding = founding;
  }

  /**
   * Resolves a run of parts; {@code until} is the index of the first part after a range separator
   * ("2022年至2025年前9個月"), or -1.
   */
  Phrase phrase(List<Part> parts, int until) {
    return phrase(parts, until, thisYear);
  }

  /**
   * Resolves a run of parts, reading a part without a year ("前9個月", "nine months") in
   * {@code contextYear}: the year the text named last.
   */
  Phrase phrase(List<Part> parts, int until, int contextYear) {
    int start = parts.get(0).start();
    int end = parts.get(parts.size() - 1).end();
    if (parts.stream().anyMatch(p -> p.word() == PeriodWord.FOUNDED)) {
      // "成立於2022年" dates the founding: no figure is of that period.
      return new Phrase(start, end, Optional.empty(), Optional.empty(), false, false, false);
    }
    boolean since = parts.stream().anyMatch(p -> p.word() == PeriodWord.SINCE_FOUNDING);
    boolean explicit = parts.stream().anyMatch(p -> !p.years().isEmpty());
    if (until > 0 || since) {
      List<Part> first = until > 0 ? parts.subList(0, until) : List.of();
      List<Part> second = until > 0 ? parts.subList(until, parts.size())
          : parts.stream().filter(p -> p.word() != PeriodWord.SINCE_FOUNDING).toList();
      Optional<LocalDate> from = since ? Optional.ofNullable(founding) : resolve(first, contextYear).map(this::startOf);
      Optional<ReportingPeriod> to = second.isEmpty() ? Optional.empty() : resolve(second, contextYear);
      Optional<ReportingPeriod> range = from.isPresent() && to.isPresent()
          && !to.get().endInclusive().isBefore(from.get())
          ? Optional.of(FiscalPeriod.ofClosed(from.get(), to.get().endInclusive())) : Optional.empty();
      return new Phrase(start, end, range, Optional.empty(), false, since, explicit);
    }
    boolean same = parts.stream().anyMatch(p -> p.word() == PeriodWord.SAME_PERIOD);
    Optional<ReportingPeriod> prior = Optional.empty();
    for (Part p : parts) {
      if (p.word() == PeriodWord.YEAR_RANGE) {
        prior = Optional.of(FiscalPeriod.fiscalYear(p.years().get(0), yearEnd));
      }
    }
    return new Phrase(start, end, resolve(parts, contextYear), prior, same, false, explicit);
  }

  private LocalDate startOf(ReportingPeriod p) {
    return p instanceof FiscalPeriod f ? f.start() : p.endInclusive();
  }

  private Optional<ReportingPeriod> resolve(List<Part> parts, int contextYear) {
    Integer year = null;
    Integer year2 = null;
    Integer months = null;
    Integer quarter = null;
    List<Integer> monthRange = List.of();
    Integer month = null;
    Integer day = null;
    boolean asAt = false;
    boolean endOf = false;
    for (Part p : parts) {
      if (!p.years().isEmpty() && year == null) {
        year = p.years().get(0);
      }
      switch (p.word()) {
        case YEAR_RANGE:
          year2 = p.years().get(1);
          break;
        case RELATIVE_YEAR:
          year = year == null ? thisYear + p.n() : year;
          break;
        case MONTHS:
          months = p.n();
          break;
        case QUARTER:
          quarter = p.n();
          break;
        case MONTH_RANGE:
          monthRange = p.months();
          break;
        case DATE:
          month = p.months().get(0);
          day = p.day();
          break;
        case MONTH:
          month = p.months().get(0);
          break;
        case AS_AT:
          asAt = true;
          break;
        case END_OF:
          endOf = true;
          break;
        default:
          break;
      }
    }
    int y = year == null ? contextYear : year;
    boolean instant = asAt || endOf;
    try {
      if (day != null) {
        LocalDate date = LocalDate.of(y, month, day);
        return Optional.of(months != null ? FiscalPeriod.monthsEnded(months, date) : ReportingDate.of(date));
      }
      if (month != null) {
        LocalDate first = LocalDate.of(y, month, 1);
        LocalDate last = first.plusMonths(1).minusDays(1);
        if (months != null) {
          return Optional.of(FiscalPeriod.monthsEnded(months, last));
        }
        return Optional.of(instant ? ReportingDate.of(last) : FiscalPeriod.ofClosed(first, last));
      }
      if (year2 != null) {
        return Optional.of(FiscalPeriod.ofClosed(FiscalPeriod.fiscalYear(y, yearEnd).start(),
            FiscalPeriod.fiscalYear(year2, yearEnd).endInclusive()));
      }
      if (quarter != null && quarter >= 1 && quarter <= 4) {
        LocalDate start = FiscalPeriod.fiscalYear(y, yearEnd).start().plusMonths(3L * (quarter - 1));
        FiscalPeriod q = FiscalPeriod.ofClosed(start, start.plusMonths(3).minusDays(1));
        return Optional.of(instant ? ReportingDate.of(q.endInclusive()) : q);
      }
      if (monthRange.size() == 2 && monthRange.get(0) <= monthRange.get(1)) {
        LocalDate first = LocalDate.of(y, monthRange.get(0), 1);
        LocalDate last = LocalDate.of(y, monthRange.get(1), 1).plusMonths(1).minusDays(1);
        return Optional.of(FiscalPeriod.ofClosed(first, last));
      }
      if (months != null && months >= 1 && months <= 12) {
        FiscalPeriod p = FiscalPeriod.firstMonthsOfFiscalYear(months, y, yearEnd);
        return Optional.of(instant ? ReportingDate.of(p.endInclusive()) : p);
      }
      boolean names = parts.stream().anyMatch(p -> p.word() == PeriodWord.YEAR || p.word() == PeriodWord.FULL_YEAR
          || p.word() == PeriodWord.RELATIVE_YEAR);
      if (names) {
        FiscalPeriod fy = FiscalPeriod.fiscalYear(y, yearEnd);
        return Optional.of(endOf ? ReportingDate.of(fy.endInclusive()) : fy);
      }
    } catch (DateTimeException | IllegalArgumentException ex) {
      // A date the calendar does not have ("2月30日") names no period.
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The fiscal year that holds a day. */
  FiscalPeriod fiscalYearOf(LocalDate date) {
    FiscalPeriod fy = FiscalPeriod.fiscalYear(date.getYear(), yearEnd);
    if (date.isAfter(fy.endInclusive())) {
      return FiscalPeriod.fiscalYear(date.getYear() + 1, yearEnd);
    }
    if (date.isBefore(fy.start())) {
      return FiscalPeriod.fiscalYear(date.getYear() - 1, yearEnd);
    }
    return fy;
  }

  /**
   * A period as a metric has it: a balance at the end of a named span, a flow up to a named day
   * (from the start of its fiscal year).
   */
  ReportingPeriod as(ReportingPeriod period, boolean stock) {
    if (stock && !period.isInstant()) {
      return ReportingDate.of(period.endInclusive());
    }
    if (!stock && period.isInstant()) {
      FiscalPeriod fy = fiscalYearOf(period.endInclusive());
      return FiscalPeriod.ofClosed(fy.start(), period.endInclusive());
    }
    return period;
  }

  static List<Integer> ints(List<String> values) {
    List<Integer> result = new ArrayList<>();
    values.forEach(v -> result.add(Integer.parseInt(v)));
    return result;
  }
}
