import { describe, expect, it } from 'vitest'
import { i18n } from '../src/i18n/index.js'
import { alertMessage, noticeTitle, poolReason, roleName } from '../src/i18n/known.js'
import { aggregate } from '../src/pages/overview/trend.js'

describe('known server texts', () => {
  it('translate pool reasons, keeping names and sizes', () => {
    i18n.global.locale.value = 'zh-CN'
    expect(poolReason('no free room for 2 x 30% / 512 MB on node g-a')).toBe('等待中：暂无空闲资源容纳 2 × 30% / 512 MiB（节点 g-a）')
    expect(poolReason('exited with code 3 on node n1; resources released')).toBe('在节点 n1 上以退出码 3 结束，资源已释放')
    expect(poolReason('something new')).toBe('something new')
    expect(poolReason(null)).toBe(null)
  })

  it('translate built-in roles and alert texts', () => {
    i18n.global.locale.value = 'zh-CN'
    expect(roleName('platform-admin', 'Platform administrator')).toBe('平台管理员')
    expect(roleName('lab-ops', 'Lab ops')).toBe('Lab ops')
    expect(alertMessage('NODE_LOST: no heartbeat from the agent since 2026-03-05T14:03:07Z')).toMatch(/^节点失联：自 2026\/03\/0\d \d\d:03:07 起未收到代理心跳$/)
    expect(noticeTitle({ title: '[CRITICAL] FIRING Node lost on node g-a' })).toBe('【严重】告警中：节点失联 · 节点 g-a')
  })
})

describe('overview trend', () => {
  const sample = (at, gpuUsed, gpuFree) => ({ taken_at: at, gpu_used: gpuUsed, gpu_free: gpuFree, cpu_used: 0, cpu_free: 0, memory_used: 0, memory_free: 0, running_task_num: 1, waiting_task_num: 0 })
  it('sums each center\'s last sample per bucket over the window', () => {
    const now = Date.parse('2026-01-01T01:00:00Z')
    const a = [sample('2025-12-31T23:00:00Z', 9, 9), sample('2026-01-01T00:30:10Z', 1, 9), sample('2026-01-01T00:30:50Z', 2, 8)]
    const b = [sample('2026-01-01T00:30:20Z', 4, 6)]
    const points = aggregate([a, b], 'HOUR', now)
    expect(points).toHaveLength(1)
    expect(points[0]).toMatchObject({ at: '2026-01-01T00:30:00.000Z', gpuUsed: 6, gpuTotal: 20, runningTasks: 2 })
  })
})
