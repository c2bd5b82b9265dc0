package dev.prospectus.text;

import dev.prospectus.format.PrintedFigure;
import dev.prospectus.internal.Args;
import java.util.Optional;

/**
 * A number printed in a text, with its full printed form and what kind of number it is: an
 * amount that may be a claim, or a number that is not one (a year, a date, a rank, a version, part
 * of a name).
 * <p>
 * For example in "2024年直接飆升到3052萬美元" there are two mentions: "2024年" ({@link Kind#YEAR})
 * and "3052萬美元" ({@link Kind#AMOUNT}, the figure 3052萬 USD).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param start  where the printed form starts in the text, 0-based
 * @param end  where it ends, exclusive
 * @param text  the printed form
 * @param kind  what kind of number it is
 * @param figure  the figure, for an amount
 * @param note  why a number that is not an amount is not, such as {@code "a year"}; empty for an amount
 */
public record Mention(int start, int end, String text, Kind kind, Optional<PrintedFigure> figure, String note) {

  /** What kind of number a mention is. */
  public enum Kind {
    /** An amount, a percentage, a multiple, a count or a duration: what claims are made of. */
    AMOUNT,
    /** A calendar or fiscal year: "2024年", "FY2024", "in 2024". */
    YEAR,
    /** A date: "2025年9月30日", "30 September 2025". */
    DATE,
    /** Part of a period: "前9個月", "9M2025", "Q3". */
    PERIOD,
    /** A rank: "第1", "top 5". */
    RANK,
    /** A version: "2.6版本", "version 2". */
    VERSION,
    /** A generation of people: "95後". */
    GENERATION,
    /** Part of a name or a code: "M2", "Speech 01", "Claude 3.5 Sonnet", "GPT-4". */
    NAME,
    /** A number that identifies rather than counts: a registration or telephone number, a code. */
    IDENTIFIER,
    /** Digits the figure grammar refuses where they stand, such as "1千萬". */
    UNREADABLE
  }

  /**
   * Creates a mention.
   *
   * @param start  the start, not negative
   * @param end  the end, after the start
   * @param text  the printed form, not blank
   * @param kind  the kind, not null
   * @param figure  the figure, present exactly for an amount
   * @param note  the note, not null
   * @throws IllegalArgumentException if an argument breaks these rules
   */
  public Mention {
    Args.isTrue(start >= 0 && end > start, "Invalid span: expected 0 <= 'start' < 'end' but found " + start + ", "
        + end);
    Args.notBlank(text, "text");
    Args.notNull(kind, "kind");
    Args.notNull(figure, "figure");
    Args.notNull(note, "note");
    Args.isTrue(figure.isPresent() == (kind == Kind.AMOUNT), "A mention has a figure exactly when it is an amount");
  }

  /**
   * Checks whether the number is an amount, which may be a claim.
   *
   * @return true for {@link Kind#AMOUNT}
   */
  public boolean isAmount() {
    return kind == Kind.AMOUNT;
  }

  /**
   * Returns the position, the printed form and the kind.
   *
   * @return a readable form, such as {@code 2383..2390 '3052萬美元' AMOUNT}
   */
  @Override
  public String toString() {
    return start + ".." + end + " '" + text + "' " + kind + (note.isEmpty() ? "" : " (" + note + ")");
  }
}
