// The axe sweep's states for a dark system preference; runs in browsers launched dark (the
// `dark` group, scripts/wtr-media.mjs).
import { axeSweep } from './axe-sweep.js';

axeSweep('dark');
