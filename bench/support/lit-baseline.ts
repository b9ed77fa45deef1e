/**
 * The yardstick of bench/bundle-eval.bench.ts: Lit and @lit/context alone, whole (every export
 * kept), built with the same settings as the CDN bundle (`vite build --mode lit-baseline`).
 * What our bundle costs to evaluate is compared with what the libraries it stands on cost.
 */
export * from 'lit';
export * from 'lit/directives/if-defined.js';
export * from '@lit/context';
