package io.computility.server.fuzz;

import io.computility.server.fuzz.Findings.Kind;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fuzz loop: every operation once per round, in a shuffled order, until the time is up; one
 * request at a time, so that each exception in the server log belongs to the request before it.
 */
final class FuzzRun {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  /** Operations whose success may end or change the admin's session: checked after each 2xx. */
  private static final Pattern SESSION =
      Pattern.compile("^/api/v1/(auth|tokens|users|roles|tenants|orgs)\\b.*");

  private final JarServer server;
  private final List<Session> sessions;
  private final RequestGenerator generator;
  private final Values values;
  private final ResponseCheck check;
  final Findings findings = new Findings();
  final Map<String, Integer> statuses = new TreeMap<>();
  final Map<String, Integer> perOperation = new TreeMap<>();
  final Map<String, Integer> successes = new TreeMap<>();
  int requests;

  /** Requests go out in the first session (the admin's) two times in three, else in another. */
  FuzzRun(JarServer server, List<Session> sessions, Values values, ResponseCheck check) {
    this.server = server;
    this.sessions = sessions;
    this.values = values;
    this.generator = new RequestGenerator(values);
    this.check = check;
  }

  /** Runs until {@code deadline} (System.nanoTime) or until the server stops answering. */
  void run(List<ApiOperation> operations, long deadline) throws InterruptedException {
    List<ApiOperation> round = new ArrayList<>(operations);
    while (System.nanoTime() < deadline) {
      Collections.shuffle(round, values.random());
      for (ApiOperation op : round) {
        if (System.nanoTime() >= deadline) return;
        if (!one(generator.next(op))) return;
      }
    }
  }

  /** Sends one request and checks its answer; false when the run cannot go on. */
  private boolean one(FuzzRequest r) throws InterruptedException {
    Session session =
        sessions.size() == 1 || values.random().nextInt(3) > 0
            ? sessions.get(0)
            : sessions.get(1 + values.random().nextInt(sessions.size() - 1));
    String repro =
        "as " + session.username + ", " + r.mutation() + ": " + r.reproduction(server.url(""));
    long mark = server.logMark();
    HttpResponse<String> response;
    requests++;
    perOperation.merge(r.op().key(), 1, Integer::sum);
    try {
      response = session.send(r, TIMEOUT);
    } catch (IOException e) {
      statuses.merge("no answer", 1, Integer::sum);
      if (!server.healthy()) {
        findings.add(Kind.NO_HEALTH, r.op().key(), 0, "health stopped answering after it", repro);
        return false;
      }
      findings.add(Kind.NO_ANSWER, r.op().key(), 0, e.toString(), repro);
      return true;
    }
    int status = response.statusCode();
    statuses.merge(String.valueOf(status), 1, Integer::sum);
    String type = response.headers().firstValue("Content-Type").orElse(null);
    if (status >= 500) {
      findings.add(Kind.SERVER_ERROR, r.op().key(), status, logged(mark, response), repro);
    } else if (status >= 200 && status < 300) {
      success(r, status, type, response.body(), repro);
    } else if (!check.documented(r.op()).contains(String.valueOf(status))) {
      if (!ResponseCheck.STANDARD_4XX.contains(status)) {
        findings.add(Kind.UNDOCUMENTED_STATUS, r.op().key(), status, response.body(), repro);
      } else {
        String body = response.body() == null ? "" : response.body();
        String shown = body.length() > 120 ? body.substring(0, 120) + "…" : body;
        ResponseCheck.envelopeProblem(status, type, body)
            .ifPresent(
                p ->
                    findings.add(
                        Kind.ERROR_ENVELOPE, r.op().key(), status, p + " — e.g. " + shown, repro));
      }
    }
    return sessionIntact(session, r, status, repro);
  }

  private void success(FuzzRequest r, int status, String type, String body, String repro) {
    successes.merge(r.op().key(), 1, Integer::sum);
    if (!check.documented(r.op()).contains(String.valueOf(status))) {
      findings.add(
          Kind.STATUS_NOT_DOCUMENTED_2XX,
          r.op().key(),
          status,
          "documented: " + check.documented(r.op()),
          repro);
    }
    Optional<String> off = check.offSchema(r.op(), status, type, body);
    off.ifPresent(p -> findings.add(Kind.OFF_SCHEMA, r.op().key(), status, p, repro));
    if (type != null && type.contains("json")) {
      try {
        JsonNode json = JSON.readTree(body);
        values.harvest(json);
        if ("GET".equals(r.op().method()) && !r.op().path().endsWith("}")) {
          values.harvestCollection(r.op().path(), json);
        }
      } catch (RuntimeException notJson) {
        // off-schema already says so when it matters
      }
    }
  }

  /** Logs in again when an operation ended the session; a login refused is a lock-out. */
  private boolean sessionIntact(Session session, FuzzRequest r, int status, String repro) {
    boolean suspicious =
        status == 401 || (status < 300 && SESSION.matcher(r.op().path()).matches());
    if (!suspicious || session.intact()) return true;
    try {
      session.relogin();
      return true;
    } catch (AssertionError e) {
      findings.add(Kind.LOCKED_OUT, r.op().key(), status, e.getMessage(), repro);
      return false;
    }
  }

  private String logged(long mark, HttpResponse<String> response) {
    String exception = server.exceptionSince(mark);
    String body = response.body() == null ? "" : response.body();
    if (body.length() > 200) body = body.substring(0, 200) + "…";
    return (exception.isEmpty() ? "(no exception logged)" : exception) + " | body: " + body;
  }
}
