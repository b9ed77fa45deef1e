export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export function serveStatic(
  root: string,
  options?: { headersFor?: (path: string) => Record<string, string>; cdn?: boolean; aliases?: Record<string, string>; port?: number },
): Promise<StaticServer>;
