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
  { path: '/login', name: 'login', component: () => import('./pages/LoginPage.vue'), meta: { titleKey: 'menu.login' } },
  { path: '/:rest(.*)*', name: 'not-found', component: () => import('./pages/NotFoundPage.vue'), meta: { titleKey: 'common.notFound' } },
]

/** The side menu: groups of route names. */
export const menu = [
  { titleKey: 'menu.groupOverview', items: ['overview'] },
  { titleKey: 'menu.groupResources', items: ['centers', 'specs', 'images', 'datasets'] },
  { titleKey: 'menu.groupJobs', items: ['jobs', 'job-submit'] },
  { titleKey: 'menu.groupScheduling', items: ['policies', 'scores', 'metrics'] },
]

export const router = createRouter({ history: createWebHistory(), routes })

// Every page but the login page needs a signed-in user; the login page returns to `next`.
router.beforeEach((to) => {
  if (to.name !== 'login' && !auth.token) return { name: 'login', query: { next: to.fullPath } }
})
