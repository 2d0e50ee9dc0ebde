import { reactive } from 'vue'

// The bearer token of the signed-in user, handed out by POST /api/v1/auth/login (data.token).
// Every API call sends it; without one, or on a 401, the console shows the login page.
const STORED = 'computility.token'

export const auth = reactive({
  token: localStorage.getItem(STORED) || '',
  user: localStorage.getItem(STORED + '.user') || '',
})

export function signIn(token, user) {
  auth.token = token
  auth.user = user
  localStorage.setItem(STORED, token)
  localStorage.setItem(STORED + '.user', user)
}

export function signOut() {
  auth.token = ''
  auth.user = ''
  localStorage.removeItem(STORED)
  localStorage.removeItem(STORED + '.user')
}

/** Where to go after signing in: `next` when it is a path of this console, else the overview. */
export function safeNext(next) {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') ? next : '/'
}
