// Shared by the API adapters (GitHub through Octokit, GitLab through fetch).

export const DEFAULT_TIMEOUT_MS = 30_000;

/** fetch with a deadline: a hung connection must not hold a CI job until its own timeout. */
export function fetchWithTimeout(timeoutMs: number): typeof fetch {
  return (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    return fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline }).catch((error: unknown) => {
      if (deadline.aborted) throw new Error(`no answer within ${timeoutMs / 1000} s`, { cause: error });
      throw error;
    });
  };
}
