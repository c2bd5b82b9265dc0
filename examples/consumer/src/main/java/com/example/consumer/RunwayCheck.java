package com.example.consumer;

import dev.prospectus.calc.CashCalculator;
import dev.prospectus.calc.Derived;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.Metric;

/**
 * A user's own code: how long a company's cash lasts at its adjusted net loss, from a dataset
 * bundled in the library's jar.
 */
public final class RunwayCheck {

  private RunwayCheck() {
  }

  /**
   * The runway on cash reserves at a date, burning the adjusted net loss of the period ending then.
   *
   * @param dataset  the dataset
   * @param cashDate  the date of the cash balance, such as "2025-09-30"
   * @param period  the loss period ending on that date, such as "9M2025"
   * @return the runway in months, with its range
   */
  public static Derived runway(Dataset dataset, String cashDate, String period) {
    Derived burn = CashCalculator.monthlyBurnFromLoss(dataset.figure(Metric.ADJUSTED_NET_LOSS, period));
    return CashCalculator.runway(dataset.figure(Metric.CASH_RESERVES, cashDate), burn);
  }

  /**
   * Prints the runway of a bundled dataset.
   *
   * @param args  the dataset name, the cash date and the loss period
   */
  public static void main(String[] args) {
    System.out.println(runway(dev.prospectus.io.DatasetReader.bundled(args[0]), args[1], args[2]));
  }
}
