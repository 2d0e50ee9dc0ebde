import { i18n } from './i18n/index.js'
import { bytesFromMb, duration, number, time } from './format.js'

// Errors as data. The server's envelope may carry `error: {reason, field, params}` besides its
// errorMsg; a known reason is said in the UI language, naming the field by the form's own label
// (`labels`: field path → i18n key, indexes written as [] — 'tasks[].replicaNumber' — and a list's
// item as 'tasks[]' with {n} counting from 1). An unknown reason, or a server that sends none,
// shows errorMsg as it came. See docs/console.md "Errors".

const t = (key, params) => i18n.global.t(key, params)
const te = (key) => i18n.global.te(key)

/** A failed call: the HTTP status, the envelope's code, errorMsg and structured error. */
export class ApiError extends Error {
  constructor(status, envelope = {}, retryAfter = null) {
    super(envelope.errorMsg || envelope.code || String(status))
    this.name = 'ApiError'
    this.status = status
    this.code = envelope.code || null
    this.errorMsg = envelope.errorMsg || ''
    const detail = envelope.error || {}
    this.reason = detail.reason || null
    this.params = detail.params || {}
    // Older servers name the field only at the start of errorMsg: "tasks[0].replicaNumber must …".
    const named = /^([A-Za-z_][\w.[\]]*)\s/.exec(this.errorMsg)
    const legacy = !detail.reason && status >= 400 && status < 500 && named ? named[1] : null
    this.field = detail.field || legacy
    this.retryAfter = retryAfter
  }
}

/** A call that never got an answer (network down, server stopped). */
export const unreachable = (cause) => Object.assign(new ApiError(0, { errorMsg: String(cause?.message || cause) }), { unreachable: true })

function parse(path) {
  const out = []
  for (const part of path.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part)
    if (!m) return null
    const indexes = [...m[2].matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]))
    out.push({ name: m[1], indexes })
  }
  return out
}

/**
 * The label of a field path in the UI language: the form's own labels first, then the console's
 * common ones (errors.fields.*); list items count from 1 ("Task 1 · Replicas"). Unknown: the path.
 */
export function fieldLabel(path, labels = {}) {
  const segs = path ? parse(path) : null
  if (!segs) return path || ''
  const parts = []
  let prefix = ''
  segs.forEach((s, i) => {
    prefix += (prefix ? '.' : '') + s.name
    const last = i === segs.length - 1
    if (last || s.indexes.length === 0) {
      const key = labels[prefix] || (last && te('errors.fields.' + s.name) ? 'errors.fields.' + s.name : null)
      if (key) parts.push(t(key))
      else if (last && s.indexes.length === 0) parts.push(null)
    }
    for (const n of s.indexes) {
      prefix += '[]'
      const item = labels[prefix]
      parts.push(item ? t(item, { n: n + 1 }) : t('errors.nth', { n: n + 1 }))
    }
  })
  if (parts.includes(null)) return path
  return parts.join(' · ')
}

const list = (v) => (Array.isArray(v) ? v.join(', ') : v)
const named = (family, v) => (v !== undefined && te(family + v) ? t(family + v) : v)
// The server's words for the format it expected (BAD_FORMAT.expected), said in the UI language.
const EXPECTED = {
  'ISO-8601 instant': 'instant',
  'an instant between years 1 and 9999': 'instant',
  JSON: 'json',
  'e-mail address': 'email',
  'text without control characters': 'plainText',
  'an integer': 'integer',
  'a number': 'number',
  'true or false': 'boolean',
  'a string': 'text',
  'an array': 'list',
  'an object': 'object',
}
const expected = (v) => (EXPECTED[v] ? t('errors.expected.' + EXPECTED[v]) : v)
const bytes = (n) => (n === undefined ? '' : bytesFromMb(Number(n) / 1048576))

