package io.computility.server.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A JDK HTTP server on an ephemeral loopback port answering canned bodies by method and path. */
final class FakeServer implements AutoCloseable {

  record Answer(int status, String contentType, String body) {}

  record Request(String method, String pathAndQuery, String body) {}

  private final HttpServer server;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  final List<Request> requests = new CopyOnWriteArrayList<>();

  FakeServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String target = exchange.getRequestURI().getRawPath();
          String query = exchange.getRequestURI().getRawQuery();
          String full = query == null ? target : target + "?" + query;
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          requests.add(new Request(exchange.getRequestMethod(), full, body));
          Answer a = answers.get(exchange.getRequestMethod() + " " + target);
          if (a == null) {
            a =
                new Answer(
                    404,
                    "application/json",
                    "{\"status\":404,\"code\":\"NOT_FOUND\",\"errorMsg\":\"no route\",\"data\":null}");
          }
          byte[] bytes = a.body().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", a.contentType());
          exchange.sendResponseHeaders(a.status(), bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Answers {@code METHOD path} with a JC envelope around {@code dataJson}. */
  FakeServer ok(String methodAndPath, String dataJson) {
    return answer(
        methodAndPath,
        200,
        "{\"status\":200,\"code\":\"OK\",\"errorMsg\":\"\",\"data\":" + dataJson + "}");
  }

  FakeServer error(String methodAndPath, int status, String code, String msg) {
    return answer(
        methodAndPath,
        status,
        "{\"status\":"
            + status
            + ",\"code\":\""
            + code
            + "\",\"errorMsg\":\""
            + msg
            + "\",\"data\":null}");
  }

  FakeServer answer(String methodAndPath, int status, String json) {
    answers.put(methodAndPath, new Answer(status, "application/json", json));
    return this;
  }

  FakeServer text(String methodAndPath, String text) {
    answers.put(methodAndPath, new Answer(200, "text/plain; charset=utf-8", text));
    return this;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
