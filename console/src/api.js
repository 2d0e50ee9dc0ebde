import { auth, signOut } from './auth.js'
import { router } from './router.js'
import { ApiError, unreachable } from './errors.js'

export { ApiError }

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
  const res = await send(url, {
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
    throw new ApiError(res.status, envelope || { errorMsg: res.statusText }, retryAfter(res))
  }
  if (withTotal) {
    const header = res.headers.get('X-Total-Count')
    return { data: envelope.data, total: header === null ? null : Number(header) }
  }
  return envelope.data
}

/** fetch, with a failure to reach the server as an ApiError too. */
async function send(url, init) {
  try {
    return await fetch(url, init)
  } catch (e) {
    throw unreachable(e)
  }
}

const retryAfter = (res) => (res.headers.get('Retry-After') ? Number(res.headers.get('Retry-After')) : null)

/** A plain-text or file answer's failure: the envelope when the server sent one, else the text. */
async function failure(res) {
  const text = await res.text()
  try {
    return new ApiError(res.status, JSON.parse(text), retryAfter(res))
  } catch {
    return new ApiError(res.status, { errorMsg: text || res.statusText })
  }
}

export const api = {
  get: (path, params) => call('GET', path, undefined, params),
  /** The data and the number of matching rows the server counted (X-Total-Count; null: none sent). */
  counted: (path, params) => call('GET', path, undefined, params, true),
  post: (path, body) => call('POST', path, body === undefined ? {} : body),
  put: (path, body) => call('PUT', path, body),
  patch: (path, body) => call('PATCH', path, body),
  del: (path) => call('DELETE', path),
  async text(path) {
    const headers = auth.token ? { Authorization: 'Bearer ' + auth.token } : {}
    const res = await send(path, { headers })
    if (res.status === 401) unauthorized(path, headers.Authorization)
    if (!res.ok) throw await failure(res)
    return res.text()
  },
}

/**
 * Downloads a file from the API with the bearer token (a plain link cannot send it) and hands it
 * to the browser as a download; the link's href stays the API URL.
 */
export async function download(path, filename) {
  const headers = auth.token ? { Authorization: 'Bearer ' + auth.token } : {}
  const res = await send(path, { headers })
  if (res.status === 401) unauthorized(path, headers.Authorization)
  if (!res.ok) throw await failure(res)
  const url = URL.createObjectURL(await res.blob())
  const a = document.createElement('a')
  a.href = url
  a.download = filename || ''
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10000)
}
