package io.computility.server.market.approval;

import java.util.List;

/**
 * Writes the BPMN of a flow of steps: one user task per step, in sequence. A countersign step is a
 * parallel multi-instance task with one task per approver (the list variable {@code step<i>}); an
 * or-sign step is one task every approver of {@code step<i>} is a candidate of.
 */
final class BpmnWriter {
  private BpmnWriter() {}

  static String write(String processKey, String name, List<FlowStep> steps) {
    StringBuilder x = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"")
        .append(" xmlns:flowable=\"http://flowable.org/bpmn\" targetNamespace=\"computility\">\n")
        .append("  <process id=\"")
        .append(processKey)
        .append("\" name=\"")
        .append(escape(name))
        .append("\" isExecutable=\"true\">\n")
        .append("    <startEvent id=\"start\"/>\n");
    String previous = "start";
    for (int i = 0; i < steps.size(); i++) {
      String id = "step" + i;
      flow(x, previous, id);
      task(x, id, steps.get(i));
      previous = id;
    }
    flow(x, previous, "end");
    x.append("    <endEvent id=\"end\"/>\n  </process>\n</definitions>\n");
    return x.toString();
  }

  private static void task(StringBuilder x, String id, FlowStep step) {
    x.append("    <userTask id=\"").append(id).append("\" name=\"").append(escape(step.name()));
    if (step.mode() == SignMode.OR_SIGN) {
      x.append("\" flowable:candidateUsers=\"${").append(id).append("}\"/>\n");
      return;
    }
    x.append("\" flowable:assignee=\"${approver}\">\n")
        .append("      <multiInstanceLoopCharacteristics isSequential=\"false\"")
        .append(" flowable:collection=\"")
        .append(id)
        .append("\" flowable:elementVariable=\"approver\"/>\n")
        .append("    </userTask>\n");
  }

  private static void flow(StringBuilder x, String from, String to) {
    x.append("    <sequenceFlow id=\"")
        .append(from)
        .append("-")
        .append(to)
        .append("\" sourceRef=\"")
        .append(from)
        .append("\" targetRef=\"")
        .append(to)
        .append("\"/>\n");
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&apos;");
  }
}
