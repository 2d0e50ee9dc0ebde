import { api } from '../../api.js'

/** The overview's trend windows: how far back, and how wide each point's bucket is. */
export const WINDOWS = {
  HOUR: { span: 3600e3, bucket: 60e3 },
  DAY: { span: 86400e3, bucket: 1800e3 },
  WEEK: { span: 7 * 86400e3, bucket: 4 * 3600e3 },
}

const FIELDS = [
  ['cpuUsed', (m) => m.cpu_used],
  ['cpuTotal', (m) => m.cpu_used + m.cpu_free],
  ['gpuUsed', (m) => m.gpu_used],
  ['gpuTotal', (m) => m.gpu_used + m.gpu_free],
  ['memoryUsedMb', (m) => m.memory_used],
  ['memoryTotalMb', (m) => m.memory_used + m.memory_free],
  ['runningTasks', (m) => m.running_task_num],
  ['waitingTasks', (m) => m.waiting_task_num],
]

/**
 * Sums centers' monitoring histories into one point per bucket of the window ending `now`: each
 * center counts with its last sample in the bucket; a bucket no center sampled has no point.
 */
export function aggregate(histories, windowKey, now = Date.now()) {
  const { span, bucket } = WINDOWS[windowKey]
  const start = now - span
  const buckets = new Map()
  histories.forEach((history, center) => {
    for (const m of history) {
      const at = new Date(m.taken_at).getTime()
      if (!(at >= start && at <= now)) continue
      const b = Math.floor((at - start) / bucket)
      const perCenter = buckets.get(b) || new Map()
      const held = perCenter.get(center)
      if (!held || new Date(held.taken_at).getTime() <= at) perCenter.set(center, m)
      buckets.set(b, perCenter)
    }
  })
  return [...buckets.keys()]
    .sort((a, b) => a - b)
    .map((b) => {
      const point = { at: new Date(start + b * bucket).toISOString() }
      for (const [name, of] of FIELDS) point[name] = [...buckets.get(b).values()].reduce((a, m) => a + (of(m) || 0), 0)
      return point
    })
}

/**
 * The federation's trend over a window: the server's own (GET /api/v1/overview/trend) where it
 * has one, else summed here from each center's stored samples (GET …/centers/{id}/monitoring).
 */
export async function fetchTrend(windowKey, centerIds) {
  try {
    return await api.get('/api/v1/overview/trend', { window: windowKey })
  } catch (e) {
    if (e.status !== 404 && e.status !== 405) throw e
  }
  const histories = await Promise.all(centerIds.map((id) => api.get(`/api/v1/centers/${encodeURIComponent(id)}/monitoring`, { limit: 1000 })))
  return aggregate(histories, windowKey)
}
