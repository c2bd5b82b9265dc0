package dev.prospectus.calc;

import static dev.prospectus.calc.Fixtures.figure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.model.Amount;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.ExchangeRate;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.FiscalPeriod;
import dev.prospectus.model.Qualifier;
import dev.prospectus.model.Scale;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArithmeticCalculatorTest {

  private static final Figure LOSS_2023 = figure("adjusted_net_loss", "FY2023", "2.7", Scale.HUNDRED_MILLION, "USD");
  private static final Figure LOSS_2024 = figure("adjusted_net_loss", "FY2024", "2.44", Scale.HUNDRED_MILLION, "USD");

  @Test
  void test_sum() {
    Derived sum = ArithmeticCalculator.sum(List.of(LOSS_2023, LOSS_2024)).derived();
    // 2.7億 + 2.44億 = 5.14億, in [2.65億 + 2.435億, 2.75億 + 2.445億]
    assertThat(sum.measure()).isEqualTo(Measure.SUM);
    assertThat(sum.label()).isEqualTo("sum of adjusted_net_loss FY2023 + adjusted_net_loss FY2024");
    assertThat(sum.value()).isEqualByComparingTo("514000000");
    assertThat(sum.range()).isEqualTo(DecimalRange.ofClosed("508500000", "519500000"));
    assertThat(sum.subject()).extracting(Object::toString)
        .containsExactly("adjusted_net_loss/total/FY2023", "adjusted_net_loss/total/FY2024");
  }

  @Test
  void test_sum_unitsDiffer() {
    Figure cny = figure("adjusted_net_loss", "FY2022", "7.3", Scale.HUNDRED_MILLION, "CNY");
    assertThatIllegalArgumentException().isThrownBy(() -> ArithmeticCalculator.sum(List.of(LOSS_2023, cny)))
        .isInstanceOf(UnitMismatchException.class)
        .withMessage("Calculation 'sum' needs one unit but 'adjusted_net_loss FY2022' is in 'CNY', not 'USD'");
    assertThatIllegalArgumentException().isThrownBy(() -> ArithmeticCalculator.sum(List.of()))
        .withMessage("Argument 'terms' must not be empty");
  }

  @Test
  void test_difference() {
    Derived d = ArithmeticCalculator.difference(LOSS_2023, LOSS_2024).derived();
    // 2.7億 - 2.44億 = 0.26億, in [2.65億 - 2.445億, 2.75億 - 2.435億]
    assertThat(d.measure()).isEqualTo(Measure.DIFFERENCE);
    assertThat(d.label()).isEqualTo("adjusted_net_loss FY2023 - adjusted_net_loss FY2024");
    assertThat(d.value()).isEqualByComparingTo("26000000");
    assertThat(d.range()).isEqualTo(DecimalRange.ofClosed("20500000", "31500000"));
  }

  @Test
  void test_multipliedAndDividedBy() {
    Figure tokens = figure("tokens_per_day", "2025-12-21", "1", Scale.TRILLION, "tokens");
    Derived year = ArithmeticCalculator.multipliedBy(tokens, BigDecimal.valueOf(365), Unit.parse("tokens"),
        "365 days a year");
    // 1萬億 x 365 = 365萬億, in [0.5萬億 x 365, 1.5萬億 x 365]
    assertThat(year.measure()).isEqualTo(Measure.CONVERSION);
    assertThat(year.value()).isEqualByComparingTo("365000000000000");
    assertThat(year.range()).isEqualTo(DecimalRange.ofClosed("182500000000000", "547500000000000"));
    assertThat(year.notes()).containsExactly("conversion constant: 365 days a year");
    Figure hours = figure("video_hours", "9M2025", "8760", Scale.ONE, "hours");
    Derived years = ArithmeticCalculator.dividedBy(hours, BigDecimal.valueOf(8760), Unit.YEARS, "8760 hours a year");
    // 8760 / 8760 = 1 year; the printed zero may be a rounding, so [8755 / 8760, 8765 / 8760] rounded outward
    assertThat(years.value()).isEqualByComparingTo("1");
    assertThat(years.range().low()).isEqualByComparingTo("0.9994292237442922374429223744292237");
    assertThat(years.range().high()).isEqualByComparingTo("1.000570776255707762557077625570777");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ArithmeticCalculator.dividedBy(hours, BigDecimal.ZERO, Unit.YEARS, "nothing"))
        .withMessage("Argument 'divisor' must be positive but has value 0");
  }

  @Test
  void test_converted() {
    Figure printed = figure("fx_rate", "2024-12-31", "7.20", Scale.ONE, "CNY");
    ExchangeRate rate = ExchangeRate.printed("usd-cny-convenience", Unit.parse("USD"), printed,
        FiscalPeriod.fiscalYear(2024));
    Derived cny = (Derived) ArithmeticCalculator.converted(LOSS_2024, rate, Unit.parse("CNY"));
    // 2.44億 x 7.20 = 17.568億, in [2.435億 x 7.195, 2.445億 x 7.205]
    assertThat(cny.measure()).isEqualTo(Measure.CURRENCY_CONVERSION);
    assertThat(cny.value()).isEqualByComparingTo("1756800000");
    assertThat(cny.range()).isEqualTo(DecimalRange.ofClosed("1751982500.000", "1761622500.000"));
    assertThat(cny.formula()).isEqualTo("adjusted_net_loss FY2024 x rate usd-cny-convenience");
    assertThat(cny.inputs()).containsExactly(LOSS_2024, printed);
    assertThat(cny.notes()).containsExactly("exchange rate usd-cny-convenience: 7.20 [7.195, 7.205] CNY per USD,"
        + " applies to FY2024, printed by calc-tests (\u201crestated from the bundled dataset\u201d)");
    // back again: 17.568億 CNY / [7.195, 7.205]
    Derived usd = (Derived) ArithmeticCalculator.converted(cny, rate, Unit.parse("USD"));
    assertThat(usd.formula()).isEqualTo("adjusted_net_loss FY2024 in CNY / rate usd-cny-convenience");
    assertThat(usd.range().roundedOutward(0)).isEqualTo(DecimalRange.ofClosed("243162040", "244839820"));
    assertThatExceptionOfType(UnitMismatchException.class)
        .isThrownBy(() -> ArithmeticCalculator.converted(figure("headcount", "2025-09-30", "385", Scale.ONE,
            "people"), rate, Unit.parse("CNY")))
        .withMessage("Exchange rate 'usd-cny-convenience' converts between 'USD' and 'CNY', not 'headcount"
            + " 2025-09-30' in 'people' into 'CNY'");
  }

  @Test
  void test_converted_divisorReachingZeroIsNotMeaningful() {
    Figure under = Figure.of(FigureKey.parse("fx_rate/total/2024-12-31"), Amount.of("7", Scale.ONE, Unit.parse("CNY")),
        Qualifier.UNDER, Fixtures.figure("fx_rate", "2024-12-31", "7", Scale.ONE, "CNY").source());
    ExchangeRate rate = ExchangeRate.printed("usd-cny-under", Unit.parse("USD"), under, FiscalPeriod.fiscalYear(2024));
    Figure cny = figure("revenue", "FY2024", "1", Scale.HUNDRED_MILLION, "CNY");
    NotMeaningful nm = (NotMeaningful) ArithmeticCalculator.converted(cny, rate, Unit.parse("USD"));
    assertThat(nm.reason()).isEqualTo(NotMeaningful.Reason.DIVISOR_MAY_BE_ZERO);
  }
}
