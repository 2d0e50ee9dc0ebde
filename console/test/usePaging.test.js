import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { usePaging } from '../src/composables/usePaging.js'

// Mounts a component holding a usePaging list and hands it out.
function holder(fetch, options) {
  let list
  mount(defineComponent({ setup: () => ((list = usePaging(fetch, options)), () => h('div')) }))
  return list
}
const rows = (n) => Array.from({ length: n }, (_, i) => ({ id: 'r' + i, name: i % 2 ? 'odd' : 'even' }))

describe('usePaging', () => {
  it('asks the server for the page, 0-based, with the filters, and shows its page and total', async () => {
    const fetch = vi.fn(async () => ({ items: [{ id: 'a' }], total: 41 }))
    const list = holder(fetch, { size: 20, filters: { state: 'RUNNING' } })
    await flushPromises()
    expect(fetch).toHaveBeenCalledWith({ state: 'RUNNING', page: 0, size: 20 })
    expect(list.rows).toEqual([{ id: 'a' }])
    expect(list.total).toBe(41)
    expect(list.pagedHere).toBe(false)
    list.query.page = 3
    await list.load()
    expect(fetch).toHaveBeenLastCalledWith({ state: 'RUNNING', page: 2, size: 20 })
  })

  it('pages and filters a whole list here when the server answers all of it', async () => {
    const list = holder(async () => rows(45), { size: 10, filters: { q: '' }, keep: (r, q) => !q.q || r.name === q.q })
    await flushPromises()
    expect(list.pagedHere).toBe(true)
    expect(list.total).toBe(45)
    expect(list.rows.map((r) => r.id)).toEqual(rows(10).map((r) => r.id))
    list.query.page = 5
    await list.load()
    expect(list.rows.map((r) => r.id)).toEqual(['r40', 'r41', 'r42', 'r43', 'r44'])
    list.query.q = 'odd'
    await list.search()
    expect(list.query.page).toBe(1)
    expect(list.total).toBe(22)
    expect(list.rows.every((r) => r.name === 'odd')).toBe(true)
  })

  it('takes the count from X-Total-Count, or pages on without one', async () => {
    const counted = holder(async () => ({ data: rows(5), total: 12 }), { size: 5 })
    await flushPromises()
    expect(counted.total).toBe(12)
    expect(counted.counted).toBe(true)
    const uncounted = holder(async () => ({ items: rows(5), total: null }), { size: 5 })
    await flushPromises()
    expect(uncounted.counted).toBe(false)
    expect(uncounted.total).toBe(6) // a full page: one more may follow
  })

  it('keeps only the newest answer when answers arrive out of order', async () => {
    const answers = []
    const fetch = (p) => new Promise((resolve) => answers.push(() => resolve({ items: [p.q], total: 1 })))
    const list = holder(fetch, { filters: { q: 'first' }, immediate: false })
    const first = list.load()
    list.query.q = 'second'
    const second = list.load()
    answers[1]()
    await second
    answers[0]()
    await first
    await nextTick()
    expect(list.rows).toEqual(['second'])
  })

  it('keeps a failure for the page to show, and clears it on the next success', async () => {
    let fail = true
    const list = holder(async () => {
      if (fail) throw new Error('down')
      return []
    })
    await flushPromises()
    expect(list.error.message).toBe('down')
    fail = false
    await list.load()
    expect(list.error).toBe(null)
  })
})
