import { createApp } from 'vue'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import App from './App.vue'
import { router } from './router.js'
import { i18n } from './i18n/index.js'

// Mounted once the first route is known: a signed-out visitor sees the login page straight away,
// never the shell first.
const app = createApp(App).use(router).use(i18n).use(ElementPlus)
router.isReady().then(() => app.mount('#app'))
