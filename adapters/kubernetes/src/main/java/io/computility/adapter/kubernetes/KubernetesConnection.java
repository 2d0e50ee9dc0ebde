package io.computility.adapter.kubernetes;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the cluster's API server is and how to authenticate: a kubeconfig file (and context), or
 * fabric8's usual discovery ({@code KUBECONFIG}, {@code ~/.kube/config}, in-cluster service
 * account) when none is given; {@code masterUrl} and {@code token} override what was found. Retries
 * are left to the adapter.
 */
public record KubernetesConnection(
    Path kubeconfig, String context, String masterUrl, String token, Duration requestTimeout) {

  public KubernetesClient open() {
    Config base;
    try {
      base =
          kubeconfig == null
              ? Config.autoConfigure(context)
              : Config.fromKubeconfig(context, Files.readString(kubeconfig), kubeconfig.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read kubeconfig " + kubeconfig, e);
    }
    ConfigBuilder b = new ConfigBuilder(base).withRequestRetryBackoffLimit(0);
    if (masterUrl != null) b.withMasterUrl(masterUrl);
    if (token != null) b.withOauthToken(token);
    if (requestTimeout != null) b.withRequestTimeout((int) requestTimeout.toMillis());
    return new KubernetesClientBuilder().withConfig(b.build()).build();
  }
}
