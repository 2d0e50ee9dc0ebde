package io.computility.adapter.slurm;

import io.computility.core.adapter.AdapterException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command (e.g. {@code scontrol token}) that prints {@code SLURM_JWT=<token>} or a token.
 */
final class CommandToken extends MintedToken {
  private final String command;

  CommandToken(String command, Duration lifetime) {
    super(lifetime);
    this.command = command;
  }

  @Override
  protected String mint() {
    try {
      Process p = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new AdapterException("token command failed: " + out, true);
      }
      String last = out.lines().reduce((a, b) -> b).orElse("");
      return last.startsWith("SLURM_JWT=") ? last.substring("SLURM_JWT=".length()) : last;
    } catch (IOException e) {
      throw new AdapterException("cannot run token command: " + e.getMessage(), true, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AdapterException("interrupted while minting a token", true, e);
    }
  }
}
