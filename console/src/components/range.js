/** The API's since/until (ISO) of a TimeRange's value; absent ends are left out. */
export function rangeParams(range, names = ['since', 'until']) {
  const iso = (d) => (d ? new Date(d).toISOString() : undefined)
  return { [names[0]]: iso(range?.[0]), [names[1]]: iso(range?.[1]) }
}
