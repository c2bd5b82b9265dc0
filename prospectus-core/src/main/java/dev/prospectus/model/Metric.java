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

  // The offering's terms (docs/data-format.md, "Offering terms"). Share counts are in unit
  // "shares"; a figure's period is the date its source states the term for, and the listing date
  // is the period of the first-day figures.
  /** The offer price range per share: {@code value} is the low end, {@code valueTo} the high end. */
  public static final Metric IPO_OFFER_PRICE_RANGE = new Metric("ipo_offer_price_range");
  /** The final offer price per share. */
  public static final Metric IPO_OFFER_PRICE = new Metric("ipo_offer_price");
  /** Shares offered in the base offer, before any offer-size adjustment or over-allotment. */
  public static final Metric IPO_BASE_OFFER_SHARES = new Metric("ipo_base_offer_shares");
  /** Shares offered in the final deal: after any offer-size adjustment, before the over-allotment. */
  public static final Metric IPO_OFFER_SHARES = new Metric("ipo_offer_shares");
  /** Shares of the over-allotment option (greenshoe). */
  public static final Metric IPO_OVER_ALLOTMENT_SHARES = new Metric("ipo_over_allotment_shares");
  /** Shares offered with the over-allotment option fully exercised. */
  public static final Metric IPO_OFFER_SHARES_WITH_OVER_ALLOTMENT = new Metric("ipo_offer_shares_with_over_allotment");
  /** Shares of the public tranche (a Hong Kong public offer, STAR online), after any clawback. */
  public static final Metric IPO_PUBLIC_OFFER_SHARES = new Metric("ipo_public_offer_shares");
  /** Shares of the public tranche as first offered, before any clawback. */
  public static final Metric IPO_PUBLIC_OFFER_SHARES_INITIAL = new Metric("ipo_public_offer_shares_initial");
  /** Shares of the placing tranche (an international offer, STAR offline). */
  public static final Metric IPO_PLACING_SHARES = new Metric("ipo_placing_shares");
  /** Shares taken by cornerstone investors. */
  public static final Metric CORNERSTONE_SHARES = new Metric("cornerstone_shares");
  /** The cornerstone investors' investment, money. */
  public static final Metric CORNERSTONE_INVESTMENT = new Metric("cornerstone_investment");
  /** Cornerstone investors, a count. */
  public static final Metric CORNERSTONE_INVESTORS = new Metric("cornerstone_investors");
  /** The cornerstone shares as a share of the offer, as printed, in percent (its base in the note). */
  public static final Metric CORNERSTONE_SHARE_OF_OFFER = new Metric("cornerstone_share_of_offer");
  /** Shares of a strategic placement (STAR market). */
  public static final Metric STRATEGIC_PLACEMENT_SHARES = new Metric("strategic_placement_shares");
  /** Shares outstanding before the offering. */
  public static final Metric SHARES_OUTSTANDING_BEFORE = new Metric("shares_outstanding_before");
  /** Shares outstanding after the offering. */
  public static final Metric SHARES_OUTSTANDING_AFTER = new Metric("shares_outstanding_after");
  /** Shares free to trade on listing (the initial unrestricted float). */
  public static final Metric FREE_FLOAT_SHARES = new Metric("free_float_shares");
  /** Market capitalisation at the offer price, as printed. */
  public static final Metric IPO_MARKET_CAP = new Metric("ipo_market_cap");
  /** The first day's opening price per share. */
  public static final Metric FIRST_DAY_OPEN_PRICE = new Metric("first_day_open_price");
  /** The first day's closing price per share. */
  public static final Metric FIRST_DAY_CLOSE_PRICE = new Metric("first_day_close_price");
  /** The first day's return over the offer price, as printed, in percent. */
  public static final Metric FIRST_DAY_RETURN = new Metric("first_day_return");
  /** Market capitalisation at the first day's close, as printed. */
  public static final Metric FIRST_DAY_MARKET_CAP = new Metric("first_day_market_cap");
  /** Market capitalisation at the first day's open, as printed. */
  public static final Metric FIRST_DAY_OPEN_MARKET_CAP = new Metric("first_day_open_market_cap");
  /** A use's share of the net proceeds, in percent (the use is the figure's segment). */
  public static final Metric USE_OF_PROCEEDS_SHARE = new Metric("use_of_proceeds_share");

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
      MetricDefinition.of(REVENUE_GROWTH, "Revenue growth"),
      MetricDefinition.of(IPO_OFFER_PRICE_RANGE, "IPO offer price range"),
      MetricDefinition.of(IPO_OFFER_PRICE, "IPO offer price"),
      MetricDefinition.of(IPO_BASE_OFFER_SHARES, "IPO base offer shares"),
      MetricDefinition.of(IPO_OFFER_SHARES, "IPO offer shares"),
      MetricDefinition.of(IPO_OVER_ALLOTMENT_SHARES, "IPO over-allotment shares"),
      MetricDefinition.of(IPO_OFFER_SHARES_WITH_OVER_ALLOTMENT, "IPO offer shares with over-allotment"),
      MetricDefinition.of(IPO_PUBLIC_OFFER_SHARES, "IPO public offer shares"),
      MetricDefinition.of(IPO_PUBLIC_OFFER_SHARES_INITIAL, "IPO public offer shares before clawback"),
      MetricDefinition.of(IPO_PLACING_SHARES, "IPO placing shares"),
      MetricDefinition.of(CORNERSTONE_SHARES, "Cornerstone shares"),
      MetricDefinition.of(CORNERSTONE_INVESTMENT, "Cornerstone investment"),
      MetricDefinition.of(CORNERSTONE_INVESTORS, "Cornerstone investors"),
      MetricDefinition.of(CORNERSTONE_SHARE_OF_OFFER, "Cornerstone share of offer"),
      MetricDefinition.of(STRATEGIC_PLACEMENT_SHARES, "Strategic placement shares"),
      MetricDefinition.of(SHARES_OUTSTANDING_BEFORE, "Shares outstanding before the offering"),
      MetricDefinition.of(SHARES_OUTSTANDING_AFTER, "Shares outstanding after the offering"),
      MetricDefinition.of(FREE_FLOAT_SHARES, "Free float shares"),
      MetricDefinition.of(IPO_MARKET_CAP, "Market capitalisation at the offer price"),
      MetricDefinition.of(FIRST_DAY_OPEN_PRICE, "First-day open"),
      MetricDefinition.of(FIRST_DAY_CLOSE_PRICE, "First-day close"),
      MetricDefinition.of(FIRST_DAY_RETURN, "First-day return"),
      MetricDefinition.of(FIRST_DAY_MARKET_CAP, "First-day closing market capitalisation"),
      MetricDefinition.of(FIRST_DAY_OPEN_MARKET_CAP, "First-day opening market capitalisation"),
      MetricDefinition.of(USE_OF_PROCEEDS_SHARE, "Use of proceeds share"));

  /**
   * Creates a metric.
   *
   * @param id  the identifier, lower-case letters, digits and underscores, starting with a letter
   * @throws IllegalArgumentException if the id is null or malformed
   */
  public Metric {
    Args.notNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("Invalid metric id '" + id + "': expected [a-z][a-z0-9_]*");
    }
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
