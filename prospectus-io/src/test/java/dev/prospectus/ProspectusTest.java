package dev.prospectus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.calc.Calculation;
import dev.prospectus.calc.Measure;
import dev.prospectus.calc.NotMeaningful;
import dev.prospectus.model.Dataset;
import dev.prospectus.verify.Claim;
import dev.prospectus.verify.Verdict;
import dev.prospectus.verify.VerdictStatus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProspectusTest {

  private static final Prospectus MINIMAX = Prospectus.bundled("minimax");

  @Test
  void test_bundled_datasetAndClaims() {
    assertThat(Prospectus.bundledNames()).containsExactly("minimax", "moore-threads", "zhipu");
    assertThat(MINIMAX.dataset().name()).isEqualTo("MiniMax");
    assertThat(MINIMAX.claims()).extracting(Claim::id).contains("revenue-growth-fy2024");
    assertThat(MINIMAX.toString()).startsWith("Prospectus MiniMax (MiniMax Group Inc., USD): ")
        .endsWith("; " + MINIMAX.claims().size() + " claims");
  }

  @Test
  void test_figureAndReports() {
    // the company's table, in thousands: the preferred report
    assertThat(MINIMAX.figure("revenue/total/FY2024").amount()).hasToString("30523 thousand USD");
    assertThat(MINIMAX.reports("revenue/total/FY2023").reports().size()).isGreaterThan(1);
    assertThat(MINIMAX.conflicts()).isNotEmpty();
  }

  @Test
  void test_calculations() {
    Calculation growth = MINIMAX.growth("revenue/total/FY2024", "revenue/total/FY2023");
    assertThat(growth.measure()).isEqualTo(Measure.GROWTH);
    assertThat(growth).hasToString("782.17% [782.02%, 782.31%]");
    // 30523 / 3460 = 8.82x
    assertThat(MINIMAX.multiple("revenue/total/FY2024", "revenue/total/FY2023").derived().value())
        .isBetween(new java.math.BigDecimal("8.821"), new java.math.BigDecimal("8.822"));
    assertThat(MINIMAX.ratioToRevenue("training_compute_spend/total/FY2023", "revenue/total/FY2023").measure())
        .isEqualTo(Measure.RATIO_TO_REVENUE);
    // 11.02億 / (1.863億 / 9) = 53.24 months
    Calculation runway = MINIMAX.runway("cash_reserves/total/2025-09-30", "adjusted_net_loss/total/9M2025");
    assertThat(runway.measure()).isEqualTo(Measure.RUNWAY);
    assertThat(runway.derived().value().toPlainString()).startsWith("53.2367");
  }

  @Test
  void test_runway_onAnInflowIsNotMeaningful() {
    Dataset inflow = Dataset.builder("Cashflow Co", "Cashflow", "USD")
        .document("doc", "A filing", "en")
        .figure(f -> f.key("cash_reserves/total/2025-09-30").value("10").scale("million").unit("USD")
            .source("doc", "p. 1", "cash of US$10 million"))
        .figure(f -> f.key("operating_cash_flow/total/9M2025").value("2").scale("million").unit("USD")
            .source("doc", "p. 2", "operating inflow of US$2 million"))
        .build();
    Calculation runway = Prospectus.of(inflow, List.of())
        .runway("cash_reserves/total/2025-09-30", "operating_cash_flow/total/9M2025");
    assertThat(runway).isInstanceOf(NotMeaningful.class);
    assertThat(((NotMeaningful) runway).reason()).isEqualTo(NotMeaningful.Reason.NO_BURN);
  }

  @Test
  void test_verify() {
    Verdict bundled = MINIMAX.verify("revenue-growth-fy2024");
    assertThat(bundled.status()).isEqualTo(VerdictStatus.CONSISTENT);
    Verdict built = MINIMAX.verify(Claim.id("growth").quote("同比暴漲了782.2%", "qbitai-seed")
        .growth("revenue/total/FY2024", "revenue/total/FY2023").is("782.2%"));
    assertThat(built.toString()).isEqualTo(bundled.toString().replaceFirst("^revenue-growth-fy2024", "growth"));
    assertThat(MINIMAX.verifyAll()).extracting(Verdict::id).contains("revenue-growth-fy2024");
    assertThatIllegalArgumentException().isThrownBy(() -> MINIMAX.verify("no-such-claim"))
        .withMessageStartingWith("No claim 'no-such-claim' in the " + MINIMAX.claims().size()
            + " claims of MiniMax; the first are revenue-growth-fy2024, ");
  }

  @Test
  void test_read_folderWithItsClaims() {
    Prospectus zhipu = Prospectus.read(Path.of("data", "zhipu"));
    assertThat(zhipu.dataset().currency().getCurrencyCode()).isEqualTo("CNY");
    assertThat(zhipu.claims()).isNotEmpty();
    Prospectus fixture = Prospectus.read(Path.of("prospectus-io/src/test/resources/fixtures/minimal/dataset.json"));
    assertThat(fixture.claims()).isEmpty();
    assertThatIllegalArgumentException().isThrownBy(() -> Prospectus.bundled("nobody"))
        .withMessageContaining("bundled datasets: [minimax, moore-threads, zhipu]");
  }
}
