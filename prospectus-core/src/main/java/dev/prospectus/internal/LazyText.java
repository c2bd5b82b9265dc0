package dev.prospectus.internal;

import java.util.function.Supplier;

/**
 * Text made when it is first read, then kept: the reasons of verdicts, which most callers (a batch
 * that counts statuses, a benchmark, a check that only wants the status) never read, cost more to
 * write than the arithmetic they explain.
 * <p>
 * The maker must be a pure function of immutable values, so that the text is the same whenever it
 * is made. It is made at most once: the first reader makes it under a lock, and every reader,
 * whatever its thread, then gets that very string. A maker that throws is kept, and throws again at
 * the next read. Thread-safe.
 */
public final class LazyText {

  private final Object lock = new Object();
  /** The maker until the text is made, then null so that what it captured can be collected. */
  private Supplier<String> maker;
  private volatile String text;

  private LazyText(String text, Supplier<String> maker) {
    this.text = text;
    this.maker = maker;
  }

  /**
   * Text that is already made.
   *
   * @param text  the text, not null
   * @return the lazy text holding it
   * @throws IllegalArgumentException if the text is null
   */
  public static LazyText of(String text) {
    return new LazyText(Args.notNull(text, "text"), null);
  }

  /**
   * Text made by a function when first read.
   *
   * @param maker  a pure function of immutable values, returning text that is not null
   * @return the lazy text
   * @throws IllegalArgumentException if the maker is null
   */
  public static LazyText of(Supplier<String> maker) {
    return new LazyText(null, Args.notNull(maker, "maker"));
  }

  /**
   * The text, made now if it was not yet.
   *
   * @return the text, the same string at every read
   * @throws IllegalStateException if the maker returned null
   */
  public String get() {
    String t = text;
    if (t != null) {
      return t;
    }
    synchronized (lock) {
      t = text;
      if (t == null) {
        t = maker.get();
        if (t == null) {
          throw new IllegalStateException("a lazy text's maker returned null");
        }
        text = t;
        maker = null;
      }
      return t;
    }
  }

  /**
   * Whether the text has been made: for tests of laziness.
   *
   * @return true once the text is made
   */
  public boolean isMade() {
    return text != null;
  }

  /**
   * The text.
   *
   * @return {@link #get()}
   */
  @Override
  public String toString() {
    return get();
  }
}
