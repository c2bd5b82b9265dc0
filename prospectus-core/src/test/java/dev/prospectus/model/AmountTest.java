package dev.prospectus.model;

import static dev.prospectus.model.Fixtures.USD_UNIT;
import static dev.prospectus.model.Fixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AmountTest {

  private static final Unit CNY = Unit.parse("CNY");
  private static final Unit HKD = Unit.parse("HKD");
  private static final Unit ACTIVE_USERS = Unit.parse("active users");

  private static Amount range(String from, String to, Scale scale, Unit unit) {
    return Amount.ofRange(dec(from), dec(to), scale, unit);
  }

  //-------------------------------------------------------------------------
  static Object[][] data_toString() {
    return new Object[][] {
        {Amount.of("346", Scale.ONE, USD_UNIT), "346 USD"},
        {Amount.of("30523", Scale.THOUSAND, USD_UNIT), "30523 thousand USD"},
        {Amount.of("346", Scale.TEN_THOUSAND, USD_UNIT), "346萬 USD"},
        {Amount.of("3.46", Scale.MILLION, USD_UNIT), "3.46 million USD"},
        {Amount.of("1.42", Scale.HUNDRED_MILLION, USD_UNIT), "1.42億 USD"},
        {Amount.of("4.6", Scale.TRILLION, Unit.parse("tokens")), "4.6萬億 tokens"},
        {Amount.of("1.5", Scale.BILLION, HKD), "1.5 billion HKD"},
        {Amount.of("3.50", Scale.MILLION, HKD), "3.50 million HKD"},
        {Amount.of("0.50", Scale.TEN_THOUSAND, CNY), "0.50萬 CNY"},
        {Amount.of("782.2", Scale.ONE, Unit.PERCENT), "782.2 %"},
        {Amount.of("-24.7", Scale.ONE, Unit.PERCENT), "-24.7 %"},
        {Amount.of("385", Scale.ONE, Unit.PEOPLE), "385 people"},
        {Amount.of("3", Scale.ONE, Unit.TIMES), "3 x"},
        {Amount.of("53", Scale.ONE, Unit.MONTHS), "53 months"},
        {Amount.of("5", Scale.ONE, ACTIVE_USERS), "5 active users"},
        {Amount.of("12", Scale.THOUSAND, ACTIVE_USERS), "12 thousand active users"},
        {Amount.of("2.7", Scale.HUNDRED_MILLION, CNY), "2.7億 CNY"},
        {range("400", "550", Scale.HUNDRED_MILLION, USD_UNIT), "400..550億 USD"},
        {range("-5", "-3.0", Scale.MILLION, CNY), "-5..-3.0 million CNY"},
        {range("1", "2", Scale.ONE, Unit.PERCENT), "1..2 %"},
        {range("3", "4", Scale.TEN_THOUSAND, Unit.USERS), "3..4萬 users"},
    };
  }

  @ParameterizedTest
  @MethodSource("data_toString")
  void test_toString(Amount amount, String expected) {
    assertThat(amount).hasToString(expected);
  }

  @ParameterizedTest
  @MethodSource("data_toString")
  void test_parse_roundTrip(Amount amount, String text) {
    assertThat(Amount.parse(text)).isEqualTo(amount);
    assertThat(Amount.parse(amount.toString())).isEqualTo(amount);
  }

  @Test
  void test_parse_lenientSpacing() {
    assertThat(Amount.parse(" 346 萬   USD ")).isEqualTo(Amount.of("346", Scale.TEN_THOUSAND, USD_UNIT));
    assertThat(Amount.parse("3.46million USD")).isEqualTo(Amount.of("3.46", Scale.MILLION, USD_UNIT));
  }

  static Object[][] data_parse_malformed() {
    return new Object[][] {
        {"346萬美元", "Unable to parse amount: '346萬美元': expected e.g. '346萬 USD'"},
        {"US$3.46 million", "Unable to parse amount: 'US$3.46 million': expected e.g. '346萬 USD'"},
        {"3,052萬 USD", "Unable to parse amount: '3,052萬 USD': expected e.g. '346萬 USD'"},
        {"346", "Unable to parse amount: '346': expected e.g. '346萬 USD'"},
        {".5 %", "Unable to parse amount: '.5 %': expected e.g. '346萬 USD'"},
        {"346萬 XYZ", "Unknown currency 'XYZ'"},
        {"550..400億 USD", "Invalid printed range: expected 'value' <= 'valueTo' but found 550 > 400"},
    };
  }

  @ParameterizedTest
  @MethodSource("data_parse_malformed")
  void test_parse_malformed(String text, String message) {
    assertThatIllegalArgumentException().isThrownBy(() -> Amount.parse(text)).withMessage(message);
  }

  @Test
  void test_parse_null() {
    assertThatIllegalArgumentException().isThrownBy(() -> Amount.parse(null))
        .withMessage("Argument 'text' must not be null");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_of_keepsPrintedScale() {
    Amount amount = Amount.of("3.50", Scale.MILLION, USD_UNIT);
    assertThat(amount.value()).isEqualTo(dec("3.50"));
    assertThat(amount.value().scale()).isEqualTo(2);
    assertThat(amount.valueTo()).isEmpty();
    assertThat(amount.scale()).isEqualTo(Scale.MILLION);
    assertThat(amount.unit()).isEqualTo(USD_UNIT);
    assertThat(amount.isRange()).isFalse();
  }

  @Test
  void test_ofRange() {
    Amount amount = range("400", "550", Scale.HUNDRED_MILLION, USD_UNIT);
    assertThat(amount.value()).isEqualTo(dec("400"));
    assertThat(amount.valueTo()).contains(dec("550"));
    assertThat(amount.isRange()).isTrue();
    // a degenerate printed range is allowed: "400億至400億"
    assertThat(range("400", "400.0", Scale.HUNDRED_MILLION, USD_UNIT).isRange()).isTrue();
  }

  @Test
  void test_equals_scaleSensitive() {
    Amount a = Amount.of("3.50", Scale.MILLION, USD_UNIT);
    assertThat(a).isEqualTo(Amount.of(dec("3.50"), Scale.MILLION, USD_UNIT))
        .hasSameHashCodeAs(Amount.of(dec("3.50"), Scale.MILLION, USD_UNIT));
    // a different printing of the same number is a different amount
    assertThat(a).isNotEqualTo(Amount.of("3.5", Scale.MILLION, USD_UNIT));
    assertThat(a).isNotEqualTo(Amount.of("350", Scale.TEN_THOUSAND, USD_UNIT));
    assertThat(a).isNotEqualTo(Amount.of("3.50", Scale.MILLION, HKD));
    assertThat(a).isNotEqualTo(range("3.50", "3.50", Scale.MILLION, USD_UNIT));
    // though their base values agree
    assertThat(a.baseValue()).isEqualByComparingTo(Amount.of("350", Scale.TEN_THOUSAND, USD_UNIT).baseValue());
  }

  static Object[][] data_baseValue() {
    return new Object[][] {
        // 346 * 10^4
        {Amount.of("346", Scale.TEN_THOUSAND, USD_UNIT), "3460000"},
        {Amount.of("3.50", Scale.MILLION, USD_UNIT), "3500000"},
        // 3.4567 * 10^3: the decimal point moves, no digits are lost or added
        {Amount.of("3.4567", Scale.THOUSAND, USD_UNIT), "3456.7"},
        {Amount.of("1.42", Scale.HUNDRED_MILLION, USD_UNIT), "142000000"},
        {Amount.of("1.5", Scale.BILLION, USD_UNIT), "1500000000"},
        {Amount.of("-24.7", Scale.ONE, Unit.PERCENT), "-24.7"},
        // the midpoint of a printed range: (400 + 550) / 2 = 475, times 10^8
        {range("400", "550", Scale.HUNDRED_MILLION, USD_UNIT), "47500000000"},
        // (401 + 550) / 2 = 475.5, times 10^8
        {range("401", "550", Scale.HUNDRED_MILLION, USD_UNIT), "47550000000"},
        // (-5 + -3) / 2 = -4 million
        {range("-5", "-3", Scale.MILLION, CNY), "-4000000"},
    };
  }

  @ParameterizedTest
  @MethodSource("data_baseValue")
  void test_baseValue(Amount amount, String expected) {
    // exact equality: the base value is plain, so it prints without an exponent
    assertThat(amount.baseValue()).isEqualTo(dec(expected));
    assertThat(amount.baseValue().toString()).isEqualTo(expected);
  }

  static Object[][] data_roundingRange() {
    return new Object[][] {
        // 345.5萬 to 346.5萬
        {Amount.of("346", Scale.TEN_THOUSAND, USD_UNIT), "[3455000, 3465000]"},
        // 3052 +- 0.5 萬
        {Amount.of("3052", Scale.TEN_THOUSAND, USD_UNIT), "[30515000, 30525000]"},
        // the trailing zero narrows the range tenfold
        {Amount.of("3.50", Scale.MILLION, USD_UNIT), "[3495000, 3505000]"},
        {Amount.of("3.5", Scale.MILLION, USD_UNIT), "[3450000, 3550000]"},
        {Amount.of("30523", Scale.THOUSAND, USD_UNIT), "[30522500, 30523500]"},
        {Amount.of("1.42", Scale.HUNDRED_MILLION, USD_UNIT), "[141500000, 142500000]"},
        {Amount.of("2", Scale.BILLION, USD_UNIT), "[1500000000, 2500000000]"},
        {Amount.of("-24.7", Scale.ONE, Unit.PERCENT), "[-24.75, -24.65]"},
        {Amount.of("385", Scale.ONE, Unit.PEOPLE), "[384.5, 385.5]"},
        // printed range "400億至550億": both ends rounded to the 10 that divides both, [395億, 555億]
        {range("400", "550", Scale.HUNDRED_MILLION, USD_UNIT), "[39500000000, 55500000000]"},
        // zeros before a scale word or ending an integer may be roundings: the coarsest reading
        {Amount.of("350", Scale.TEN_THOUSAND, USD_UNIT), "[3450000, 3550000]"},
        {Amount.of("3050", Scale.TEN_THOUSAND, USD_UNIT), "[30450000, 30550000]"},
        {Amount.of("800", Scale.ONE, Unit.PERCENT), "[750, 850]"},
        // zeros after the decimal point are significant
        {Amount.of("1.80", Scale.HUNDRED_MILLION, USD_UNIT), "[179500000, 180500000]"},
        {Amount.of("0", Scale.ONE, Unit.PERCENT), "[-0.5, 0.5]"},
        // ends of different precision: 3 is 2.5..3.5, 4.25 is 4.245..4.255
        {range("3", "4.25", Scale.MILLION, USD_UNIT), "[2500000, 4255000]"},
        {range("-5", "-3", Scale.MILLION, CNY), "[-5500000, -2500000]"},
    };
  }

  @ParameterizedTest
  @MethodSource("data_roundingRange")
  void test_roundingRange(Amount amount, String expected) {
    assertThat(amount.roundingRange()).isEqualTo(DecimalRange.parse(expected));
    assertThat(amount.roundingRange()).hasToString(expected);
  }

  static Object[][] data_readings() {
    return new Object[][] {
        // printed, coarsest unit, finest unit, ambiguous
        {Amount.of("350", Scale.TEN_THOUSAND, USD_UNIT), "10", "1", true},
        {Amount.of("3050", Scale.TEN_THOUSAND, USD_UNIT), "10", "1", true},
        {Amount.of("800", Scale.ONE, Unit.PERCENT), "100", "1", true},
        {Amount.of("346", Scale.TEN_THOUSAND, USD_UNIT), "1", "1", false},
        {Amount.of("1.80", Scale.HUNDRED_MILLION, USD_UNIT), "0.01", "0.01", false},
        {Amount.of("0", Scale.ONE, Unit.PERCENT), "1", "1", false},
        {range("400", "550", Scale.HUNDRED_MILLION, USD_UNIT), "10", "1", true},
        {range("151.0", "165.0", Scale.ONE, HKD), "0.1", "0.1", false},
    };
  }

  @ParameterizedTest
  @MethodSource("data_readings")
  void test_readings(Amount amount, String coarsest, String finest, boolean ambiguous) {
    assertThat(amount.coarsestRoundingUnit()).isEqualByComparingTo(coarsest);
    assertThat(amount.finestRoundingUnit()).isEqualByComparingTo(finest);
    assertThat(amount.hasAmbiguousZeros()).isEqualTo(ambiguous);
    assertThat(amount.roundingRange()).isEqualTo(amount.roundingRange(amount.coarsestRoundingUnit()));
  }

  @Test
  void test_roundingRange_statedUnit() {
    Amount printed = Amount.of("350", Scale.TEN_THOUSAND, USD_UNIT);
    assertThat(printed.finestRoundingRange()).isEqualTo(DecimalRange.ofClosed("3495000", "3505000"));
    assertThat(printed.roundingRange(dec("1"))).isEqualTo(printed.finestRoundingRange());
    assertThat(printed.roundingRange(dec("10"))).isEqualTo(DecimalRange.ofClosed("3450000", "3550000"));
    assertThat(Amount.of("3460", Scale.THOUSAND, USD_UNIT).roundingRange(dec("1")))
        .isEqualTo(DecimalRange.ofClosed("3459500", "3460500"));
  }

  static Object[][] data_checkRoundingUnit_refuses() {
    return new Object[][] {
        {"350", "5", "Rounding unit '5' is not a power of ten such as 1, 10 or 0.1"},
        {"350", "0.1", "Rounding unit '0.1' is finer than the last printed digit of 350萬 USD"},
        {"350", "100", "Rounding unit '100' is coarser than the last non-zero digit of 350萬 USD (10), or than a"
            + " significant zero after its decimal point"},
        {"1.80", "0.1", "Rounding unit '0.1' is coarser than the last non-zero digit of 1.80萬 USD (0.01), or than a"
            + " significant zero after its decimal point"},
    };
  }

  @ParameterizedTest
  @MethodSource("data_checkRoundingUnit_refuses")
  void test_checkRoundingUnit_refuses(String value, String unit, String message) {
    Amount printed = Amount.of(value, Scale.TEN_THOUSAND, USD_UNIT);
    assertThatIllegalArgumentException().isThrownBy(() -> printed.checkRoundingUnit(dec(unit))).withMessage(message);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_constructor_rangeOutOfOrder() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> range("550", "400", Scale.HUNDRED_MILLION, USD_UNIT))
        .withMessage("Invalid printed range: expected 'value' <= 'valueTo' but found 550 > 400");
  }

  @Test
  void test_constructor_negativeScale() {
    // 3E+2 would print as 300 and read back as a number precise to the unit, not to the hundred
    assertThatIllegalArgumentException().isThrownBy(() -> Amount.of(dec("3E+2"), Scale.ONE, USD_UNIT))
        .withMessage("Argument 'value' must be a number as printed, without an exponent, but has value 3E+2");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Amount.ofRange(dec("1"), dec("5E+1"), Scale.ONE, USD_UNIT))
        .withMessage("Argument 'valueTo' must be a number as printed, without an exponent, but has value 5E+1");
  }

  @Test
  void test_constructor_nulls() {
    Optional<BigDecimal> none = Optional.empty();
    assertThatIllegalArgumentException().isThrownBy(() -> new Amount(null, none, Scale.ONE, USD_UNIT))
        .withMessage("Argument 'value' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> new Amount(BigDecimal.ONE, null, Scale.ONE, USD_UNIT))
        .withMessage("Argument 'valueTo' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> new Amount(BigDecimal.ONE, none, null, USD_UNIT))
        .withMessage("Argument 'scale' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> new Amount(BigDecimal.ONE, none, Scale.ONE, null))
        .withMessage("Argument 'unit' must not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Amount.ofRange(BigDecimal.ONE, null, Scale.ONE, USD_UNIT))
        .withMessage("Argument 'to' must not be null");
  }

  @Test
  void test_of_notDecimal() {
    assertThatIllegalArgumentException().isThrownBy(() -> Amount.of("3,052", Scale.TEN_THOUSAND, USD_UNIT))
        .withMessage("Argument 'value' is not a decimal: '3,052'");
    assertThatIllegalArgumentException().isThrownBy(() -> Amount.of((String) null, Scale.TEN_THOUSAND, USD_UNIT))
        .withMessage("Argument 'value' must not be null");
  }
}
