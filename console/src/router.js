import { createRouter, createWebHistory } from 'vue-router'
import { auth } from './auth.js'

// One place to add a page: a route here (with its title key) and, if it belongs in the side menu,
// its name in a group of `menu` below; then its keys in i18n/en.json and i18n/zh-CN.json.
export const routes = [
  { path: '/', name: 'overview', component: () => import('./pages/OverviewPage.vue'), meta: { titleKey: 'menu.overview' } },
  { path: '/centers', name: 'centers', component: () => import('./pages/CentersPage.vue'), meta: { titleKey: 'menu.centers' } },
  { path: '/centers/:id', name: 'center', component: () => import('./pages/CenterDetailPage.vue'), props: true, meta: { titleKey: 'center.title' } },
  { path: '/specs', name: 'specs', component: () => import('./pages/SpecsPage.vue'), meta: { titleKey: 'menu.specs' } },
  { path: '/images', name: 'images', component: () => import('./pages/ImagesPage.vue'), meta: { titleKey: 'menu.images' } },
  { path: '/datasets', name: 'datasets', component: () => import('./pages/DatasetsPage.vue'), meta: { titleKey: 'menu.datasets' } },
  { path: '/jobs', name: 'jobs', component: () => import('./pages/JobsPage.vue'), meta: { titleKey: 'menu.jobs' } },
  { path: '/jobs/new', name: 'job-submit', component: () => import('./pages/JobSubmitPage.vue'), meta: { titleKey: 'menu.submitJob' } },
  { path: '/jobs/:id', name: 'job', component: () => import('./pages/JobDetailPage.vue'), props: true, meta: { titleKey: 'job.title' } },
  { path: '/policies', name: 'policies', component: () => import('./pages/PoliciesPage.vue'), meta: { titleKey: 'menu.policies' } },
  { path: '/scores', name: 'scores', component: () => import('./pages/ScoresPage.vue'), meta: { titleKey: 'menu.scores' } },
  { path: '/metrics', name: 'metrics', component: () => import('./pages/MetricsPage.vue'), meta: { titleKey: 'menu.metrics' } },
  { path: '/pool/nodes', name: 'pool-nodes', component: () => import('./pages/pool/PoolNodesPage.vue'), meta: { titleKey: 'menu.poolNodes' } },
  { path: '/pool/devices', name: 'pool-devices', component: () => import('./pages/pool/PoolDevicesPage.vue'), meta: { titleKey: 'menu.poolDevices' } },
  { path: '/pool/tasks', name: 'pool-tasks', component: () => import('./pages/pool/PoolTasksPage.vue'), meta: { titleKey: 'menu.poolTasks' } },
  { path: '/pool/tasks/new', name: 'pool-task-submit', component: () => import('./pages/pool/PoolTaskSubmitPage.vue'), meta: { titleKey: 'menu.poolSubmit' } },
  { path: '/pool/tasks/:id', name: 'pool-task', component: () => import('./pages/pool/PoolTaskDetailPage.vue'), props: true, meta: { titleKey: 'pool.taskTitle' } },
  { path: '/pool/queue', name: 'pool-queue', component: () => import('./pages/pool/PoolTasksPage.vue'), props: { queue: true }, meta: { titleKey: 'menu.poolQueue' } },
  { path: '/pool/settings', name: 'pool-settings', component: () => import('./pages/pool/PoolSettingsPage.vue'), props: (r) => ({ tab: r.query.tab || 'policy' }), meta: { titleKey: 'menu.poolSettings' } },
  { path: '/pool/logs', name: 'pool-logs', component: () => import('./pages/pool/PoolLogsPage.vue'), meta: { titleKey: 'menu.poolLogs' } },
  { path: '/monitoring/alerts', name: 'alerts', component: () => import('./pages/monitoring/AlertsPage.vue'), meta: { titleKey: 'menu.alerts' } },
  { path: '/monitoring/rules', name: 'alert-rules', component: () => import('./pages/monitoring/AlertRulesPage.vue'), meta: { titleKey: 'menu.alertRules' } },
  { path: '/monitoring/silences', name: 'silences', component: () => import('./pages/monitoring/SilencesPage.vue'), meta: { titleKey: 'menu.silences' } },
  { path: '/monitoring/inbox', name: 'inbox', component: () => import('./pages/monitoring/InboxPage.vue'), meta: { titleKey: 'menu.inbox' } },
  { path: '/monitoring/logs', name: 'platform-logs', component: () => import('./pages/monitoring/PlatformLogsPage.vue'), meta: { titleKey: 'menu.platformLogs' } },
  { path: '/monitoring/reports', name: 'reports', component: () => import('./pages/monitoring/ReportsPage.vue'), meta: { titleKey: 'menu.reports' } },
  { path: '/login', name: 'login', component: () => import('./pages/LoginPage.vue'), meta: { titleKey: 'menu.login' } },
  { path: '/:rest(.*)*', name: 'not-found', component: () => import('./pages/NotFoundPage.vue'), meta: { titleKey: 'common.notFound' } },
]

/** The side menu: groups of route names. */
export const menu = [
  { titleKey: 'menu.groupOverview', items: ['overview'] },
  { titleKey: 'menu.groupResources', items: ['centers', 'specs', 'images', 'datasets'] },
  { titleKey: 'menu.groupJobs', items: ['jobs', 'job-submit'] },
  { titleKey: 'menu.groupScheduling', items: ['policies', 'scores', 'metrics'] },
  { titleKey: 'menu.groupPool', items: ['pool-nodes', 'pool-devices', 'pool-tasks', 'pool-task-submit', 'pool-queue', 'pool-settings', 'pool-logs'] },
  { titleKey: 'menu.groupMonitoring', items: ['alerts', 'alert-rules', 'silences', 'inbox', 'platform-logs', 'reports'] },
]

export const router = createRouter({ history: createWebHistory(), routes })

// Every page but the login page needs a signed-in user; the login page returns to `next`.
router.beforeEach((to) => {
  if (to.name !== 'login' && !auth.token) return { name: 'login', query: { next: to.fullPath } }
})
