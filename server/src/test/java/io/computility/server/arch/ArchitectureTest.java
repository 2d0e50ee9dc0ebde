package io.computility.server.arch;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import io.computility.server.ComputilityServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Keeps the house standing (docs/architecture.md): the contexts are Spring Modulith modules that
 * reach one another only through their published types, in the directions their package-info
 * allows; inside a context, its parts (e.g. federation's job, scheduling and center) form no cycle
 * either; and the diagram in docs/architecture.md is the one the code gives.
 */
class ArchitectureTest {

  static final String BASE = "io.computility.server";
  static final ApplicationModules MODULES = ApplicationModules.of(ComputilityServer.class);

  @Test
  @DisplayName(
      "ISSUE-14 contexts are modules: no cycle, no reach into another context's internals, only"
          + " the dependencies each context declares")
  void contextsAreModules() {
    MODULES.verify();
  }

  @Test
  @DisplayName(
      "ISSUE-14 the parts of each context (job, scheduling, center, tenancy …) form no cycle")
  void partsOfAContextFormNoCycle() {
    JavaClasses server =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);
    slices()
        .assignedFrom(new ContextParts())
        .should()
        .beFreeOfCycles()
        .allowEmptyShould(false)
        .check(server);
  }

  @Test
  @DisplayName("ISSUE-14 docs/architecture.md shows the contexts and arrows the code has")
  void diagramIsCurrent() throws Exception {
    String diagram = ContextDiagram.mermaid(MODULES);
    Path doc = Path.of("..", "docs", "architecture.md");
    Path generated = Path.of("target", "architecture-diagram.md");
    Files.writeString(generated, diagram);
    assertThat(Files.readString(doc))
        .as("the diagram in docs/architecture.md (regenerated: " + generated + ")")
        .contains(diagram);
  }

  /**
   * A class's part: the top-level context, and for contexts with parts the next package too
   * ("federation.job"); a context's base package (its published types) is a part of its own.
   */
  static final class ContextParts implements SliceAssignment {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass c) {
      String pkg = c.getPackageName();
      if (!pkg.startsWith(BASE + ".")) return SliceIdentifier.ignore();
      String[] p = pkg.substring(BASE.length() + 1).split("\\.");
      return SliceIdentifier.of(p.length == 1 ? p[0] : p[0] + "." + p[1]);
    }

    @Override
    public String getDescription() {
      return "parts of the server's contexts";
    }
  }
}
