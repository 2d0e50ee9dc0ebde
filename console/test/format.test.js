import { beforeEach, describe, expect, it } from 'vitest'
import { i18n } from '../src/i18n/index.js'
import { between, bytesFromGb, bytesFromMb, bytesOfTotal, cards, duration, number, percent, percentText, ratioText, time } from '../src/format.js'

const lang = (code) => (i18n.global.locale.value = code)

describe('units and numbers', () => {
  beforeEach(() => lang('en'))

  it('scales memory given in MB to MiB, GiB and TiB', () => {
    expect(bytesFromMb(512)).toBe('512 MiB')
    expect(bytesFromMb(81920)).toBe('80 GiB')
    expect(bytesFromMb(1536)).toBe('1.5 GiB')
    expect(bytesFromMb(2097152)).toBe('2 TiB')
    expect(bytesFromMb(71303168)).toBe('68 TiB')
    expect(bytesFromGb(4608)).toBe('4.5 TiB')
    expect(bytesFromMb(undefined)).toBe('—')
  })

  it('writes used of total in the unit of the total', () => {
    expect(bytesOfTotal(2097152, 71303168)).toBe('2 / 68 TiB')
    expect(bytesOfTotal(256, 81920)).toBe('0.3 / 80 GiB')
    expect(bytesOfTotal(300, 1000)).toBe('300 / 1,000 MiB')
  })

  it('writes ratios and percentages with the language\'s spacing', () => {
    expect(ratioText(0.031)).toBe('3.1 %')
    expect(percentText(200, 0)).toBe('200 %')
    lang('zh-CN')
    expect(ratioText(0.031)).toBe('3.1%')
    expect(percent(1, 3)).toBe(25)
    expect(percent(0, 0)).toBe(0)
  })

  it('counts cards in words, singular and plural', () => {
    expect(cards(1)).toBe('1 card')
    expect(cards(448)).toBe('448 cards')
    lang('zh-CN')
    expect(cards(4)).toBe('4 张卡')
  })

  it('groups digits by language', () => {
    expect(number(8704)).toBe('8,704')
    expect(number(1.23456, 2)).toBe('1.23')
    expect(number(null)).toBe('—')
  })
})

describe('times', () => {
  beforeEach(() => lang('en'))

  it('says a duration in its two largest units', () => {
    expect(duration(42_000)).toBe('42 s')
    expect(duration(303_000)).toBe('5 min 3 s')
    expect(duration(7_500_000)).toBe('2 h 5 min')
    expect(duration(3 * 86400e3 + 4 * 3600e3 + 5000)).toBe('3 d 4 h')
    expect(duration(3600e3)).toBe('1 h')
    lang('zh-CN')
    expect(duration(303_000)).toBe('5 分 3 秒')
  })

  it('measures between two instants, or until now', () => {
    expect(between('2026-01-01T00:00:00Z', '2026-01-01T00:01:30Z')).toBe('1 min 30 s')
    expect(between('2026-01-01T00:00:00Z', null, Date.parse('2026-01-01T00:00:09Z'))).toBe('9 s')
    expect(between(null)).toBe('—')
  })

  it('formats dates by the UI language, not the browser\'s', () => {
    const at = '2026-03-05T14:03:07Z'
    const local = new Date(at)
    const hh = String(local.getHours()).padStart(2, '0')
    expect(time(at)).toBe(`${local.getDate()} Mar 2026, ${hh}:03:07`)
    lang('zh-CN')
    expect(time(at)).toBe(`2026/03/${String(local.getDate()).padStart(2, '0')} ${hh}:03:07`)
    expect(time('')).toBe('')
  })
})
