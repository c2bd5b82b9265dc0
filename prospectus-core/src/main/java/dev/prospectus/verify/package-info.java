/**
 * Verification of published claims: is this number right?
 * <p>
 * A {@link dev.prospectus.verify.Claim} is an id, the quote and its source, and a
 * {@link dev.prospectus.verify.Check}: a {@link dev.prospectus.verify.Comparison} of a calculation
 * ({@link dev.prospectus.verify.Expression}: a figure, a printed number, or an
 * {@link dev.prospectus.verify.Operator} applied to other expressions) with a reported value under a
 * {@link dev.prospectus.verify.Relation}; a {@link dev.prospectus.verify.WholeCount} (a percentage
 * of a count must come from a whole number, {@link dev.prospectus.calc.IntegerConsistency}); a
 * {@link dev.prospectus.verify.WholeMean} (a mean of whole-number values must come from a whole sum,
 * the GRIM test, {@link dev.prospectus.calc.MeanConsistency}); or a
 * {@link dev.prospectus.verify.SourceAgreement} (all reports of a figure must overlap).
 * <p>
 * The {@link dev.prospectus.verify.Verifier} resolves each claim against a
 * {@link dev.prospectus.model.Dataset}, computes it with the calculators of
 * {@code dev.prospectus.calc}, carrying every input's rounding range, and returns a
 * {@link dev.prospectus.verify.Verdict}: {@link dev.prospectus.verify.VerdictStatus#CONSISTENT},
 * {@code INCONSISTENT}, {@code UNDECIDABLE} or {@code UNVERIFIABLE}, with both ranges, the reason
 * and the inputs used. {@code dev.prospectus.report.VerdictTable} and
 * {@code dev.prospectus.report.VerdictJson} present verdicts to people and programs. Claims files
 * are read by {@code dev.prospectus.io.ClaimsReader}; their format is in {@code docs/claims.md}.
 * <p>
 * A claim that does not check out is a verdict, not an exception. Exceptions are for mistakes in
 * the claim itself: a document the dataset does not declare, values in different units, inputs a
 * calculator refuses. Their messages name the claim.
 * <p>
 * Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 * All types are immutable and thread-safe.
 */
package dev.prospectus.verify;
