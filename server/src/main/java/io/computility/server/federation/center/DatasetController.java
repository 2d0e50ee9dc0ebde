package io.computility.server.federation.center;

import io.computility.core.catalog.Dataset;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.NotFoundException;
import io.computility.server.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Datasets, JC table 6; addressed by "name" or "name:version". */
@RestController
@RequestMapping("/api/v1/datasets")
@Tag(name = "Datasets", description = "Datasets and their copies (JC-6.3, table 6)")
public class DatasetController {

  private static final String ID = "ref";

  private final CatalogService catalog;

  public DatasetController(CatalogService catalog) {
    this.catalog = catalog;
  }

  @GetMapping
  @Operation(
      summary =
          "List datasets; optional page, size, sort (name, created, -created …; X-Total-Count:"
              + " the number)")
  public Envelope<List<DatasetDto>> list(
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      HttpServletResponse response) {
    Paging paging = new Paging(page, size, sort);
    return Envelope.ok(
        paging.apply(
            catalog.datasets().stream().map(DatasetMapper::toDto).toList(), SORT, response));
  }

  private static final Map<String, Comparator<DatasetDto>> SORT =
      Map.of(
          "name",
          Comparator.comparing(DatasetDto::dataName),
          "created",
          Comparator.comparing(
              DatasetDto::createdAt, Comparator.nullsFirst(Comparator.naturalOrder())));

  @GetMapping("/{ref}")
  @Operation(summary = "One dataset by name or name:version")
  public Envelope<DatasetDto> get(@PathVariable String ref) {
    return Envelope.ok(DatasetMapper.toDto(find(ref)));
  }

  @PostMapping
  @Operation(summary = "Create a dataset; 409 if the name and version exist")
  public ResponseEntity<Envelope<DatasetDto>> create(
      @RequestBody(required = false) DatasetDto body) {
    Instant now = Instant.now();
    Dataset dataset = DatasetMapper.toDomain(body, null, now, now);
    return ResponseEntity.status(201)
        .body(Envelope.created(DatasetMapper.toDto(catalog.saveDataset(dataset, true))));
  }

  @PutMapping("/{ref}")
  @Operation(summary = "Replace a dataset; created_at is kept")
  public Envelope<DatasetDto> update(
      @PathVariable String ref, @RequestBody(required = false) DatasetDto body) {
    checkRef(ref);
    DatasetMapper.toDomain(body, ref, null, null); // shape check before the catalog is read
    Instant created = find(ref).createdAt();
    Dataset dataset = DatasetMapper.toDomain(body, ref, created, Instant.now());
    return Envelope.ok(DatasetMapper.toDto(catalog.saveDataset(dataset, false)));
  }

  @DeleteMapping("/{ref}")
  @Operation(summary = "Delete a dataset")
  public Envelope<Void> delete(@PathVariable String ref) {
    catalog.deleteDataset(checkRef(ref));
    return Envelope.ok(null);
  }

  private static String checkRef(String ref) {
    return Check.belowBytes(Check.required(ref, ID), ID, 2 * Check.ID_BYTES);
  }

  private Dataset find(String ref) {
    return catalog
        .dataset(checkRef(ref))
        .orElseThrow(() -> new NotFoundException(ID, "unknown dataset '" + ref + "'"));
  }
}
