import { i18n } from './index.js'
import { bytesFromMb, duration, time } from '../format.js'

// Texts the server sends for display as fixed English (built-in roles, policies and rules, job
// phases, pool reasons, alert and inbox texts, report and simulation columns): translated here by
// their code or their known wording; anything not known shows as it came.

const t = (key, params) => i18n.global.t(key, params)
const te = (key) => i18n.global.te(key)
const known = (key, fallback, params) => (te(key) ? t(key, params) : fallback)

/** A role by its id: built-in ones by name ("平台管理员"), others as stored. */
export const roleName = (id, name) => known('known.roles.' + id, name || id)

/** The description of a built-in policy; others as stored. */
export const policyDescription = (p) => known('known.policies.' + p.name, p.description)

/** A scheduling strategy's name and description. */
export const strategyName = (id) => known('known.strategies.' + id + '.name', id)
export const strategyDescription = (s) => known('known.strategies.' + s.id + '.description', s.description)

/** A job's phase (QUEUED, TRANSFERRING, DISPATCHING, DISPATCHED, RUNNING, DONE). */
export const phaseName = (phase) => known('known.phases.' + phase, phase)

/** A built-in alert rule's name and description. */
export const ruleName = (r) => known('known.rules.' + r.id + '.name', r.name)
export const ruleDescription = (r) => known('known.rules.' + r.id + '.description', r.description)

/** The metrics the platform samples (PoolSamples, CenterSamples), for alert rules and reports. */
export const METRICS = [
  'gpu.utilisation',
  'gpu.memory.used_mb',
  'gpu.memory.total_mb',
  'pool.vgpu.allocated_percent',
  'node.running_tasks',
  'center.utilisation',
  'center.running_tasks',
  'center.waiting_tasks',
  'center.accelerators.used',
  'center.accelerators.total',
  'center.cpu.used',
  'center.cpu.total',
  'center.memory_mb.used',
  'center.memory_mb.total',
]

/** Metrics sampled as a ratio (0.031): shown as a percentage (3.1 %). */
export const isRatioMetric = (m) => m === 'gpu.utilisation' || m === 'center.utilisation'

/** The health events the pool and the federation raise, and the one each recovers with. */
export const EVENTS = ['DEVICE_FAULT', 'DEVICE_RECOVERED', 'NODE_LOST', 'NODE_RECOVERED', 'CENTER_LOST', 'CENTER_RECOVERED']

/** Where alerts, silences and platform logs come from. */
export const SOURCES = ['NODE', 'DEVICE', 'CENTER', 'TASK', 'PLATFORM']

/** A health event kind (DEVICE_FAULT …), a metric name, a source type, a data scope. */
export const eventName = (kind) => known('known.events.' + kind, kind)
export const metricName = (m) => known('known.metrics.' + String(m).replaceAll('.', '_'), m)
export const sourceName = (s) => known('known.sources.' + s, s)
export const scopeName = (s) => known('known.scopes.' + s, s)

/** Column names of the statistics reports and of the simulation results. */
export const reportColumn = (c) => known('known.reportColumns.' + c, c)
export const simColumn = (c) => known('known.simColumns.' + c, c)

/** A pool task's size as the pool writes it: "2 x 30% / 512 MB on node a of model A800". */
function askText(ask) {
  const m = /^(\d+) (?:x (\d+)% \/ (\d+) MB|whole card\(s\))(?: on node (\S+))?(?: of model (.+))?$/.exec(ask)
  if (!m) return ask
  const [, n, pct, mb, node, model] = m
  let s = pct ? t('known.ask.slice', { n, pct, memory: bytesFromMb(Number(mb)) }) : t('known.ask.whole', { n })
  if (node) s += t('known.ask.onNode', { node })
  if (model) s += t('known.ask.ofModel', { model })
  return s
}

