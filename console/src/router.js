import { createRouter, createWebHistory } from 'vue-router'
import { auth, safeNext } from './auth.js'

// One place to add a page: a route here (title key, permission code, and `parent` for a page
// reached from a list: its breadcrumb and menu entry), then its name in a group of src/menu.js if it
// belongs in the side menu, and its keys in i18n/en.json and i18n/zh-CN.json. Pages sit on a white
// sheet; `bare` leaves it out for a page of cards (the overview).
export const routes = [
  { path: '/', name: 'overview', component: () => import('./pages/OverviewPage.vue'), meta: { titleKey: 'menu.overview', bare: true } },
  { path: '/centers', name: 'centers', component: () => import('./pages/CentersPage.vue'), meta: { perm: 'center:read', titleKey: 'menu.centers' } },
  { path: '/centers/:id', name: 'center', component: () => import('./pages/CenterDetailPage.vue'), props: true, meta: { perm: 'center:read', titleKey: 'center.title', parent: 'centers' } },
  { path: '/specs', name: 'specs', component: () => import('./pages/SpecsPage.vue'), meta: { perm: 'catalog:read', titleKey: 'menu.specs' } },
  { path: '/images', name: 'images', component: () => import('./pages/ImagesPage.vue'), meta: { perm: 'catalog:read', titleKey: 'menu.images' } },
  { path: '/datasets', name: 'datasets', component: () => import('./pages/DatasetsPage.vue'), meta: { perm: 'catalog:read', titleKey: 'menu.datasets' } },
  { path: '/jobs', name: 'jobs', component: () => import('./pages/JobsPage.vue'), meta: { perm: 'job:read', titleKey: 'menu.jobs' } },
  { path: '/jobs/new', name: 'job-submit', component: () => import('./pages/JobSubmitPage.vue'), meta: { perm: 'job:submit', titleKey: 'menu.submitJob' } },
  { path: '/jobs/:id', name: 'job', component: () => import('./pages/JobDetailPage.vue'), props: true, meta: { perm: 'job:read', titleKey: 'job.title', parent: 'jobs' } },
  { path: '/policies', name: 'policies', component: () => import('./pages/PoliciesPage.vue'), meta: { perm: 'policy:read', titleKey: 'menu.policies' } },
  { path: '/scores', name: 'scores', component: () => import('./pages/ScoresPage.vue'), meta: { perm: 'policy:read', titleKey: 'menu.scores' } },
  { path: '/metrics', name: 'metrics', component: () => import('./pages/MetricsPage.vue'), meta: { perm: 'policy:read', titleKey: 'menu.metrics' } },
  { path: '/pool/nodes', name: 'pool-nodes', component: () => import('./pages/pool/PoolNodesPage.vue'), meta: { perm: 'pool:read', titleKey: 'menu.poolNodes' } },
  { path: '/pool/devices', name: 'pool-devices', component: () => import('./pages/pool/PoolDevicesPage.vue'), meta: { perm: 'pool:read', titleKey: 'menu.poolDevices' } },
  { path: '/pool/tasks', name: 'pool-tasks', component: () => import('./pages/pool/PoolTasksPage.vue'), meta: { perm: 'pool:read', titleKey: 'menu.poolTasks' } },
  { path: '/pool/tasks/new', name: 'pool-task-submit', component: () => import('./pages/pool/PoolTaskSubmitPage.vue'), meta: { perm: 'pool:write', titleKey: 'menu.poolSubmit' } },
  { path: '/pool/tasks/:id', name: 'pool-task', component: () => import('./pages/pool/PoolTaskDetailPage.vue'), props: true, meta: { perm: 'pool:read', titleKey: 'pool.taskTitle', parent: 'pool-tasks' } },
  { path: '/pool/queue', name: 'pool-queue', component: () => import('./pages/pool/PoolTasksPage.vue'), props: { queue: true }, meta: { perm: 'pool:read', titleKey: 'menu.poolQueue' } },
  { path: '/pool/settings', name: 'pool-settings', component: () => import('./pages/pool/PoolSettingsPage.vue'), props: (r) => ({ tab: r.query.tab || 'policy' }), meta: { perm: 'pool:read', titleKey: 'menu.poolSettings' } },
  { path: '/pool/logs', name: 'pool-logs', component: () => import('./pages/pool/PoolLogsPage.vue'), meta: { perm: 'pool:read', titleKey: 'menu.poolLogs' } },
  { path: '/monitoring/alerts', name: 'alerts', component: () => import('./pages/monitoring/AlertsPage.vue'), meta: { perm: 'monitor:read', titleKey: 'menu.alerts' } },
  { path: '/monitoring/rules', name: 'alert-rules', component: () => import('./pages/monitoring/AlertRulesPage.vue'), meta: { perm: 'monitor:read', titleKey: 'menu.alertRules' } },
  { path: '/monitoring/silences', name: 'silences', component: () => import('./pages/monitoring/SilencesPage.vue'), meta: { perm: 'monitor:read', titleKey: 'menu.silences' } },
  { path: '/monitoring/forwarding', name: 'forwarding', component: () => import('./pages/monitoring/ForwardingPage.vue'), meta: { perm: 'monitor:read', titleKey: 'menu.forwarding' } },
  { path: '/monitoring/inbox', name: 'inbox', component: () => import('./pages/monitoring/InboxPage.vue'), meta: { titleKey: 'menu.inbox' } },
  { path: '/monitoring/logs', name: 'platform-logs', component: () => import('./pages/monitoring/PlatformLogsPage.vue'), meta: { perm: 'monitor:read', titleKey: 'menu.platformLogs' } },
  { path: '/monitoring/reports', name: 'reports', component: () => import('./pages/monitoring/ReportsPage.vue'), meta: { perm: 'monitor:read', titleKey: 'menu.reports' } },
  { path: '/pool/components', name: 'pool-components', component: () => import('./pages/pool/PoolComponentsPage.vue'), meta: { perm: 'pool:read', titleKey: 'menu.poolComponents' } },
  { path: '/simulations', name: 'simulations', component: () => import('./pages/sim/SimulationsPage.vue'), meta: { perm: 'simulation:read', titleKey: 'menu.simulations' } },
  { path: '/simulations/new', name: 'simulation-new', component: () => import('./pages/sim/SimulationStartPage.vue'), meta: { perm: 'simulation:write', titleKey: 'menu.simulationNew' } },
  { path: '/simulations/:id', name: 'simulation', component: () => import('./pages/sim/SimulationDetailPage.vue'), props: true, meta: { perm: 'simulation:read', titleKey: 'sim.title', parent: 'simulations' } },
  { path: '/system/users', name: 'users', component: () => import('./pages/iam/UsersPage.vue'), meta: { perm: 'user:read', titleKey: 'menu.users' } },
  { path: '/system/roles', name: 'roles', component: () => import('./pages/iam/RolesPage.vue'), meta: { perm: 'role:read', titleKey: 'menu.roles' } },
  { path: '/system/orgs', name: 'orgs', component: () => import('./pages/iam/OrgsPage.vue'), meta: { perm: 'org:read', titleKey: 'menu.orgs' } },
  { path: '/system/tenants', name: 'tenants', component: () => import('./pages/iam/TenantsPage.vue'), meta: { perm: 'tenant:read', titleKey: 'menu.tenants' } },
  { path: '/system/business-systems', name: 'business-systems', component: () => import('./pages/iam/BusinessSystemsPage.vue'), meta: { perm: 'org:read', titleKey: 'menu.businessSystems' } },
  { path: '/system/audit', name: 'audit', component: () => import('./pages/iam/AuditPage.vue'), meta: { perm: 'audit:read', titleKey: 'menu.audit' } },
  // support (issue 16): work orders, their categories, notices; the inbox above carries messages
  { path: '/support/tickets', name: 'my-tickets', component: () => import('./pages/support/MyTicketsPage.vue'), meta: { perm: 'ticket:read', titleKey: 'ticket.menu.myTickets' } },
  { path: '/support/tickets/:id', name: 'my-ticket', component: () => import('./pages/support/TicketDetailPage.vue'), props: true, meta: { perm: 'ticket:read', titleKey: 'ticket.detailTitle', parent: 'my-tickets' } },
  { path: '/support/notices', name: 'notices', component: () => import('./pages/support/NoticesPage.vue'), meta: { perm: 'notice:read', titleKey: 'notice.menu.notices' } },
  { path: '/operations/tickets', name: 'tickets', component: () => import('./pages/support/TicketsPage.vue'), meta: { perm: 'ticket:handle', titleKey: 'ticket.menu.tickets' } },
  { path: '/operations/tickets/:id', name: 'ticket', component: () => import('./pages/support/TicketDetailPage.vue'), props: (r) => ({ id: r.params.id, office: true }), meta: { perm: 'ticket:handle', titleKey: 'ticket.detailTitle', parent: 'tickets' } },
  { path: '/operations/ticket-categories', name: 'ticket-categories', component: () => import('./pages/support/TicketCategoriesPage.vue'), meta: { perm: 'ticketcategory:write', titleKey: 'ticket.menu.categories' } },
  { path: '/operations/notices', name: 'notice-admin', component: () => import('./pages/support/NoticeAdminPage.vue'), meta: { perm: 'notice:write', titleKey: 'notice.menu.admin' } },
  // issue 16 market catalogue: the portal's marketplace and the back office's products
  { path: '/market', name: 'marketplace', component: () => import('./pages/market/MarketplacePage.vue'), meta: { perm: 'marketplace:read', titleKey: 'marketplace.title' } },
  { path: '/market/compute', name: 'compute-market', component: () => import('./pages/market/ComputeMarketPage.vue'), meta: { perm: 'marketplace:read', titleKey: 'marketplace.computeTitle' } },
  { path: '/market/models', name: 'model-plaza', component: () => import('./pages/market/ModelPlazaPage.vue'), meta: { perm: 'marketplace:read', titleKey: 'marketplace.modelsTitle' } },
  { path: '/operations/products', name: 'products', component: () => import('./pages/market/ProductsPage.vue'), meta: { perm: 'product:read', titleKey: 'catalogue.title' } },
  // market: orders, my resources and demands (issue 16; pages/market)
  { path: '/market/orders', name: 'market-orders', component: () => import('./pages/market/OrdersPage.vue'), meta: { perm: 'order:read', titleKey: 'order.menu.myOrders' } },
  { path: '/market/orders/all', name: 'market-orders-office', component: () => import('./pages/market/OrdersPage.vue'), props: { office: true }, meta: { perm: 'order:read', titleKey: 'order.menu.allOrders' } },
  { path: '/market/orders/:id', name: 'market-order', component: () => import('./pages/market/OrderDetailPage.vue'), props: true, meta: { perm: 'order:read', titleKey: 'order.title', parent: 'market-orders' } },
  { path: '/market/resources', name: 'market-resources', component: () => import('./pages/market/ResourcesPage.vue'), meta: { perm: 'order:read', titleKey: 'order.menu.resources' } },
  { path: '/market/demands', name: 'market-demands', component: () => import('./pages/market/DemandsPage.vue'), meta: { perm: 'demand:read', titleKey: 'demand.menu' } },
  { path: '/market/demands/:id', name: 'market-demand', component: () => import('./pages/market/DemandDetailPage.vue'), props: true, meta: { perm: 'demand:read', titleKey: 'demand.title', parent: 'market-demands' } },
  // market (issue 16): cart, applications, approvals and flows (helper applications)
  { path: '/market/cart', name: 'market-cart', component: () => import('./pages/market/CartPage.vue'), meta: { perm: 'apply:read', titleKey: 'apply.menuCart' } },
  { path: '/market/applications', name: 'market-applications', component: () => import('./pages/market/MyApplicationsPage.vue'), meta: { perm: 'apply:read', titleKey: 'apply.menuMine' } },
  { path: '/market/applications/:id', name: 'market-application', component: () => import('./pages/market/ApplicationDetailPage.vue'), props: true, meta: { perm: 'apply:read', titleKey: 'apply.detailTitle', parent: 'market-applications' } },
  { path: '/market/approvals/todo', name: 'market-approvals', component: () => import('./pages/market/ApprovalTasksPage.vue'), meta: { perm: 'approval:read', titleKey: 'approval.menuTodo' } },
  { path: '/market/ops/applications', name: 'market-ops-applications', component: () => import('./pages/market/OpsApplicationsPage.vue'), meta: { perm: 'application-all:read', titleKey: 'approval.menuAllApplications' } },
  { path: '/market/approval-flows', name: 'market-approval-flows', component: () => import('./pages/market/ApprovalFlowsPage.vue'), meta: { perm: 'approval-flow:read', titleKey: 'approval.menuFlows' } },
  { path: '/account/tokens', name: 'tokens', component: () => import('./pages/account/TokensPage.vue'), meta: { titleKey: 'menu.tokens' } },
  { path: '/login', name: 'login', component: () => import('./pages/LoginPage.vue'), meta: { titleKey: 'menu.login', public: true } },
  { path: '/:rest(.*)*', name: 'not-found', component: () => import('./pages/NotFoundPage.vue'), meta: { titleKey: 'common.notFound' } },
]

export const router = createRouter({
  history: createWebHistory(),
  routes,
  // The window does not scroll (the shell's content pane does, see AppShell.vue); back and forward
  // keep the position the browser saved, any other navigation starts at the top.
  scrollBehavior: (to, from, saved) => saved || { top: 0 },
})

// Every page but the login page needs a signed-in user; the login page returns to `next`.
router.beforeEach((to) => {
  if (!to.meta.public && !auth.token) return { name: 'login', query: { next: to.fullPath } }
  if (to.name === 'login' && auth.token) return safeNext(to.query.next)
})
