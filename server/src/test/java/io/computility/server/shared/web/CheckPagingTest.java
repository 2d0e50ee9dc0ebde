package io.computility.server.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CheckPagingTest {

  @Test
  @DisplayName(
      "JC-6.4 every paged listing shares one check: page >= 0, size 1..max, a 400 naming page or size otherwise")
  void pageAndSize() {
    assertThat(Check.page(0)).isZero();
    assertThat(Check.page(7)).isEqualTo(7);
    assertThat(Check.pageSize(1, 200)).isEqualTo(1);
    assertThat(Check.pageSize(200, 200)).isEqualTo(200);
    assertThatThrownBy(() -> Check.page(-1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("page")
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> Check.pageSize(0, 200))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("size");
    assertThatThrownBy(() -> Check.pageSize(201, 200))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("between 1 and 200");
  }
}
