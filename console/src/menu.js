import {
  Collection,
  Goods,
  Cpu,
  DataAnalysis,
  Histogram,
  Key,
  Monitor,
  Service,
  OfficeBuilding,
  Odometer,
  Operation,
  Setting,
  Shop,
  ShoppingCart,
  Stamp,
  Tickets,
} from '@element-plus/icons-vue'

/**
 * The one place that arranges the side menu. An **area** is an entry point switched in the
 * header (the tenants' portal, the operators' back office); it holds **groups** of route names.
 * An item shows only to users holding its route's `meta.perm`; a group without visible items is
 * left out, and so is an area. A route may sit in several areas (the overview does).
 *
 * A later feature adds a group with a few lines, e.g. the marketplace in the portal: an entry
 *   { key: market, titleKey: menu.groupMarket, icon: Shop, items: [marketplace, applications] }
 * (strings quoted) in the portal's groups, after adding its routes (router.js) and keys
 * (i18n/*.json). A new area (the regulator's view)
 * is one more entry of AREAS.
 */
export const AREAS = [
  {
    key: 'portal',
    titleKey: 'area.portal',
    groups: [
      { key: 'overview', titleKey: 'menu.groupOverview', icon: Odometer, items: ['overview'] },
      { key: 'market', titleKey: 'marketplace.group', icon: Shop, items: ['marketplace', 'compute-market', 'model-plaza'] },
      { key: 'apply', titleKey: 'apply.menuGroup', icon: ShoppingCart, items: ['market-cart', 'market-applications', 'market-approvals'] },
      { key: 'orders', titleKey: 'order.menu.group', icon: Goods, items: ['market-orders', 'market-resources', 'market-demands'] },
      { key: 'jobs', titleKey: 'menu.groupJobs', icon: Tickets, items: ['jobs', 'job-submit'] },
      { key: 'tasks', titleKey: 'menu.groupTasks', icon: Cpu, items: ['pool-tasks', 'pool-task-submit'] },
      { key: 'support', titleKey: 'ticket.menu.groupSupport', icon: Service, items: ['my-tickets', 'notices', 'inbox'] },
      { key: 'account', titleKey: 'menu.groupAccount', icon: Key, items: ['tokens'] },
    ],
  },
  {
    key: 'office',
    titleKey: 'area.office',
    groups: [
      { key: 'overview', titleKey: 'menu.groupOverview', icon: Odometer, items: ['overview'] },
      { key: 'centers', titleKey: 'menu.groupCenters', icon: OfficeBuilding, items: ['centers'] },
      { key: 'orders', titleKey: 'order.menu.officeGroup', icon: Goods, items: ['market-orders-office'] },
      { key: 'catalogue', titleKey: 'menu.groupCatalogue', icon: Collection, items: ['specs', 'images', 'datasets'] },
      { key: 'scheduling', titleKey: 'menu.groupScheduling', icon: DataAnalysis, items: ['policies', 'scores', 'metrics'] },
      {
        key: 'pool',
        titleKey: 'menu.groupPool',
        icon: Cpu,
        items: ['pool-nodes', 'pool-devices', 'pool-tasks', 'pool-queue', 'pool-settings', 'pool-components', 'pool-logs'],
      },
      {
        key: 'monitoring',
        titleKey: 'menu.groupMonitoring',
        icon: Monitor,
        items: ['alerts', 'alert-rules', 'silences', 'forwarding', 'platform-logs', 'reports'], // the inbox: header and portal
      },
      {
        key: 'operations',
        titleKey: 'catalogue.groupOperations',
        icon: Operation,
        items: ['products', 'tickets', 'ticket-categories', 'notice-admin'],
      },
      {
        key: 'approval',
        titleKey: 'approval.menuGroup',
        icon: Stamp,
        items: ['market-ops-applications', 'market-approval-flows', 'market-approvals'],
      },
      { key: 'simulation', titleKey: 'menu.groupSimulation', icon: Histogram, items: ['simulations', 'simulation-new'] },
      {
        key: 'system',
        titleKey: 'menu.groupSystem',
        icon: Setting,
        items: ['tenants', 'orgs', 'users', 'roles', 'business-systems', 'audit'],
      },
    ],
  },
]

/**
 * The areas as this user sees them: groups with the items `allowed(routeName)` accepts, empty
 * groups and areas left out. `granted` counts the items that need a permission the user holds:
 * an area whose items are all open to everyone (overview, own tokens) is not where to start.
 */
export function visibleAreas(allowed, needsPermission) {
  return AREAS.map((a) => {
    const groups = a.groups
      .map((g) => ({ ...g, items: g.items.filter(allowed) }))
      .filter((g) => g.items.length > 0)
    const granted = groups.reduce((n, g) => n + g.items.filter(needsPermission).length, 0)
    return { ...a, groups, granted }
  }).filter((a) => a.groups.length > 0)
}

/** Where a route sits in a list of (visible) areas: the first area and group holding it. */
export function placeOf(areas, routeName, preferredArea) {
  const ordered = [...areas].sort((a, b) => (b.key === preferredArea) - (a.key === preferredArea))
  for (const area of ordered) {
    const group = area.groups.find((g) => g.items.includes(routeName))
    if (group) return { area, group }
  }
  return null
}
