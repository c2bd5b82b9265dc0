package dev.prospectus.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prospectus.model.Dataset;
import dev.prospectus.verify.Claim;
import dev.prospectus.verify.Verdict;
import dev.prospectus.verify.Verifier;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimsWriterTest {

  private static List<Claim> readBack(String json) {
    return ClaimsReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "written.json");
  }

  /** Every bundled claim, written and read back, is the same claim with the same verdict. */
  @Test
  void test_write_roundTripOfTheBundledClaims() {
    for (String name : List.of("minimax", "moore-threads", "zhipu")) {
      Dataset ds = DatasetReader.bundled(name);
      List<Claim> claims = ClaimsReader.bundled(name, ds);
      List<Claim> again = readBack(ClaimsWriter.write(claims));
      assertThat(again).isEqualTo(claims);
      List<Verdict> before = Verifier.verify(ds, claims);
      List<Verdict> after = Verifier.verify(ds, again);
      assertThat(after.stream().map(Verdict::toString).toList())
          .isEqualTo(before.stream().map(Verdict::toString).toList());
    }
  }

  @Test
  void test_write_shape() {
    Claim c = Claim.id("growth-fy2024").quote("同比暴漲了782.2%", "qbitai-seed").note("a note")
        .growth("revenue/total/FY2024", "revenue/total/FY2023").is("782.2%");
    assertThat(ClaimsWriter.write(List.of(c))).isEqualTo(String.join("\n",
        "{",
        "  \"claims\" : [ {",
        "    \"id\" : \"growth-fy2024\",",
        "    \"source\" : {",
        "      \"document\" : \"qbitai-seed\",",
        "      \"quote\" : \"同比暴漲了782.2%\"",
        "    },",
        "    \"compute\" : {",
        "      \"calc\" : \"growth\",",
        "      \"current\" : \"revenue/total/FY2024\",",
        "      \"prior\" : \"revenue/total/FY2023\"",
        "    },",
        "    \"reported\" : \"782.2%\",",
        "    \"note\" : \"a note\"",
        "  } ]",
        "}", ""));
  }
}
