import { reactive } from 'vue'
import { api } from './api.js'

// The signed-in user's permission codes (GET /api/v1/auth/me). The side menu shows a page only to
// users holding its route's `meta.perm`; the server still decides every call.
export const perms = reactive({ codes: null, user: null })

export async function refreshPerms() {
  try {
    const me = await api.get('/api/v1/auth/me')
    perms.codes = new Set(me.permissions || [])
    perms.user = me
  } catch {
    perms.codes = new Set()
    perms.user = null
  }
}

/** True when the user holds the code (or no code is needed); false until the codes are known. */
export function can(code) {
  return !code || (perms.codes !== null && perms.codes.has(code))
}

/** Signed out: the next user's menu must not start from these codes. */
export function forgetPerms() {
  perms.codes = null
  perms.user = null
}
