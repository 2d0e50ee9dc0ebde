import { computed, ref, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { routes } from '../router.js'
import { placeOf, visibleAreas } from '../menu.js'
import { can, perms } from '../perms.js'

export const routeByName = Object.fromEntries(routes.map((r) => [r.name, r]))
const STORED = 'computility.area'
const chosen = ref(localStorage.getItem(STORED) || '')

/** The menu entry standing for a route: itself, or the list page it is reached from. */
export function menuEntry(name) {
  const r = routeByName[name]
  return r?.meta.parent || name
}

/**
 * The side menu, the header's area switch and the breadcrumbs, from the menu config and the
 * signed-in user's permission codes. The active area follows the page shown: a page of another
 * area switches to that area; a page in several areas keeps the one chosen.
 */
export function useNavigation() {
  const route = useRoute()
  const router = useRouter()
  const areas = computed(() =>
    perms.codes === null
      ? []
      : visibleAreas(
          (n) => can(routeByName[n].meta.perm),
          (n) => !!routeByName[n].meta.perm,
        ),
  )
  // Without a remembered choice: the first area with a page that needs a permission the user has
  // (tenants land in the portal, an auditor holding only back-office pages in the back office).
  const start = computed(() => areas.value.find((a) => a.granted > 0) || areas.value[0] || null)
  const preferred = computed(() => (areas.value.some((a) => a.key === chosen.value) ? chosen.value : start.value?.key))
  const place = computed(() => placeOf(areas.value, menuEntry(route.name), preferred.value))
  const area = computed(() => place.value?.area || areas.value.find((a) => a.key === preferred.value) || null)
  watch(area, (a) => a && a.key !== chosen.value && remember(a.key))

  function remember(key) {
    chosen.value = key
    localStorage.setItem(STORED, key)
  }

  /** Switches the area; the page stays when it belongs there, else the area's first page opens. */
  function switchArea(key) {
    const target = areas.value.find((a) => a.key === key)
    if (!target) return
    remember(key)
    if (!target.groups.some((g) => g.items.includes(menuEntry(route.name)))) {
      router.push(routeByName[target.groups[0].items[0]].path)
    }
  }

  const crumbs = computed(() => {
    const out = []
    const p = place.value
    if (p) {
      out.push({ key: p.area.titleKey })
      if (p.group.items.length > 1) out.push({ key: p.group.titleKey })
    }
    const parent = route.meta.parent && routeByName[route.meta.parent]
    if (parent) out.push({ key: parent.meta.titleKey, to: parent.path })
    if (route.meta.titleKey) out.push({ key: route.meta.titleKey, detail: route.params.id })
    return out
  })

  return { areas, area, place, crumbs, switchArea }
}
