package dev.prospectus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitTest {

  static Object[][] data_parse() {
    return new Object[][] {
        {"USD", Unit.Kind.CURRENCY},
        {"CNY", Unit.Kind.CURRENCY},
        {"HKD", Unit.Kind.CURRENCY},
        {"EUR", Unit.Kind.CURRENCY},
        {"%", Unit.Kind.PERCENT},
        {"x", Unit.Kind.MULTIPLE},
        {"hours", Unit.Kind.DURATION},
        {"days", Unit.Kind.DURATION},
        {"months", Unit.Kind.DURATION},
        {"years", Unit.Kind.DURATION},
        {"people", Unit.Kind.COUNT},
        {"users", Unit.Kind.COUNT},
        {"videos", Unit.Kind.COUNT},
        {"paying_users", Unit.Kind.COUNT},
        {"active users", Unit.Kind.COUNT},
    };
  }

  @ParameterizedTest
  @MethodSource("data_parse")
  void test_parse(String code, Unit.Kind kind) {
    Unit unit = Unit.parse(code);
    assertThat(unit.code()).isEqualTo(code);
    assertThat(unit.kind()).isEqualTo(kind);
    assertThat(unit.isCurrency()).isEqualTo(kind == Unit.Kind.CURRENCY);
  }

  @ParameterizedTest
  @MethodSource("data_parse")
  void test_parse_roundTrip(String code, Unit.Kind kind) {
    Unit unit = new Unit(code, kind);
    assertThat(unit).hasToString(code);
    assertThat(Unit.parse(unit.toString())).isEqualTo(unit);
  }

  static Object[][] data_constants() {
    return new Object[][] {
        {Unit.PERCENT, "%", Unit.Kind.PERCENT},
        {Unit.TIMES, "x", Unit.Kind.MULTIPLE},
        {Unit.PEOPLE, "people", Unit.Kind.COUNT},
        {Unit.USERS, "users", Unit.Kind.COUNT},
        {Unit.HOURS, "hours", Unit.Kind.DURATION},
        {Unit.DAYS, "days", Unit.Kind.DURATION},
        {Unit.MONTHS, "months", Unit.Kind.DURATION},
        {Unit.YEARS, "years", Unit.Kind.DURATION},
    };
  }

  @ParameterizedTest
  @MethodSource("data_constants")
  void test_constants(Unit constant, String code, Unit.Kind kind) {
    assertThat(constant).isEqualTo(new Unit(code, kind));
    assertThat(Unit.parse(code)).isEqualTo(constant);
    assertThat(constant.currency()).isEmpty();
  }

  @Test
  void test_parse_strips() {
    assertThat(Unit.parse(" USD ")).isEqualTo(Unit.parse("USD"));
  }

  @Test
  void test_of_currency() {
    Unit usd = Unit.of(Currency.getInstance("USD"));
    assertThat(usd).isEqualTo(Unit.parse("USD")).hasSameHashCodeAs(Unit.parse("USD"));
    assertThat(usd.currency()).contains(Currency.getInstance("USD"));
    assertThat(usd).isNotEqualTo(Unit.parse("HKD"));
    assertThatIllegalArgumentException().isThrownBy(() -> Unit.of(null))
        .withMessage("Argument 'currency' must not be null");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Users!", "US$", "Usd", "active  users", "1st", "人"})
  void test_parse_unknown(String code) {
    assertThatIllegalArgumentException().isThrownBy(() -> Unit.parse(code)).withMessage("Unknown unit '" + code
        + "': expected an ISO currency code, '%', 'x', a duration or a lower-case count noun");
  }

  @Test
  void test_constructor_unknownCode() {
    // parse strips the code, the constructor does not: "users " would print as a different code
    assertThatIllegalArgumentException().isThrownBy(() -> new Unit("users ", Unit.Kind.COUNT)).withMessage(
        "Unknown unit 'users ': expected an ISO currency code, '%', 'x', a duration or a lower-case count noun");
  }

  @Test
  void test_parse_unknownCurrency() {
    assertThatIllegalArgumentException().isThrownBy(() -> Unit.parse("XYZ"))
        .withMessage("Unknown currency 'XYZ'");
  }

  @Test
  void test_constructor_kindMustMatchCode() {
    // otherwise new Unit("USD", COUNT) prints "USD" and parses back as a currency
    assertThatIllegalArgumentException().isThrownBy(() -> new Unit("USD", Unit.Kind.COUNT))
        .withMessage("Invalid unit: code 'USD' is a CURRENCY unit, not COUNT");
    assertThatIllegalArgumentException().isThrownBy(() -> new Unit("percent", Unit.Kind.PERCENT))
        .withMessage("Invalid unit: code 'percent' is a COUNT unit, not PERCENT");
    assertThatIllegalArgumentException().isThrownBy(() -> new Unit("months", Unit.Kind.COUNT))
        .withMessage("Invalid unit: code 'months' is a DURATION unit, not COUNT");
    assertThatIllegalArgumentException().isThrownBy(() -> new Unit("usd", Unit.Kind.CURRENCY))
        .withMessage("Invalid unit: code 'usd' is a COUNT unit, not CURRENCY");
  }

  @Test
  void test_constructor_nullOrBlank() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Unit(null, Unit.Kind.COUNT))
        .withMessage("Argument 'code' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> new Unit(" ", Unit.Kind.COUNT))
        .withMessage("Argument 'code' must not be blank but has value ' '");
    assertThatIllegalArgumentException().isThrownBy(() -> new Unit("users", null))
        .withMessage("Argument 'kind' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> Unit.parse(null))
        .withMessage("Argument 'code' must not be null");
  }
}
