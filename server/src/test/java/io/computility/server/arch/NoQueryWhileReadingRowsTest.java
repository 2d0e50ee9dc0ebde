package io.computility.server.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.sql.ResultSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.stereotype.Repository;

/**
 * The pool-deadlock class of bug as an architecture rule: code that reads a {@link ResultSet} (row
 * mappers, row callbacks, their lambdas) runs no query and calls no store, since the result set
 * still holds its connection and a second query asks the pool for another one.
 */
class NoQueryWhileReadingRowsTest {

  @Test
  @DisplayName("ISSUE-12 no row mapper or row callback runs a query or calls a store")
  void noQueryInsideRowMappers() {
    JavaClasses server =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.computility");
    codeUnits().that(readResultSets()).should(runNoQuery()).check(server);
  }

  private static DescribedPredicate<JavaCodeUnit> readResultSets() {
    return DescribedPredicate.describe(
        "take a ResultSet",
        u -> u.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(ResultSet.class)));
  }

  private static ArchCondition<JavaCodeUnit> runNoQuery() {
    return new ArchCondition<>("run no query and call no store") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        for (JavaMethodCall call : unit.getMethodCallsFromSelf()) {
          if (queries(call)) {
            events.add(
                SimpleConditionEvent.violated(
                    unit,
                    unit.getFullName()
                        + " calls "
                        + call.getTarget().getFullName()
                        + " while reading rows ("
                        + call.getSourceCodeLocation()
                        + ")"));
          }
        }
      }
    };
  }

  private static boolean queries(JavaMethodCall call) {
    JavaClass owner = call.getTargetOwner();
    if (owner.isAssignableTo(JdbcOperations.class)
        || owner.isAssignableTo(NamedParameterJdbcOperations.class)) {
      return true;
    }
    boolean isStatic =
        call.getTarget()
            .resolveMember()
            .map(m -> m.getModifiers().contains(JavaModifier.STATIC))
            .orElse(false);
    boolean store =
        owner.isAnnotatedWith(Repository.class) || owner.getSimpleName().endsWith("Store");
    return store && !isStatic;
  }
}
