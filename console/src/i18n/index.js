import { createI18n } from 'vue-i18n'
import en from './en.json'
import zhCN from './zh-CN.json'

// Both files must hold the same keys: ConsoleI18nKeysTest in the server module checks it.
export const LANGUAGES = [
  { code: 'zh-CN', label: '中文' },
  { code: 'en', label: 'English' },
]
const STORED = 'computility.lang'

function initial() {
  const saved = localStorage.getItem(STORED)
  if (LANGUAGES.some((l) => l.code === saved)) return saved
  return (navigator.language || '').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}

export const i18n = createI18n({
  legacy: false,
  locale: initial(),
  fallbackLocale: 'en',
  messages: { en, 'zh-CN': zhCN },
  missingWarn: false,
  fallbackWarn: false,
})

export function setLanguage(code) {
  i18n.global.locale.value = code
  localStorage.setItem(STORED, code)
  document.documentElement.lang = code
}
