package dev.prospectus.report;

import dev.prospectus.calc.Calculation;
import dev.prospectus.calc.CashCalculator;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FiscalPeriod;
import dev.prospectus.model.Metric;
import dev.prospectus.model.ReportingPeriod;
import dev.prospectus.model.Segment;
import dev.prospectus.model.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The monthly burns a dataset allows at a cash date: one per burn metric whose period ends on that
 * date, in the cash's currency. The analysis and the projections both start from these, so the
 * choice of calculator per metric lives here once.
 */
final class Burns {

  private Burns() {
  }

  /**
   * The burns of the given metrics (losses, or operating cash flow) for whole-company periods ending
   * on a date, from each figure's preferred report, in the order of the metrics and then the periods.
   */
  static List<Calculation> endingOn(Dataset ds, LocalDate date, Unit currency, List<Metric> metrics) {
    List<Calculation> burns = new ArrayList<>();
    for (Metric metric : metrics) {
      for (ReportingPeriod p : ds.periods(metric, Segment.TOTAL)) {
        Optional<Figure> flow = ds.lookup(metric, Segment.TOTAL, p).findPreferred();
        if (p instanceof FiscalPeriod fp && fp.endInclusive().equals(date) && flow.isPresent()
            && flow.get().unit().equals(currency)) {
          burns.add(metric.equals(Metric.OPERATING_CASH_FLOW)
              ? CashCalculator.monthlyBurnFromOperatingCashFlow(flow.get())
              : CashCalculator.monthlyBurnFromLoss(flow.get()));
        }
      }
    }
    return burns;
  }
}
