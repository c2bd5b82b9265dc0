package dev.prospectus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArgsTest {

  @Test
  void test_notNull_returnsArgument() {
    String value = "revenue";
    assertThat(Args.notNull(value, "metric")).isSameAs(value);
  }

  @Test
  void test_notNull_null() {
    assertThatIllegalArgumentException().isThrownBy(() -> Args.notNull(null, "metric"))
        .withMessage("Argument 'metric' must not be null");
  }

  @Test
  void test_notBlank_returnsArgument() {
    assertThat(Args.notBlank(" x ", "title")).isEqualTo(" x ");
  }

  @Test
  void test_notBlank_null() {
    assertThatIllegalArgumentException().isThrownBy(() -> Args.notBlank(null, "title"))
        .withMessage("Argument 'title' must not be null");
  }

  @Test
  void test_notBlank_blank() {
    assertThatIllegalArgumentException().isThrownBy(() -> Args.notBlank(" \t", "title"))
        .withMessage("Argument 'title' must not be blank but has value ' \t'");
    assertThatIllegalArgumentException().isThrownBy(() -> Args.notBlank("", "title"))
        .withMessage("Argument 'title' must not be blank but has value ''");
  }

  @Test
  void test_noNulls_returnsSameCollection() {
    List<String> values = new ArrayList<>(List.of("a", "b"));
    assertThat(Args.noNulls(values, "values")).isSameAs(values);
    assertThat(Args.noNulls(List.of(), "values")).isEmpty();
  }

  @Test
  void test_noNulls_nullCollection() {
    assertThatIllegalArgumentException().isThrownBy(() -> Args.noNulls(null, "figures"))
        .withMessage("Argument 'figures' must not be null");
  }

  @Test
  void test_noNulls_nullElementNamesIndex() {
    assertThatIllegalArgumentException().isThrownBy(() -> Args.noNulls(Arrays.asList("a", "b", null), "figures"))
        .withMessage("Argument 'figures' must not contain null but has null at index 2");
  }

  @Test
  void test_noNulls_nullElementOfACollectionWithoutIndex() {
    assertThatIllegalArgumentException().isThrownBy(() -> Args.noNulls(new LinkedList<>(Arrays.asList(null, "b")),
        "figures")).withMessage("Argument 'figures' must not contain null but has null at index 0");
    assertThatIllegalArgumentException().isThrownBy(() -> Args.noNulls(Arrays.asList(null, "b"), "figures"))
        .withMessage("Argument 'figures' must not contain null but has null at index 0");
  }

  @Test
  void test_listCopy() {
    List<String> immutable = List.of("a", "b");
    assertThat(Args.listCopy(immutable, "values")).isSameAs(immutable);
    List<String> mutable = new ArrayList<>(List.of("a", "b"));
    List<String> copy = Args.listCopy(mutable, "values");
    mutable.add("c");
    assertThat(copy).containsExactly("a", "b");
    assertThat(Args.listCopy(new LinkedHashSet<>(List.of("x", "y")), "values")).containsExactly("x", "y");
    assertThatIllegalArgumentException().isThrownBy(() -> Args.listCopy(null, "figures"))
        .withMessage("Argument 'figures' must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> Args.listCopy(Arrays.asList("a", null), "figures"))
        .withMessage("Argument 'figures' must not contain null but has null at index 1");
  }

  @Test
  void test_notNegative_acceptsZeroAndPositive() {
    BigDecimal zero = dec("0.00");
    assertThat(Args.notNegative(zero, "amount")).isSameAs(zero);
    assertThat(Args.notNegative(dec("3.46"), "amount")).isEqualTo(dec("3.46"));
  }

  @Test
  void test_notNegative_negative() {
    assertThatIllegalArgumentException().isThrownBy(() -> Args.notNegative(dec("-3.46"), "amount"))
        .withMessage("Argument 'amount' must not be negative but has value -3.46");
    // the value is shown plain even when it has an exponent: -1E+3 is -1000
    assertThatIllegalArgumentException().isThrownBy(() -> Args.notNegative(dec("-1E+3"), "amount"))
        .withMessage("Argument 'amount' must not be negative but has value -1000");
  }

  @Test
  void test_notNegative_null() {
    assertThatIllegalArgumentException().isThrownBy(() -> Args.notNegative(null, "amount"))
        .withMessage("Argument 'amount' must not be null");
  }

  @Test
  void test_positiveDecimal_acceptsPositive() {
    assertThat(Args.positive(dec("0.01"), "rate")).isEqualTo(dec("0.01"));
  }

  @Test
  void test_positiveDecimal_zeroAndNegative() {
    assertThatIllegalArgumentException().isThrownBy(() -> Args.positive(dec("0.0"), "rate"))
        .withMessage("Argument 'rate' must be positive but has value 0.0");
    assertThatIllegalArgumentException().isThrownBy(() -> Args.positive(dec("-2"), "rate"))
        .withMessage("Argument 'rate' must be positive but has value -2");
    assertThatIllegalArgumentException().isThrownBy(() -> Args.positive((BigDecimal) null, "rate"))
        .withMessage("Argument 'rate' must not be null");
  }

  @Test
  void test_positiveInt() {
    assertThat(Args.positive(9, "months")).isEqualTo(9);
    assertThatIllegalArgumentException().isThrownBy(() -> Args.positive(0, "months"))
        .withMessage("Argument 'months' must be positive but has value 0");
    assertThatIllegalArgumentException().isThrownBy(() -> Args.positive(-3, "months"))
        .withMessage("Argument 'months' must be positive but has value -3");
  }

  @Test
  void test_isTrue() {
    assertThatCode(() -> Args.isTrue(true, "never shown")).doesNotThrowAnyException();
    assertThatIllegalArgumentException().isThrownBy(() -> Args.isTrue(false, "Duplicate document id 'a'"))
        .withMessage("Duplicate document id 'a'");
  }

  @Test
  void test_decimal_keepsPrintedScale() {
    // "3.50" keeps two decimal places: its scale is part of its precision
    assertThat(Args.decimal("3.50", "value")).isEqualTo(new BigDecimal("3.50"));
    assertThat(Args.decimal("3.50", "value").scale()).isEqualTo(2);
  }

  @Test
  void test_decimal_notADecimal() {
    assertThatIllegalArgumentException().isThrownBy(() -> Args.decimal("3,052", "value"))
        .withMessage("Argument 'value' is not a decimal: '3,052'");
    assertThatIllegalArgumentException().isThrownBy(() -> Args.decimal(null, "value"))
        .withMessage("Argument 'value' must not be null");
  }

  private static BigDecimal dec(String text) {
    return new BigDecimal(text);
  }
}