/** The message of a known reason, without the field; null when the reason is not known here. */
export function reasonText(reason, params = {}) {
  if (!reason || !te('errors.reason.' + reason)) return null
  const p = {
    ...params,
    allowed: list(params.allowed),
    kind: named('errors.kinds.', params.kind),
    resource: named('errors.resources.', params.resource),
    expected: expected(params.expected),
    until: params.until ? time(params.until) : '',
    wait: params.retryAfterSeconds !== undefined ? duration(params.retryAfterSeconds * 1000) : '',
    min: number(params.min, 6),
    max: reason === 'PAYLOAD_TOO_LARGE' || params.unit === 'bytes' ? bytes(params.max) : number(params.max, 6),
    limit: number(params.limit, 6),
  }
  const key = reason === 'TOO_LONG' && params.unit === 'bytes' ? 'TOO_LONG_BYTES' : reason
  const was = params.value !== undefined && (reason === 'TOO_SMALL' || reason === 'TOO_LARGE') ? t('errors.was', { value: params.value }) : ''
  return t('errors.reason.' + key, p) + was
}

// Reasons that only follow the status: the server's own words are the substance, so they follow.
const GENERIC = new Set(['INVALID', 'CONFLICT', 'NOT_FOUND', 'UNSUPPORTED', 'REJECTED', 'UNAVAILABLE', 'INTERNAL', 'UNAUTHENTICATED'])

/** A known reason's message, with the server's words after a reason that only follows the status. */
function said(e) {
  const message = reasonText(e.reason, e.params)
  if (message === null) return null
  return GENERIC.has(e.reason) && e.errorMsg ? t('errors.detailed', { message, detail: e.errorMsg }) : message
}

/** True when errorText already carries the server's words. */
export const carriesDetail = (e) => e instanceof ApiError && GENERIC.has(e.reason)

function statusText(e) {
  if (e.unreachable) return t('errors.unreachable')
  return te('errors.status.' + e.status) ? t('errors.status.' + e.status) : t('errors.status.other', { status: e.status })
}

/** What went wrong, in the UI language, the field named by its label: for alerts and messages. */
export function errorText(e, labels) {
  if (!e) return ''
  if (typeof e === 'string') return e
  if (!(e instanceof ApiError)) return e.message || String(e)
  const message = said(e)
  if (message === null) return e.errorMsg || statusText(e)
  return e.field ? t('errors.withField', { field: fieldLabel(e.field, labels), message }) : message
}

/** The same without the field's name: for under the field itself. */
export function briefText(e) {
  if (e instanceof ApiError) return said(e) ?? (e.errorMsg || statusText(e))
  return errorText(e)
}

/** A form's error slots from a failure: {[field path]: message}, or {} when no field is named. */
export function fieldErrors(e) {
  return e instanceof ApiError && e.field ? { [e.field]: briefText(e) } : {}
}

/**
 * Puts a failure under the form field it names: the slot whose key is the field path or its head
 * (org_id, quota.gpu → quota, permissions[2] → permissions); else in `_`, the form's own alert.
 */
export function placeError(errors, e, keys, labels) {
  const field = (e && e.field) || ''
  const slot = keys.find((k) => k === field) || keys.find((k) => field.startsWith(k + '.') || field.startsWith(k + '['))
  if (slot) errors[slot] = briefText(e)
  else errors._ = errorText(e, labels)
}

/**
 * A sign-in failure: never names a field (a wrong name and a wrong password read the same) and
 * says until when a lock holds.
 */
export function loginErrorText(e) {
  if (!(e instanceof ApiError)) return errorText(e)
  if (e.reason === 'LOCKED' || e.code === 'TOO_MANY_ATTEMPTS' || e.status === 429) {
    const until = e.params.until || lockedUntil(e)
    return until ? t('login.lockedUntil', { until: time(until) }) : t('login.locked')
  }
  if (e.reason === 'BAD_CREDENTIALS' || e.status === 401) return t('login.badCredentials')
  if (e.status === 404) return t('login.unavailable')
  const refusal = e.params.refusal || e.code
  if (refusal && te('login.refused.' + refusal)) return t('login.refused.' + refusal)
  return reasonText(e.reason, e.params) ?? (e.status >= 500 || e.unreachable ? statusText(e) : t('login.refusedOther'))
}

function lockedUntil(e) {
  const iso = /\d{4}-\d\d-\d\dT[\d:.]+Z/.exec(e.errorMsg)
  if (iso) return iso[0]
  return e.retryAfter ? new Date(Date.now() + e.retryAfter * 1000).toISOString() : null
}
