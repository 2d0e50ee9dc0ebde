import { reactive } from 'vue'

// The bearer token of the signed-in user. The console works without one while the server has
// no security; once identity exists, POST /api/v1/auth/login hands one out.
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
