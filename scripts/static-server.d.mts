export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export function serveStatic(
  root: string,
  options?: { headersFor?: (path: string) => Record<string, string>; cdn?: boolean },
): Promise<StaticServer>;
