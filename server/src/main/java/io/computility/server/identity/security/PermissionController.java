package io.computility.server.identity.security;

import io.computility.server.identity.Permission;
import io.computility.server.identity.Permissions;
import io.computility.server.shared.web.Envelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The permission catalogue (menus, pages, buttons) roles are built from. */
@RestController
@Tag(name = "Roles")
public class PermissionController {

  @GetMapping("/api/v1/permissions")
  @Operation(summary = "Every permission code with its kind, parent and side")
  public Envelope<List<Permission>> list() {
    return Envelope.ok(Permissions.all());
  }
}
