package io.computility.server.federation.simulation;

import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Simulations for the console: start one, poll its status and results, fetch its plot. */
@RestController
@Tag(name = "Simulations", description = "Pool and federation policy comparisons (issue 5)")
public class SimulationController {

  private final SimulationService service;
  private final SimulationStore store;

  public SimulationController(SimulationService service, SimulationStore store) {
    this.service = service;
    this.store = store;
  }

  @PostMapping("/api/v1/simulations")
  @Operation(summary = "Start a simulation; answers its id (status RUNNING)")
  public ResponseEntity<Envelope<Map<String, String>>> start(
      @RequestBody(required = false) SimulationInput body) {
    String id = service.start(body);
    return ResponseEntity.status(201).body(Envelope.created(Map.of("id", id, "status", "RUNNING")));
  }

  @GetMapping("/api/v1/simulations/{id}")
  @Operation(summary = "Status and, once DONE, the comparison table")
  public Envelope<SimulationView> get(@PathVariable String id) {
    return Envelope.ok(
        store.find(id).orElseThrow(() -> new NotFoundException("id", "unknown simulation " + id)));
  }

  @GetMapping(value = "/api/v1/simulations/{id}/plot", produces = "image/svg+xml")
  @Operation(summary = "The plot as SVG; 409 while the simulation runs")
  public ResponseEntity<String> plot(@PathVariable String id) {
    SimulationView v =
        store.find(id).orElseThrow(() -> new NotFoundException("id", "unknown simulation " + id));
    String svg = store.plot(id).orElse(null);
    if (svg == null) {
      throw new ConflictException("id", "simulation " + id + " is " + v.status() + ", no plot");
    }
    return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml")).body(svg);
  }
}
