package io.computility.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CoreIsFrameworkFreeTest {

  @Test
  @DisplayName("ARCH core depends on no framework (no Spring, no Jakarta, no javax EE)")
  void coreIsFrameworkFree() {
    var classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.computility.core");
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "jakarta..", "javax.persistence..")
        .check(classes);
  }
}
