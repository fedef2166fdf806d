import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Vendor chunk for a module id, so no single chunk grows past ~1 MB and vendors cache well. */
function vendorChunk(id: string): string | undefined {
  if (!id.includes('node_modules')) return undefined;
  if (/node_modules\/(react|react-dom|scheduler|react-router)\//.test(id)) return 'react';
  if (/node_modules\/(echarts|zrender)\//.test(id)) return 'echarts';
  if (/node_modules\/(bpmn-js|diagram-js|bpmn-moddle|moddle|bpmn-auto-layout|min-dash|min-dom|tiny-svg)\//.test(id)) return 'bpmn';
  if (/node_modules\/(@ant-design\/icons|@ant-design\/icons-svg)\//.test(id)) return 'antd-icons';
  if (/node_modules\/(antd|@ant-design|@rc-component|rc-[^/]+|@emotion)\//.test(id)) return 'antd';
  if (/node_modules\/(i18next|react-i18next|@tanstack|dayjs)\//.test(id)) return 'libs';
  return undefined;
}

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      output: { manualChunks: vendorChunk },
    },
  },
});
