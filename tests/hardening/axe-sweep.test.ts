// The axe sweep's states for a light system preference (the dark ones: axe-sweep.dark.test.ts).
import { axeSweep } from './axe-sweep.js';

axeSweep('light');
