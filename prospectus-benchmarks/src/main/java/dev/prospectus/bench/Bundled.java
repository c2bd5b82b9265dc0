package dev.prospectus.bench;

import dev.prospectus.io.ClaimsReader;
import dev.prospectus.io.DatasetReader;
import dev.prospectus.model.Dataset;
import dev.prospectus.verify.Claim;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The bundled MiniMax dataset and claims, as the benchmarks use them: parsed, and as raw bytes. */
final class Bundled {

  static final String DATASET = "/datasets/minimax/dataset.json";
  static final String CLAIMS = "/datasets/minimax/claims.json";

  private Bundled() {
  }

  static Dataset dataset() {
    return DatasetReader.bundled("minimax");
  }

  static List<Claim> claims(Dataset dataset) {
    return ClaimsReader.bundled("minimax", dataset);
  }

  static Claim claim(List<Claim> claims, String id) {
    return claims.stream().filter(c -> c.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalStateException("No bundled claim '" + id + "'"));
  }

  static byte[] bytes(String resource) {
    try (InputStream in = Bundled.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("No resource '" + resource + "'");
      }
      return in.readAllBytes();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
