import { ref } from 'vue'
import { api } from './api.js'
import { auth } from './auth.js'

/** The inbox's unread count, shown in the header; pages that read notices refresh it. */
export const unread = ref(0)

export async function refreshUnread() {
  if (!auth.token) return // signed out: the login page shows no inbox
  try {
    unread.value = (await api.get('/api/v1/monitoring/notifications/unread-count')).count
  } catch {
    // monitoring unavailable: keep the last count
  }
}
