package io.computility.adapter.contract;

import io.computility.core.resource.Resources;
import java.util.Objects;

/**
 * What the contract suite launches on a backend. Commands are shell lines in which {@code {marker}}
 * is replaced by a unique word the suite then looks for in the replica's log; the defaults are
 * plain POSIX shell, which the sim center also understands.
 *
 * @param imageId an image the center lists (JC table 5)
 * @param resourceSpecId the spec id sent with each launch
 * @param resources what one replica asks for; the center must have room for two at once
 * @param quickCommand ends by itself with exit code 0 within a few seconds
 * @param longCommand runs far longer than any test (it is stopped)
 * @param failingCommand ends by itself with a non-zero exit code
 */
public record ContractFixture(
    String imageId,
    String resourceSpecId,
    Resources resources,
    String quickCommand,
    String longCommand,
    String failingCommand) {

  public static final String MARKER = "{marker}";

  public ContractFixture {
    Objects.requireNonNull(imageId, "imageId");
    Objects.requireNonNull(resourceSpecId, "resourceSpecId");
    Objects.requireNonNull(resources, "resources");
    Objects.requireNonNull(quickCommand, "quickCommand");
    Objects.requireNonNull(longCommand, "longCommand");
    Objects.requireNonNull(failingCommand, "failingCommand");
  }

  /** A fixture with the default shell commands. */
  public static ContractFixture of(String imageId, String resourceSpecId, Resources resources) {
    return new ContractFixture(
        imageId,
        resourceSpecId,
        resources,
        "echo " + MARKER + "; sleep 2",
        "echo " + MARKER + "; sleep 600",
        "echo " + MARKER + "; exit 3");
  }

  public ContractFixture withCommands(String quick, String longRunning, String failing) {
    return new ContractFixture(imageId, resourceSpecId, resources, quick, longRunning, failing);
  }
}
