package dev.prospectus.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.prospectus.analysis.Analysis;
import dev.prospectus.analysis.AnalysisSettings;
import dev.prospectus.model.Dataset;
import dev.prospectus.verify.Claim;
import dev.prospectus.verify.SourceAgreement;
import dev.prospectus.verify.Verdict;
import dev.prospectus.verify.Verifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CsvReportTest {

  private static final Path DOC = Path.of("docs", "report-csv.md");

  /** Every field of every line, as a CSV reader sees them (the header is the first row). */
  static List<List<String>> rows(String csv) throws Exception {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it = mapper.readerFor(List.class).readValues(csv)) {
      it.forEachRemaining(rows::add);
    }
    return rows;
  }

  private static List<Verdict> exampleVerdicts() {
    return Verifier.verify(ReportFixtures.example(), List.of(
        Claim.id("growth").quote("782.2%", "seed").growth("revenue/total/FY2024", "revenue/total/FY2023")
            .is("782.2%"),
        Claim.id("ratio").quote("超過1365%", "seed")
            .ratioToRevenue("training_compute_spend/total/FY2023", "revenue/total/FY2023").is("超過1365%"),
        Claim.id("agree").check(SourceAgreement.of("revenue/total/FY2024"))));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_figures() {
    String csv = CsvReport.figures(ReportFixtures.example());
    List<String> lines = csv.lines().toList();
    assertThat(lines).hasSize(12).first().isEqualTo(String.join(",", CsvReport.Section.FIGURES.columns()));
    // 346萬 and 2.46 million are as wide: the first listed is preferred.
    assertThat(lines).contains(
        "Example,revenue/total/FY2023,revenue,Revenue,total,FY2023,346萬 USD,exact,3460000,3455000,3465000,USD,true,2,"
            + "seed,¶1,346 USD,,,",
        "Example,revenue/total/FY2023,revenue,Revenue,total,FY2023,2.46 million USD,exact,2460000,2455000,2465000,USD,"
            + "false,2,other,¶1,2.46 USD,,,",
        // 30523 thousand is narrower than 3052萬: preferred although listed second
        "Example,revenue/total/FY2024,revenue,Revenue,total,FY2024,3052萬 USD,exact,30520000,30515000,30525000,USD,"
            + "false,2,seed,¶1,3052 USD,,,",
        "Example,revenue/total/FY2024,revenue,Revenue,total,FY2024,30523 thousand USD,exact,30523000,30522500,"
            + "30523500,USD,true,2,other,¶1,30523 USD,,,",
        // the printed percentage keeps its one decimal, and so do its range's ends
        "Example,rnd_headcount_share/total/2025-09-30,rnd_headcount_share,R&D share of headcount,total,2025-09-30,"
            + "73.8 %,exact,73.8,73.75,73.85,%,true,2,seed,¶1,73.8 %,,,");
    // A negative number stays a number; text that starts like a formula gets an apostrophe.
    assertThat(lines).contains("Example,operating_cash_flow/total/9M2025,operating_cash_flow,Operating cash flow,"
        + "total,9M2025,'-2.09億 USD,exact,-209000000,-209500000,-208500000,USD,true,1,other,¶1,'-2.09 USD,,,");
  }

  @Test
  void test_calculations() throws Exception {
    String csv = CsvReport.calculations(Analysis.of(ReportFixtures.KESTREL, List.of(),
        AnalysisSettings.CALCULATIONS_ONLY));
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).isEqualTo("dataset,section,measure,label,subject,meaningful,printed,value,low,high,unit,"
        + "formula,reason,notes");
    // 9.0 / 5.0 - 1: [8.95 / 5.05 - 1, 9.05 / 4.95 - 1] x 100, rounded outward to 34 digits
    assertThat(lines.get(2)).isEqualTo("Kestrel,Growth,growth,revenue growth FY2024 over FY2023,"
        + "revenue/total/FY2024; revenue/total/FY2023,true,\"80.00% [77.22%, 82.83%]\",80,"
        + "77.2277227722772277227722772277227,82.8282828282828282828282828282829,%,"
        + "(revenue FY2024 / revenue FY2023 - 1) x 100,,");
    // Not meaningful: no value, a reason
    assertThat(lines.get(1)).isEqualTo("Kestrel,Growth,growth,revenue growth FY2023 over FY2022,"
        + "revenue/total/FY2023; revenue/total/FY2022,false,,,,,,,prior value 0 million CNY is not positive: "
        + "growth from a zero base is not a percentage change,");
    // A value printed with a minus sign is text with an apostrophe; its numbers are numbers.
    assertThat(lines).contains("Kestrel,Cash burn and runway,monthly_burn,monthly burn from net_loss FY2024,"
        + "net_loss/total/FY2024,true,\"'-RMB 250K [-RMB 254.2K, -RMB 245.8K]\",-250000,"
        + "-254166.6666666666666666666666666667,-245833.3333333333333333333333333333,CNY,"
        + "net_loss FY2024 / 12 months,,\"burn definition: net_loss over the year ended 2024-12-31, spread evenly over "
        + "its months\"");
    assertThat(rows(csv)).allSatisfy(row -> assertThat(row).hasSize(14));
  }

  @Test
  void test_verdicts() throws Exception {
    String csv = CsvReport.verdicts(ReportFixtures.example(), exampleVerdicts());
    List<List<String>> rows = rows(csv);
    assertThat(rows).hasSize(4).allSatisfy(row -> assertThat(row).hasSize(21));
    // The claim's own source first: 3052萬 / 346萬 - 1, low 3051.5 / 346.5 - 1, as the verdict table shows it
    assertThat(rows.get(1)).containsExactly("Example", "growth", "CONSISTENT", "comparison",
        "growth(current=revenue/total/FY2024, prior=revenue/total/FY2023) = '782.2%'", "=",
        "782.08% [780.66%, 783.51%]", "782.0809248554913294797687861271676", "780.6637806637806637806637806637806",
        "783.5021707670043415340086830680174", "782.2%", "782.2", "782.15", "782.25", "%",
        "computed [780.66%, 783.51%] meets reported [782.15%, 782.25%]; consistent only within rounding: the"
        + " computed point 782.08% is 782.1% to the printed digits, not 782.2%", "seed", "", "782.2%", "", "");
    assertThat(rows.get(2).subList(0, 7)).containsExactly("Example", "ratio", "UNDECIDABLE", "comparison",
        "ratio-to-revenue(amount=training_compute_spend/total/FY2023, revenue=revenue/total/FY2023) > '超過1365%'", ">",
        "1365.03% [1362.91%, 1367.15%]");
    assertThat(rows.get(3)).containsExactly("Example", "agree", "CONSISTENT", "source-agreement",
        rows.get(3).get(4), "", "", "", "", "", "", "", "", "", "USD", rows.get(3).get(15), "", "", "", "", "");
  }

  @ParameterizedTest
  @EnumSource(CsvReport.Section.class)
  void test_render_isTheSection(CsvReport.Section section) {
    Dataset ds = ReportFixtures.example();
    List<Claim> claims = List.of(Claim.id("growth").quote("782.2%", "seed")
        .growth("revenue/total/FY2024", "revenue/total/FY2023").is("782.2%"));
    Analysis analysis = Analysis.of(ds, claims, AnalysisSettings.CALCULATIONS_ONLY);
    String expected = switch (section) {
      case FIGURES -> CsvReport.figures(ds);
      case CALCULATIONS -> CsvReport.calculations(analysis);
      case VERDICTS -> CsvReport.verdicts(ds, Verifier.verify(ds, claims));
    };
    assertThat(CsvReport.render(analysis, section)).isEqualTo(expected)
        .startsWith(String.join(",", section.columns()) + "\n");
    assertThat(CsvReport.Section.of(section.code())).contains(section);
  }

  @Test
  void test_text_quotedAndEscapedNeverSplit() throws Exception {
    Dataset ds = Dataset.builder("Quote, Inc.", "=Quotes", "USD")
        .document("doc", "A \"title\"", "en")
        .figure(f -> f.key("revenue/total/FY2024").value("12.50").scale("million").unit("USD")
            .source("doc", "@p. 3", "revenue, \"so-called\",\nwas 12.50"))
        .build();
    String csv = CsvReport.figures(ds);
    assertThat(csv).isEqualTo(String.join(",", CsvReport.Section.FIGURES.columns()) + "\n"
        + "'=Quotes,revenue/total/FY2024,revenue,Revenue,total,FY2024,12.50 million USD,exact,12500000,12495000,"
        + "12505000,USD,true,1,doc,'@p. 3,\"revenue, \"\"so-called\"\",\nwas 12.50\",,,\n");
    assertThat(rows(csv).get(1).get(16)).isEqualTo("revenue, \"so-called\",\nwas 12.50");
  }

  @Test
  void test_trailingZerosKept() throws Exception {
    // 12.50 million: the printed hundredths say the range is ±5,000; every end keeps them.
    Dataset ds = Dataset.builder("Z", "Z", "USD").document("doc", "t", "en")
        .figure(f -> f.key("gross_margin/total/FY2024").value("40.0").unit("%").source("doc", "¶1", "40.0%"))
        .build();
    assertThat(rows(CsvReport.figures(ds)).get(1).subList(8, 11)).containsExactly("40.0", "39.95", "40.05");
  }

  /** docs/report-csv.md lists each section's columns in a table, in the order they are written. */
  @ParameterizedTest
  @EnumSource(CsvReport.Section.class)
  void test_doc_listsTheColumns(CsvReport.Section section) throws Exception {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int start = doc.indexOf("\n## " + section.code() + "\n");
    assertThat(start).as("section '%s' of %s", section.code(), DOC).isNotNegative();
    int end = doc.indexOf("\n## ", start + 1);
    Matcher column = Pattern.compile("(?m)^\\| `([a-z_]+)` \\|").matcher(doc.substring(start, end < 0 ? doc.length()
        : end));
    List<String> documented = new ArrayList<>();
    while (column.find()) {
      documented.add(column.group(1));
    }
    assertThat(documented).containsExactlyElementsOf(section.columns());
  }
}
