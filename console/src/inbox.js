import { ref } from 'vue'
import { api } from './api.js'
import { auth } from './auth.js'

/**
 * The inbox's unread count, shown in the header: every user's own messages, and the alerts for
 * monitor:read users; pages that read messages refresh it.
 */
export const unread = ref(0)

export async function refreshUnread() {
  if (!auth.token) return // signed out
  try {
    unread.value = (await api.get('/api/v1/monitoring/notifications/unread-count')).count
  } catch {
    // monitoring unavailable: keep the last count
  }
}
