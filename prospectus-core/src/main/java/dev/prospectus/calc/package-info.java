/**
 * Calculators: stateless functions from reported figures to {@link dev.prospectus.calc.Derived}
 * values that carry the range the inputs' rounding allows, the formula and the inputs.
 * <p>
 * Every calculator evaluates its formula twice: on the inputs' point values, for the point, and in
 * interval arithmetic ({@link dev.prospectus.model.DecimalRange}) on the inputs' ranges, for the
 * range. Division by a range that contains zero throws {@link java.lang.ArithmeticException}.
 * A formula that does not apply (growth from a negative base) is a
 * {@link dev.prospectus.calc.NotMeaningful} answer, not an exception.
 * <p>
 * Null policy: no method accepts or returns null. All types are immutable and thread-safe.
 */
package dev.prospectus.calc;
