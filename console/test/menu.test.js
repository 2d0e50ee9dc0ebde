import { describe, expect, it } from 'vitest'
import { AREAS, placeOf, visibleAreas } from '../src/menu.js'
import { routes } from '../src/router.js'

const perm = Object.fromEntries(routes.map((r) => [r.name, r.meta.perm]))
const areasFor = (codes) => visibleAreas((n) => !perm[n] || codes.includes(perm[n]), (n) => !!perm[n])

describe('menu config', () => {
  it('names only routes that exist', () => {
    for (const a of AREAS) for (const g of a.groups) for (const n of g.items) expect(perm).toHaveProperty(n)
  })

  it('shows a user only the pages of their codes; empty groups and areas go', () => {
    const auditor = areasFor(['audit:read', 'user:read'])
    const office = auditor.find((a) => a.key === 'office')
    expect(office.groups.map((g) => g.key)).toEqual(['overview', 'system'])
    expect(office.groups[1].items).toEqual(['users', 'audit'])
    expect(office.granted).toBe(2)
    // the portal keeps the pages open to everyone, but grants nothing
    expect(auditor.find((a) => a.key === 'portal').granted).toBe(0)
  })

  it('places a page in the preferred area when it sits in several', () => {
    const all = areasFor(['job:read', 'job:submit', 'pool:read', 'pool:write', 'center:read'])
    expect(placeOf(all, 'overview', 'office').area.key).toBe('office')
    expect(placeOf(all, 'overview', 'portal').area.key).toBe('portal')
    expect(placeOf(all, 'centers', 'portal').area.key).toBe('office')
    expect(placeOf(all, 'jobs', 'office').group.key).toBe('jobs')
    expect(placeOf(all, 'login', 'portal')).toBe(null)
  })
})
