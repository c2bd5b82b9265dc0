package dev.prospectus.calc;

import dev.prospectus.internal.Args;
import dev.prospectus.model.Unit;
import java.util.List;

/**
 * A calculator was given values in units its formula cannot combine: a margin from revenue in US$
 * and gross profit in RMB, a ratio to revenue of a headcount. The caller's mistake, not an answer:
 * a formula over the wrong units has no value to report.
 * <p>
 * The exception carries the units that did not fit, so a caller can say which without reading the
 * message; the message names the arguments, their labels and their units.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class UnitMismatchException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The units that did not fit, in the order of the arguments. */
  private final transient List<Unit> units;

  /**
   * Creates the exception.
   *
   * @param message  the message, naming the arguments and their units
   * @param units  the units that did not fit, not empty
   */
  public UnitMismatchException(String message, List<Unit> units) {
    super(Args.notBlank(message, "message"));
    this.units = Args.listCopy(units, "units");
  }

  /**
   * The units that did not fit, in the order of the arguments: both units of a mismatch, or the
   * one unit of the wrong kind.
   *
   * @return the units
   */
  public List<Unit> units() {
    return units;
  }
}
