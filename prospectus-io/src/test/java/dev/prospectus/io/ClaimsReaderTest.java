package dev.prospectus.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prospectus.model.Dataset;
import dev.prospectus.model.Document;
import dev.prospectus.model.Unit;
import dev.prospectus.verify.Claim;
import dev.prospectus.verify.ClaimReading;
import dev.prospectus.verify.Comparison;
import dev.prospectus.verify.FigureRef;
import dev.prospectus.verify.Operation;
import dev.prospectus.verify.Operator;
import dev.prospectus.verify.Printed;
import dev.prospectus.verify.Relation;
import dev.prospectus.verify.SourceAgreement;
import dev.prospectus.verify.WholeCount;
import dev.prospectus.verify.WholeMean;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClaimsReaderTest {

  private static final Path CLAIMS = Path.of("prospectus-io/src/test/resources/claims");
  private static final Dataset DATASET = Dataset.of("Example Co", "Example", Currency.getInstance("USD"),
      MonthDay.of(12, 31), List.of(Document.of("seed", "A", "zh-Hant"), Document.of("other", "B", "en")),
      List.of(), List.of(), List.of());

  @Test
  void test_read_good() {
    List<Claim> claims = ClaimsReader.read(CLAIMS.resolve("good.json"), DATASET);
    assertThat(claims).extracting(Claim::id)
        .containsExactly("growth", "exceeds", "years", "cagr", "sum", "staff", "grim", "conflict", "one");
    Claim growth = claims.get(0);
    assertThat(growth.source().orElseThrow().toString()).isEqualTo("seed, ¶2: \u201c同比暴漲了782.2%\u201d");
    assertThat(growth.note()).contains("a note");
    assertThat(growth.check()).isEqualTo(Comparison.of(Operation.of(Operator.GROWTH)
        .with("current", "revenue/total/FY2024").with("prior", "revenue/total/FY2023"), Relation.EQUAL,
        Printed.of("782.2%")));
    Comparison exceeds = (Comparison) claims.get(1).check();
    assertThat(exceeds.computed()).isEqualTo(new FigureRef("revenue/total/FY2024", Optional.of("seed"),
        Optional.of("3052"), Optional.empty()));
    assertThat(exceeds.relation()).isEqualTo(Relation.GREATER);
    // a claim that asks for a document's report in a currency says so
    assertThat(exceeds.reported()).isEqualTo(FigureRef.of("revenue/total/FY2023", "seed")
        .withCurrency(Unit.parse("USD")));
    assertThat(((Comparison) claims.get(2).check()).relation()).isEqualTo(Relation.ABOUT);
    assertThat(((Operation) ((Comparison) claims.get(3).check()).computed()).option("years")).contains("1");
    assertThat(((Operation) ((Comparison) claims.get(4).check()).computed()).terms()).hasSize(2);
    assertThat(claims.get(5).check()).isInstanceOf(WholeCount.class);
    assertThat(claims.get(6).check()).isEqualTo(WholeMean.of(Printed.of("4.74"), Printed.of("25"), 2));
    assertThat(claims.get(7).check()).isEqualTo(SourceAgreement.all());
    assertThat(claims.get(8).check()).isEqualTo(SourceAgreement.of("revenue/total/FY2023"));
    assertThat(claims.get(7).source()).isEmpty();
  }

  @Test
  void test_read_folderAndStream() {
    assertThat(ClaimsReader.read(Path.of("data/minimax"))).isNotEmpty();
    String json = "{ \"claims\": [ { \"id\": \"a\", \"sourceAgreement\": \"all\" } ] }";
    List<Claim> claims = ClaimsReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "x.json");
    assertThat(claims).extracting(Claim::id).containsExactly("a");
  }

  @Test
  void test_bundled() {
    assertThat(ClaimsReader.bundled("minimax")).extracting(Claim::id).contains("revenue-growth-fy2024", "conflict");
    assertThatIllegalArgumentException().isThrownBy(() -> ClaimsReader.bundled("nothing-here"))
        .withMessage("No bundled claims for dataset 'nothing-here': resource '/datasets/nothing-here/claims.json' is"
            + " not on the classpath");
  }

  static Stream<Arguments> data_bad() {
    return Stream.of(
        Arguments.of("against-without-relation", "/claims/0/relation: '' is missing: a comparison with 'against'"
            + " states its relation"),
        Arguments.of("agreement-not-string", "/claims/0/sourceAgreement: 'true' is not a string: expected 'all' or a"
            + " figure key"),
        Arguments.of("bad-currency", "/claims/0/compute/currency: 'months' is not a currency: expected an ISO 4217"
            + " code, such as \"CNY\""),
        Arguments.of("bad-items", "/claims/0/wholeMean/items: '0' is not a positive whole number: the whole-number"
            + " items each value sums, such as 1 for one question"),
        Arguments.of("bad-id", "/claims/0/id: 'Growth 2024' is not a claim id: expected lower-case letters, digits,"
            + " '.', '_' and '-', such as 'revenue-growth-fy2024'"),
        Arguments.of("bad-key", "/claims/0/compute/current: 'revenue/FY2024' is not a figure key"
            + " metric/segment/period, such as 'revenue/total/FY2024': Unable to parse figure key: 'revenue/FY2024':"
            + " expected metric/segment/period"),
        Arguments.of("bad-option", "/claims/0/compute/years: '0' is not valid here: Option 'years' of 'cagr' must be"
            + " a positive whole number but has value '0'"),
        Arguments.of("bad-period", "/claims/0/compute: 'revenue/total/FY24' is not a figure key"),
        Arguments.of("bad-reading-of", "/claims/0/readingOf: 'Share 56.5' is not a claim id: expected lower-case"
            + " letters, digits, '.', '_' and '-', such as 'cornerstone-share-56-5'"),
        Arguments.of("bad-printed", "/claims/0/reported: 'about twelve' is not a printed figure: "),
        Arguments.of("bad-relation", "/claims/0/relation: '≈' is not a relation: expected one of [=, >, >=, <, <=,"
            + " about, nearly]"),
        Arguments.of("contradicting-relation", "/claims/0/relation: '=' contradicts the words of '超過1365%', which"
            + " state '>'"),
        Arguments.of("duplicate-id", "/claims/1/id: 'a' repeats the id of an earlier claim: ids must be unique"),
        Arguments.of("figure-parameter", "/claims/0/compute/from: '{\"printed\":\"1.86億美元\"}' is not a figure of the"
            + " dataset: 'from' takes a figure key"),
        Arguments.of("missing-parameter", "/claims/0/compute: '{\"calc\":\"growth\","
            + "\"current\":\"revenue/total/FY2024\"}' is an incomplete calculation: 'growth' needs 'prior'"),
        Arguments.of("no-check", "/claims/0: '{\"id\":\"a\",\"source\":{\"document\":\"seed\",\"quote\":\"q\"}}'"
            + " has none of [compute, wholeCount, wholeMean, sourceAgreement]: a claim makes exactly one check"),
        Arguments.of("no-source", "/claims/0/source: '' is missing: a claim that computes something quotes its"
            + " source"),
        Arguments.of("not-json", "is not valid JSON"),
        Arguments.of("null-quote", "/claims/0/source/quote: 'null' is null where a string is required"),
        Arguments.of("number-expression", "/claims/0/compute: '782.2' is a JSON number where a figure key or an"
            + " expression object ({\"figure\"}, {\"printed\"}, {\"calc\"}) is required"),
        Arguments.of("reading-alone", "/claims/0/reading: 'as a share of the upsized offer' comes without"
            + " 'readingOf': a reading names the printed claim it reads and how it reads it"),
        Arguments.of("reported-and-against", "has both of 'reported' and 'against': a comparison needs exactly one"),
        Arguments.of("two-checks", "has more than one of [compute, wholeCount, wholeMean, sourceAgreement]: a claim"
            + " makes exactly one check"),
        Arguments.of("unknown-calc", "/claims/0/compute/calc: 'grwoth' is not a calculation: Unknown calculation"
            + " 'grwoth': expected one of [growth, cagr, multiple, "),
        Arguments.of("unknown-document", "/claims/0/source/document: 'elsewhere' is not a document of dataset"
            + " 'Example': expected one of its document ids"),
        Arguments.of("unknown-field", "/claims/0/colour: 'colour' is not a field of a claim: expected one of id,"
            + " source, compute, relation, reported, against, wholeCount, wholeMean, sourceAgreement, note"),
        Arguments.of("unknown-figure-source", "/claims/0/compute/source: 'elsewhere' is not a document of dataset"
            + " 'Example'"),
        Arguments.of("unknown-parameter", "/claims/0/compute/previous: 'previous' is not a field of a 'growth'"
            + " calculation: expected one of calc, current, prior"),
        Arguments.of("unknown-top", "/dataset: 'dataset' is not a field of a claims file: expected one of claims"));
  }

  @ParameterizedTest
  @MethodSource("data_bad")
  void test_read_bad(String name, String message) {
    Path file = CLAIMS.resolve("bad").resolve(name + ".json");
    assertThatThrownBy(() -> ClaimsReader.read(file, DATASET)).isInstanceOf(DataFormatException.class)
        .hasMessageStartingWith(file + " at ").hasMessageContaining(message);
  }

  @Test
  void test_read_readingOfAPrintedClaim_roundTrips() {
    List<Claim> claims = readText("{\"claims\": [{\"id\": \"share-upsized\", \"source\": {\"document\":"
        + " \"seed\", \"quote\": \"56.5%\"}, \"compute\": \"revenue/total/FY2024\", \"reported\": \"56.5%\","
        + " \"readingOf\": \"share\", \"reading\": \"as a share of the upsized offer\"}]}");
    assertThat(claims.get(0).reading()).contains(ClaimReading.of("share", "as a share of the upsized offer"));
    assertThat(readText(ClaimsWriter.write(claims))).isEqualTo(claims);
    assertThat(ClaimsReader.bundled("minimax").stream().filter(c -> c.reading().isPresent())).hasSize(17);
  }

  @Test
  void test_read_withoutDatasetAcceptsAnyDocument() {
    assertThat(ClaimsReader.read(CLAIMS.resolve("bad/unknown-document.json"))).hasSize(1);
  }

  //-------------------------------------------------------------------------
  private static List<Claim> readText(String json) {
    return ClaimsReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "hostile/claims.json");
  }

  private static String claim(String reported, String multiplyBy) {
    return "{\"claims\": [{\"id\": \"x\", \"source\": {\"document\": \"seed\", \"quote\": \"q\"},"
        + " \"compute\": {\"calc\": \"convert\", \"value\": \"revenue/total/FY2024\", \"multiplyBy\": \""
        + multiplyBy + "\", \"unit\": \"USD\", \"basis\": \"b\"}, \"reported\": \"" + reported + "\"}]}";
  }

  @Test
  void test_read_millionDigitReportedRefusedNamingFileAndPointer() {
    assertThatThrownBy(() -> readText(claim("1".repeat(1_000_000) + "%", "2")))
        .isInstanceOf(DataFormatException.class)
        .hasMessage("hostile/claims.json at /claims/0/reported: '" + "1".repeat(60) + "... (1000001 characters)' is"
            + " not a printed figure: Unable to parse figure '" + "1".repeat(60) + "... (1000001 characters)' at"
            + " position 0: the number has 1000000 significant digits, more than the 40 a printed number may have");
  }

  @Test
  void test_read_constantBeyondLimitsRefusedNamingFileAndPointer() {
    assertThatThrownBy(() -> readText(claim("2%", "1".repeat(41))))
        .isInstanceOf(DataFormatException.class)
        .hasMessage("hostile/claims.json at /claims/0/compute/multiplyBy: '" + "1".repeat(41) + "' is not valid here:"
            + " Option 'multiplyBy' of 'convert' has 41 significant digits, more than the 40 a printed number may"
            + " have");
  }

  @Test
  void claims_read_from_bytes_are_those_read_from_a_stream() throws IOException {
    byte[] content;
    try (InputStream in = ClaimsReader.class.getResourceAsStream("/datasets/minimax/claims.json")) {
      content = in.readAllBytes();
    }
    byte[] copy = content.clone();
    List<Claim> claims = ClaimsReader.read(content, "minimax/claims.json");
    assertThat(claims).isNotEmpty()
        .isEqualTo(ClaimsReader.read(new ByteArrayInputStream(content), "minimax/claims.json"));
    assertThat(content).isEqualTo(copy);
    assertThatThrownBy(() -> ClaimsReader.read("{\"claims\": 7}".getBytes(StandardCharsets.UTF_8), "b/claims.json"))
        .isInstanceOf(DataFormatException.class).hasMessageStartingWith("b/claims.json");
  }
}
