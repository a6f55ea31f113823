package org.strikewatch.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the stage dependencies pointing one way, as the design's module table says. */
class StageDependenciesTest {

  private static final String ROOT = "org.strikewatch.";

  /** For each stage, the stages it may use (besides itself). */
  private static final Map<String, List<String>> ALLOWED =
      Map.of(
          "model", List.of(),
          "text", List.of("model"),
          "time", List.of("model", "text"),
          "geo", List.of("model", "text"),
          "extract", List.of("model", "text", "time", "geo"),
          "dedupe", List.of("model", "geo"),
          "store", List.of("model"),
          "ingest", List.of("model"),
          "server", List.of("model", "store"));

  private static final List<String> ALL =
      List.of(
          "model", "text", "time", "geo", "extract", "dedupe", "store", "ingest", "server", "eval",
          "bench", "cli");

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.strikewatch");
  }

  @Test
  void stages_depend_only_on_the_stages_before_them() {
    ALLOWED.forEach(
        (stage, allowed) -> {
          String[] forbidden =
              ALL.stream()
                  .filter(s -> !s.equals(stage) && !allowed.contains(s))
                  .map(s -> ROOT + s + "..")
                  .toArray(String[]::new);
          noClasses()
              .that()
              .resideInAPackage(ROOT + stage + "..")
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(forbidden)
              .because(stage + " may only use " + allowed)
              .allowEmptyShould(true)
              .check(classes);
        });
  }

  @Test
  void nothing_but_the_application_depends_on_the_command_line() {
    noClasses()
        .that()
        .resideOutsideOfPackage(ROOT + "cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ROOT + "cli..")
        .check(classes);
  }
}
