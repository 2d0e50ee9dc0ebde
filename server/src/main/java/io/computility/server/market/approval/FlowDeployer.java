package io.computility.server.market.approval;

import io.computility.server.shared.web.Check;
import java.util.List;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * Deploys a flow version's BPMN into the engine, in the caller's transaction: the next approval
 * started uses it, running ones keep the definition they started with; no restart needed.
 */
@Component
class FlowDeployer {
  private final Engine engine;
  private final FlowStore flows;

  FlowDeployer(Engine engine, FlowStore flows) {
    this.engine = engine;
    this.flows = flows;
  }

  /** The BPMN this version runs: the uploaded XML, or the one written from its steps. */
  static String bpmn(FlowRow f) {
    return f.bpmn() != null ? f.bpmn() : BpmnWriter.write(f.processKey(), f.name(), f.steps());
  }

  /** Deploys the version unless it already is; returns it with its definition id. */
  FlowRow ensureDeployed(FlowRow f) {
    if (f.definitionId() != null) return f;
    String xml = bpmn(f);
    String definition = deploy(f.id(), xml);
    flows.deployed(f.id(), xml, definition);
    return flows.find(f.id()).orElseThrow();
  }

  /** Deploys XML; a parse or validation error is a 400 naming {@code bpmn}. */
  String deploy(String flowId, String xml) {
    BpmnGuard.check(xml);
    Deployment d;
    try {
      d =
          engine
              .repository()
              .createDeployment()
              .name(flowId)
              .key(flowId)
              .addString(flowId + ".bpmn20.xml", xml)
              .deploy();
    } catch (org.springframework.dao.DataAccessException e) {
      throw e;
    } catch (RuntimeException e) { // FlowableException, the parser's XMLException and others
      throw Check.bad("bpmn", "is not deployable BPMN: " + message(e));
    }
    List<ProcessDefinition> defs =
        engine.repository().createProcessDefinitionQuery().deploymentId(d.getId()).list();
    if (defs.size() != 1) {
      throw Check.bad("bpmn", "must define exactly one executable process, found " + defs.size());
    }
    return defs.get(0).getId();
  }

  private static String message(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    m = m.replaceAll("[\\p{Cntrl}]", " ");
    return m.length() > 80 ? m.substring(0, 80) : m;
  }
}
