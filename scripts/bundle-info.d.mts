import type { BundleInfo } from '../src/embed/snippet.js';

export function integrityOf(bytes: Uint8Array): string;
export function bundleInfo(projectRoot?: string): BundleInfo;
