package dev.prospectus.scenario;

import static dev.prospectus.scenario.Fixtures.SEP_30_2025;
import static dev.prospectus.scenario.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SensitivityTest {

  private static final Scenario WITH_IPO = Scenario.of(usd("1200"), SEP_30_2025, BurnModel.constant(usd("100")),
      List.of(CashInjection.of("IPO", usd("600"), LocalDate.of(2026, 3, 30))), 120);

  @Test
  void test_tornado_handWorkedOrder() {
    // base: 1200 + 600 at month 6 = 100 t, t = 18. Moving each input by 10%:
    //   burn 110 .. 90:    1800 / 110 = 16.3636 .. 1800 / 90 = 20.0   swing 3.6364
    //   cash 1080 .. 1320: 1680 / 100 = 16.8    .. 1920 / 100 = 19.2  swing 2.4
    //   IPO 540 .. 660:    1740 / 100 = 17.4    .. 1860 / 100 = 18.6  swing 1.2
    Tornado tornado = Sensitivity.tornado(WITH_IPO, BigDecimal.TEN);
    assertThat(tornado.rows()).extracting(TornadoRow::input).containsExactly("monthly burn", "cash", "IPO");
    TornadoRow burn = tornado.rows().get(0);
    assertThat(burn.lowValue()).isEqualByComparingTo("90");
    assertThat(burn.highValue()).isEqualByComparingTo("110");
    assertThat(burn.runwayAtLow().months().getAsDouble()).isCloseTo(20.0, offset(1e-9));
    assertThat(burn.runwayAtHigh().months().getAsDouble()).isCloseTo(1800 / 110.0, offset(1e-9));
    assertThat(burn.swingMonths()).isCloseTo(20 - 1800 / 110.0, offset(1e-9));
    assertThat(tornado.rows().get(1).swingMonths()).isCloseTo(2.4, offset(1e-9));
    assertThat(tornado.rows().get(2).swingMonths()).isCloseTo(1.2, offset(1e-9));
    assertThat(tornado.base().months().getAsDouble()).isCloseTo(18.0, offset(1e-9));
    assertThat(tornado.toString()).isEqualTo("Sensitivity of runway 18.0 months (cash out 2027-03) to \u00b110% on"
        + " each input, one at a time, largest swing first (projection):\n"
        + "  monthly burn: 20.0 .. 16.4 months (swing 3.6)\n"
        + "  cash: 16.8 .. 19.2 months (swing 2.4)\n"
        + "  IPO: 17.4 .. 18.6 months (swing 1.2)");
  }

  @Test
  void test_tornado_geometricBurnHasGrowthRow() {
    // C 1000, B 10, g 2%, runway ln(1 + g C / B) / ln(1 + g); moving each input by 10%:
    //   burn 9 .. 11:       ln(1 + 20/9)/ln 1.02 = 59.0867 .. ln(1 + 20/11)/ln 1.02 = 52.3209   swing 6.7657
    //   cash 900 .. 1100:   ln 2.8/ln 1.02 = 51.9941 .. ln 3.2/ln 1.02 = 58.7372             swing 6.7431
    //   growth 1.8 .. 2.2%: ln 2.8/ln 1.018 = 57.7144 .. ln 3.2/ln 1.022 = 53.4500           swing 4.2644
    // burn moves C / B by 1/0.9 and 1/1.1, slightly more than cash's 0.9 and 1.1: burn ranks first
    Scenario scenario = Scenario.of(usd("1000"), SEP_30_2025, BurnModel.geometric(usd("10"), new BigDecimal("2")),
        List.of(), 120);
    Tornado tornado = Sensitivity.tornado(scenario, BigDecimal.TEN);
    assertThat(tornado.rows()).extracting(TornadoRow::input)
        .containsExactly("first month's burn", "cash", "monthly burn growth");
    TornadoRow growth = tornado.rows().get(2);
    assertThat(growth.unit()).isEqualTo(Unit.PERCENT);
    assertThat(growth.lowValue()).isEqualByComparingTo("1.8");
    assertThat(growth.highValue()).isEqualByComparingTo("2.2");
    assertThat(growth.runwayAtLow().months().getAsDouble()).isCloseTo(Math.log(2.8) / Math.log(1.018), offset(1e-9));
    assertThat(growth.runwayAtHigh().months().getAsDouble()).isCloseTo(Math.log(3.2) / Math.log(1.022), offset(1e-9));
    assertThat(tornado.rows().get(0).swingMonths()).isCloseTo(6.765734614887471, offset(1e-9));
    assertThat(tornado.rows().get(1).swingMonths())
        .isCloseTo(Math.log(3.2) / Math.log(1.02) - Math.log(2.8) / Math.log(1.02), offset(1e-9));
  }

  @Test
  void test_tornado_revenueDrivenRowsAndMarginCap() {
    // margin 95% moved up 10% would be 104.5%: held at 100%
    Scenario scenario = Scenario.of(usd("1000"), SEP_30_2025,
        BurnModel.revenueDriven(usd("10"), BigDecimal.ZERO, Fixtures.percent("95"), usd("60")), List.of(), 120);
    Tornado tornado = Sensitivity.tornado(scenario, BigDecimal.TEN);
    assertThat(tornado.rows()).extracting(TornadoRow::input).containsExactlyInAnyOrder("cash",
        "first month's revenue", "monthly revenue growth", "gross margin", "monthly operating costs");
    TornadoRow margin = tornado.rows().stream().filter(r -> r.input().equals("gross margin")).findFirst().orElseThrow();
    // net burn at 100% margin: 60 - 10 = 50, 1000 / 50 = 20 months; at 85.5%: 60 - 8.55 = 51.45, 19.436
    assertThat(margin.runwayAtHigh().months().getAsDouble()).isCloseTo(20.0, offset(1e-9));
    assertThat(margin.runwayAtLow().months().getAsDouble()).isCloseTo(1000 / 51.45, offset(1e-9));
    // zero growth moved by 10% is still zero: no swing
    TornadoRow growth = tornado.rows().stream().filter(r -> r.input().equals("monthly revenue growth")).findFirst()
        .orElseThrow();
    assertThat(growth.swingMonths()).isZero();
  }

  @Test
  void test_tornado_beyondHorizonCountsAsHorizon() {
    // 1200 / 100 = 12 months; horizon 12: at cash 1320 the runway is beyond it, counted as 12
    Scenario scenario = Scenario.of(usd("1200"), SEP_30_2025, BurnModel.constant(usd("100")), List.of(), 12);
    Tornado tornado = Sensitivity.tornado(scenario, BigDecimal.TEN);
    TornadoRow cash = tornado.rows().stream().filter(r -> r.input().equals("cash")).findFirst().orElseThrow();
    assertThat(cash.runwayAtHigh().isCashOutWithinHorizon()).isFalse();
    // 12 - 10.8 = 1.2
    assertThat(cash.swingMonths()).isCloseTo(1.2, offset(1e-9));
  }

  @Test
  void test_tornado_shockOutOfRange() {
    assertThatIllegalArgumentException().isThrownBy(() -> Sensitivity.tornado(WITH_IPO, BigDecimal.ZERO))
        .withMessage("Argument 'shockPercent' must be positive but has value 0");
    assertThatIllegalArgumentException().isThrownBy(() -> Sensitivity.tornado(WITH_IPO, new BigDecimal("100")))
        .withMessage("Argument 'shockPercent' must be below 100 but has value 100");
  }
}
