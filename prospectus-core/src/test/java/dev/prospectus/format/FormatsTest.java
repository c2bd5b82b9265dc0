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
        // money in millions: 30523000 / 10^6 = 30.523
        {"30523000", USD_UNIT, "US$30.52M"},
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
        // under a million, money shows in units
        {"-1000", USD_UNIT, "-US$1000.00"},
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
        // outward: 3.455 floors to 3.45, 3.465 ceils to 3.47
        {"3455000", "3465000", USD_UNIT, "[US$3.45M, US$3.47M]"},
        {"-2585000", "-2575000", USD_UNIT, "[-US$2.59M, -US$2.57M]"},
        {"-2585000", "-2575000", CNY, "[-RMB 2.59M, -RMB 2.57M]"},
        // a tiny negative low end floors to -0.01, not to zero
        {"-1000", "1000", HKD, "[-HK$1000.00, HK$1000.00]"},
        {"384.5", "385.5", Unit.PEOPLE, "[384 people, 386 people]"},
        {"-0.004", "0.004", Unit.PERCENT, "[-0.01%, 0.01%]"},
        {"47.25", "47.35", Unit.MONTHS, "[47.25 months, 47.35 months]"},
        {"3.499", "3.501", Unit.TIMES, "[3.49x, 3.51x]"},
    };
  }

  @ParameterizedTest
  @MethodSource("data_format_range")
  void test_format_range(String low, String high, Unit unit, String expected) {
    assertThat(Formats.format(DecimalRange.ofClosed(low, high), unit)).isEqualTo(expected);
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
  void test_formatPrecise_moneyKeepsTheDigitsItsRoundingNeeds() {
    // 346萬 is [3455000, 3465000]: in millions to as many decimals as the ends have, 3.455 and 3.465
    assertThat(Formats.formatPrecise(DecimalRange.ofClosed("3455000", "3465000"), USD_UNIT))
        .isEqualTo("[US$3.455M, US$3.465M]");
    // the value keeps at most four decimals in millions: 20666666.67 is US$20.6667M
    assertThat(Formats.formatPrecise(new BigDecimal("20666666.67"), USD_UNIT)).isEqualTo("US$20.6667M");
    // below US$100,000, in units with two decimals
    assertThat(Formats.formatPrecise(new BigDecimal("56.3912"), USD_UNIT)).isEqualTo("US$56.39");
    // other units as format() shows them
    assertThat(Formats.formatPrecise(new BigDecimal("782.0809"), DecimalRange.ofClosed("780.66", "783.51"),
        Unit.PERCENT)).isEqualTo("782.08% [780.66%, 783.51%]");
  }

  private static BigDecimal dec(String text) {
    return new BigDecimal(text);
  }
}
