export function generateManifests(count: number, seed?: number): string[];
export function generateRepo(dir: string, workloads: number, seed?: number): { base: Map<string, string>; head: Map<string, string> };
