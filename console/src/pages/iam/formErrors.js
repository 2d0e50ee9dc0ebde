// Puts a server error under the form field its message names (org_id …, quota.gpu …,
// permissions[2] …): the first segment of the field path picks the slot; else it goes in `_`.
export function placeError(errors, e, keys) {
  const field = e && e.field ? e.field : ''
  const exact = keys.find((k) => k === field)
  const head = keys.find((k) => field.startsWith(k + '.') || field.startsWith(k + '['))
  errors[exact || head || '_'] = e.message
}
