export function writeLongNoteRepo(dir: string, size: { copies: number; workloads: number }): void;
export function writeLongPathRepo(dir: string, workloads: number): string;
