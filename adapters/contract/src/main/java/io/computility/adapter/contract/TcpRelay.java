package io.computility.adapter.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay in front of a center's real backend, so a test can cut the network path to the center
 * (the center "disappears") and restore it on the same port without touching the shared daemons.
 */
public final class TcpRelay implements AutoCloseable {
  private final InetSocketAddress target;
  private final int port;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile ServerSocket server;

  public TcpRelay(String host, int targetPort) throws IOException {
    this.target = new InetSocketAddress(host, targetPort);
    try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      this.port = probe.getLocalPort();
    }
    up();
  }

  public int port() {
    return port;
  }

  public synchronized void up() throws IOException {
    if (server != null) return;
    ServerSocket s = new ServerSocket();
    s.setReuseAddress(true);
    s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    server = s;
    Thread t = new Thread(() -> accept(s), "tcp-relay-" + port);
    t.setDaemon(true);
    t.start();
  }

  /** Refuses new connections and cuts open ones. */
  public synchronized void down() throws IOException {
    if (server == null) return;
    server.close();
    server = null;
    for (Socket c : open) c.close();
    open.clear();
  }

  @Override
  public void close() throws IOException {
    down();
  }

  private void accept(ServerSocket s) {
    while (!s.isClosed()) {
      try {
        Socket client = s.accept();
        Socket backend = new Socket();
        backend.connect(target, 2000);
        open.add(client);
        open.add(backend);
        pipe(client, backend);
        pipe(backend, client);
      } catch (IOException e) {
        // closed by down(), or the backend refused: the client sees the connection drop
      }
    }
  }

  private void pipe(Socket from, Socket to) {
    Thread t =
        new Thread(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException ignored) {
                // one side closed
              } finally {
                try {
                  from.close();
                  to.close();
                } catch (IOException ignored) {
                  // already closed
                }
              }
            },
            "tcp-relay-pipe");
    t.setDaemon(true);
    t.start();
  }
}
