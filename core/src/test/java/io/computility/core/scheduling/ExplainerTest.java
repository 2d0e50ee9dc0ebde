package io.computility.core.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExplainerTest {

  @Test
  @DisplayName("JC-A.5 JC-A.6 score cards list the best candidates first, ties in candidate order")
  void bestFirst() {
    double[] finals = {10, 40, 40, 5, 90, 40};
    assertThat(Explainer.best(finals, 6, 3)).containsExactly(4, 1, 2);
    assertThat(Explainer.best(finals, 6, 1)).containsExactly(4);
    assertThat(Explainer.best(finals, 4, 0)).isEmpty();
  }
}
