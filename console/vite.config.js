import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// The build lands where Spring Boot serves static files from a jar on the classpath.
// `npm run dev` proxies the API paths to a running server (COMPUTILITY_SERVER, default :8080).
const server = process.env.COMPUTILITY_SERVER || 'http://localhost:8080'
const proxied = ['/api', '/openapi', '/scheduler', '/v3', '/actuator']

export default defineConfig({
  plugins: [vue()],
  build: {
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  // Vitest (npm test): the shared pieces' component tests in test/, in a simulated DOM.
  test: {
    environment: 'happy-dom',
    include: ['test/**/*.test.js'],
  },
  server: {
    proxy: Object.fromEntries(proxied.map((p) => [p, { target: server, changeOrigin: true }])),
  },
})
