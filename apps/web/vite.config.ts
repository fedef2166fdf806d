import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Vendor chunks, so no single file grows past ~1 MB and vendors stay cached across deploys.
 * Pages are lazy routes already; echarts and bpmn-js get their own chunks, loaded only by the
 * pages that draw charts or diagrams.
 */
const nm = (names: string) => new RegExp(`node_modules[\\\\/](${names})[\\\\/]`);
const vendorGroups = [
  { name: 'react', test: nm('react|react-dom|scheduler|react-router|cookie|set-cookie-parser'), priority: 50 },
  { name: 'echarts', test: nm('echarts|zrender|tslib'), priority: 40 },
  { name: 'bpmn', test: nm('bpmn-js|diagram-js|bpmn-moddle|moddle|moddle-xml|bpmn-auto-layout|min-dash|min-dom|tiny-svg|ids|didi|path-intersection|saxen|inherits-browser|object-refs|hammerjs'), priority: 40 },
  { name: 'antd-icons', test: nm('@ant-design[\\\\/]icons|@ant-design[\\\\/]icons-svg'), priority: 30 },
  // antd's building blocks (no imports back into antd), then antd itself: two chunks under 1 MB.
  { name: 'antd-base', test: nm('@rc-component|rc-[^\\\\/]+|@ant-design[\\\\/](cssinjs|cssinjs-utils|colors|fast-color|react-slick)|@emotion|dayjs|classnames|clsx|stylis|throttle-debounce|compute-scroll-into-view|scroll-into-view-if-needed|json2mq|resize-observer-polyfill|copy-to-clipboard|toggle-selection|@babel[\\\\/]runtime'), priority: 25 },
  { name: 'antd', test: nm('antd'), priority: 20 },
  { name: 'libs', test: /node_modules/, priority: 10 },
];

export default defineConfig(({ mode }) => {
  // The API server that /api is proxied to; GUANJIA_API_URL (environment or .env) overrides it.
  const apiTarget = loadEnv(mode, '.', '').GUANJIA_API_URL || 'http://127.0.0.1:3000';
  // changeOrigin stays false: on writes the server compares Origin with Host.
  const proxy = { '/api': { target: apiTarget, changeOrigin: false } };
  return {
    plugins: [react()],
    server: { port: 5173, proxy },
    preview: { proxy },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      chunkSizeWarningLimit: 1000,
      rolldownOptions: {
        output: { codeSplitting: { groups: vendorGroups } },
      },
    },
  };
});
