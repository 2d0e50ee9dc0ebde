import { ref } from 'vue'
import { api } from '../../api.js'
import { usePaging } from '../../composables/usePaging.js'

// The marketplace's listing, paged and filtered on the server (GET /api/v1/market/offers), and the
// category tree; `filters` are the page's own (type, tag …).
export function useOffers(filters = {}, size = 12) {
  const categories = ref([])
  const paging = usePaging((q) => api.get('/api/v1/market/offers', q), { size, filters: { search: '', category_id: '', ...filters } })
  api
    .get('/api/v1/market/categories')
    .then((c) => (categories.value = c))
    .catch((e) => (paging.error = e))
  return { paging, categories }
}
