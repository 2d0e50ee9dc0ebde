import { auth, signOut } from './auth.js'
import { router } from './router.js'

/** A failed call: the server's envelope (status, code, errorMsg) and the field errorMsg names. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message || code || String(status))
    this.status = status
    this.code = code
    // errorMsg starts with the offending field's JSON path, e.g. "tasks[0].replicaNumber must …".
    const m = /^([A-Za-z_][\w.[\]]*)\s/.exec(message || '')
    this.field = status >= 400 && status < 500 && m ? m[1] : null
  }
}

const LOGIN = '/api/v1/auth/login'

/** A 401 means no or an expired token: sign out and go to the login page, back here after. */
function unauthorized(path, sentToken) {
  // Without a token the router guard already shows the login page; a failed login stays there.
  if (path === LOGIN || !sentToken) return
  signOut()
  const here = router.currentRoute.value
  if (here.name === 'login') return
  // Before the first navigation resolves the route is still the start: take the address bar.
  const next = here.matched.length ? here.fullPath : window.location.pathname + window.location.search
  router.push({ name: 'login', query: { next } })
}

async function call(method, path, body, params, withTotal) {
  const url = new URL(path, window.location.origin)
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, v)
  }
  const headers = { Accept: 'application/json' }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (auth.token) headers.Authorization = 'Bearer ' + auth.token
  const res = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (res.status === 401) unauthorized(path, headers.Authorization)
  let envelope = null
  try {
    envelope = await res.json()
  } catch {
    // not JSON: fall through with the HTTP status
  }
  if (!res.ok || !envelope || (envelope.code && envelope.code !== 'OK')) {
    throw new ApiError(res.status, envelope?.code, envelope?.errorMsg || res.statusText)
  }
  if (withTotal) return { rows: envelope.data, total: Number(res.headers.get('X-Total-Count') || envelope.data.length) }
  return envelope.data
}

export const api = {
  get: (path, params) => call('GET', path, undefined, params),
  /** A page of a list and the number of matching rows the server counted (X-Total-Count). */
  page: (path, params) => call('GET', path, undefined, params, true),
  post: (path, body) => call('POST', path, body === undefined ? {} : body),
  put: (path, body) => call('PUT', path, body),
  patch: (path, body) => call('PATCH', path, body),
  del: (path) => call('DELETE', path),
  async text(path) {
    const headers = auth.token ? { Authorization: 'Bearer ' + auth.token } : {}
    const res = await fetch(path, { headers })
    if (res.status === 401) unauthorized(path, headers.Authorization)
    if (!res.ok) throw new ApiError(res.status, null, await res.text())
    return res.text()
  },
}

/**
 * Downloads a file from the API with the bearer token (a plain link cannot send it) and hands it
 * to the browser as a download; the link's href stays the API URL.
 */
export async function download(path, filename) {
  const headers = auth.token ? { Authorization: 'Bearer ' + auth.token } : {}
  const res = await fetch(path, { headers })
  if (res.status === 401) unauthorized(path, headers.Authorization)
  if (!res.ok) throw new ApiError(res.status, null, await res.text())
  const url = URL.createObjectURL(await res.blob())
  const a = document.createElement('a')
  a.href = url
  a.download = filename || ''
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10000)
}

/** Maps a field path from the server (tasks[0].name) onto a form's error slots. */
export function fieldErrors(error) {
  return error instanceof ApiError && error.field ? { [error.field]: error.message } : {}
}
