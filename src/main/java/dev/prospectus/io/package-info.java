/**
 * Reading datasets and claims files, and parsing figures as printed in a source ("3052萬美元",
 * "US$3.46 million", "超過15億美元").
 * <p>
 * {@link dev.prospectus.io.DatasetReader} turns a {@code dataset.json} (format:
 * {@code docs/data-format.md}) into a {@link dev.prospectus.model.Dataset}. Reading is strict:
 * every problem is a {@link dev.prospectus.io.DataFormatException} that names the file, the
 * RFC 6901 JSON pointer and the offending value, such as
 * {@code data/acme/dataset.json at /figures/3/value: '3052萬' is not a number: ...}. Nothing is
 * guessed, defaulted beyond what the format states, merged or dropped.
 * <p>
 * {@link dev.prospectus.io.FigureParser} reads a figure as running text prints it into a
 * {@link dev.prospectus.io.PrintedFigure}: the {@link dev.prospectus.model.Amount} with its
 * qualifier and the text itself. A text that is not a figure is a
 * {@link dev.prospectus.io.FigureParseException} naming the position where reading stopped. Data
 * files do not need it: they give value, scale and unit as separate fields.
 * <p>
 * Jackson is used here and only here: the model package knows nothing of JSON. Files are parsed
 * to Jackson's tree and walked by hand, so that each error knows where it is.
 * <p>
 * Null policy: no method accepts or returns null; a null argument is an
 * {@code IllegalArgumentException} naming it. Every public type is stateless or immutable, and
 * thread-safe.
 */
package dev.prospectus.io;
