/**
 * Figures as text: reading a figure as Chinese or English financial text prints it, and printing
 * values and ranges for people.
 * <p>
 * {@link dev.prospectus.format.Vocabulary} is the one table of the words printed around numbers
 * (scale words such as 萬, 億 and million; qualifiers such as 超過, 約 and at least; currencies and
 * units). {@link dev.prospectus.format.FigureParser} reads a printed figure with it ("超過15億美元",
 * "US$3.46 million", "400至550億美元") into a {@link dev.prospectus.format.PrintedFigure}; a text that
 * is not a figure is a {@link dev.prospectus.format.FigureParseException} naming the position where
 * reading stopped. {@link dev.prospectus.format.Formats} prints values and ranges
 * ({@code US$30.52M}, {@code 782.08% [780.66%, 783.51%]}) with the currency symbols of the same table.
 * <p>
 * This package depends only on {@code dev.prospectus.model}; the loaders ({@code io}), the
 * verifier and the reports depend on it, and nothing here depends back. A printed figure is parsed
 * once: a {@code PrintedFigure} keeps what was read.
 * <p>
 * Null policy: no method accepts or returns null; a null argument is an
 * {@code IllegalArgumentException} naming it. Every public type is stateless or immutable, and
 * thread-safe.
 */
package dev.prospectus.format;
