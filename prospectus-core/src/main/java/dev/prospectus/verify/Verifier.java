package dev.prospectus.verify;

import dev.prospectus.calc.Derived;
import dev.prospectus.calc.IntegerConsistency;
import dev.prospectus.calc.MeanConsistency;
import dev.prospectus.calc.Measure;
import dev.prospectus.model.Agreement;
import dev.prospectus.internal.Args;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.format.Formats;
import dev.prospectus.model.ExchangeRate;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureBasis;
import dev.prospectus.model.FigureConflict;
import dev.prospectus.model.FigureKey;
import dev.prospectus.model.FigureLookup;
import dev.prospectus.model.Qualifier;
import dev.prospectus.model.Quantity;
import dev.prospectus.model.Unit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Judges claims against a dataset and returns a {@link Verdict} for each.
 * <p>
 * For each figure a claim uses, the verifier picks one report: the one the claim names (by
 * document, or by words of its quote), else the one printed by the claim's own source document,
 * else the dataset's preferred one ({@link FigureLookup#preferred()}). It computes the claim's calculation
 * with the core calculators, carrying the rounding range of every input, and judges the result
 * against the reported value ({@link Judgement}). A figure the dataset lacks, or a formula that
 * does not apply, makes the claim {@link VerdictStatus#UNVERIFIABLE} with the reason.
 * <p>
 * Claims that cannot be checked at all are errors, not verdicts: a claim citing a document the
 * dataset does not declare, comparing values in different units, or passing a calculator inputs
 * it refuses. The message names the claim.
 * <p>
 * For example:
 * <pre>
 *   Dataset acme = DatasetReader.bundled("acme");
 *   Verdict v = Verifier.verify(acme, Claim.id("revenue-growth-fy2024")
 *       .quote("同比暴漲了782.2%", "qbitai-seed")
 *       .growth("revenue/total/FY2024", "revenue/total/FY2023")
 *       .is("782.2%"));
 *   // revenue-growth-fy2024  CONSISTENT  computed 782.08% [780.66%, 783.51%] vs reported 782.2% [...]
 * </pre>
 * This class is stateless and thread-safe.
 */
public final class Verifier {

  /** The id prefix of the verdicts of {@link #conflicts(Dataset)}. */
  public static final String CONFLICT_ID = "conflict";

  private Verifier() {
  }

  //-------------------------------------------------------------------------
  /**
   * Judges every claim of a claims file, in order. A source agreement claim without a key gives one
   * verdict per figure with several reports, with id {@code <claim id>:<key>}.
   * <p>
   * A claim that cannot be checked (units that cannot be compared, a reported value of the wrong
   * kind, a document the dataset does not declare) is that claim's verdict, UNVERIFIABLE, with the
   * claim's pointer in the list ({@code /claims/3}) and the reason; every other claim is still
   * judged. {@link #verify(Dataset, Claim)} throws for such a claim instead.
   *
   * @param dataset  the dataset
   * @param claims  the claims, ids unique
   * @return the verdicts, in the order of the claims
   * @throws IllegalArgumentException if an argument is null or two claims share an id
   */
  public static List<Verdict> verify(Dataset dataset, List<Claim> claims) {
    Args.notNull(dataset, "dataset");
    Args.noNulls(claims, "claims");
    Set<String> ids = new HashSet<>();
    List<Verdict> result = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      if (!(ids.add(claim.id()))) {
        throw new IllegalArgumentException("Duplicate claim id '" + claim.id() + "'");
      }
      try {
        if (claim.check() instanceof SourceAgreement a && a.isAll()) {
          result.addAll(agreements(dataset, claim));
        } else {
          result.add(verify(dataset, claim));
        }
      } catch (ClaimException ex) {
        result.add(cannotBeChecked(claim, i, ex));
      }
    }
    return List.copyOf(result);
  }

  /** The verdict on a claim that cannot be checked: UNVERIFIABLE, naming its pointer and why. */
  private static Verdict cannotBeChecked(Claim claim, int index, ClaimException ex) {
    String prefix = "Claim '" + claim.id() + "': ";
    String problem = ex.getMessage().startsWith(prefix) ? ex.getMessage().substring(prefix.length()) : ex.getMessage();
    return new Verdict(claim.id(), VerdictStatus.UNVERIFIABLE, claim, Optional.empty(), Optional.empty(),
        Optional.empty(), "cannot be checked (claim at /claims/" + index + "): " + problem.replace('\n', ' '),
        List.of(), List.of());
  }

  /**
   * Judges one claim. A source agreement claim without a key gives one verdict for all figures
   * with several reports: inconsistent if any of them conflicts.
   *
   * @param dataset  the dataset
   * @param claim  the claim
   * @return the verdict
   * @throws IllegalArgumentException if an argument is null or the claim cannot be checked (see the
   *     class description)
   */
  public static Verdict verify(Dataset dataset, Claim claim) {
    Args.notNull(dataset, "dataset");
    Args.notNull(claim, "claim");
    claim.document().ifPresent(d -> requireDocument(dataset, claim, d));
    try {
      Check check = claim.check();
      if (check instanceof Comparison c) {
        return comparison(dataset, claim, c);
      }
      if (check instanceof WholeCount w) {
        return wholeCount(dataset, claim, w);
      }
      if (check instanceof WholeMean m) {
        return wholeMean(dataset, claim, m);
      }
      SourceAgreement a = (SourceAgreement) check;
      return a.isAll() ? summary(claim, agreements(dataset, claim)) : agreement(dataset, claim, claim.id(),
          FigureKey.parse(a.key().orElseThrow(), dataset.fiscalYearEnd()));
    } catch (ClaimException ex) {
      throw ex;
    } catch (IllegalArgumentException ex) {
      // A calculator's or the model's refusal of this claim's inputs: the same refusal, naming the claim.
      throw new ClaimException(claim.id(), ex);
    }
  }

  /**
   * Checks that every figure of a dataset reported by more than one source has reports that can
   * all be true: one verdict per such figure, id {@code conflict:<key>}.
   *
   * @param dataset  the dataset
   * @return the verdicts, in order of the figures' first appearance
   */
  public static List<Verdict> conflicts(Dataset dataset) {
    Args.notNull(dataset, "dataset");
    return agreements(dataset, new Claim(CONFLICT_ID, Optional.empty(), SourceAgreement.all(), Optional.empty()));
  }

  private static void requireDocument(Dataset dataset, Claim claim, String document) {
    if (dataset.document(document).isEmpty()) {
      throw new ClaimException(claim.id(), "cites document '" + document + "', which dataset '" + dataset.name()
          + "' does not declare");
    }
  }

  //-------------------------------------------------------------------------
  private static Verdict comparison(Dataset dataset, Claim claim, Comparison c) {
    requireDocuments(dataset, claim, c.computed());
    requireDocuments(dataset, claim, c.reported());
    Evaluator ev = new Evaluator(dataset, claim.source());
    Optional<Quantity> left = ev.evaluate(c.computed());
    Optional<Quantity> right = c.reported() instanceof Printed ? Optional.empty() : ev.evaluate(c.reported());
    Optional<Derived> computed = left.map(Derived::asReported);
    if (left.isEmpty() || (!(c.reported() instanceof Printed) && right.isEmpty())) {
      return unverifiable(dataset, claim, ev, computed, Optional.of(c.relation()));
    }
    Judgement j = c.reported() instanceof Printed p ? Judgement.of(left.get(), c.relation(), p.figure())
        : Judgement.of(left.get(), c.relation(), right.get());
    List<ExchangeRate> rates = ev.rates();
    List<InputFigure> used = ev.used();
    // The reason is made when read: most verdicts are counted, not read (issue 12).
    return new Verdict(claim.id(), j.status(), claim, computed, Optional.of(c.relation()), Optional.of(j.reported()),
        () -> withDoubts(j.reason(), rates, used), used, List.of(), j.onlyWithinRounding());
  }

  /**
   * A reason with the exchange rates the values were converted at, and the doubts of the reports it
   * rests on (those used and those a rate rests on): a verdict on a doubted report says so.
   */
  private static String withDoubts(String reason, Evaluator ev) {
    return withDoubts(reason, ev.rates(), ev.used());
  }

  private static String withDoubts(String reason, List<ExchangeRate> rates, List<InputFigure> used) {
    if (rates.isEmpty() && plain(used)) {
      // Most verdicts: nothing converted, doubted or forecast, so nothing to add (and no lists to build).
      return reason;
    }
    List<String> parts = new ArrayList<>();
    parts.add(reason);
    rates.stream().distinct().forEach(r -> parts.add("converted at exchange rate " + r.id() + " ("
        + Formats.formatRate(r.value(), r.range(), r.to(), r.from()) + ", " + (r.isImplied() ? "implied by "
        : "printed by ") + r.document().id() + ")"));
    List<Figure> figures = new ArrayList<>(used.stream().map(InputFigure::figure).toList());
    rates.forEach(r -> figures.addAll(r.figures()));
    // Reports doubted for one reason (a pair and its translation) are named together, the reason once.
    Map<String, List<Figure>> byDoubt = new LinkedHashMap<>();
    for (Figure f : figures.stream().distinct().filter(Figure::isDoubted).toList()) {
      byDoubt.computeIfAbsent(f.doubt().orElseThrow().replace('\n', ' '), d -> new ArrayList<>()).add(f);
    }
    FigureBasis.describeMix(used.stream().map(InputFigure::figure).toList())
        .ifPresent(mix -> parts.add("this verdict " + mix + ": guidance is not a result"));
    byDoubt.forEach((doubt, fs) -> parts.add(fs.stream().map(f -> f.label() + " " + f.qualifier().describe(f.amount())
        + " (" + f.source().document().id() + ")").collect(Collectors.joining(" and ")) + (fs.size() == 1 ? " is"
        : " are") + " doubted: " + doubt));
    return String.join("; ", parts);
  }

  /** Whether every input is an undoubted reported result. */
  private static boolean plain(List<InputFigure> used) {
    for (InputFigure input : used) {
      Figure f = input.figure();
      if (f.isDoubted() || !f.isReported()) {
        return false;
      }
    }
    return true;
  }

  private static Verdict unverifiable(Dataset dataset, Claim claim, Evaluator ev, Optional<Derived> computed,
      Optional<Relation> relation) {
    List<String> parts = new ArrayList<>();
    if (!ev.missing().isEmpty()) {
      parts.add("missing from dataset '" + dataset.name() + "': " + String.join(", ", ev.missing()));
    }
    parts.addAll(ev.notMeaningful());
    return new Verdict(claim.id(), VerdictStatus.UNVERIFIABLE, claim, computed, relation, Optional.empty(),
        withDoubts(String.join("; ", parts), ev), ev.used(), ev.missing());
  }

  /**
   * Checks that every document the figures of an expression cite is one the dataset declares, in
   * the order the figures appear (depth first, inputs before terms): the first that is not fails.
   */
  private static void requireDocuments(Dataset dataset, Claim claim, Expression e) {
    if (e instanceof FigureRef r) {
      if (r.document().isPresent()) {
        requireDocument(dataset, claim, r.document().get());
      }
    } else if (e instanceof Operation o) {
      for (Expression input : o.inputs().values()) {
        requireDocuments(dataset, claim, input);
      }
      for (Expression term : o.terms()) {
        requireDocuments(dataset, claim, term);
      }
    }
  }

  //-------------------------------------------------------------------------
  private static Verdict wholeCount(Dataset dataset, Claim claim, WholeCount w) {
    requireDocuments(dataset, claim, w.count());
    requireDocuments(dataset, claim, w.share());
    Evaluator ev = new Evaluator(dataset, claim.source());
    Optional<Quantity> count = ev.evaluate(w.count());
    Optional<Quantity> share = ev.evaluate(w.share());
    if (count.isEmpty() || share.isEmpty()) {
      return unverifiable(dataset, claim, ev, Optional.empty(), Optional.of(Relation.EQUAL));
    }
    Quantity n = count.get();
    Quantity p = share.get();
    if (!(n.unit().kind() == Unit.Kind.COUNT)) {
      throw new IllegalArgumentException("the count '" + n.label() + "' is in '" + n.unit()
          + "', not a count");
    }
    if (!p.unit().equals(Unit.PERCENT)) {
      throw new IllegalArgumentException("the share '" + p.label() + "' is in '" + p.unit() + "', not '%'");
    }
    String shareText = p instanceof Figure f ? f.label() + " (" + f.amount() + ")" : p.label();
    Reported reported = new Reported(shareText, p.value(), p.range(), Unit.PERCENT);
    Optional<String> open = oneSided(n, p);
    if (open.isPresent()) {
      return new Verdict(claim.id(), VerdictStatus.UNDECIDABLE, claim, Optional.empty(), Optional.of(Relation.EQUAL),
          Optional.of(reported), withDoubts(open.get() + ": whole numbers fit some value beyond it, and the test"
          + " needs both ends", ev), ev.used(), List.of());
    }
    IntegerConsistency result = IntegerConsistency.check(n.range(), p.range());
    Optional<Derived> computed;
    String reason;
    String measure = "whole-number share of " + n.label();
    if (result.found().isPresent()) {
      IntegerConsistency.WholePart k = result.found().get();
      computed = Optional.of(Derived.of(Measure.WHOLE_PART, measure, k.percent(), DecimalRange.of(k.percent()),
          Unit.PERCENT, "k / n x 100 with whole k and n: " + k.part() + " / " + k.whole() + " x 100", List.of(n, p),
          List.of()));
      reason = k + " lies in " + Formats.format(p.range(), Unit.PERCENT);
    } else if (result.nearest().size() == 2) {
      IntegerConsistency.WholePart a = result.nearest().get(0);
      IntegerConsistency.WholePart b = result.nearest().get(1);
      computed = Optional.of(Derived.of(Measure.WHOLE_PART, measure, a.percent(),
          DecimalRange.ofClosed(a.percent(), b.percent()), Unit.PERCENT, "k / n x 100 with whole k and n: nearest "
          + a.part() + " and " + b.part() + " of " + a.whole(), List.of(n, p), List.of()));
      reason = "no whole part of " + result.describeCounts() + " gives "
          + Formats.format(p.range(), Unit.PERCENT) + ": " + a + " and " + b + " fall either side";
    } else {
      computed = Optional.empty();
      reason = "no whole part of " + result.describeCounts() + " gives "
          + Formats.format(p.range(), Unit.PERCENT);
    }
    VerdictStatus status = result.isConsistent() ? VerdictStatus.CONSISTENT : VerdictStatus.INCONSISTENT;
    return new Verdict(claim.id(), status, claim, computed, Optional.of(Relation.EQUAL), Optional.of(reported),
        withDoubts(reason, ev), ev.used(), List.of());
  }

  /**
   * Says which input of a whole-number test is printed open on one side ("more than 300 users"),
   * if any: the test searches whole numbers between both ends, and such a range has only one.
   */
  private static Optional<String> oneSided(Quantity... inputs) {
    for (Quantity q : inputs) {
      if (!q.range().isBounded()) {
        return Optional.of("'" + q.label() + "' is " + Formats.format(q.range(), q.unit()) + ", open on one side");
      }
    }
    return Optional.empty();
  }

  //-------------------------------------------------------------------------
  private static Verdict wholeMean(Dataset dataset, Claim claim, WholeMean w) {
    requireDocuments(dataset, claim, w.mean());
    requireDocuments(dataset, claim, w.count());
    Evaluator ev = new Evaluator(dataset, claim.source());
    Optional<Quantity> mean = ev.evaluate(w.mean());
    Optional<Quantity> count = ev.evaluate(w.count());
    if (mean.isEmpty() || count.isEmpty()) {
      return unverifiable(dataset, claim, ev, Optional.empty(), Optional.of(Relation.EQUAL));
    }
    Quantity m = mean.get();
    Quantity n = count.get();
    if (!(n.unit().kind() == Unit.Kind.COUNT)) {
      throw new IllegalArgumentException("the count '" + n.label() + "' is in '" + n.unit()
          + "', not a count");
    }
    Optional<String> open = oneSided(m, n);
    if (open.isPresent()) {
      Reported reported = new Reported(m.label(), m.value(), m.range(), m.unit());
      return new Verdict(claim.id(), VerdictStatus.UNDECIDABLE, claim, Optional.empty(), Optional.of(Relation.EQUAL),
          Optional.of(reported), withDoubts(open.get() + ": whole numbers fit some value beyond it, and the test"
          + " needs both ends", ev), ev.used(), List.of());
    }
    MeanConsistency coarse = MeanConsistency.check(n.range(), m.range(), w.items());
    String reason = meanReason(coarse);
    VerdictStatus status = coarse.isConsistent() ? VerdictStatus.CONSISTENT : VerdictStatus.INCONSISTENT;
    // Printed zeros that may be a rounding ("30" values, a mean of "50"): judged under both readings.
    DecimalRange fineMean = finestRange(w.mean(), m);
    DecimalRange fineCount = finestRange(w.count(), n);
    if (!fineMean.equals(m.range()) || !fineCount.equals(n.range())) {
      MeanConsistency fine = MeanConsistency.check(fineCount, fineMean, w.items());
      if (fine.isConsistent() != coarse.isConsistent()) {
        reason = "printed zeros may or may not be significant: read to their last non-zero digit it is "
            + (coarse.isConsistent() ? "consistent" : "inconsistent") + " (" + reason + "); with every printed digit"
            + " significant it is " + (fine.isConsistent() ? "consistent" : "inconsistent") + " (" + meanReason(fine)
            + ")";
        status = VerdictStatus.UNDECIDABLE;
      }
    }
    Optional<MeanConsistency.WholeSum> shown = coarse.found().or(() -> coarse.nearest().stream().findFirst());
    String measure = "mean of whole-number values of " + n.label();
    Optional<Derived> computed = shown.map(k -> Derived.of(Measure.WHOLE_MEAN, measure, k.mean(),
        coarse.found().isPresent() ? DecimalRange.of(k.mean())
            : DecimalRange.ofClosed(k.mean(), coarse.nearest().get(1).mean()), m.unit(),
        "k / (n x items) with whole k and n: " + (coarse.found().isPresent() ? k.toString()
            : "nearest " + coarse.nearest().get(0) + " and " + coarse.nearest().get(1)), List.of(m, n), List.of()));
    String meanText = m instanceof Figure f ? f.label() + " (" + f.amount() + ")" : m.label();
    Reported reported = new Reported(meanText, m.value(), m.range(), m.unit());
    return new Verdict(claim.id(), status, claim, computed, Optional.of(Relation.EQUAL), Optional.of(reported),
        withDoubts(reason, ev), ev.used(), List.of());
  }

  private static String meanReason(MeanConsistency r) {
    if (r.found().isPresent()) {
      return r.found().get() + " lies in " + r.mean();
    }
    String none = "no whole sum of " + r.describeCounts() + " values" + (r.items() == 1 ? "" : " of " + r.items()
        + " items") + " gives a mean in " + r.mean();
    return r.nearest().isEmpty() ? none : none + ": " + r.nearest().get(0) + " and " + r.nearest().get(1)
        + " fall either side";
  }

  /**
   * The range of a value with every printed digit significant: a printed number, or a figure whose
   * rounding the dataset does not state, that ends in zeros before a scale word or in an integer;
   * otherwise the value's own range.
   */
  private static DecimalRange finestRange(Expression expression, Quantity value) {
    if (expression instanceof Printed p && p.figure().qualifier() == Qualifier.EXACT) {
      return p.figure().amount().finestRoundingRange();
    }
    if (value instanceof Figure f && f.qualifier() == Qualifier.EXACT && f.hasAmbiguousRounding()) {
      return f.amount().finestRoundingRange();
    }
    return value.range();
  }

  //-------------------------------------------------------------------------
  private static List<Verdict> agreements(Dataset dataset, Claim claim) {
    List<Verdict> result = new ArrayList<>();
    for (FigureKey key : dataset.keys()) {
      if (dataset.lookup(key).reports().size() > 1) {
        result.add(agreement(dataset, claim, claim.id() + ":" + key, key));
      }
    }
    return result;
  }

  private static Verdict agreement(Dataset dataset, Claim claim, String id, FigureKey key) {
    Agreement agreement = dataset.agreement(key);
    List<Figure> reports = agreement.reports();
    if (reports.isEmpty()) {
      return new Verdict(id, VerdictStatus.UNVERIFIABLE, claim, Optional.empty(), Optional.empty(),
          Optional.empty(), "missing from dataset '" + dataset.name() + "': " + key, List.of(),
          List.of(key.toString()));
    }
    List<InputFigure> inputs = reports.stream()
        .map(f -> InputFigure.of(key.toString(), f, reports.size() == 1 ? ReportChoice.ONLY : ReportChoice.COMPARED,
            reports.size()))
        .toList();
    // The reasons are made when read (issue 12): a dataset-wide check makes a verdict for every
    // figure with several reports, and most are counted, not read.
    if (!agreement.comparedAny()) {
      // An agreement that compared nothing says nothing: it is not consistent.
      Supplier<String> reason = () -> reports.size() == 1
          ? "only one report, nothing to compare it with: " + describe(reports.get(0))
          : "no two of the " + reports.size() + " reports could be compared: "
              + reports.stream().map(Verifier::describe).collect(Collectors.joining(", ")) + leftOut(agreement);
      return new Verdict(id, VerdictStatus.UNVERIFIABLE, claim, Optional.empty(), Optional.empty(), Optional.empty(),
          reason, inputs, List.of(), false);
    }
    if (agreement.agrees()) {
      Supplier<String> reason = () -> "all " + reports.size() + " reports can be true at once (" + compared(agreement)
          + "): " + reports.stream().map(Verifier::describe).collect(Collectors.joining(", ")) + leftOut(agreement);
      return new Verdict(id, VerdictStatus.CONSISTENT, claim, Optional.empty(), Optional.empty(), Optional.empty(),
          reason, inputs, List.of(), false);
    }
    List<FigureConflict> conflicts = agreement.conflicts();
    Supplier<String> reason = () -> conflicts.size() + " of " + compared(agreement) + " cannot both be true: "
        + conflicts.stream().map(Verifier::describe).collect(Collectors.joining("; ")) + leftOut(agreement);
    return new Verdict(id, VerdictStatus.INCONSISTENT, claim, Optional.empty(), Optional.empty(), Optional.empty(),
        reason, inputs, List.of(), false);
  }

  private static String compared(Agreement agreement) {
    return agreement.compared() + (agreement.compared() == 1 ? " pair" : " pairs") + " compared";
  }

  private static String leftOut(Agreement agreement) {
    return agreement.leftOut().isEmpty() ? "" : " (" + String.join("; ", agreement.leftOut()) + ")";
  }

  private static String describe(FigureConflict c) {
    String second = describe(c.second());
    if (c.rate().isPresent()) {
      Quantity converted = c.secondCompared();
      second += ", at rate " + c.rate().get().id() + " " + Formats.format(converted.range(), converted.unit());
    }
    return describe(c.first()) + " vs " + second;
  }

  private static String describe(Figure f) {
    return f.qualifier().describe(f.amount()) + " " + Formats.format(f.range(), f.unit()) + " ("
        + f.source().document().id() + ")";
  }

  private static Verdict summary(Claim claim, List<Verdict> verdicts) {
    List<String> conflicting = verdicts.stream().filter(v -> v.status() == VerdictStatus.INCONSISTENT)
        .map(v -> v.id().substring(claim.id().length() + 1)).toList();
    long uncompared = verdicts.stream().filter(v -> v.status() == VerdictStatus.UNVERIFIABLE).count();
    List<InputFigure> inputs = verdicts.stream().flatMap(v -> v.inputs().stream()).toList();
    VerdictStatus status = !conflicting.isEmpty() ? VerdictStatus.INCONSISTENT
        : uncompared == verdicts.size() ? VerdictStatus.UNVERIFIABLE : VerdictStatus.CONSISTENT;
    String notCompared = uncompared == 0 ? "" : "; " + uncompared + " could not be compared";
    String reason = conflicting.isEmpty()
        ? "the compared reports of the " + verdicts.size() + " figures with several reports can all be true"
            + notCompared
        : conflicting.size() + " of " + verdicts.size() + " figures with several reports have conflicting reports: "
            + String.join(", ", conflicting) + notCompared;
    return new Verdict(claim.id(), status, claim, Optional.empty(), Optional.empty(), Optional.empty(), reason,
        inputs, List.of());
  }

}
