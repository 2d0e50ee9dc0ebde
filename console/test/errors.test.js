import { beforeEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { i18n } from '../src/i18n/index.js'
import { ApiError, briefText, errorText, fieldErrors, fieldLabel, loginErrorText, placeError } from '../src/errors.js'
import ErrorAlert from '../src/components/ErrorAlert.vue'

const lang = (code) => (i18n.global.locale.value = code)
const refused = (status, errorMsg, error, code = 'INVALID_ARGUMENT') => new ApiError(status, { status, code, errorMsg, error })
const JOB_LABELS = { name: 'job.name', 'tasks[]': 'job.taskN', 'tasks[].replicaNumber': 'job.replicaNumber' }

describe('field labels', () => {
  beforeEach(() => lang('zh-CN'))

  it('name a list item by its place, counted from 1', () => {
    expect(fieldLabel('tasks[0].replicaNumber', JOB_LABELS)).toBe('任务 1 · 副本数')
    expect(fieldLabel('tasks[2].replicaNumber', JOB_LABELS)).toBe('任务 3 · 副本数')
    lang('en')
    expect(fieldLabel('tasks[0].replicaNumber', JOB_LABELS)).toBe('Task 1 · Replicas')
  })

  it('fall back to the common labels, then to the path itself', () => {
    expect(fieldLabel('password')).toBe('密码')
    expect(fieldLabel('emailTo[1]', { 'emailTo[]': 'mon.addressN' })).toBe('第 2 个地址')
    expect(fieldLabel('weights.unknown-thing')).toBe('weights.unknown-thing')
  })
})

describe('errors by reason', () => {
  beforeEach(() => lang('zh-CN'))

  it('say a known reason in the UI language with the field\'s own label', () => {
    const e = refused(400, 'tasks[0].replicaNumber must be > 0, was 0', { reason: 'TOO_SMALL', field: 'tasks[0].replicaNumber', params: { min: 1, value: 0 } })
    expect(errorText(e, JOB_LABELS)).toBe('任务 1 · 副本数：不能小于 1（当前为 0）')
    expect(briefText(e)).toBe('不能小于 1（当前为 0）')
    expect(fieldErrors(e)).toEqual({ 'tasks[0].replicaNumber': '不能小于 1（当前为 0）' })
    lang('en')
    expect(errorText(e, JOB_LABELS)).toBe('Task 1 · Replicas: must be at least 1 (was 0)')
  })

  it('translate the params that name things', () => {
    const e = refused(400, 'tasks[0].imageId unknown', { reason: 'UNKNOWN_REFERENCE', field: 'tasks[0].imageId', params: { kind: 'image', value: 'torch-9' } })
    expect(briefText(e)).toBe('不存在名为“torch-9”的镜像')
    const list = refused(400, 'policy bad', { reason: 'NOT_ONE_OF', field: 'policy', params: { allowed: ['local', 'frag-aware'] } })
    expect(briefText(list)).toBe('必须是以下之一：local, frag-aware')
  })

  it('show errorMsg when the reason is unknown or absent (older servers)', () => {
    expect(errorText(refused(400, 'tasks[0].replicaNumber must be > 0, was 0'))).toBe('tasks[0].replicaNumber must be > 0, was 0')
    expect(errorText(refused(409, 'card busy', { reason: 'SOMETHING_NEW' }, 'CONFLICT'))).toBe('card busy')
    // the field errorMsg names first still finds its slot
    expect(fieldErrors(refused(400, 'tasks[0].replicaNumber must be > 0, was 0'))).toEqual({ 'tasks[0].replicaNumber': 'tasks[0].replicaNumber must be > 0, was 0' })
  })

  it('say what the status means when the server sent no message', () => {
    expect(errorText(new ApiError(403, {}))).toBe('当前角色无权执行此操作。')
    expect(errorText(new ApiError(502, {}))).toBe('请求失败（HTTP 502）。')
  })

  it('put a refusal under the field it names, or on top of the form', () => {
    const errors = {}
    placeError(errors, refused(400, 'quota.gpu exceeds', { reason: 'QUOTA_EXCEEDED', field: 'quota.gpu', params: { resource: 'gpu', limit: 8 } }), ['name', 'quota'])
    expect(errors).toEqual({ quota: '超出GPU配额（上限 8）' })
    placeError(errors, refused(409, 'you cannot', { reason: 'SELF_ACTION' }, 'CONFLICT'), ['name'])
    expect(errors._).toBe('不能对自己的账户执行此操作')
  })
})

describe('sign-in errors', () => {
  beforeEach(() => lang('en'))

  it('never name a field', () => {
    const e = new ApiError(401, { code: 'UNAUTHENTICATED', errorMsg: 'username bad credentials' })
    expect(loginErrorText(e)).toBe('Wrong user name or password.')
    expect(loginErrorText(refused(401, 'x', { reason: 'BAD_CREDENTIALS', field: 'username' }))).toBe('Wrong user name or password.')
  })

  it('say until when a lock holds', () => {
    const until = '2026-03-05T14:03:07Z'
    const byReason = loginErrorText(refused(403, 'username locked', { reason: 'LOCKED', params: { until } }))
    const byMessage = loginErrorText(new ApiError(429, { code: 'TOO_MANY_ATTEMPTS', errorMsg: 'too many failed logins; try again after ' + until }))
    expect(byReason).toMatch(/^Too many failed sign-ins: locked until 5 Mar 2026, \d\d:03:07\.$/)
    expect(byMessage).toBe(byReason)
  })

  it('explain a refused account', () => {
    expect(loginErrorText(new ApiError(403, { code: 'DISABLED', errorMsg: 'login refused: disabled' }))).toBe('This account is disabled. Ask an administrator.')
  })
})

describe('ErrorAlert', () => {
  it('shows the translated reason, and follows the language', async () => {
    lang('en')
    const e = refused(409, 'card in use', { reason: 'DEVICE_BUSY' }, 'CONFLICT')
    const wrapper = mount(ErrorAlert, { props: { error: e }, global: { plugins: [i18n], stubs: { 'el-alert': { props: ['title'], template: '<div class="alert">{{ title }}</div>' } } } })
    expect(wrapper.find('.alert').text()).toBe('the card runs tasks: stop or move them first')
    lang('zh-CN')
    await wrapper.vm.$nextTick()
    expect(wrapper.find('.alert').text()).toBe('该卡上有任务在运行，请先停止或迁移')
  })

  it('shows nothing without an error', () => {
    const wrapper = mount(ErrorAlert, { props: { error: null }, global: { plugins: [i18n], stubs: { 'el-alert': { template: '<div class="alert" />' } } } })
    expect(wrapper.find('.alert').exists()).toBe(false)
  })
})

describe('reasons that only follow the status', () => {
  it('keep the server\'s words, which say what went wrong', () => {
    lang('en')
    const e = refused(409, 'targetNode node ui-a has no usable checkpointer', { reason: 'CONFLICT', field: 'targetNode' }, 'CONFLICT')
    expect(briefText(e)).toBe('conflicts with the current state (targetNode node ui-a has no usable checkpointer)')
    lang('zh-CN')
    expect(errorText(e, { targetNode: 'pool.targetNode' })).toBe('目标节点：与当前状态冲突（targetNode node ui-a has no usable checkpointer）')
  })
})
