package com.example.consumer;

import dev.prospectus.Prospectus;
import dev.prospectus.calc.Calculation;

/**
 * A user's own code: how long a company's cash lasts at its adjusted net loss, from a dataset
 * bundled in the library's jars, through the front door.
 */
public final class RunwayCheck {

  private RunwayCheck() {
  }

  /**
   * The runway on cash reserves at a date, burning the adjusted net loss of the period ending then.
   *
   * @param company  the company's dataset
   * @param cashDate  the date of the cash balance, such as "2025-09-30"
   * @param period  the loss period ending on that date, such as "9M2025"
   * @return the runway in months, with its range, or why it is not meaningful
   */
  public static Calculation runway(Prospectus company, String cashDate, String period) {
    return company.runway("cash_reserves/total/" + cashDate, "adjusted_net_loss/total/" + period);
  }

  /**
   * Prints the runway of a bundled dataset.
   *
   * @param args  the dataset name, the cash date and the loss period
   */
  public static void main(String[] args) {
    System.out.println(runway(Prospectus.bundled(args[0]), args[1], args[2]));
  }
}
