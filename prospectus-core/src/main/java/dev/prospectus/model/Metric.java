package dev.prospectus.model;

import dev.prospectus.internal.Args;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a figure measures: revenue, gross margin, adjusted net loss, headcount...
 * <p>
 * The constants below form the standard catalogue that calculators look figures up by; their
 * labels are in {@link #STANDARD}. A dataset may declare further metrics
 * ({@link MetricDefinition}). Sign conventions: losses and costs are positive numbers, operating
 * cash flow is negative for an outflow.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the identifier, lower-case snake case such as {@code "adjusted_net_loss"}
 */
public record Metric(String id) {

  // Declared before the constants: they are built by the constructor, which uses it.
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
  // Ids are checked by a regular expression; a dataset repeats a few dozen of them.
  private static final ParseCache<String, Metric> CACHE = new ParseCache<>(4096);

  /** Revenue. */
  public static final Metric REVENUE = new Metric("revenue");
  /** Cost of revenue (cost of sales), positive. */
  public static final Metric COST_OF_REVENUE = new Metric("cost_of_revenue");
  /** Gross profit, negative for a gross loss. */
  public static final Metric GROSS_PROFIT = new Metric("gross_profit");
  /** Gross margin as printed, in percent. */
  public static final Metric GROSS_MARGIN = new Metric("gross_margin");
  /** Gross margin of the company excluding the figure's segment, as printed, in percent. */
  public static final Metric GROSS_MARGIN_EXCLUDING_SEGMENT = new Metric("gross_margin_excluding_segment");
  /** Training-related cloud compute spend. */
  public static final Metric TRAINING_COMPUTE_SPEND = new Metric("training_compute_spend");
  /** Training compute spend as a percentage of revenue, as printed. */
  public static final Metric TRAINING_COMPUTE_TO_REVENUE = new Metric("training_compute_to_revenue");
  /** Research and development expense. */
  public static final Metric RND_EXPENSE = new Metric("rnd_expense");
  /** R&amp;D expense as a percentage of revenue, as printed. */
  public static final Metric RND_EXPENSE_TO_REVENUE = new Metric("rnd_expense_to_revenue");
  /** Selling and marketing expense. */
  public static final Metric SELLING_MARKETING_EXPENSE = new Metric("selling_marketing_expense");
  /** Net loss, positive for a loss. */
  public static final Metric NET_LOSS = new Metric("net_loss");
  /** Adjusted (non-IFRS) net loss, positive for a loss. */
  public static final Metric ADJUSTED_NET_LOSS = new Metric("adjusted_net_loss");
  /** Adjusted net loss as a percentage of revenue, as printed. */
  public static final Metric ADJUSTED_NET_LOSS_MARGIN = new Metric("adjusted_net_loss_margin");
  /** Net cash from operating activities, negative for an outflow. */
  public static final Metric OPERATING_CASH_FLOW = new Metric("operating_cash_flow");
  /** Cash reserves as the source defines them. */
  public static final Metric CASH_RESERVES = new Metric("cash_reserves");
  /** Cash and cash equivalents. */
  public static final Metric CASH_AND_EQUIVALENTS = new Metric("cash_and_equivalents");
  /** Monthly cash burn as printed. */
  public static final Metric MONTHLY_CASH_BURN = new Metric("monthly_cash_burn");
  /** Cash runway as printed, in months. */
  public static final Metric CASH_RUNWAY = new Metric("cash_runway");
  /** Cumulative funding raised. */
  public static final Metric FUNDING_RAISED = new Metric("funding_raised");
  /** Cumulative spend since founding. */
  public static final Metric CUMULATIVE_SPEND = new Metric("cumulative_spend");
  /** Employees. */
  public static final Metric HEADCOUNT = new Metric("headcount");
  /** R&amp;D staff as a percentage of headcount. */
  public static final Metric RND_HEADCOUNT_SHARE = new Metric("rnd_headcount_share");
  /** Paying users. */
  public static final Metric PAYING_USERS = new Metric("paying_users");
  /** A segment's share of total revenue, in percent. */
  public static final Metric REVENUE_SHARE = new Metric("revenue_share");
  /** Gross proceeds of a share offering (the final deal where several stages are reported). */
  public static final Metric IPO_GROSS_PROCEEDS = new Metric("ipo_gross_proceeds");
  /** Net proceeds of a share offering, after underwriting fees and offering expenses. */
  public static final Metric IPO_NET_PROCEEDS = new Metric("ipo_net_proceeds");
  /** Revenue growth as printed, in percent. */
  public static final Metric REVENUE_GROWTH = new Metric("revenue_growth");

  /** The standard catalogue with labels. */
  public static final List<MetricDefinition> STANDARD = List.of(
      MetricDefinition.of(REVENUE, "Revenue"),
      MetricDefinition.of(COST_OF_REVENUE, "Cost of revenue"),
      MetricDefinition.of(GROSS_PROFIT, "Gross profit"),
      MetricDefinition.of(GROSS_MARGIN, "Gross margin"),
      MetricDefinition.of(GROSS_MARGIN_EXCLUDING_SEGMENT, "Gross margin excluding segment"),
      MetricDefinition.of(TRAINING_COMPUTE_SPEND, "Training compute spend"),
      MetricDefinition.of(TRAINING_COMPUTE_TO_REVENUE, "Training compute to revenue"),
      MetricDefinition.of(RND_EXPENSE, "R&D expense"),
      MetricDefinition.of(RND_EXPENSE_TO_REVENUE, "R&D expense to revenue"),
      MetricDefinition.of(SELLING_MARKETING_EXPENSE, "Selling and marketing expense"),
      MetricDefinition.of(NET_LOSS, "Net loss"),
      MetricDefinition.of(ADJUSTED_NET_LOSS, "Adjusted net loss"),
      MetricDefinition.of(ADJUSTED_NET_LOSS_MARGIN, "Adjusted net loss margin"),
      MetricDefinition.of(OPERATING_CASH_FLOW, "Operating cash flow"),
      MetricDefinition.of(CASH_RESERVES, "Cash reserves"),
      MetricDefinition.of(CASH_AND_EQUIVALENTS, "Cash and cash equivalents"),
      MetricDefinition.of(MONTHLY_CASH_BURN, "Monthly cash burn"),
      MetricDefinition.of(CASH_RUNWAY, "Cash runway"),
      MetricDefinition.of(FUNDING_RAISED, "Funding raised"),
      MetricDefinition.of(CUMULATIVE_SPEND, "Cumulative spend"),
      MetricDefinition.of(HEADCOUNT, "Headcount"),
      MetricDefinition.of(RND_HEADCOUNT_SHARE, "R&D share of headcount"),
      MetricDefinition.of(PAYING_USERS, "Paying users"),
      MetricDefinition.of(REVENUE_SHARE, "Share of revenue"),
      MetricDefinition.of(IPO_GROSS_PROCEEDS, "IPO gross proceeds"),
      MetricDefinition.of(IPO_NET_PROCEEDS, "IPO net proceeds"),
      MetricDefinition.of(REVENUE_GROWTH, "Revenue growth"));

  /**
   * Creates a metric.
   *
   * @param id  the identifier, lower-case letters, digits and underscores, starting with a letter
   * @throws IllegalArgumentException if the id is null or malformed
   */
  public Metric {
    Args.notNull(id, "id");
    Args.isTrue(ID.matcher(id).matches(), "Invalid metric id '" + id + "': expected [a-z][a-z0-9_]*");
  }

  /**
   * Obtains a metric.
   *
   * @param id  the identifier
   * @return the metric
   */
  public static Metric of(String id) {
    Args.notNull(id, "id");
    return CACHE.get(id, Metric::new);
  }

  /**
   * Returns the id.
   *
   * @return the id, readable by {@link #of}
   */
  @Override
  public String toString() {
    return id;
  }
}
