package io.computility.server.market.approval;

import io.computility.server.shared.web.Check;
import java.io.StringReader;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * What an uploaded BPMN may hold: approval processes only. The engine would run service and script
 * tasks, listeners and any expression (an expression may call methods), so an upload is limited to
 * events, user tasks, gateways and sequence flows (and the diagram), and every expression to a
 * variable name ({@code ${tenantAdmins}}) or, in conditions, a comparison of variables and literals
 * without calls or property access. Anything else is a 400 naming {@code bpmn}.
 */
final class BpmnGuard {
  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final Set<String> ELEMENTS =
      Set.of(
          "definitions",
          "process",
          "startEvent",
          "endEvent",
          "userTask",
          "sequenceFlow",
          "exclusiveGateway",
          "parallelGateway",
          "conditionExpression",
          "documentation",
          "incoming",
          "outgoing",
          "multiInstanceLoopCharacteristics",
          "loopCardinality",
          "completionCondition");
  private static final Set<String> DIAGRAM =
      Set.of(
          "http://www.omg.org/spec/BPMN/20100524/DI",
          "http://www.omg.org/spec/DD/20100524/DC",
          "http://www.omg.org/spec/DD/20100524/DI");
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{\\s*[A-Za-z_][A-Za-z0-9_]*\\s*}");
  private static final Pattern CONDITION = Pattern.compile("\\$\\{[A-Za-z0-9_ '\"=!<>&|+-]*}");

  private BpmnGuard() {}

  static void check(String xml) {
    Element root;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setExpandEntityReferences(false);
      root =
          f.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
    } catch (Exception e) {
      throw Check.bad("bpmn", "is not well-formed XML");
    }
    walk(root);
  }

  private static void walk(Element e) {
    String ns = e.getNamespaceURI();
    if (DIAGRAM.contains(ns)) return;
    if (!BPMN.equals(ns) || !ELEMENTS.contains(e.getLocalName())) {
      throw Check.bad("bpmn", "may not hold <" + e.getLocalName() + "> (approvals only)");
    }
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++)
      expression(((Attr) attrs.item(i)).getValue(), VARIABLE);
    String name = e.getLocalName();
    if (name.equals("conditionExpression")
        || name.equals("completionCondition")
        || name.equals("loopCardinality")) {
      expression(e.getTextContent().strip(), CONDITION);
    }
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element child) walk(child);
    }
  }

  private static void expression(String value, Pattern allowed) {
    if (!value.contains("${") && !value.contains("#{")) return;
    if (value.contains("#{") || !allowed.matcher(value.strip()).matches()) {
      throw Check.bad("bpmn", "holds an expression other than a variable: " + cut(value));
    }
  }

  private static String cut(String s) {
    return s.length() > 40 ? s.substring(0, 40) : s;
  }
}