// The pool's reasons, as PoolState, PoolTicker, AgentGateway, the migration classes and the
// placement rules write them.
const POOL_REASONS = [
  [/^completed; resources released$/, 'completed'],
  [/^stopped by request; resources released$/, 'stopped'],
  [/^exited with code (?<code>-?\d+) on node (?<node>\S+); resources released$/, 'exited'],
  [/^no free room for (?<ask>.+) on affinity card (?<card>\S+)$/, 'noRoomAffinity'],
  [/^no free room for (?<ask>.+)$/, 'noRoom'],
  [/^no card can ever hold (?<ask>.+)$/, 'neverFits'],
  [/^the pool has too few matching cards for (?<ask>.+) on one node$/, 'tooFewOnOneNode'],
  [/^the pool has too few matching cards for (?<ask>.+)$/, 'tooFew'],
  [/^run timeout of (?<ms>\d+) ms reached; task stopped and resources released$/, 'runTimeout'],
  [/^idle for (?<ms>\d+) ms; virtual resources released$/, 'idle'],
  [/^the agent on node (?<node>\S+) restarted; task lost$/, 'agentRestarted'],
  [/^migrating from node (?<from>\S+) to node (?<to>\S+)$/, 'migrating'],
  [/^migrated from node (?<from>\S+) to node (?<to>\S+)$/, 'migrated'],
  [/^migration to node (?<to>\S+) failed: (?<why>.*); still on (?<node>\S+)$/, 'migrationFailed'],
  [/^ended \(code (?<code>-?\d+)\) on node (?<node>\S+) before it could be migrated$/, 'endedBeforeMigration'],
  [/^could not be restored on node (?<node>\S+) \(from (?<from>\S+)\)$/, 'notRestored'],
  [/^node (?<node>\S+) is not in the pool$/, 'noSuchNode'],
  [/^card model (?<model>.+) is not in the pool$/, 'noSuchModel'],
  [/^card (?<card>\S+) is not in the pool$/, 'noSuchCard'],
  [/^policy local needs the task's local node$/, 'localNeedsNode'],
  [/^local node (?<node>\S+) has no accelerators in the pool$/, 'localWithoutCards'],
]

// Alert messages: AlertEvaluator's threshold texts and the pool's and centers' health events.
const ALERT_MESSAGES = [
  [/^(?<metric>\S+) (?<value>\S+) (?<op>[<>=!]=?) (?<threshold>\S+) for (?<s>\d+)s$/, 'threshold'],
  [/^(?<metric>\S+) (?<value>\S+) no longer (?<op>[<>=!]=?) (?<threshold>\S+)$/, 'thresholdOver'],
  [/^card (?<card>\S+) \((?<model>.+)\) reported unhealthy$/, 'cardUnhealthy'],
  [/^card (?<card>\S+) reported healthy again$/, 'cardHealthy'],
  [/^agent heard again$/, 'agentBack'],
  [/^no heartbeat from the agent since (?<since>\S+)$/, 'agentSilent'],
  [/^center (?<center>\S+) unreachable since (?<since>\S+)$/, 'centerLost'],
]

function match(table, family, text) {
  if (!text) return text
  for (const [re, key] of table) {
    const m = re.exec(text)
    if (!m) continue
    const p = { ...m.groups }
    if (p.ask) p.ask = askText(p.ask)
    if (p.ms) p.ms = duration(Number(p.ms))
    if (p.since) p.since = time(p.since)
    if (p.metric) p.metric = metricName(p.metric)
    if (p.why) p.why = alertMessage(p.why)
    return t(family + key, p)
  }
  return text
}

// The pool's reason codes (pool task views' reasonCode, docs/api.md) and how their params read.
const request = (p) => {
  let s = p.physical ? t('known.ask.whole', { n: p.count }) : t('known.ask.slice', { n: p.count, pct: p.computePercent, memory: bytesFromMb(p.memoryMb) })
  if (p.node) s += t('known.ask.onNode', { node: p.node })
  if (p.model) s += t('known.ask.ofModel', { model: p.model })
  return s
}
const POOL_CODES = {
  NO_FIT: (p) => (p.affinity ? ['noRoomAffinity', { ask: request(p), card: p.affinity }] : ['noRoom', { ask: request(p) }]),
  NEVER_FITS: (p) => ['neverFits', { ask: request(p) }],
  TOO_FEW_CARDS: (p) => [p.oneNode ? 'tooFewOnOneNode' : 'tooFew', { ask: request(p) }],
  UNKNOWN_NODE: (p) => ['noSuchNode', p],
  UNKNOWN_CARD: (p) => ['noSuchCard', p],
  UNKNOWN_MODEL: (p) => ['noSuchModel', p],
  LOCAL_NODE_MISSING: (p) => ['localNeedsNode', p],
  LOCAL_NODE_NO_CARDS: (p) => ['localWithoutCards', p],
  AGENT_RESTARTED: (p) => ['agentRestarted', p],
  EXITED: (p) => ['exited', { code: p.exitCode, node: p.node }],
  COMPLETED: (p) => ['completed', p],
  STOPPED: (p) => ['stopped', p],
  RUN_TIMEOUT: (p) => ['runTimeout', { ms: duration(p.timeoutMs) }],
  IDLE_RELEASED: (p) => ['idle', { ms: duration(p.timeoutMs) }],
  MIGRATING: (p) => ['migrating', { from: p.from, to: p.node }],
  MIGRATED: (p) => ['migrated', { from: p.from, to: p.node }],
  MIGRATION_FAILED: (p) => ['migrationFailed', { to: p.target, why: p.message, node: p.node }],
  ENDED_BEFORE_MIGRATION: (p) => ['endedBeforeMigration', { code: p.exitCode, node: p.node }],
  RESTORE_FAILED: (p) => ['notRestored', { node: p.node, from: p.from }],
}

/**
 * Why a pool task waits, failed or ended: by its reasonCode and reasonParams where the server
 * sends them, else by the wording of its reason (older servers); unknown: as it came.
 */
export function poolReason(task) {
  if (task && typeof task === 'object') {
    const code = /^pool\.reason\.(\w+)$/.exec(task.reasonCode || '')
    if (code && POOL_CODES[code[1]]) {
      const [key, params] = POOL_CODES[code[1]](task.reasonParams || {})
      return t('known.poolReason.' + key, params)
    }
    return match(POOL_REASONS, 'known.poolReason.', task.reason)
  }
  return match(POOL_REASONS, 'known.poolReason.', task)
}

/** An alert's message; an event alert's "KIND: message" gets the event's name. */
export function alertMessage(text) {
  const event = /^([A-Z][A-Z_]+): (.*)$/.exec(text || '')
  if (event) return eventName(event[1]) + t('known.sep') + match(ALERT_MESSAGES, 'known.alert.', event[2])
  return match(ALERT_MESSAGES, 'known.alert.', text)
}

// The built-in rules' names as a notice's title carries them.
const BUILTIN_RULES = { 'Device fault': 'device-fault', 'Node lost': 'node-lost', 'Center unreachable': 'center-lost' }

// An inbox notice as data: its code's params (notification.alert.firing/resolved, docs/api.md), or
// the same read off the English title and body of a notice stored before codes existed.
function noticeOf(n) {
  const p = n.params || {}
  if (/^notification\.alert\.(firing|resolved)$/.test(n.code || '')) {
    return { ...p, state: n.code.endsWith('firing') ? 'FIRING' : 'RESOLVED', rule: p.ruleId ? ruleName({ id: p.ruleId, name: p.ruleName }) : p.ruleName }
  }
  const title = /^\[(\w+)\] (FIRING|RESOLVED) (.*) on (\w+) (\S*)$/.exec(n.title || '')
  const body = /^([\s\S]*)\nalert (\d+), rule (\S+), started (\S+?)(?:, resolved (\S+))?$/.exec(n.body || '')
  if (!title) return null
  const [, severity, state, rule, sourceType, sourceId] = title
  const [, message, alertId, ruleId, startedAt, resolvedAt] = body || []
  return { severity, state, sourceType, sourceId, message, alertId, ruleId, startedAt, resolvedAt, rule: BUILTIN_RULES[rule] ? t('known.rules.' + BUILTIN_RULES[rule] + '.name') : rule }
}

/**
 * An inbox notice's title: "[Critical] Firing: Node lost · Node a"; a personal message (a work
 * order's change, docs/api.md) by its code, which is its own i18n key (ticket.msg.resolved).
 */
export function noticeTitle(n) {
  if (n.personal && n.code && te(n.code)) return t(n.code, { ...(n.params || {}), number: String(n.params?.number ?? '') })
  const x = noticeOf(n)
  if (!x) return n.title
  return t('known.notice.title', {
    severity: known('mon.sev.' + x.severity, x.severity),
    state: t(x.state === 'FIRING' ? 'mon.firing' : 'mon.resolved'),
    rule: x.rule,
    source: sourceName(String(x.sourceType).toUpperCase()),
    id: x.sourceId,
  })
}

/** An inbox notice's body: the alert's message, then which alert and rule, since when. */
export function noticeBody(n) {
  if (n.personal) return n.body
  const x = noticeOf(n)
  if (!x || x.alertId === undefined) return n.body
  const tail = t('known.notice.tail', { alert: x.alertId, rule: x.ruleId, started: time(x.startedAt) }) + (x.resolvedAt ? t('known.notice.resolvedAt', { at: time(x.resolvedAt) }) : '')
  return alertMessage(x.message) + '\n' + tail
}

// The simulation's SVG plot draws these fixed English labels (sim/plot/LinePlot callers).
const PLOT_LABELS = {
  'arrived GPU requests, % of capacity': 'arrived',
  'allocated GPUs, % of capacity': 'allocated',
  'Federation GPU utilisation over virtual time': 'federationTitle',
  'busy GPUs, % of federation': 'busy',
  hours: 'hours',
}

/** The server's SVG plot with its labels in the UI language. */
export function translatePlot(svg) {
  let out = svg.replace(/>GPU allocation vs arrived workload: ([^<]*)</, (all, file) => '>' + t('known.plot.poolTitle', { file }) + '<')
  for (const [english, key] of Object.entries(PLOT_LABELS)) {
    out = out.replaceAll('>' + english + '<', '>' + t('known.plot.' + key) + '<')
  }
  return out
}
