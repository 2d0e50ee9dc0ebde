import { describe, expect, it } from 'vitest'
import { i18n } from '../src/i18n/index.js'
import { alertMessage, noticeBody, noticeTitle, poolReason, roleName } from '../src/i18n/known.js'
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
    expect(points[0]).toEqual({ at: '2026-01-01T00:30:00.000Z', cpu: null, gpu: 0.3, memory: null })
  })
})

describe('display codes', () => {
  it('translate a pool reason by its code and params', () => {
    i18n.global.locale.value = 'en'
    const task = { reason: 'no free room for …', reasonCode: 'pool.reason.NO_FIT', reasonParams: { count: 1, computePercent: 30, memoryMb: 2048, physical: false, node: 'g-a', affinity: 'uuid-1' } }
    expect(poolReason(task)).toBe('Waiting: no free room for 1 × 30% / 2 GiB on node g-a on affinity card uuid-1')
    expect(poolReason({ reasonCode: 'pool.reason.RUN_TIMEOUT', reasonParams: { timeoutMs: 90000 } })).toBe('Run timeout of 1 min 30 s reached; stopped and resources released')
    expect(poolReason({ reason: 'completed; resources released', reasonCode: null })).toBe('Completed; resources released')
  })

  it('translate an inbox notice by its code and params', () => {
    i18n.global.locale.value = 'zh-CN'
    const n = { code: 'notification.alert.firing', title: 'x', body: 'y', params: { alertId: 7, ruleId: 'node-lost', ruleName: 'Node lost', severity: 'CRITICAL', sourceType: 'NODE', sourceId: 'g-a', startedAt: '2026-03-05T14:03:07Z', message: 'NODE_LOST: agent heard again' } }
    expect(noticeTitle(n)).toBe('【严重】告警中：节点失联 · 节点 g-a')
    expect(noticeBody(n)).toMatch(/^节点失联：已重新收到代理心跳\n告警 7，规则 node-lost，开始于 2026\/03\/0\d \d\d:03:07$/)
  })
})
