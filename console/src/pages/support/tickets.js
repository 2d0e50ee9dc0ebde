import { api } from '../../api.js'
import { i18n } from '../../i18n/index.js'

// Work orders in the console: their states, priorities and categories as the UI says them.
const t = (key, params) => i18n.global.t(key, params)
const te = (key) => i18n.global.te(key)

export const STATES = ['OPEN', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'REJECTED']
export const PRIORITIES = ['URGENT', 'HIGH', 'NORMAL', 'LOW']
export const TYPES = ['SUPPORT', 'RESOURCE']

export const stateName = (s) => (te('ticket.state.' + s) ? t('ticket.state.' + s) : s)
export const priorityName = (p) => (te('ticket.priority.' + p) ? t('ticket.priority.' + p) : p)
export const typeName = (x) => (te('ticket.type.' + x) ? t('ticket.type.' + x) : x)
export const actionName = (a) => (te('ticket.action.' + a) ? t('ticket.action.' + a) : a)
export const approvalName = (a) => (te('ticket.approval.' + a) ? t('ticket.approval.' + a) : a)

export const stateTag = (s) =>
  ({ OPEN: 'warning', ASSIGNED: 'primary', IN_PROGRESS: 'primary', RESOLVED: 'success', CLOSED: 'info', REJECTED: 'danger' })[s] || 'info'

/** A category's name: the built-in ones translated (tc-ops → ticket.builtin.ops), others as stored. */
export function categoryName(c) {
  if (!c) return ''
  const key = 'ticket.builtin.' + c.id.replace(/^tc-/, '')
  return c.builtin && te(key) ? t(key) : c.name
}

/** The categories as a tree for el-cascader / el-table: {value, label, children}. */
export function categoryTree(items) {
  const byParent = new Map()
  for (const c of items) {
    const k = c.parent_id || ''
    if (!byParent.has(k)) byParent.set(k, [])
    byParent.get(k).push(c)
  }
  const build = (parent) =>
    (byParent.get(parent) || []).map((c) => {
      const children = build(c.id)
      return { ...c, value: c.id, label: categoryName(c), children: children.length ? children : undefined }
    })
  return build('')
}

export async function loadCategories() {
  return (await api.get('/api/v1/market/ticket-categories')).items
}

/** The labels of the ticket form's fields, for errors naming them. */
export const FORM_LABELS = {
  title: 'ticket.field.title',
  category_id: 'ticket.field.category',
  description: 'ticket.field.description',
  priority: 'ticket.field.priority',
  type: 'ticket.field.type',
  related_id: 'ticket.field.related',
  resource: 'ticket.field.resource',
  'resource.cpu': 'ticket.field.cpu',
  'resource.gpu': 'ticket.field.gpu',
  'resource.memory_mb': 'ticket.field.memory',
  'resource.gpu_model': 'ticket.field.gpuModel',
  'resource.from': 'ticket.field.from',
  'resource.until': 'ticket.field.until',
  body: 'ticket.field.comment',
  note: 'ticket.field.note',
  assignee_id: 'ticket.field.assignee',
  group_id: 'ticket.field.group',
}
