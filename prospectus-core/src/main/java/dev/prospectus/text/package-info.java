/**
 * Numbers in running text, read and judged: the checker of articles.
 * <p>
 * {@link dev.prospectus.text.ArticleChecker} takes a text (a press article or a prospectus passage,
 * Chinese or English) and a dataset, and returns an {@link dev.prospectus.text.ArticleCheck}: one
 * {@link dev.prospectus.text.Finding} per printed number ({@link dev.prospectus.text.Mention}),
 * with what its context says it claims ({@link dev.prospectus.text.Reading}), the rows of its
 * verdict ({@link dev.prospectus.text.Basis}, each a {@link dev.prospectus.verify.Claim} judged by
 * the {@link dev.prospectus.verify.Verifier}) and, where the context names no calculation, the
 * nearest {@link dev.prospectus.text.Candidate}s. The words that say which metric, segment, period
 * and kind of claim a number is about are data: a {@link dev.prospectus.text.Lexicon}.
 * <p>
 * The package rests on {@code model}, {@code format}, {@code calc} and {@code verify} only.
 * Arguments are checked with {@link dev.prospectus.internal.Args}: null is an
 * {@link java.lang.IllegalArgumentException} naming the argument.
 */
package dev.prospectus.text;
