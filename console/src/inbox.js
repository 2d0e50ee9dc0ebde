import { ref } from 'vue'
import { api } from './api.js'
import { auth } from './auth.js'
import { can } from './perms.js'

/** The inbox's unread count, shown in the header; pages that read notices refresh it. */
export const unread = ref(0)

export async function refreshUnread() {
  if (!auth.token || !can('monitor:read')) return // signed out, or no inbox for this role
  try {
    unread.value = (await api.get('/api/v1/monitoring/notifications/unread-count')).count
  } catch {
    // monitoring unavailable: keep the last count
  }
}
