/** Escaping for the build's HTML and XML (text and double-quoted attributes alike). */
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escape = (text: string) => text.replace(/[&<>"']/g, (c) => entities[c]!);
