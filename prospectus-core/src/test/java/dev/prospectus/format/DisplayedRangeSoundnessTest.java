package dev.prospectus.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prospectus.model.Amount;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Document;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.Qualifier;
import dev.prospectus.model.Scale;
import dev.prospectus.model.Source;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every range the library shows for a printed figure contains every value that rounds to the
 * printed figure under the documented reading (docs/data-format.md, "Precision" and "One-sided
 * figures"): the coarsest reading of ambiguous zeros, or the rounding the dataset states; the open
 * side of "over", "at least", "under" and "at most" unbounded. The check runs on the figure's range
 * and on its display, read back from the text: a display narrower than the range would fail it.
 */
class DisplayedRangeSoundnessTest {

  private static final int CASES = 3000;
  private static final Source SOURCE = Source.of(Document.of("property", "Random printings", "en"), "p. 1", "x");
  private static final Unit[] UNITS = {Unit.parse("USD"), Unit.parse("CNY"), Unit.parse("HKD"), Unit.parse("EUR"),
      Unit.PERCENT, Unit.parse("months"), Unit.parse("people"), Unit.TIMES};
  /** A number and its magnitude suffix, as the display writes one end: {@code US$3.4595M}, {@code -12.50%}. */
  private static final Pattern END = Pattern.compile("(-)?[^\\d-]*?(\\d+(?:\\.\\d+)?)([BMK])?(?:\\b|%|x|$)");

  @Test
  void test_everyValueThatRoundsToThePrintingIsShown() {
    Random random = new Random(20260110);
    int oneSided = 0;
    int ambiguous = 0;
    for (int i = 0; i < CASES; i++) {
      Figure f = printing(random);
      BigDecimal unit = f.roundingUnit().scaleByPowerOfTen(f.amount().scale().exponent());
      BigDecimal v = f.amount().baseValue();
      List<BigDecimal> values = new ArrayList<>();
      switch (f.qualifier()) {
        case OVER:
        case AT_LEAST:
          // any value above the printed bound, however far
          values.addAll(List.of(v, v.add(unit.movePointLeft(3)), v.add(unit), v.add(BigDecimal.TEN.pow(15))));
          oneSided++;
          break;
        case UNDER:
        case AT_MOST:
          values.addAll(List.of(v, v.subtract(unit.movePointLeft(3)), v.subtract(unit),
              v.subtract(BigDecimal.TEN.pow(15))));
          oneSided++;
          break;
        default:
          // both ends of the rounding and points between
          BigDecimal half = unit.divide(BigDecimal.valueOf(2));
          for (int k = 0; k <= 8; k++) {
            values.add(v.subtract(half).add(unit.multiply(BigDecimal.valueOf(k)).divide(BigDecimal.valueOf(8))));
          }
          break;
      }
      ambiguous += f.hasAmbiguousRounding() ? 1 : 0;
      DecimalRange range = f.range();
      String display = Formats.format(range, f.unit());
      String withPoint = Formats.format(f.value(), range, f.unit());
      for (BigDecimal x : values) {
        assertThat(range.contains(x)).as("%s: range %s holds %s", f, range, x.toPlainString()).isTrue();
        assertThat(shows(display, f.unit(), x)).as("%s: display %s holds %s", f, display, x.toPlainString())
            .isTrue();
        assertThat(shows(withPoint.substring(withPoint.indexOf(range.isBounded() ? '[' : withPoint.charAt(0))),
            f.unit(), x)).as("%s: display %s holds %s", f, withPoint, x.toPlainString()).isTrue();
      }
    }
    // the property must have met the cases it is about
    assertThat(oneSided).isGreaterThan(CASES / 5);
    assertThat(ambiguous).isGreaterThan(CASES / 10);
  }

  /** A random printing: digits, maybe trailing zeros, maybe a decimal point, a scale, a unit, a qualifier. */
  private static Figure printing(Random random) {
    StringBuilder digits = new StringBuilder().append(1 + random.nextInt(9));
    int length = random.nextInt(5);
    for (int k = 0; k < length; k++) {
      digits.append(random.nextInt(10));
    }
    if (random.nextInt(3) == 0) {
      digits.append("0".repeat(1 + random.nextInt(3)));
    }
    String text = digits.toString();
    if (random.nextInt(3) == 0 && text.length() > 1) {
      int point = 1 + random.nextInt(text.length() - 1);
      text = text.substring(0, point) + "." + text.substring(point);
    }
    Unit unit = UNITS[random.nextInt(UNITS.length)];
    Scale scale = unit.isCurrency() ? Scale.values()[random.nextInt(Scale.values().length)] : Scale.ONE;
    Qualifier qualifier = Qualifier.values()[random.nextInt(Qualifier.values().length)];
    Figure f = Figure.of(FigureKey.parse("revenue/total/FY2024"), Amount.of(text, scale, unit), qualifier, SOURCE);
    if (f.hasAmbiguousRounding() && random.nextBoolean()) {
      // the dataset states the rounding: any unit from the last printed digit to the last non-zero one
      BigDecimal fine = f.amount().finestRoundingUnit();
      BigDecimal coarse = f.amount().coarsestRoundingUnit();
      List<BigDecimal> units = new ArrayList<>();
      for (BigDecimal u = fine; u.compareTo(coarse) <= 0; u = u.movePointRight(1)) {
        units.add(u);
      }
      f = f.withRoundedTo(units.get(random.nextInt(units.size())));
    }
    return f;
  }

  /** Whether a display ({@code [a, b]}, {@code ≥ a}, {@code ≤ b}, {@code any value}) holds a value. */
  private static boolean shows(String display, Unit unit, BigDecimal x) {
    if (display.equals("any value")) {
      return true;
    }
    if (display.startsWith("\u2265 ")) {
      return number(display.substring(2), unit).compareTo(x) <= 0;
    }
    if (display.startsWith("\u2264 ")) {
      return number(display.substring(2), unit).compareTo(x) >= 0;
    }
    String[] ends = display.substring(1, display.length() - 1).split(", ");
    return number(ends[0], unit).compareTo(x) <= 0 && number(ends[1], unit).compareTo(x) >= 0;
  }

  /** One end as displayed, back at base scale. */
  private static BigDecimal number(String end, Unit unit) {
    Matcher m = END.matcher(end);
    assertThat(m.find()).as("a number in '%s'", end).isTrue();
    BigDecimal n = new BigDecimal(m.group(2));
    if (unit.isCurrency() && m.group(3) != null) {
      n = n.movePointRight("B".equals(m.group(3)) ? 9 : "M".equals(m.group(3)) ? 6 : 3);
    }
    return m.group(1) != null ? n.negate() : n;
  }
}
