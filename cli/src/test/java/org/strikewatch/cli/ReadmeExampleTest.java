package org.strikewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The example in the README runs and prints what the README says. */
class ReadmeExampleTest {

  private static Path repoRoot() {
    Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("README.md"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException(
          "README.md not found above " + System.getProperty("user.dir"));
    }
    return p;
  }

  @Test
  void the_readme_extract_example_prints_the_fields_it_shows() throws IOException {
    Path root = repoRoot();
    assumeTrue(
        Files.isDirectory(Path.of(System.getProperty("strikewatch.data", "")).resolve("geo")),
        "geographic data is set up by ./run-tests");
    String readme = Files.readString(root.resolve("README.md"));
    Matcher m =
        Pattern.compile("\\./strikewatch (extract --published \\S+ (\\S+))\\n").matcher(readme);
    assertThat(m.find()).as("README shows an extract example").isTrue();
    List<String> args = new ArrayList<>(List.of(m.group(1).split(" ")));
    args.set(args.size() - 1, root.resolve(m.group(2)).toString());

    PrintStream oldOut = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = Main.run(args.toArray(String[]::new));
    } finally {
      System.setOut(oldOut);
    }
    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(json.path("incidents")).hasSize(1);
    JsonNode i = json.path("incidents").get(0);
    assertThat(i.at("/when/start").asText()).isEqualTo("2024-05-13");
    assertThat(i.at("/when/end").asText()).isEqualTo("2024-05-14");
    assertThat(i.at("/when/precision").asText()).isEqualTo("days");
    assertThat(i.at("/where/name").asText()).isEqualTo("Vovchansk");
    assertThat(i.at("/where/country").asText()).isEqualTo("UA");
    assertThat(i.at("/where/admin1").asText()).isEqualTo("Kharkiv Oblast");
    assertThat(i.at("/where/lat").asDouble())
        .isCloseTo(50.29, org.assertj.core.data.Offset.offset(0.05));
    assertThat(i.at("/where/lon").asDouble())
        .isCloseTo(36.94, org.assertj.core.data.Offset.offset(0.05));
    assertThat(i.path("weapons").toString()).isEqualTo("[\"guided_bomb\",\"artillery\"]");
    assertThat(i.path("launchedBy").asText()).isEqualTo("RU");
    assertThat(i.path("ownTerritory").asBoolean()).isFalse();
    assertThat(i.at("/killed/best").asInt()).isEqualTo(2);
    assertThat(i.at("/injured/best").asInt()).isEqualTo(7);
    assertThat(i.at("/evacuated/best").asInt()).isEqualTo(200);
    assertThat(i.path("attribution").toString()).isEqualTo("[\"regional governor\"]");
  }
}
