// Single-file components are compiled by @vitejs/plugin-vue; TypeScript sees them as components.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
