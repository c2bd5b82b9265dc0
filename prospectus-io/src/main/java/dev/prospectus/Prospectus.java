package dev.prospectus;

import dev.prospectus.calc.Calculation;
import dev.prospectus.calc.Calculators;
import dev.prospectus.calc.CashCalculator;
import dev.prospectus.calc.GrowthCalculator;
import dev.prospectus.calc.MarginCalculator;
import dev.prospectus.calc.RatioCalculator;
import dev.prospectus.io.ClaimsReader;
import dev.prospectus.io.DatasetReader;
import dev.prospectus.internal.Args;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureConflict;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.FigureLookup;
import dev.prospectus.verify.Claim;
import dev.prospectus.verify.Verdict;
import dev.prospectus.verify.Verifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The front door: a company's dataset and its published claims, from which its figures, a
 * calculation and a verdict are one call away, with one import.
 * <p>
 * For example, in JShell or Java:
 * <pre>
 *   var mm = Prospectus.bundled("minimax");
 *   mm.figure("revenue/total/FY2024")                           // 30523 thousand USD, as printed
 *   mm.growth("revenue/total/FY2024", "revenue/total/FY2023")  // 782.17% [782.02%, 782.31%]
 *   mm.verify("revenue-growth-fy2024")                          // the verdict on the seed's "782.2%"
 * </pre>
 * Figures are named by their keys, {@code metric/segment/period}, as in the JSON files; periods are
 * read with the dataset's fiscal year end ({@code FY2024}, {@code 9M2025}, {@code 2025-09-30}). A
 * calculation uses each figure's preferred report ({@link FigureLookup#preferred()}) and names it
 * in its inputs. Behind the door are the types it returns ({@link Dataset}, {@link Figure},
 * {@link Calculation}, {@link Verdict}) and the calculators and verifier it calls, for everything
 * it does not cover; projections and reports are in the analysis and report artifacts.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Prospectus {

  private final Dataset dataset;
  private final List<Claim> claims;

  private Prospectus(Dataset dataset, List<Claim> claims) {
    this.dataset = Args.notNull(dataset, "dataset");
    this.claims = Args.listCopy(claims, "claims");
  }

  //-------------------------------------------------------------------------
  /**
   * Opens a dataset bundled with the library, with its published claims.
   *
   * @param name  the dataset's name, such as {@code "minimax"}; {@link #bundledNames()} lists them
   * @return the dataset and its claims (none if it has no claims file)
   * @throws IllegalArgumentException if no such dataset is bundled (the message lists those that are)
   */
  public static Prospectus bundled(String name) {
    Dataset ds = DatasetReader.bundled(name);
    boolean hasClaims = Prospectus.class.getResource(DatasetReader.BUNDLE_FOLDER + "/" + name + "/"
        + ClaimsReader.CLAIMS_FILE) != null;
    return new Prospectus(ds, hasClaims ? ClaimsReader.bundled(name, ds) : List.of());
  }

  /**
   * The names of the datasets bundled with the library.
   *
   * @return the names, sorted, such as {@code [minimax, zhipu]}
   */
  public static List<String> bundledNames() {
    return DatasetReader.bundledNames();
  }

  /**
   * Opens a dataset from a folder (or its {@code dataset.json}), with the {@code claims.json} beside
   * it, if there is one.
   *
   * @param folderOrFile  the dataset's folder, or its {@code dataset.json}
   * @return the dataset and its claims
   * @throws dev.prospectus.io.DataFormatException if a file breaks its format (naming the file,
   *     the JSON pointer and the value)
   * @throws IllegalArgumentException if the path is null
   */
  public static Prospectus read(Path folderOrFile) {
    Args.notNull(folderOrFile, "folderOrFile");
    Dataset ds = DatasetReader.read(folderOrFile);
    Path folder = Files.isDirectory(folderOrFile) ? folderOrFile : folderOrFile.toAbsolutePath().getParent();
    Path claimsFile = folder.resolve(ClaimsReader.CLAIMS_FILE);
    return new Prospectus(ds, Files.exists(claimsFile) ? ClaimsReader.read(claimsFile, ds) : List.of());
  }

  /**
   * Puts a dataset built in code ({@link Dataset#builder}) behind the door, with claims of its own.
   *
   * @param dataset  the dataset
   * @param claims  its published claims, ids unique; empty for none
   * @return the dataset and its claims
   * @throws IllegalArgumentException if an argument is null or holds null
   */
  public static Prospectus of(Dataset dataset, List<Claim> claims) {
    return new Prospectus(dataset, claims);
  }

  //-------------------------------------------------------------------------
  /**
   * The dataset: every report of every figure, with its source.
   *
   * @return the dataset
   */
  public Dataset dataset() {
    return dataset;
  }

  /**
   * The published claims about the dataset's figures, as its claims file states them.
   *
   * @return the claims, in file order
   */
  public List<Claim> claims() {
    return claims;
  }

  /**
   * The preferred report of a figure.
   *
   * @param key  the figure's key, such as {@code "revenue/total/FY2024"}
   * @return the report a calculation would use
   * @throws IllegalArgumentException if the key is malformed
   * @throws dev.prospectus.model.MissingFigureException if the dataset has no report of it
   */
  public Figure figure(String key) {
    return dataset.figure(key(key));
  }

  /**
   * Every report of a figure, with the one a calculation would use.
   *
   * @param key  the figure's key, such as {@code "revenue/total/FY2023"}
   * @return the reports, possibly none
   * @throws IllegalArgumentException if the key is malformed
   */
  public FigureLookup reports(String key) {
    return dataset.lookup(key(key));
  }

  /**
   * The reports that cannot both be true.
   *
   * @return the conflicting pairs
   */
  public List<FigureConflict> conflicts() {
    return dataset.conflicts();
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates the growth of one figure over another, in percent:
   * {@code growth = (current / prior - 1) x 100}, year on year for two fiscal years and interim on
   * interim for two interims ({@link Calculators#growth}).
   *
   * @param current  the later figure's key, such as {@code "revenue/total/FY2024"}
   * @param prior  the earlier figure's key, such as {@code "revenue/total/FY2023"}
   * @return the growth with its range, or not meaningful with the reason
   * @throws IllegalArgumentException if a key is malformed or the units differ
   * @throws dev.prospectus.model.MissingFigureException if a figure is not reported
   */
  public Calculation growth(String current, String prior) {
    return Calculators.growth(figure(current), figure(prior));
  }

  /**
   * Calculates how many times one figure is another: {@code multiple = current / prior}.
   *
   * @param current  the later figure's key
   * @param prior  the earlier figure's key
   * @return the multiple with its range, or not meaningful with the reason
   * @throws IllegalArgumentException if a key is malformed or the units differ
   * @throws dev.prospectus.model.MissingFigureException if a figure is not reported
   */
  public Calculation multiple(String current, String prior) {
    return GrowthCalculator.multiple(figure(current), figure(prior));
  }

  /**
   * Calculates the gross margin, in percent: {@code margin = GP / R x 100}.
   *
   * @param revenue  the revenue's key, such as {@code "revenue/total/9M2025"}
   * @param grossProfit  the gross profit's key for the same period
   * @return the margin with its range, or not meaningful with the reason
   * @throws IllegalArgumentException if a key is malformed, or the figures are not money in one
   *     currency for one period and segment
   * @throws dev.prospectus.model.MissingFigureException if a figure is not reported
   */
  public Calculation grossMargin(String revenue, String grossProfit) {
    return MarginCalculator.grossMargin(figure(revenue), figure(grossProfit));
  }

  /**
   * Calculates an amount as a percentage of revenue: {@code ratio = amount / revenue x 100}.
   *
   * @param amount  the amount's key, such as {@code "training_compute_spend/total/FY2023"}
   * @param revenue  the revenue's key for the same period
   * @return the ratio with its range, or not meaningful with the reason
   * @throws IllegalArgumentException if a key is malformed, or the figures are not money in one
   *     currency for one period
   * @throws dev.prospectus.model.MissingFigureException if a figure is not reported
   */
  public Calculation ratioToRevenue(String amount, String revenue) {
    return RatioCalculator.toRevenue(figure(amount), figure(revenue));
  }

  /**
   * Calculates how many months cash lasts at the monthly burn of a flow:
   * {@code runway = cash / (flow / months of its period)}, the burn from a loss or an operating
   * cash outflow as {@link Calculators#monthlyBurn} defines it.
   *
   * @param cash  the cash balance's key, such as {@code "cash_reserves/total/2025-09-30"}
   * @param flow  the flow's key, such as {@code "adjusted_net_loss/total/9M2025"}
   * @return the runway with its range, or not meaningful with the reason (an inflow has no burn)
   * @throws IllegalArgumentException if a key is malformed, the flow is not a loss or operating
   *     cash flow, or the figures are not money in one currency
   * @throws dev.prospectus.model.MissingFigureException if a figure is not reported
   */
  public Calculation runway(String cash, String flow) {
    Calculation burn = Calculators.monthlyBurn(figure(flow));
    return burn.isMeaningful() ? CashCalculator.runway(figure(cash), burn.derived()) : burn;
  }

  //-------------------------------------------------------------------------
  /**
   * Judges one of the published claims.
   *
   * @param claimId  the claim's id, such as {@code "revenue-growth-fy2024"}
   * @return the verdict: consistent, inconsistent, undecidable or unverifiable, with both ranges
   * @throws IllegalArgumentException if no claim has that id (the message lists some that do)
   */
  public Verdict verify(String claimId) {
    Args.notNull(claimId, "claimId");
    Claim claim = claims.stream().filter(c -> c.id().equals(claimId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No claim '" + claimId + "' in the " + claims.size()
            + " claims of " + dataset.name() + (claims.isEmpty() ? "" : "; the first are "
            + claims.stream().limit(5).map(Claim::id).collect(Collectors.joining(", ")))));
    return Verifier.verify(dataset, claim);
  }

  /**
   * Judges a claim built in code ({@link Claim#id}).
   *
   * @param claim  the claim
   * @return the verdict
   * @throws IllegalArgumentException if the claim is null or cannot be checked
   *     ({@link dev.prospectus.verify.ClaimException})
   */
  public Verdict verify(Claim claim) {
    return Verifier.verify(dataset, Args.notNull(claim, "claim"));
  }

  /**
   * Judges every published claim, in order.
   *
   * @return the verdicts
   */
  public List<Verdict> verifyAll() {
    return Verifier.verify(dataset, claims);
  }

  private FigureKey key(String key) {
    return FigureKey.parse(Args.notNull(key, "key"), dataset.fiscalYearEnd());
  }

  /**
   * Returns the dataset's summary and the number of claims.
   *
   * @return a readable form, such as
   *     {@code Prospectus MiniMax (MiniMax Group Inc., USD): 344 figures from 64 documents; 133 claims}
   */
  @Override
  public String toString() {
    return "Prospectus " + dataset.toString().replaceFirst("^Dataset ", "") + "; " + claims.size() + " claims";
  }
}
