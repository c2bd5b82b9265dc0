/**
 * Reading datasets and claims files.
 * <p>
 * {@link dev.prospectus.io.DatasetReader} turns a {@code dataset.json} (format:
 * {@code docs/data-format.md}) into a {@link dev.prospectus.model.Dataset}. Reading is strict:
 * every problem is a {@link dev.prospectus.io.DataFormatException} that names the file, the
 * RFC 6901 JSON pointer and the offending value, such as
 * {@code data/acme/dataset.json at /figures/3/value: '3052萬' is not a number: ...}. Nothing is
 * guessed, defaulted beyond what the format states, merged or dropped.
 * <p>
 * Printed figures in claims files ("782.2%", "超過1365%") are read by the format layer,
 * {@link dev.prospectus.format.FigureParser}, and scale words in data files by its
 * {@link dev.prospectus.format.Vocabulary}, so that a word means the same wherever it is read.
 * <p>
 * Jackson is used here and only here: the model package knows nothing of JSON. Files are parsed
 * to Jackson's tree and walked by hand, so that each error knows where it is.
 * <p>
 * Null policy: no method accepts or returns null; a null argument is an
 * {@code IllegalArgumentException} naming it. Every public type is stateless or immutable, and
 * thread-safe.
 */
package dev.prospectus.io;
