/**
 * The IX elements in a Vue 3 app, imported the way an npm user would. Vue is told that `ix-*` tags
 * are custom elements (in the vite config), sets their properties when the element has them and
 * listens to `@ix-*` events. Template types come from `ix-widgets/vue` (generated from the manifest).
 */
import 'ix-widgets';
import type {} from 'ix-widgets/vue';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
