package dev.prospectus.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.model.Amount;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Scale;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FormatsTest {

  private static final Unit USD_UNIT = Unit.parse("USD");
  private static final Unit CNY = Unit.parse("CNY");
  private static final Unit HKD = Unit.parse("HKD");
  private static final Unit EUR = Unit.parse("EUR");

  static Object[][] data_format() {
    return new Object[][] {
        // money as analysts write it: billions, millions with two decimals, thousands with none
        {"1102000000", USD_UNIT, "US$1.10B"},
        {"30523000", USD_UNIT, "US$30.52M"},
        {"758000", USD_UNIT, "US$758K"},
        {"21.4608", USD_UNIT, "US$21.46"},
        {"312410000", CNY, "RMB 312.41M"},
        {"1000000", HKD, "HK$1.00M"},
        {"2580000", EUR, "EUR 2.58M"},
        // the base value of 346萬
        {Amount.of("346", Scale.TEN_THOUSAND, USD_UNIT).baseValue().toPlainString(), USD_UNIT, "US$3.46M"},
        // negative money: the sign goes before the symbol
        {"-2584000", USD_UNIT, "-US$2.58M"},
        {"-2584000", CNY, "-RMB 2.58M"},
        {"-2584000", HKD, "-HK$2.58M"},
        {"-2584000", EUR, "-EUR 2.58M"},
        // under a thousand, money shows in units; from a thousand in thousands
        {"-1000", USD_UNIT, "-US$1K"},
        {"-999", USD_UNIT, "-US$999.00"},
        // ties round to even: 2.585 -> 2.58, 2.595 -> 2.60
        {"2585000", USD_UNIT, "US$2.58M"},
        {"2595000", USD_UNIT, "US$2.60M"},
        {"782.0809", Unit.PERCENT, "782.08%"},
        {"-24.7", Unit.PERCENT, "-24.70%"},
        {"0.125", Unit.PERCENT, "0.12%"},
        {"-0.004", Unit.PERCENT, "0.00%"},
        {"3.5", Unit.TIMES, "3.50x"},
        {"47.3", Unit.MONTHS, "47.30 months"},
        {"385", Unit.PEOPLE, "385 people"},
        // counts are whole; 384.5 is a tie and rounds to the even 384
        {"384.5", Unit.PEOPLE, "384 people"},
        {"1200", Unit.parse("robots"), "1200 robots"},
        {"2.5E+6", Unit.USERS, "2500000 users"},
        {"12", Unit.parse("active users"), "12 active users"},
    };
  }

  @ParameterizedTest
  @MethodSource("data_format")
  void test_format_value(String value, Unit unit, String expected) {
    assertThat(Formats.format(dec(value), unit)).isEqualTo(expected);
  }

  static Object[][] data_format_range() {
    return new Object[][] {
        // the ends get one decimal more than the width's leading digit: 346萬 is 0.01M wide
        {"3455000", "3465000", USD_UNIT, "[US$3.455M, US$3.465M]"},
        // 3460 thousand is 0.001M wide: [US$3.4595M, US$3.4605M], not [US$3.45M, US$3.47M]
        {"3459500", "3460500", USD_UNIT, "[US$3.4595M, US$3.4605M]"},
        {"-2585000", "-2575000", USD_UNIT, "[-US$2.585M, -US$2.575M]"},
        {"-2585000", "-2575000", CNY, "[-RMB 2.585M, -RMB 2.575M]"},
        {"-1000", "1000", HKD, "[-HK$1.0K, HK$1.0K]"},
        {"757500", "758500", USD_UNIT, "[US$757.5K, US$758.5K]"},
        // one magnitude for both ends, chosen by the larger
        {"995000000", "1150000000", USD_UNIT, "[US$0.99B, US$1.15B]"},
        {"384.5", "385.5", Unit.PEOPLE, "[384.5 people, 385.5 people]"},
        // 0.008 wide: its leading digit is the third decimal, the ends get a fourth
        {"-0.004", "0.004", Unit.PERCENT, "[-0.0040%, 0.0040%]"},
        {"47.25", "47.35", Unit.MONTHS, "[47.25 months, 47.35 months]"},
        {"3.499", "3.501", Unit.TIMES, "[3.4990x, 3.5010x]"},
        // wide ranges keep the unit's minimum decimals, rounded outward
        {"1.0001", "7.9999", Unit.TIMES, "[1.00x, 8.00x]"},
        // one value: the unit's minimum, rounded outward
        {"73.766233", "73.766233", Unit.PERCENT, "[73.76%, 73.77%]"},
    };
  }

  @ParameterizedTest
  @MethodSource("data_format_range")
  void test_format_range(String low, String high, Unit unit, String expected) {
    assertThat(Formats.format(DecimalRange.ofClosed(low, high), unit)).isEqualTo(expected);
  }

  static Object[][] data_format_oneSided() {
    return new Object[][] {
        {DecimalRange.atLeast(dec("1500000000")), USD_UNIT, "\u2265 US$1.50B"},
        {DecimalRange.atLeast(dec("80000")), USD_UNIT, "\u2265 US$80K"},
        // the end keeps its digits: over 1.863億 is at least US$186.30M
        {DecimalRange.atLeast(dec("186300000")), USD_UNIT, "\u2265 US$186.30M"},
        // a computed end shows the unit's minimum, rounded outward; a printed one keeps its few digits
        {DecimalRange.atLeast(dec("53.0833333333")), Unit.MONTHS, "\u2265 53.08 months"},
        {DecimalRange.atMost(dec("53.0833333333")), Unit.MONTHS, "\u2264 53.09 months"},
        {DecimalRange.atLeast(dec("30523000")), USD_UNIT, "\u2265 US$30.523M"},
        {DecimalRange.atMost(dec("1")), Unit.PERCENT, "\u2264 1.00%"},
        {DecimalRange.atMost(dec("4")), Unit.YEARS, "\u2264 4.00 years"},
        {DecimalRange.unbounded(), Unit.PERCENT, "any value"},
    };
  }

  @ParameterizedTest
  @MethodSource("data_format_oneSided")
  void test_format_oneSidedShowsTheBound(DecimalRange range, Unit unit, String expected) {
    assertThat(Formats.format(range, unit)).isEqualTo(expected);
    // with a point, the bound alone: the point of a one-sided value is only its printed end
    assertThat(Formats.format(range.lowerEnd().or(range::upperEnd).orElse(BigDecimal.ONE), range, unit))
        .isEqualTo(expected);
  }

  @Test
  void test_formatValue_atTheRangesPrecision() {
    // 3460 thousand beside [US$3.4595M, US$3.4605M]: the point to the width's leading digit
    assertThat(Formats.formatValue(dec("3460000"), DecimalRange.ofClosed("3459500", "3460500"), USD_UNIT))
        .isEqualTo("US$3.460M");
    assertThat(Formats.format(dec("3460000"), DecimalRange.ofClosed("3459500", "3460500"), USD_UNIT))
        .isEqualTo("US$3.460M [US$3.4595M, US$3.4605M]");
    assertThat(Formats.format(dec("758000"), DecimalRange.ofClosed("757500", "758500"), USD_UNIT))
        .isEqualTo("US$758K [US$757.5K, US$758.5K]");
    // a wide range: the unit's minimum
    assertThat(Formats.formatValue(dec("782.0809"), DecimalRange.ofClosed("780.66", "783.51"), Unit.PERCENT))
        .isEqualTo("782.08%");
    assertThat(Formats.formatValue(dec("15"), DecimalRange.atLeast(dec("15")), Unit.PERCENT)).isEqualTo("15.00%");
  }

  @Test
  void test_format_growthOfWorkedExample() {
    // 3052萬 / 346萬 - 1: 30.515/3.465 - 1 = 7.8066378... and 30.525/3.455 - 1 = 7.8350217..., in percent
    DecimalRange growth = DecimalRange.ofClosed("30.515", "30.525").dividedBy(DecimalRange.ofClosed("3.455", "3.465"))
        .minus(DecimalRange.of(BigDecimal.ONE)).multipliedBy(dec("100"));
    // point: 30.52 / 3.46 - 1 = 7.8208092...
    BigDecimal point = dec("782.08092");
    assertThat(Formats.format(growth, Unit.PERCENT)).isEqualTo("[780.66%, 783.51%]");
    assertThat(Formats.format(point, growth, Unit.PERCENT)).isEqualTo("782.08% [780.66%, 783.51%]");
  }

  static Object[][] data_number() {
    return new Object[][] {
        {"30523000", USD_UNIT, RoundingMode.HALF_EVEN, "30.52"},
        {"30523000", USD_UNIT, RoundingMode.CEILING, "30.53"},
        {"-30523000", USD_UNIT, RoundingMode.FLOOR, "-30.53"},
        {"-24.75", Unit.PERCENT, RoundingMode.FLOOR, "-24.75"},
        {"384.5", Unit.PEOPLE, RoundingMode.HALF_UP, "385"},
        {"47.333", Unit.MONTHS, RoundingMode.DOWN, "47.33"},
    };
  }

  @ParameterizedTest
  @MethodSource("data_number")
  void test_number(String value, Unit unit, RoundingMode mode, String expected) {
    assertThat(Formats.number(dec(value), unit, mode)).isEqualTo(expected);
  }

  static Object[][] data_header() {
    return new Object[][] {
        {USD_UNIT, "US$ M"},
        {CNY, "RMB M"},
        {HKD, "HK$ M"},
        {EUR, "EUR M"},
        {Unit.PERCENT, "%"},
        {Unit.TIMES, "x"},
        {Unit.MONTHS, "months"},
        {Unit.PEOPLE, "people"},
    };
  }

  @ParameterizedTest
  @MethodSource("data_header")
  void test_header(Unit unit, String expected) {
    assertThat(Formats.header(unit)).isEqualTo(expected);
  }

  @Test
  void test_nulls() {
    BigDecimal one = BigDecimal.ONE;
    DecimalRange range = DecimalRange.of(one);
    assertThatIllegalArgumentException().isThrownBy(() -> Formats.format((BigDecimal) null, USD_UNIT))
        .withMessage("Argument 'value' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> Formats.format(one, null))
        .withMessage("Argument 'unit' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> Formats.format((DecimalRange) null, USD_UNIT))
        .withMessage("Argument 'range' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> Formats.format(range, null))
        .withMessage("Argument 'unit' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> Formats.number(one, USD_UNIT, null))
        .withMessage("Argument 'mode' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> Formats.header(null))
        .withMessage("Argument 'unit' must not be null");
  }

  @Test
  void test_formatRate_digitsFromTheRangeWidth() {
    // 32.7億 / 4.65億 within [32.55億 / 4.655億, 32.85億 / 4.645億]: width 0.08, so the point to 0.01
    assertThat(Formats.formatRate(dec("7.032258064516129"), DecimalRange.ofClosed("6.992481203", "7.072120559"), CNY,
        USD_UNIT)).isEqualTo("7.03 [6.992, 7.073] CNY per USD");
    // a rate bounded on one side shows its bound
    assertThat(Formats.formatRate(dec("7.1667"), DecimalRange.atMost(dec("7.1667")), CNY, USD_UNIT))
        .isEqualTo("\u2264 7.1667 CNY per USD");
  }

  @Test
  void test_formatAtPrecision_asASourcePrintsIt() {
    assertThat(Formats.formatAtPrecision(dec("782.1"), dec("0.1"), Unit.PERCENT)).isEqualTo("782.1%");
    assertThat(Formats.formatAtPrecision(dec("800"), dec("1"), Unit.PERCENT)).isEqualTo("800%");
    // 56.94億 to the 0.01億 (one million) is RMB 5.694B
    assertThat(Formats.formatAtPrecision(dec("5694000000"), dec("1000000"), CNY)).isEqualTo("RMB 5.694B");
    assertThat(Formats.formatAtPrecision(dec("30520000"), dec("10000"), USD_UNIT)).isEqualTo("US$30.52M");
    assertThat(Formats.formatAtPrecision(dec("385"), dec("1"), Unit.parse("people"))).isEqualTo("385 people");
    assertThatIllegalArgumentException().isThrownBy(() -> Formats.formatAtPrecision(dec("1"), dec("0"), CNY))
        .withMessage("Argument 'precision' must be positive but has value 0");
  }

  private static BigDecimal dec(String text) {
    return new BigDecimal(text);
  }
}
