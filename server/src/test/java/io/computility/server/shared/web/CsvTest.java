package io.computility.server.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  @DisplayName(
      "POOL-T12.18 CMP-security CSV cells are quoted per RFC 4180 and read back to the same text")
  void quotesAndRoundTrips() throws IOException {
    List<Object> cells = Arrays.asList("plain", "a, b", "say \"hi\"", "two\nlines", null, 0.5, 7L);
    String line = Csv.line(Csv.CRLF, cells);
    assertThat(line).isEqualTo("plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",,0.5,7\r\n");
    try (CSVParser p = CSVParser.parse(new StringReader(line), Csv.CRLF)) {
      assertThat(p.getRecords().get(0).toList())
          .containsExactly("plain", "a, b", "say \"hi\"", "two\nlines", "", "0.5", "7");
    }
    assertThat(Csv.line(Csv.LF, List.of("seq", "kind"))).isEqualTo("seq,kind\n");
  }

  @Test
  @DisplayName(
      "CMP-security a text cell that starts like a spreadsheet formula is defused; numbers and a"
          + " lone dash are not")
  void formulasDefused() {
    assertThat(Csv.line(Csv.LF, List.of("=1+2", "+x", "-cmd", "@SUM(A1)", "-", -3)))
        .isEqualTo("'=1+2,'+x,'-cmd,'@SUM(A1),-,-3\n");
  }
}
