package dev.prospectus.model;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded cache of immutable values parsed from text or computed from immutable values: figure
 * keys, metrics, segments and units are read again and again (every figure of a dataset, every
 * claim's references, each time it is verified), and parsing them with regular expressions was
 * most of the cost of loading; the rounding range of an amount is read by every calculation.
 * <p>
 * Only values parsed without error are kept, so an error is raised afresh, with its message, every
 * time. The cache forgets everything when it reaches its bound, so text from an untrusted file
 * cannot grow it without limit. Thread-safe.
 *
 * @param <K>  the key, the text or the values computed from, with value equality
 * @param <V>  the parsed value, immutable
 */
final class ParseCache<K, V> {

  private final int bound;
  private final ConcurrentHashMap<K, V> values = new ConcurrentHashMap<>();

  ParseCache(int bound) {
    this.bound = bound;
  }

  /** The cached value of a key, else the parsed one, remembered; the parser's exception passes through. */
  V get(K key, Function<? super K, ? extends V> parser) {
    V value = values.get(key);
    if (value != null) {
      return value;
    }
    value = parser.apply(key);
    if (values.size() >= bound) {
      values.clear();
    }
    values.put(key, value);
    return value;
  }
}
