package dev.prospectus.text;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of numbers that are not financial claims, the keys of the {@code other} section of a {@link Lexicon}. */
enum OtherWord {

  /** A rank: 第1, top 5. */
  RANK("rank", "a rank"),
  /** A version or model number: 2.6版本, version 2. */
  VERSION("version", "a version number"),
  /** A generation of people: 95後. */
  GENERATION("generation", "a generation");

  private final String code;
  private final String description;

  OtherWord(String code, String description) {
    this.code = code;
    this.description = description;
  }

  static Optional<OtherWord> parse(String code) {
    return Arrays.stream(values()).filter(w -> w.code.equals(code)).findFirst();
  }

  static List<String> codes() {
    return Arrays.stream(values()).map(OtherWord::code).toList();
  }

  String code() {
    return code;
  }

  String description() {
    return description;
  }
}
