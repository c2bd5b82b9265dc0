package dev.prospectus.model;

import dev.prospectus.internal.Args;
import java.util.NoSuchElementException;

/**
 * Thrown when a figure that a caller insisted on is not in a dataset. The message and
 * {@link #key()} name what was asked for.
 * <p>
 * Code that can carry on without the figure should use {@link Dataset#lookup} and test
 * {@link FigureLookup#isPresent()} instead.
 */
public final class MissingFigureException extends NoSuchElementException {

  private static final long serialVersionUID = 1L;

  /** The figure asked for. */
  private final transient FigureKey key;

  /**
   * Creates the exception.
   *
   * @param key  the figure asked for, not null
   * @param datasetName  the dataset asked, not null
   * @throws IllegalArgumentException if an argument is null
   */
  public MissingFigureException(FigureKey key, String datasetName) {
    super(message(key, datasetName));
    this.key = key;
  }

  private static String message(FigureKey key, String datasetName) {
    Args.notNull(key, "key");
    Args.notNull(datasetName, "datasetName");
    return "No figure for " + key + " in dataset '" + datasetName + "'";
  }

  /**
   * The metric, segment and period asked for.
   *
   * @return the key
   */
  public FigureKey key() {
    return key;
  }
}
