export function time(iso) {
  return iso ? new Date(iso).toLocaleString() : ''
}

export function percent(used, free) {
  const total = (used || 0) + (free || 0)
  return total === 0 ? 0 : Math.round((100 * (used || 0)) / total)
}

/** Job status → Element Plus tag type. */
export function statusType(status) {
  return (
    { completed: 'success', running: 'primary', failed: 'danger', stopped: 'info' }[
      (status || '').toLowerCase()
    ] || 'warning'
  )
}
