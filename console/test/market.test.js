import { describe, expect, it } from 'vitest'
import { componentsText, durationText, isUrl } from '../src/pages/market/market.js'
import { toBody, toForm } from '../src/pages/market/productForm.js'

// A stand-in for vue-i18n's t: the key and its parameters.
const t = (key, p = {}) => key.replace('marketplace.', '') + (Object.keys(p).length ? ':' + Object.values(p).join(',') : '')

describe('market helpers (CMP-service)', () => {
  it('reads components in a fixed order, leaving zeros out', () => {
    expect(componentsText({ cpu: 16, memory_mb: 131072, gpu: 1, gpu_memory_mb: 81920, vgpu_percent: 0, storage_gb: 0 }, t)).toBe(
      'gpuCards:1 · gpuMemory:80 GiB · cpuCores:16 · memory:128 GiB',
    )
    expect(componentsText({ vgpu_percent: 25, gpu_memory_mb: 4096 }, t)).toBe('vgpu:25 · gpuMemory:4 GiB')
    expect(componentsText(null, t)).toBe('')
  })

  it('reads ISO periods and keeps anything else as it is', () => {
    expect(durationText('P1M', t)).toBe('period.M:1')
    expect(durationText('P7D', t)).toBe('period.D:7')
    expect(durationText('PT1H', t)).toBe('PT1H')
  })

  it('tells icon names from URLs', () => {
    expect(isUrl('Cpu')).toBe(false)
    expect(isUrl('https://x/y.png')).toBe(true)
    expect(isUrl('/icons/a.svg')).toBe(true)
  })

  it('round-trips a product through the form; no center means the pool (null)', () => {
    const p = {
      name: 'A', type: 'COMPUTE', category_id: 'c', center_id: null, provider_name: 'P', introduction: '', icon: 'Cpu',
      components: { cpu: 2 }, specs: [{ name: 's', components: { gpu: 2 } }], durations: ['P1M'],
      attributes: { tags: ['x'], task: '', framework: '', chip_types: [], model_version: '', data_volume: '' }, version: 3,
    }
    const body = toBody(toForm(p))
    expect(body.center_id).toBeNull()
    expect(body.version).toBe(3)
    expect(body.components).toEqual({ gpu: 0, gpu_memory_mb: 0, vgpu_percent: 0, cpu: 2, memory_mb: 0, storage_gb: 0 })
    expect(body.specs[0].components.gpu).toBe(2)
    expect(toForm(null, 'c2').category_id).toBe('c2')
  })
})
