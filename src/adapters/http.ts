/**
 * HTTP for the adapters. The API adapters (GitHub through Octokit, GitLab through fetch) use
 * fetchWithTimeout. `catalog import` reads price feeds with fetchJson: Node's built-in fetch with
 * a timeout per attempt, retries with exponential backoff on 429 and 5xx (honouring
 * Retry-After), and errors that say what to do (which environment variable holds the key, that a
 * page was HTML or cut short). Messages never quote the response body.
 */
export interface FetchJsonOptions {
  headers?: Record<string, string>;
  /** Environment variable that holds the key, named in 401/403 errors. */
  authEnv?: string;
  /** Per attempt, milliseconds. */
  timeoutMs: number;
  /** Retries after the first attempt (on 429, 5xx, timeouts and network errors). */
  retries: number;
  /** First backoff delay in milliseconds; doubles per retry. */
  backoffMs: number;
  /** Longest wait a Retry-After header may ask for before the request is given up. */
  maxRetryAfterMs: number;
  /** Largest response accepted, in bytes. */
  maxBytes: number;
  /** Injected so tests can count and skip waits; defaults to setTimeout. */
  sleep?: (ms: number) => Promise<void>;
}

export interface FetchedJson {
  data: unknown;
  /** The URL that answered (after redirects). */
  url: string;
  /** Hex SHA-256 of the response body as received. */
  sha256: string;
  bytes: number;
  attempts: number;
}

/** Fetching failed in a way retrying will not fix (or retries ran out); `message` is for people. */
export class HttpError extends Error {
  override name = "HttpError";
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retry-After is seconds or an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Reads at most `max` bytes; undefined when the body is larger. */
async function readCapped(response: Response, max: number): Promise<Uint8Array | undefined> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function looksLikeHtml(contentType: string, text: string): boolean {
  return /\btext\/html\b/i.test(contentType) || /^\s*<(!doctype|html|head|body)\b/i.test(text);
}

/** Parses JSON without echoing V8's message, which quotes the input. */
function parseJson(text: string, url: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    if (/end of JSON input|Unterminated|Expected .* after/i.test(message) && !/position 0\b/.test(message)) {
      throw new HttpError(`${url} sent JSON that ends early (${text.length} characters): the response was cut short; try again`);
    }
    throw new HttpError(`${url} did not send valid JSON`);
  }
}

export async function fetchJson(url: string, options: FetchJsonOptions): Promise<FetchedJson> {
  const sleep = options.sleep ?? sleepFor;
  const attempts = options.retries + 1;
  let lastProblem = "";
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { accept: "application/json", ...options.headers },
        signal: AbortSignal.timeout(options.timeoutMs),
        redirect: "follow",
      });
    } catch (error) {
      const cause = (error as Error).name === "TimeoutError" ? `no answer within ${options.timeoutMs / 1000} s` : `the connection failed or broke off (${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message})`;
      lastProblem = cause;
      if (attempt < attempts) {
        await sleep(options.backoffMs * 2 ** (attempt - 1));
        continue;
      }
      throw new HttpError(`${url}: ${cause}${attempts > 1 ? ` (${attempts} attempts)` : ""}`);
    }
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      const fix = options.authEnv
        ? options.headers?.authorization
          ? `check the API key in ${options.authEnv}`
          : `set ${options.authEnv} to an API key`
        : "this address needs credentials tokenbudget does not send; download the file and pass its path";
      throw new HttpError(`${url} answered ${status}: ${fix}`);
    }
    if (response.status === 429 || response.status >= 500) {
      const wait = retryAfterMs(response.headers.get("retry-after"), Date.now());
      await response.body?.cancel();
      lastProblem = `answered ${status}`;
      if (attempt < attempts && (wait === undefined || wait <= options.maxRetryAfterMs)) {
        await sleep(wait ?? options.backoffMs * 2 ** (attempt - 1));
        continue;
      }
      const why = wait !== undefined && wait > options.maxRetryAfterMs ? `; it asks to wait ${Math.ceil(wait / 1000)} s, longer than tokenbudget waits` : "";
      throw new HttpError(`${url} ${lastProblem} (${attempt} attempt${attempt === 1 ? "" : "s"})${why}; try again later`);
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new HttpError(`${url} answered ${status}`);
    }
    const body = await readCapped(response, options.maxBytes).catch((error: Error) => {
      throw new HttpError(`${url}: the response broke off (${error.message}); try again`);
    });
    if (body === undefined) throw new HttpError(`${url} sent more than ${options.maxBytes} bytes; refused`);
    const declared = Number(response.headers.get("content-length") ?? NaN);
    if (Number.isFinite(declared) && !response.headers.get("content-encoding") && body.byteLength < declared) {
      throw new HttpError(`${url} sent ${body.byteLength} of ${declared} bytes: the response was cut short; try again`);
    }
    const text = new TextDecoder().decode(body);
    if (looksLikeHtml(response.headers.get("content-type") ?? "", text)) {
      throw new HttpError(`${url} sent an HTML page, not JSON (a login, error or captcha page?)`);
    }
    return {
      data: parseJson(text, url),
      url: response.url || url,
      sha256: (await import("node:crypto")).createHash("sha256").update(body).digest("hex"),
      bytes: body.byteLength,
      attempts: attempt,
    };
  }
  throw new HttpError(`${url}: ${lastProblem}`);
}

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
