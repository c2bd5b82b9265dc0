package dev.prospectus.model;

import dev.prospectus.internal.Args;
import java.util.Arrays;
import java.util.Locale;

/**
 * What kind of document a report comes from, which ranks it when a figure has several reports:
 * the company's own filing first, then a compilation of the filing, then the press.
 * <p>
 * A dataset declares each document's class ({@code "class"} in {@code dataset.json}); a document
 * that declares none is press. The report rule ({@link ReportRule}) uses the rank after doubt and
 * before currency and precision: an undoubted report in the company's prospectus is preferred to a
 * narrower one in a newspaper.
 */
public enum DocumentClass {

  /** The company's own filing: a prospectus, an allotment announcement, annual results. */
  FILING,
  /** A compilation of the filing: a page that reproduces the prospectus's tables. */
  COMPILATION,
  /** The press: articles, summaries and analysts' pages that report the figures in their own words. */
  PRESS;

  /**
   * Parses the data-file code: {@code filing}, {@code compilation} or {@code press}.
   *
   * @param code  the code, case-insensitive
   * @return the class
   * @throws IllegalArgumentException if the code is unknown
   */
  public static DocumentClass parse(String code) {
    Args.notNull(code, "code");
    try {
      return valueOf(code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException ex) {
      throw new IllegalArgumentException("Unknown document class '" + code + "': expected one of "
          + Arrays.stream(values()).map(DocumentClass::code).toList(), ex);
    }
  }

  /**
   * The data-file code.
   *
   * @return the code, such as {@code "compilation"}
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
