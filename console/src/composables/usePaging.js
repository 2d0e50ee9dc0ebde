import { onMounted, reactive, ref } from 'vue'

/**
 * A list paged (and filtered) on the server where the API does it, in the browser where it
 * answers the whole list. `fetch(params)` calls the API with the filters and `page` (0-based) and
 * `size`; its answer may be
 * - a page, `{items, total}` (PageData), or `{data, total}` from api.counted (X-Total-Count):
 *   shown as it is; `{items, total: null}`, a page of a server that does not count: shown, with
 *   `counted` false and room for one more page when it is full;
 * - the whole list (an array, or `{data, total: null}`): `keep(row, query)` filters it here,
 *   then it is cut into pages here.
 * load() keeps only the newest answer (answers to quick filter changes can arrive out of order).
 * Answers a reactive object: `list.rows`, `list.total`, `list.query.page` in templates.
 */
export function usePaging(fetch, { size = 20, filters = {}, keep = () => true, immediate = true } = {}) {
  const query = reactive({ ...filters, page: 1, size })
  const rows = ref([])
  const total = ref(0)
  const loading = ref(false)
  const error = ref(null)
  const pagedHere = ref(false)
  const counted = ref(true)
  let asked = 0

  async function load() {
    const mine = ++asked
    loading.value = true
    try {
      const { page, size: pageSize, ...rest } = query
      const answer = await fetch({ ...rest, page: page - 1, size: pageSize })
      if (mine !== asked) return
      show(answer)
      error.value = null
    } catch (e) {
      if (mine === asked) error.value = e
    } finally {
      if (mine === asked) loading.value = false
    }
  }

  function show(answer) {
    const whole = Array.isArray(answer) ? answer : answer && Array.isArray(answer.data) && answer.total === null ? answer.data : null
    pagedHere.value = whole !== null
    if (whole === null) {
      rows.value = answer.items || answer.data || []
      counted.value = answer.total !== null && answer.total !== undefined
      const seen = (query.page - 1) * query.size + rows.value.length
      total.value = counted.value ? Number(answer.total) : seen + (rows.value.length === query.size ? 1 : 0)
      return
    }
    counted.value = true
    const kept = whole.filter((r) => keep(r, query))
    total.value = kept.length
    const last = Math.max(1, Math.ceil(kept.length / query.size))
    if (query.page > last) query.page = last
    rows.value = kept.slice((query.page - 1) * query.size, query.page * query.size)
  }

  /** A filter changed: back to the first page. */
  function search() {
    query.page = 1
    return load()
  }

  if (immediate) onMounted(load)
  return reactive({ query, rows, total, loading, error, pagedHere, counted, load, search })
}
