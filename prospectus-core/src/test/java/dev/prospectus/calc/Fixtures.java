package dev.prospectus.calc;

import dev.prospectus.model.Amount;
import dev.prospectus.model.Document;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.Metric;
import dev.prospectus.model.Qualifier;
import dev.prospectus.model.ReportingPeriod;
import dev.prospectus.model.Scale;
import dev.prospectus.model.Segment;
import dev.prospectus.model.Source;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.util.Optional;

/** Figures as the calculator tests print them: one source, values as a prospectus prints them. */
final class Fixtures {

  static final Source SOURCE = Source.of(Document.of("calc-tests", "Figures restated for the calculator tests", "en"),
      "test fixture", "restated from the bundled dataset");

  private Fixtures() {
  }

  /** A whole-company figure, such as {@code figure("revenue", "FY2023", "346", Scale.TEN_THOUSAND, "USD")}. */
  static Figure figure(String metric, String period, String value, Scale scale, String unit) {
    return figure(metric, "total", period, value, scale, unit);
  }

  /**
   * A segment's figure. A whole number of thousands stands for a prospectus table, exact to the
   * thousand, and says so ({@code roundedTo} 1), as the bundled datasets do.
   */
  static Figure figure(String metric, String segment, String period, String value, Scale scale, String unit) {
    FigureKey key = FigureKey.of(Metric.of(metric), Segment.of(segment), ReportingPeriod.parse(period));
    Figure figure = Figure.of(key, Amount.of(value, scale, Unit.parse(unit)), SOURCE);
    boolean table = scale == Scale.THOUSAND && figure.amount().value().scale() == 0;
    return table ? figure.withRoundedTo(BigDecimal.ONE) : figure;
  }

  /** A whole-company percentage. */
  static Figure percent(String metric, String period, String value) {
    return figure(metric, "total", period, value, Scale.ONE, "%");
  }

  /** A segment's percentage. */
  static Figure percent(String metric, String segment, String period, String value) {
    return figure(metric, segment, period, value, Scale.ONE, "%");
  }

  /** The same figure with another qualifier. */
  static Figure qualified(Figure figure, Qualifier qualifier) {
    return new Figure(figure.metric(), figure.segment(), figure.period(), figure.amount(), qualifier,
        figure.source(), figure.currencyNote(), figure.note(), Optional.empty(), figure.roundedTo());
  }

  /** The same figure with a note. */
  static Figure noted(Figure figure, String note) {
    return new Figure(figure.metric(), figure.segment(), figure.period(), figure.amount(), figure.qualifier(),
        figure.source(), figure.currencyNote(), Optional.of(note), Optional.empty(), figure.roundedTo());
  }
}
