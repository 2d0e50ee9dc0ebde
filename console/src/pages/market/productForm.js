// The product dialog's form: from a product (or empty) and back to the API's body.

const COMPONENTS = ['gpu', 'gpu_memory_mb', 'vgpu_percent', 'cpu', 'memory_mb', 'storage_gb']
export { COMPONENTS }

const zero = () => Object.fromEntries(COMPONENTS.map((k) => [k, 0]))

export function toForm(p, categoryId) {
  if (!p) {
    return {
      name: '', type: 'COMPUTE', category_id: categoryId || '', center_id: '', provider_name: '', introduction: '', icon: 'Cpu',
      components: zero(), specs: [], durations: ['P1M'],
      attributes: { tags: [], task: '', framework: '', chip_types: [], model_version: '', data_volume: '' }, version: null,
    }
  }
  return {
    name: p.name, type: p.type, category_id: p.category_id, center_id: p.center_id || '', provider_name: p.provider_name,
    introduction: p.introduction, icon: p.icon, components: { ...zero(), ...p.components },
    specs: p.specs.map((s) => ({ name: s.name, components: { ...zero(), ...s.components } })), durations: [...p.durations],
    attributes: { ...p.attributes, tags: [...p.attributes.tags], chip_types: [...p.attributes.chip_types] }, version: p.version,
  }
}

export function toBody(form) {
  return { ...form, center_id: form.center_id || null }
}
