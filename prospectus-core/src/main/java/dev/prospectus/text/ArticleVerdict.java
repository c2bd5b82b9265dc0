package dev.prospectus.text;

import dev.prospectus.verify.VerdictStatus;

/**
 * The verdict on one number of a text, or on one claim it makes in words.
 */
public enum ArticleVerdict {

  /** The calculation the context names reproduces the number within rounding, on every basis. */
  CONSISTENT,
  /** The calculation the context names cannot give the number, on any value rounding allows. */
  INCONSISTENT,
  /**
   * The answer depends on values within rounding, or on a basis the text leaves open (a runway on
   * each definition of burn): the rows say which basis gives which answer.
   */
  UNDECIDABLE,
  /** The context names the calculation, but the dataset lacks a figure it needs, or the formula does not apply. */
  UNVERIFIABLE,
  /**
   * The context names no calculation the checker can make: the number is not judged, and the
   * nearest calculations the dataset supports are listed as candidates, never as an explanation.
   */
  UNEXPLAINED,
  /** Not a financial claim: a year, a date, a rank, a version, part of a name. */
  NOT_A_CLAIM;

  /**
   * Checks whether this is a verdict the verifier gave: consistent, inconsistent, undecidable or
   * unverifiable.
   *
   * @return true for the four verdicts of {@link VerdictStatus}
   */
  public boolean isJudged() {
    return this != UNEXPLAINED && this != NOT_A_CLAIM;
  }

  /**
   * The verdict of the same name.
   *
   * @param status  the verifier's status
   * @return the verdict
   */
  public static ArticleVerdict of(VerdictStatus status) {
    return valueOf(status.name());
  }
}
