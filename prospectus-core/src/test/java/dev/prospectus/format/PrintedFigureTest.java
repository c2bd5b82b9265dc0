package dev.prospectus.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.model.Amount;
import dev.prospectus.model.ApproximationConvention;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Qualifier;
import dev.prospectus.model.Scale;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PrintedFigureTest {

  private static final Unit USD = Unit.parse("USD");
  private static final ApproximationConvention WIDE =
      ApproximationConvention.of(new BigDecimal("0.10"), new BigDecimal("0.02"));

  @Test
  void test_range_aboutUnderDefaultConvention() {
    PrintedFigure figure = PrintedFigure.parse("約5億美元");
    // 5 ± 0.5 億
    assertThat(figure.roundingRange().low()).isEqualByComparingTo("450000000");
    assertThat(figure.roundingRange().high()).isEqualByComparingTo("550000000");
    // about: 5% of 500000000 = 25000000 either side: [425000000, 575000000]
    assertThat(figure.range().low()).isEqualByComparingTo("425000000");
    assertThat(figure.range().high()).isEqualByComparingTo("575000000");
  }

  @Test
  void test_range_aboutUnderCustomConvention() {
    // about: 10% of 500000000 = 50000000 either side of [450000000, 550000000]: [400000000, 600000000]
    DecimalRange range = PrintedFigure.parse("约5亿美元").range(WIDE);
    assertThat(range.low()).isEqualByComparingTo("400000000");
    assertThat(range.high()).isEqualByComparingTo("600000000");
  }

  @Test
  void test_range_nearlyUnderDefaultConvention() {
    PrintedFigure figure = PrintedFigure.parse("近乎50%");
    // the zero may be a rounding: the coarsest reading is [45, 55]
    assertThat(figure.roundingRange().low()).isEqualByComparingTo("45");
    assertThat(figure.roundingRange().high()).isEqualByComparingTo("55");
    // nearly: 5% of 50 = 2.5 below only: [45 - 2.5, 55] = [42.5, 55]
    assertThat(figure.range().low()).isEqualByComparingTo("42.5");
    assertThat(figure.range().high()).isEqualByComparingTo("55");
    // read to the last digit: [49.5 - 1, 50.5], since 5% of 50 exceeds the one unit the digits allow
    assertThat(figure.finestRange(ApproximationConvention.DEFAULT).low()).isEqualByComparingTo("48.5");
    assertThat(figure.finestRange(ApproximationConvention.DEFAULT).high()).isEqualByComparingTo("50.5");
  }

  @Test
  void test_range_nearlyUnderCustomConvention() {
    // nearly: 2% of 50 = 1 below only: [45 - 1, 55] = [44, 55]
    DecimalRange range = PrintedFigure.parse("nearly 50%").range(WIDE);
    assertThat(range.low()).isEqualByComparingTo("44");
    assertThat(range.high()).isEqualByComparingTo("55");
  }

  @Test
  void test_range_exactKeepsRoundingRangeAndOpenEndedIsOneSided() {
    // above 15億 as printed, whatever the convention; no upper end
    PrintedFigure over = PrintedFigure.parse("超過15億美元");
    assertThat(over.range()).isEqualTo(DecimalRange.atLeast(new BigDecimal("1500000000")));
    assertThat(over.range(WIDE)).isEqualTo(over.range());
    assertThat(over.range().isBoundedAbove()).isFalse();
    assertThat(PrintedFigure.parse("不到1%").range()).isEqualTo(DecimalRange.atMost(BigDecimal.ONE));
    PrintedFigure exact = PrintedFigure.parse("346萬美元");
    assertThat(exact.range(WIDE).low()).isEqualByComparingTo("3455000");
    assertThat(exact.range(WIDE).high()).isEqualByComparingTo("3465000");
  }

  @Test
  void test_range_nullConvention() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PrintedFigure.parse("約5億美元").range(null))
        .withMessage("Argument 'convention' must not be null");
  }

  @Test
  void test_value_baseScale() {
    // 346 × 10^4
    assertThat(PrintedFigure.parse("346萬美元").value()).isEqualByComparingTo("3460000");
    // midpoint of a printed range: (400 + 550) / 2 × 10^8 = 475 × 10^8
    assertThat(PrintedFigure.parse("400至550億美元").value()).isEqualByComparingTo("47500000000");
    // accountants' negative
    assertThat(PrintedFigure.parse("(0.4%)").value()).isEqualByComparingTo("-0.4");
  }

  static Object[][] data_precision() {
    return new Object[][] {
        // text, the unit of the last printed digit at base scale, ambiguous zeros
        {"782.2%", "0.1", false},
        {"346萬美元", "1E+4", false},
        {"3050萬美元", "1E+4", true},
        {"800%", "1", true},
        {"1.80億元", "1E+6", false},
        {"400億至550億美元", "1E+8", true},
        {"US$3.46 million", "1E+4", false},
        {"0", "1", false},
    };
  }

  @ParameterizedTest
  @MethodSource("data_precision")
  void test_precision_and_ambiguousZeros(String text, String precision, boolean ambiguous) {
    PrintedFigure printed = PrintedFigure.parse(text);
    assertThat(printed.precision()).isEqualTo(new BigDecimal(precision));
    assertThat(printed.precision()).isEqualTo(printed.amount().finestRoundingUnit()
        .scaleByPowerOfTen(printed.amount().scale().exponent()));
    assertThat(printed.hasAmbiguousZeros()).isEqualTo(ambiguous).isEqualTo(printed.amount().hasAmbiguousZeros());
  }

  static Object[][] data_roundTrip() {
    return new Object[][] {
        {"782.2%"}, {"(0.4%)"}, {"US$3.46 million"}, {"  US$ 3.46  million "}, {"346萬美元"},
        {"3,052.3万美元"}, {"超過15億美元"}, {"53個月以上"}, {"不到1%"}, {"近乎50%"}, {"約5億美元"},
        {"400億至550億美元"}, {"US$40–55 billion"}, {"106億元"}, {"７３．８％"}, {"385"},
    };
  }

  @ParameterizedTest
  @MethodSource("data_roundTrip")
  void test_toString_roundTrip(String text) {
    PrintedFigure figure = PrintedFigure.parse(text);
    assertThat(figure.toString()).isEqualTo(text);
    assertThat(PrintedFigure.parse(figure.toString())).isEqualTo(figure);
  }

  @Test
  void test_parse_sameAsFigureParser() {
    assertThat(PrintedFigure.parse("1.42億美元")).isEqualTo(FigureParser.parse("1.42億美元"));
    assertThatExceptionOfType(FigureParseException.class)
        .isThrownBy(() -> PrintedFigure.parse("30,52萬"))
        .withMessage("Unable to parse figure '30,52萬' at position 2: misplaced thousands separator ','");
  }

  @Test
  void test_constructor_textStatesTheAmount() {
    PrintedFigure figure = PrintedFigure.of(Amount.of("346", Scale.TEN_THOUSAND, USD), Qualifier.EXACT, "346萬美元");
    assertThat(figure).isEqualTo(PrintedFigure.parse("346萬美元"));
  }

  @Test
  void test_constructor_yuanReadsAsTheAmountsCurrency() {
    Unit hkd = Unit.parse("HKD");
    PrintedFigure figure = PrintedFigure.of(Amount.of("106", Scale.HUNDRED_MILLION, hkd), Qualifier.EXACT, "106億元");
    assertThat(figure).isEqualTo(FigureParser.parse("106億元", hkd));
  }

  @Test
  void test_constructor_textStatesAnotherAmount() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PrintedFigure.of(
            Amount.of("5", Scale.HUNDRED_MILLION, Unit.parse("CNY")), Qualifier.EXACT, "5億美元"))
        .withMessage("Printed figure text '5億美元' states 'exact 5億 USD', not 'exact 5億 CNY'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PrintedFigure.of(Amount.of("5", Scale.HUNDRED_MILLION, USD), Qualifier.EXACT, "約5億美元"))
        .withMessage("Printed figure text '約5億美元' states 'about 5億 USD', not 'exact 5億 USD'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PrintedFigure.of(Amount.of("5.0", Scale.HUNDRED_MILLION, USD), Qualifier.EXACT, "5億美元"))
        .withMessage("Printed figure text '5億美元' states 'exact 5億 USD', not 'exact 5.0億 USD'");
  }

  @Test
  void test_constructor_textNotAFigure() {
    assertThatExceptionOfType(FigureParseException.class)
        .isThrownBy(() -> PrintedFigure.of(Amount.of("5", Scale.ONE, USD), Qualifier.EXACT, "revenue"))
        .withMessage("Unable to parse figure 'revenue' at position 0: expected a number but found 'revenue'");
  }

  @Test
  void test_constructor_nullArguments() {
    Amount amount = Amount.of("346", Scale.TEN_THOUSAND, USD);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PrintedFigure.of(null, Qualifier.EXACT, "346萬美元"))
        .withMessage("Argument 'amount' must not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PrintedFigure.of(amount, null, "346萬美元"))
        .withMessage("Argument 'qualifier' must not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PrintedFigure.of(amount, Qualifier.EXACT, null))
        .withMessage("Argument 'text' must not be null");
  }

  @Test
  void test_equals_textAndPrintedScaleCount() {
    PrintedFigure a = PrintedFigure.parse("346萬美元");
    PrintedFigure b = PrintedFigure.parse("346萬美元");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    // same amount, another printing
    PrintedFigure spaced = PrintedFigure.parse("346 萬美元");
    assertThat(spaced.amount()).isEqualTo(a.amount());
    assertThat(spaced).isNotEqualTo(a);
    // same value, another precision
    assertThat(PrintedFigure.parse("0.5%")).isNotEqualTo(PrintedFigure.parse("0.50%"));
  }
}
