import { ref } from 'vue'
import { api } from './api.js'

/** The inbox's unread count, shown in the header; pages that read notices refresh it. */
export const unread = ref(0)

export async function refreshUnread() {
  try {
    unread.value = (await api.get('/api/v1/monitoring/notifications/unread-count')).count
  } catch {
    // monitoring unavailable: keep the last count
  }
}
