// The market pages' shared bits (issue 16): product types, chip types, icons and how a product's
// components read.
import { markRaw } from 'vue'
import { Box, ChatDotRound, Cpu, Files, Goods, Grid, Monitor, Notebook, Picture, Service } from '@element-plus/icons-vue'

export const TYPES = ['COMPUTE', 'DEV_ENV', 'MODEL_SERVICE', 'STORAGE', 'MANUAL']
export const CHIPS = ['NVIDIA', 'AMD', 'DCU', 'Ascend', 'CA100', 'Kunlunxin', 'Cambricon', 'CPU']
export const STATES = ['DRAFT', 'ON_SHELF', 'OFF_SHELF']

/** The icons a product may name (its `icon`); a URL is shown as an image. */
export const ICONS = Object.fromEntries(
  Object.entries({ Box, ChatDotRound, Cpu, Files, Goods, Grid, Monitor, Notebook, Picture, Service }).map(([k, v]) => [k, markRaw(v)]),
)
export const iconOf = (name) => ICONS[name] || ICONS.Goods
export const isUrl = (icon) => /^(https?:\/\/|\/)/.test(icon || '')

const gib = (mb) => (mb % 1024 === 0 ? mb / 1024 : (mb / 1024).toFixed(1)) + ' GiB'

/** "1 × GPU · 80 GiB card memory · 16 CPU · 128 GiB" in the UI language (`t`). */
export function componentsText(c, t) {
  if (!c) return ''
  const parts = []
  if (c.gpu) parts.push(t('marketplace.gpuCards', { n: c.gpu }))
  if (c.vgpu_percent) parts.push(t('marketplace.vgpu', { n: c.vgpu_percent }))
  if (c.gpu_memory_mb) parts.push(t('marketplace.gpuMemory', { v: gib(c.gpu_memory_mb) }))
  if (c.cpu) parts.push(t('marketplace.cpuCores', { n: c.cpu }))
  if (c.memory_mb) parts.push(t('marketplace.memory', { v: gib(c.memory_mb) }))
  if (c.storage_gb) parts.push(t('marketplace.storage', { n: c.storage_gb }))
  return parts.join(' · ')
}

/** "P1M" → "1 month" in the UI language. */
export function durationText(d, t) {
  const m = /^P(\d+)([DWMY])$/.exec(d || '')
  if (!m) return d
  return t('marketplace.period.' + m[2], { n: Number(m[1]) })
}
