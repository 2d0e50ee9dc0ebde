package io.computility.server.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.FederationTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 12: group commit shares transactions but fails only the units that failed. */
class GroupCommitTest extends FederationTestBase {
  @Autowired GroupCommit commits;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName("ISSUE-12 a failing unit of a group commit fails alone; the others commit")
  void failingUnitFailsAlone() {
    jdbc.execute("create table if not exists gc_probe (id int primary key)");
    List<Supplier<Integer>> work = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int id = i;
      work.add(
          () -> {
            // Unit 7 inserts then throws; unit 13 breaks the primary key (an SQL error that
            // would abort the whole PostgreSQL transaction without its savepoint).
            jdbc.update("insert into gc_probe values (?)", id == 13 ? 12 : id);
            if (id == 7) throw new IllegalStateException("unit 7 fails");
            return id;
          });
    }
    // Hold the writer so that all 40 units queue up and share transactions.
    CountDownLatch hold = new CountDownLatch(1);
    CountDownLatch holding = new CountDownLatch(1);
    CompletableFuture<Void> blocker =
        CompletableFuture.runAsync(
            () ->
                commits.run(
                    () -> {
                      holding.countDown();
                      try {
                        hold.await();
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return null;
                    }));
    try {
      holding.await();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
    List<CompletableFuture<Integer>> out = commits.runAll(work);
    hold.countDown();
    blocker.join();
    for (int i = 0; i < out.size(); i++) {
      CompletableFuture<Integer> f = out.get(i);
      if (i == 7 || i == 13) {
        assertThat(f).as("unit %d", i).failsWithin(java.time.Duration.ofSeconds(30));
      } else {
        assertThat(f.join()).isEqualTo(i);
      }
    }
    List<Integer> rows = jdbc.queryForList("select id from gc_probe order by id", Integer.class);
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 40; i++) if (i != 7 && i != 13) expected.add(i);
    assertThat(rows).isEqualTo(expected);
  }
}
