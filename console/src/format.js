import { i18n } from './i18n/index.js'

// Dates, numbers and units in the UI language (not the browser's): every page formats through
// here, so switching the language re-renders them too (the locale is reactive).
const lang = () => i18n.global.locale.value
const zh = () => lang() === 'zh-CN'
const t = (key, params) => i18n.global.t(key, params)

const DATE_TIME = {
  'zh-CN': new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }),
  en: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }),
}
const CLOCK = {
  'zh-CN': new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  en: new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
}
const DAY_CLOCK = {
  'zh-CN': new Intl.DateTimeFormat('zh-CN', { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  en: new Intl.DateTimeFormat('en-GB', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
}
const formatter = (table) => table[lang()] || table.en

/** Date and time of an ISO instant (or epoch ms): "2026/03/05 14:03:07", "5 Mar 2026, 14:03:07". */
export function time(at) {
  if (at === null || at === undefined || at === '') return ''
  const d = new Date(at)
  return Number.isNaN(d.getTime()) ? String(at) : formatter(DATE_TIME).format(d)
}

/** Time of day only ("14:03"), or with the day when `withDay` (chart axes over days). */
export function clock(at, withDay = false) {
  const d = new Date(at)
  return Number.isNaN(d.getTime()) ? '' : formatter(withDay ? DAY_CLOCK : CLOCK).format(d)
}

/** A number with the language's grouping, at most `digits` decimals. */
export function number(n, digits = 2) {
  if (n === null || n === undefined || n === '' || !Number.isFinite(Number(n))) return '—'
  return new Intl.NumberFormat(lang(), { maximumFractionDigits: digits }).format(Number(n))
}

/** Whole percent (0-100) of used over used + free, for progress bars. */
export function percent(used, free) {
  const total = (used || 0) + (free || 0)
  return total === 0 ? 0 : Math.round((100 * (used || 0)) / total)
}

/** A percentage already in percent (42.5 → "42.5 %"); Chinese writes it without the space. */
export function percentText(pct, digits = 1) {
  if (pct === null || pct === undefined || !Number.isFinite(Number(pct))) return '—'
  return number(pct, digits) + (zh() ? '%' : ' %')
}

/** A share given as a ratio (0.031 → "3.1 %"). */
export function ratioText(ratio, digits = 1) {
  return ratio === null || ratio === undefined ? '—' : percentText(Number(ratio) * 100, digits)
}

const BINARY = ['MiB', 'GiB', 'TiB', 'PiB']

/** An amount of memory given in MB (binary, as the API counts it), scaled: 512 MiB, 80 GiB, 2 TiB. */
export function bytesFromMb(mb) {
  if (mb === null || mb === undefined || !Number.isFinite(Number(mb))) return '—'
  let v = Number(mb)
  let unit = 0
  while (Math.abs(v) >= 1024 && unit < BINARY.length - 1) {
    v /= 1024
    unit++
  }
  return number(v, v >= 100 || unit === 0 ? 0 : 1) + ' ' + BINARY[unit]
}

/** An amount of storage given in GB, scaled like memory. */
export const bytesFromGb = (gb) => bytesFromMb(gb === null || gb === undefined ? gb : Number(gb) * 1024)

/** "used / total" of memory in MB, both scaled to the larger one's unit for easy comparison. */
export function bytesOfTotal(usedMb, totalMb) {
  const whole = bytesFromMb(totalMb)
  const unit = whole.split(' ')[1]
  const k = BINARY.indexOf(unit)
  const used = k <= 0 ? Number(usedMb || 0) : Number(usedMb || 0) / 1024 ** k
  return number(used, k <= 0 ? 0 : 1) + ' / ' + whole
}

/** A number of accelerator cards: "1 card", "4 cards", "4 张卡". */
export const cards = (n) => i18n.global.t('units.cards', Number(n), { named: { n: number(n, 0) } })

/** A length of time in milliseconds, to two units: "42 s", "5 min 3 s", "2 h 5 min", "3 d 4 h". */
export function duration(ms) {
  if (ms === null || ms === undefined || !Number.isFinite(Number(ms)) || ms < 0) return '—'
  const s = Math.floor(Number(ms) / 1000)
  const parts = [
    ['d', Math.floor(s / 86400)],
    ['h', Math.floor(s / 3600) % 24],
    ['min', Math.floor(s / 60) % 60],
    ['s', s % 60],
  ]
  const first = parts.findIndex(([, v]) => v > 0)
  if (first < 0) return t('units.duration.s', { n: ms < 1000 ? number(ms / 1000, 1) : 0 })
  return parts
    .slice(first, first + 2)
    .filter(([, v], i) => i === 0 || v > 0)
    .map(([u, v]) => t('units.duration.' + u, { n: v }))
    .join(' ')
}

/** Time from `from` to `to` (ISO instants; `to` absent: now). */
export function between(from, to, now = Date.now()) {
  if (!from) return '—'
  return duration((to ? new Date(to).getTime() : now) - new Date(from).getTime())
}

/** Job status → Element Plus tag type. */
export function statusType(status) {
  return (
    { completed: 'success', running: 'primary', failed: 'danger', stopped: 'info' }[
      (status || '').toLowerCase()
    ] || 'warning'
  )
}
