import { briefText } from '../../errors.js'

export const QUOTA_KEYS = ['cpu', 'memory_mb', 'disk_gb', 'instances', 'gpu']
export const emptyQuota = () => ({ cpu: 0, memory_mb: 0, disk_gb: 0, instances: 0, gpu: 0 })

/** "cpu 8 · gpu 2 · …" for a table cell. */
export function quotaText(q, t) {
  return q ? QUOTA_KEYS.map((k) => t('iam.quotaKeys.' + k) + ' ' + (q[k] ?? 0)).join(' · ') : ''
}

/** Moves quota.<key> server errors (quota.gpu exceeds …) to the quota fields' slots. */
export function quotaErrors(e) {
  const m = /^quota\.(\w+)/.exec((e && e.field) || '')
  return m ? { [m[1]]: briefText(e) } : {}
}
