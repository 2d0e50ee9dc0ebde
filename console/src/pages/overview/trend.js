import { api } from '../../api.js'

/** The overview's trend windows: how far back, and how wide each point's bucket is. */
export const WINDOWS = {
  HOUR: { span: 3600e3, bucket: 60e3 },
  DAY: { span: 86400e3, bucket: 900e3 },
  WEEK: { span: 7 * 86400e3, bucket: 7200e3 },
}

const ratio = (used, total) => (total ? used / total : null)

/**
 * Sums centers' monitoring histories into one point per bucket of the window ending `now`
 * (each center with its last sample in the bucket; a bucket no center sampled has no point):
 * `{at, cpu, gpu, memory}`, each used / total (0..1).
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
  const sum = (samples, f) => samples.reduce((a, m) => a + (m[f] || 0), 0)
  return [...buckets.keys()]
    .sort((a, b) => a - b)
    .map((b) => {
      const s = [...buckets.get(b).values()]
      const share = (k) => ratio(sum(s, k + '_used'), sum(s, k + '_used') + sum(s, k + '_free'))
      return { at: new Date(start + b * bucket).toISOString(), cpu: share('cpu'), gpu: share('gpu'), memory: share('memory') }
    })
}

/**
 * The utilisation trend over a window: the server's, from its stored samples
 * (GET /api/v1/monitoring/trend, with the pool's cards too), or — for a role without monitor:read
 * or a server without it — summed here from each center's history (…/centers/{id}/monitoring).
 * Points: `{at, cpu, gpu, memory, poolBusy?}`, shares 0..1 (null: no sample).
 */
export async function fetchTrend(windowKey, centerIds) {
  try {
    const trend = await api.get('/api/v1/monitoring/trend', { range: windowKey.toLowerCase() })
    return trend.points.map((p) => ({ at: p.at, cpu: p.cpu, gpu: p.gpu, memory: p.memory, poolBusy: p.poolCards ? p.poolCardsBusy / p.poolCards : null }))
  } catch (e) {
    if (![403, 404, 405].includes(e.status)) throw e
  }
  const histories = await Promise.all(centerIds.map((id) => api.get(`/api/v1/centers/${encodeURIComponent(id)}/monitoring`, { limit: 1000 })))
  return aggregate(histories, windowKey)
}
