/**
 * The domain model: reported figures with their periods, units, rounding ranges and sources.
 * <p>
 * A {@link dev.prospectus.model.Dataset} holds one company's
 * {@link dev.prospectus.model.Figure}s. Each figure reports a
 * {@link dev.prospectus.model.Metric} for a {@link dev.prospectus.model.Segment} over a
 * {@link dev.prospectus.model.ReportingPeriod} (a {@link dev.prospectus.model.FiscalPeriod} or an
 * instant, {@link dev.prospectus.model.ReportingDate}). Its {@link dev.prospectus.model.Amount} is
 * the number as printed, whose precision gives the {@link dev.prospectus.model.DecimalRange} the
 * true value lies in; its {@link dev.prospectus.model.Source} quotes the words that state it.
 * <p>
 * Null policy: no method accepts or returns null. A null argument is an
 * {@code IllegalArgumentException} that names the argument ({@link dev.prospectus.internal.Args});
 * an absent value is an {@code Optional} or a typed answer such as
 * {@link dev.prospectus.model.FigureLookup}.
 * <p>
 * Every type here is immutable and thread-safe. This package depends on nothing else in the
 * library, and on no third-party library.
 */
package dev.prospectus.model;
