/**
 * prospectus-analytics' core: reported figures with their sources and rounding ranges
 * ({@code dev.prospectus.model}), figures as printed ({@code dev.prospectus.format}), calculators
 * that carry ranges through every computation ({@code dev.prospectus.calc}), verification of
 * published claims ({@code dev.prospectus.verify}), every number of an article read and judged
 * ({@code dev.prospectus.text}), and AssertJ assertions for users' tests
 * ({@code dev.prospectus.assertj}, which needs AssertJ on the user's side).
 * <p>
 * It needs only the JDK: reading JSON, projecting with Commons Math and drawing charts are the
 * business of the modules above it.
 */
module dev.prospectus.core {
  exports dev.prospectus.model;
  exports dev.prospectus.format;
  exports dev.prospectus.calc;
  exports dev.prospectus.verify;
  exports dev.prospectus.text;
  exports dev.prospectus.assertj;
  // Not API (its package Javadoc says so): the argument checks every module shares.
  exports dev.prospectus.internal;

  // Optional: only dev.prospectus.assertj uses it, and its assertions extend AssertJ's types.
  requires static transitive org.assertj.core;
}
