package io.computility.server.arch;

import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;

/** The contexts and their arrows as a Mermaid flowchart, generated from the code. */
final class ContextDiagram {
  private ContextDiagram() {}

  static String mermaid(ApplicationModules modules) {
    var lines = new TreeSet<String>();
    for (ApplicationModule m : modules) {
      for (ApplicationModule target :
          m.getDirectDependencies(modules, DependencyType.values()).uniqueModules().toList()) {
        if (target.equals(m) || "shared".equals(target.getIdentifier().toString())) continue;
        lines.add("  " + m.getIdentifier() + " --> " + target.getIdentifier());
      }
    }
    String nodes =
        modules.stream()
            .map(m -> "  " + m.getIdentifier() + "[\"" + m.getDisplayName() + "\"]")
            .sorted()
            .collect(Collectors.joining("\n"));
    return "```mermaid\nflowchart LR\n" + nodes + "\n" + String.join("\n", lines) + "\n```\n";
  }
}
