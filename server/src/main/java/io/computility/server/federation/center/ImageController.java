package io.computility.server.federation.center;

import io.computility.core.catalog.Image;
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

/** Images, JC table 5. */
@RestController
@RequestMapping("/api/v1/images")
@Tag(name = "Images", description = "Images of the centers (JC-6.2, table 5)")
public class ImageController {

  private static final String ID = "image_id";

  private final CatalogService catalog;

  public ImageController(CatalogService catalog) {
    this.catalog = catalog;
  }

  @GetMapping
  @Operation(
      summary =
          "List images; optional page, size, sort (id, name, -id …; X-Total-Count: the number)")
  public Envelope<List<ImageDto>> list(
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      HttpServletResponse response) {
    Paging paging = new Paging(page, size, sort);
    return Envelope.ok(
        paging.apply(catalog.images().stream().map(ImageMapper::toDto).toList(), SORT, response));
  }

  private static final Map<String, Comparator<ImageDto>> SORT =
      Map.of(
          "id",
          Comparator.comparing(ImageDto::imageId),
          "name",
          Comparator.comparing(ImageDto::name, Comparator.nullsFirst(Comparator.naturalOrder())));

  @GetMapping("/{id}")
  @Operation(summary = "One image")
  public Envelope<ImageDto> get(@PathVariable String id) {
    return Envelope.ok(ImageMapper.toDto(find(id)));
  }

  @PostMapping
  @Operation(summary = "Create an image; 409 if the id exists")
  public ResponseEntity<Envelope<ImageDto>> create(@RequestBody(required = false) ImageDto body) {
    Instant now = Instant.now();
    Image image = ImageMapper.toDomain(body, null, now, now);
    return ResponseEntity.status(201)
        .body(Envelope.created(ImageMapper.toDto(catalog.saveImage(image, true))));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Replace an image; created_at is kept")
  public Envelope<ImageDto> update(
      @PathVariable String id, @RequestBody(required = false) ImageDto body) {
    Check.id(id, ID);
    ImageMapper.toDomain(body, id, null, null); // shape check before the catalog is read
    Instant created = find(id).createdAt();
    Image image = ImageMapper.toDomain(body, id, created, Instant.now());
    return Envelope.ok(ImageMapper.toDto(catalog.saveImage(image, false)));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete an image")
  public Envelope<Void> delete(@PathVariable String id) {
    catalog.deleteImage(Check.id(id, ID));
    return Envelope.ok(null);
  }

  private Image find(String id) {
    return catalog
        .image(Check.id(id, ID))
        .orElseThrow(() -> new NotFoundException(ID, "unknown image '" + id + "'"));
  }
}
