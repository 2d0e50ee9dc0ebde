package io.computility.server.cli;

import io.computility.core.vgpu.CapabilityLevels;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code computility pool conformance}: seed 002 §12 results and the Table A.1 level. */
@Command(
    name = "pool",
    mixinStandardHelpOptions = true,
    description = "Accelerator pool tools.",
    subcommands = PoolCommand.Conformance.class)
final class PoolCommand extends GroupCommand {

  /**
   * Reads JUnit XML reports; a test counts as passing only when every case tagged with it passed.
   */
  @Command(
      name = "conformance",
      mixinStandardHelpOptions = true,
      description = "Report which seed 002 §12 tests pass and the capability level (Table A.1).")
  static final class Conformance implements Callable<Integer> {
    private static final Pattern TAG = Pattern.compile("POOL-T12\\.(\\d+)\\b");

    @Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--reports",
        defaultValue = "server/target/surefire-reports",
        description = "Directory of JUnit XML reports (TEST-*.xml).")
    Path reports;

    @Override
    public Integer call() throws Exception {
      Map<Integer, Boolean> result = new TreeMap<>();
      // A skipped test (e.g. POOL-T12.23 without CRIU) does not pass; the report says why.
      Map<Integer, String> skipped = new TreeMap<>();
      File[] files =
          reports.toFile().listFiles((d, n) -> n.startsWith("TEST-") && n.endsWith(".xml"));
      if (files == null) throw new IllegalStateException("no reports in " + reports);
      var factory = DocumentBuilderFactory.newInstance();
      for (File f : files) {
        var doc = factory.newDocumentBuilder().parse(Files.newInputStream(f.toPath()));
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
          Element c = (Element) cases.item(i);
          boolean ok =
              c.getElementsByTagName("failure").getLength() == 0
                  && c.getElementsByTagName("error").getLength() == 0
                  && c.getElementsByTagName("skipped").getLength() == 0;
          NodeList skip = c.getElementsByTagName("skipped");
          Matcher m = TAG.matcher(c.getAttribute("name"));
          while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            result.merge(n, ok, Boolean::logicalAnd);
            if (skip.getLength() > 0) {
              skipped.putIfAbsent(n, skipReason((Element) skip.item(0)));
            }
          }
        }
      }
      var out = spec.commandLine().getOut();
      TreeSet<Integer> passed = new TreeSet<>();
      for (Map.Entry<Integer, Integer> e :
          new TreeMap<>(CapabilityLevels.requiredFrom()).entrySet()) {
        Boolean r = result.get(e.getKey());
        String status =
            r == null
                ? "FAIL (no end-to-end test)"
                : r
                    ? "pass"
                    : skipped.containsKey(e.getKey())
                        ? skippedStatus(skipped.get(e.getKey()))
                        : "FAIL";
        if (Boolean.TRUE.equals(r)) passed.add(e.getKey());
        out.printf("12.%-3d level>=%d  %s%n", e.getKey(), e.getValue(), status);
      }
      out.printf(
          "{\"passed\":%d,\"of\":27,\"capabilityLevel\":%d}%n",
          passed.size(), CapabilityLevels.level(passed));
      return ComputilityCli.OK;
    }

    /** The message attribute, or (as surefire writes it) the first line of the stack trace. */
    private static String skipReason(Element skipped) {
      String why = skipped.getAttribute("message").strip();
      if (why.isEmpty()) {
        why = skipped.getTextContent().strip().lines().findFirst().orElse("");
        why = why.replaceFirst("^[\\w.$]+(Exception|Error): ", "");
      }
      return why;
    }

    private static String skippedStatus(String why) {
      return why.isEmpty() ? "FAIL (skipped)" : "FAIL (skipped: " + why + ")";
    }
  }
}
