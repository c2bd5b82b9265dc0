package dev.prospectus.verify;

import dev.prospectus.model.Amount;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.Document;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.Qualifier;
import dev.prospectus.model.Scale;
import dev.prospectus.model.Source;
import dev.prospectus.model.Unit;
import java.time.MonthDay;
import java.util.Currency;
import java.util.List;

/**
 * A small dataset for the verifier's tests: two documents, "seed" and "other", with figures whose
 * ranges are worked by hand in the tests.
 */
public final class VerifyFixtures {

  static final Document SEED = Document.of("seed", "A news article", "zh-Hant");
  static final Document OTHER = Document.of("other", "Another article", "en");

  private VerifyFixtures() {
  }

  /**
   * The dataset:
   * <ul>
   * <li>revenue FY2023: 346萬 USD (seed) [3455000, 3465000]; 2.46 million USD (other) [2455000, 2465000]
   * <li>revenue FY2024: 3052萬 USD (seed) [30515000, 30525000]; 30523 thousand USD (other) [30522500, 30523500]
   * <li>training compute FY2023: 4723萬 USD (seed) [47225000, 47235000]
   * <li>cash reserves 2025-09-30: 11.02億 USD (seed) [1101500000, 1102500000]
   * <li>adjusted net loss 9M2025: 1.86億 USD (seed) [185500000, 186500000]
   * <li>operating cash flow 9M2025: -2.09億 USD (other) [-209500000, -208500000]
   * <li>headcount 2025-09-30: 385 people (seed); R&amp;D share: 73.8% (seed), 73.9% (other)
   * </ul>
   */
  public static Dataset dataset() {
    return Dataset.of("Example Co", "Example", Currency.getInstance("USD"), MonthDay.of(12, 31),
        List.of(SEED, OTHER), List.of(), List.of(),
        List.of(
            figure("revenue/total/FY2023", "346", Scale.TEN_THOUSAND, "USD", SEED),
            figure("revenue/total/FY2023", "2.46", Scale.MILLION, "USD", OTHER),
            figure("revenue/total/FY2024", "3052", Scale.TEN_THOUSAND, "USD", SEED),
            figure("revenue/total/FY2024", "30523", Scale.THOUSAND, "USD", OTHER),
            figure("training_compute_spend/total/FY2023", "4723", Scale.TEN_THOUSAND, "USD", SEED),
            figure("cash_reserves/total/2025-09-30", "11.02", Scale.HUNDRED_MILLION, "USD", SEED),
            figure("adjusted_net_loss/total/9M2025", "1.86", Scale.HUNDRED_MILLION, "USD", SEED),
            figure("operating_cash_flow/total/9M2025", "-2.09", Scale.HUNDRED_MILLION, "USD", OTHER),
            figure("headcount/total/2025-09-30", "385", Scale.ONE, "people", SEED),
            figure("rnd_headcount_share/total/2025-09-30", "73.8", Scale.ONE, "%", SEED),
            figure("rnd_headcount_share/total/2025-09-30", "73.9", Scale.ONE, "%", OTHER)));
  }

  static Figure figure(String key, String value, Scale scale, String unit, Document document) {
    return Figure.of(FigureKey.parse(key), Amount.of(value, scale, Unit.parse(unit)), Qualifier.EXACT,
        Source.of(document, "¶1", value + " " + unit));
  }
}
