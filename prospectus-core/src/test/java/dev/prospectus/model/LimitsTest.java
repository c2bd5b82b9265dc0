package dev.prospectus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.internal.Args;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LimitsTest {

  /** 2^3,400,000: a number of 1,023,502 digits, made without parsing them. */
  private static final BigDecimal MILLION_DIGITS = new BigDecimal(BigInteger.ONE.shiftLeft(3_400_000));

  //-------------------------------------------------------------------------
  @ParameterizedTest
  @ValueSource(strings = {"1234567890123456789012345678901234567890", "-0.1234567890123456789012345678901234567890",
      "0.0000000000000000000000000000000000000001", "0", "346", "3052.30"})
  void test_printed_withinLimits(String text) {
    BigDecimal value = new BigDecimal(text);
    assertThat(Limits.printed(value, "value")).isSameAs(value);
    assertThat(Limits.printedTextProblem(text)).isEmpty();
  }

  static Stream<Arguments> data_printed_beyond() {
    return Stream.of(
        Arguments.of("12345678901234567890123456789012345678901",
            "has 41 significant digits, more than the 40 a printed number may have"),
        Arguments.of("0.00000000000000000000000000000000000000001",
            "has 41 digits after the decimal point, more than the 40 a printed number may have"),
        Arguments.of("1" + "0".repeat(40) + ".5",
            "has 42 significant digits, more than the 40 a printed number may have"));
  }

  @ParameterizedTest
  @MethodSource("data_printed_beyond")
  void test_printed_beyondLimits(String text, String problem) {
    assertThatIllegalArgumentException().isThrownBy(() -> Limits.printed(new BigDecimal(text), "value"))
        .withMessage("Argument 'value' " + problem);
    assertThat(Limits.printedTextProblem(text)).contains(problem);
  }

  @Test
  void test_printed_millionDigitsNamesTheSize() {
    // The bit length shows it at once; the estimate is at most one digit short.
    assertThatIllegalArgumentException().isThrownBy(() -> Limits.printed(MILLION_DIGITS, "value"))
        .withMessage("Argument 'value' has about 1023502 significant digits, more than the 40 a printed number may"
            + " have");
  }

  @Test
  void test_printedTextProblem_countsDigitsNotCharacters() {
    // Leading zeros are not significant; a sign and a point are not digits.
    assertThat(Limits.printedTextProblem("-" + "0".repeat(500) + "1")).isEmpty();
    assertThat(Limits.printedTextProblem("9".repeat(1_000_000)))
        .contains("has 1000000 significant digits, more than the 40 a printed number may have");
  }

  //-------------------------------------------------------------------------
  @ParameterizedTest
  @ValueSource(strings = {"9.99E+399", "-9.99E+399", "1E-400", "0E-800", "1E+399"})
  void test_value_withinLimits(String text) {
    BigDecimal value = new BigDecimal(text);
    assertThat(Limits.value(value, "low")).isSameAs(value);
  }

  @Test
  void test_value_digitsAtTheLimit() {
    BigDecimal digits400 = new BigDecimal("0." + "7".repeat(400));
    assertThat(Limits.value(digits400, "low")).isSameAs(digits400);
    assertThatIllegalArgumentException().isThrownBy(() -> Limits.value(new BigDecimal("0." + "7".repeat(401)), "low"))
        .withMessage("Argument 'low' has 401 significant digits, more than the 400 a value may have");
    // 400 digits before the point is 10^399 in size: within; 401 is beyond.
    assertThat(Limits.value(new BigDecimal("7".repeat(400)), "low")).isEqualByComparingTo("7".repeat(400));
    assertThatIllegalArgumentException().isThrownBy(() -> Limits.value(new BigDecimal("7".repeat(401)), "low"))
        .withMessage("Argument 'low' is at least 10^400 in size, beyond the 10^400 a value may reach");
  }

  static Stream<Arguments> data_value_beyond() {
    return Stream.of(
        Arguments.of(new BigDecimal("1E+400"), "is at least 10^400 in size, beyond the 10^400 a value may reach"),
        Arguments.of(new BigDecimal("-1.5E+400"), "is at least 10^400 in size, beyond the 10^400 a value may reach"),
        // Refused before its digits are made: in plain form it would be a billion of them.
        Arguments.of(new BigDecimal("1E+999999999"),
            "is at least 10^999999999 in size, beyond the 10^400 a value may reach"),
        Arguments.of(new BigDecimal("1E-801"), "has 801 digits after the decimal point, more than the 800 a value"
            + " may have"),
        Arguments.of(new BigDecimal("1E-999999999"), "has 999999999 digits after the decimal point, more than the"
            + " 800 a value may have"),
        // Its size estimated from its bit length, as its digits would take a while to count
        Arguments.of(MILLION_DIGITS, "is at least 10^1023501 in size, beyond the 10^400 a value may reach"));
  }

  @ParameterizedTest
  @MethodSource("data_value_beyond")
  void test_value_beyondLimits(BigDecimal value, String problem) {
    assertThatIllegalArgumentException().isThrownBy(() -> Limits.value(value, "high"))
        .withMessage("Argument 'high' " + problem);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_decimalText() {
    String longest = "1".repeat(Limits.TEXT_LENGTH);
    assertThat(Limits.decimalText(longest, "value")).isSameAs(longest);
    assertThatIllegalArgumentException().isThrownBy(() -> Limits.decimalText("1".repeat(1_000_000), "value"))
        .withMessage("Argument 'value' is a text of 1000000 characters, longer than any number the library takes"
            + " (1000)");
  }

  @Test
  void test_nullArguments() {
    assertThatIllegalArgumentException().isThrownBy(() -> Limits.printed(null, "value"))
        .withMessage("Argument 'value' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> Limits.value(null, "low"))
        .withMessage("Argument 'low' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> Limits.decimalText(null, "value"))
        .withMessage("Argument 'value' must not be null");
  }

  //-------------------------------------------------------------------------
  // The model's own factories refuse what is beyond the limits, naming its size.
  @Test
  void test_amount_refusesBeyondLimits() {
    assertThatIllegalArgumentException().isThrownBy(() -> Amount.of("1".repeat(41), Scale.ONE, Unit.PERCENT))
        .withMessage("Argument 'value' has 41 significant digits, more than the 40 a printed number may have");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Amount.ofRange(BigDecimal.ONE, MILLION_DIGITS, Scale.MILLION, Unit.PERCENT))
        .withMessage("Argument 'valueTo' has about 1023502 significant digits, more than the 40 a printed number"
            + " may have");
    assertThatIllegalArgumentException().isThrownBy(() -> Amount.of("1".repeat(1_000_000), Scale.ONE, Unit.PERCENT))
        .withMessage("Argument 'value' is a text of 1000000 characters, longer than any number the library takes"
            + " (1000)");
    assertThatIllegalArgumentException().isThrownBy(() -> Amount.parse("1".repeat(41) + " %"))
        .withMessage("Unable to parse amount: its number has 41 significant digits, more than the 40 a printed"
            + " number may have");
    // An exponent is refused as before; a long unscaled value is not written into the message.
    assertThatIllegalArgumentException().isThrownBy(() -> Amount.of(new BigDecimal("1E+999999999"), Scale.ONE,
        Unit.PERCENT)).withMessage("Argument 'value' must be a number as printed, without an exponent, but has value"
            + " 1E+999999999");
    assertThatIllegalArgumentException().isThrownBy(() -> Amount.of(MILLION_DIGITS.scaleByPowerOfTen(5), Scale.ONE,
        Unit.PERCENT)).withMessage("Argument 'value' must be a number as printed, without an exponent, but has value"
            + " with exponent 5");
  }

  @Test
  void test_decimalRange_refusesBeyondLimits() {
    assertThatIllegalArgumentException().isThrownBy(() -> DecimalRange.ofClosed("1e999999999", "1e999999999"))
        .withMessage("Argument 'low' is at least 10^999999999 in size, beyond the 10^400 a value may reach");
    assertThatIllegalArgumentException().isThrownBy(() -> DecimalRange.of(MILLION_DIGITS))
        .withMessage("Argument 'low' is at least 10^1023501 in size, beyond the 10^400 a value may reach");
    assertThatIllegalArgumentException().isThrownBy(() -> DecimalRange.parse("[1, " + "1".repeat(5000) + "]"))
        .withMessage("Argument 'high' is a text of 5000 characters, longer than any number the library takes"
            + " (1000)");
    // Arithmetic beyond the limits fails as the constructor does, naming the result's size.
    DecimalRange big = DecimalRange.of(new BigDecimal("1E+300"));
    assertThatIllegalArgumentException().isThrownBy(() -> big.multipliedBy(big))
        .withMessage("Argument 'low' is at least 10^600 in size, beyond the 10^400 a value may reach");
  }

  @Test
  void test_args_shown() {
    assertThat(Args.shown("346萬美元")).isEqualTo("346萬美元");
    assertThat(Args.shown("x".repeat(80))).isEqualTo("x".repeat(80));
    assertThat(Args.shown("x".repeat(1_000_000))).isEqualTo("x".repeat(60) + "... (1000000 characters)");
    // A character outside the BMP is two chars: never cut in half.
    assertThat(Args.shown("x".repeat(59) + "\uD835\uDC00" + "x".repeat(100)))
        .isEqualTo("x".repeat(59) + "... (161 characters)");
  }
}
