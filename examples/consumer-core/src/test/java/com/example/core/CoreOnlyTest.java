package com.example.core;

import static dev.prospectus.assertj.ProspectusAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.prospectus.calc.Calculation;
import dev.prospectus.calc.Calculators;
import dev.prospectus.calc.Measure;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.Metric;
import dev.prospectus.verify.Claim;
import dev.prospectus.verify.Verdict;
import dev.prospectus.verify.Verifier;
import org.junit.jupiter.api.Test;

/** The core artifact alone: a dataset built in code, a calculation and a verdict, and nothing heavy. */
class CoreOnlyTest {

  /** Two figures as an article printed them, built in the words of the dataset JSON. */
  private static final Dataset ACME = Dataset.builder("Acme Robotics Ltd.", "Acme", "USD")
      .document("acme-news", "Acme files for its listing", "zh-Hant")
      .figure(f -> f.key("revenue/total/FY2023").value("346").scale("萬").unit("USD")
          .source("acme-news", "¶2", "營收已達到346萬美元"))
      .figure(f -> f.key("revenue/total/FY2024").value("3052").scale("萬").unit("USD")
          .source("acme-news", "¶2", "2024年直接飆升到3052萬美元"))
      .build();

  @Test
  void growthWithItsRange() {
    Calculation growth = Calculators.growth(ACME.figure(Metric.REVENUE, "FY2024"),
        ACME.figure(Metric.REVENUE, "FY2023"));
    // 3052萬 / 346萬 - 1 = 782.08%, within [30515000 / 3465000 - 1, 30525000 / 3455000 - 1]
    assertThat(growth.measure()).isEqualTo(Measure.GROWTH);
    assertThat(growth).hasValue("782.08").hasRange("780.66", "783.51");
  }

  @Test
  void claimVerified() {
    Verdict verdict = Verifier.verify(ACME, Claim.id("growth-2024").quote("同比暴漲了782.2%", "acme-news")
        .growth("revenue/total/FY2024", "revenue/total/FY2023").is("782.2%"));
    assertThat(verdict).isConsistent();
    Verdict wrong = Verifier.verify(ACME, Claim.id("growth-2024-wrong").quote("同比增長了800%", "acme-news")
        .growth("revenue/total/FY2024", "revenue/total/FY2023").is("800.0%"));
    assertThat(wrong.isConsistent()).isFalse();
  }

  @Test
  void nothingHeavyOnTheClassPath() {
    for (String absent : new String[] {"com.fasterxml.jackson.databind.ObjectMapper",
        "org.apache.commons.math3.random.Well19937c", "org.jfree.chart.JFreeChart",
        "dev.prospectus.io.DatasetReader"}) {
      assertThatExceptionOfType(ClassNotFoundException.class).as(absent).isThrownBy(() -> Class.forName(absent));
    }
  }
}
