/**
 * The one HTTP client of the adapters: GitHub (as Octokit's fetch), GitLab, the price feeds and
 * the usage APIs all go through `createHttpClient`, so they share one policy:
 *
 * - a timeout on every attempt, and retries on 429, 5xx, rate-limit 403s, timeouts and broken
 *   connections, waiting what Retry-After (or x-ratelimit-reset) asks, up to `maxRetryAfterMs`;
 * - a credential goes only to the origins its `Credential` lists, only over https (loopback
 *   excepted, for tests), and every credential header is dropped when a redirect leaves the origin;
 * - a credential's value is checked before it is used, and messages name its variable, never
 *   any part of the value; bodies are never quoted;
 * - paging stops after `maxPages` pages or `maxPagingMs`, with an error saying so.
 *
 * API: `createHttpClient(policy, credential?)` gives `request` (one call, retried), `getJson`
 * (a JSON document with its SHA-256), `paginate` (pages by a next-URL function) and `fetch`
 * (the same, fetch-shaped, for libraries). `checkCredential` validates a secret up front.
 */

/** Fetching failed in a way retrying will not fix (or retries ran out); `message` is for people. */
export class HttpError extends Error {
  override name = "HttpError";
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** A secret and where it may go. */
export interface Credential {
  /** The environment variable or input that holds it: the only thing a message names. */
  name: string;
  value: string;
  /** The request header that carries it, lower case ("authorization", "private-token"). */
  header: string;
  /** Written before the value, e.g. "Bearer " or "token ". */
  prefix?: string;
  /** Origins (`https://host[:port]`) that may receive it. */
  origins: readonly string[];
  /** How the operator names another origin ("--key-origin"), for the advice when it was withheld. */
  allowWith?: string;
}

export interface HttpPolicy {
  /** Per attempt, milliseconds. */
  timeoutMs: number;
  /** Retries after the first attempt. */
  retries: number;
  /** First backoff delay in milliseconds; doubles per retry. */
  backoffMs: number;
  /** Longest wait a Retry-After (or rate-limit reset) may ask for; a longer one gives up. */
  maxRetryAfterMs: number;
  /** Largest response body accepted, in bytes. */
  maxBytes: number;
  /** Milliseconds per second of Retry-After (1000; tests pass 1). */
  secondMs?: number;
  /** Pages and total time `paginate` may take (default 1,000 pages, 10 minutes). */
  maxPages?: number;
  maxPagingMs?: number;
  /** Names the API in logs and errors ("GitLab"); default: the URL. */
  label?: string;
  log?: (message: string) => void;
  /** Injected so tests can count and skip waits; defaults to setTimeout. */
  sleep?: (ms: number) => Promise<void>;
}

export interface HttpResponse {
  status: number;
  statusText: string;
  headers: Headers;
  /** The URL that answered, after redirects. */
  url: string;
  body: Uint8Array;
  attempts: number;
  /** Whether the credential went with the request that answered. */
  credentialSent: boolean;
}

export interface FetchedJson {
  data: unknown;
  url: string;
  /** Hex SHA-256 of the body as received. */
  sha256: string;
  bytes: number;
  attempts: number;
}

export interface RequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

export interface JsonInit extends RequestInit {
  /** The variable that would hold a key when none is given, for a 401's advice. */
  keyName?: string;
}

export interface HttpClient {
  /** One request, retried per the policy; any status that is not retried comes back as a response. */
  request(url: string, init?: RequestInit): Promise<HttpResponse>;
  /** A JSON document: a non-2xx status, HTML, a cut-short or oversized body is an HttpError. */
  getJson(url: string, init?: JsonInit): Promise<FetchedJson>;
  /** Each page's response, following `next` (the next URL, or undefined at the end), within the paging bounds. */
  paginate(url: string, next: (page: HttpResponse) => string | undefined, init?: RequestInit): AsyncGenerator<HttpResponse>;
  /** The same policy behind fetch's signature, for libraries that take a fetch (Octokit). */
  fetch: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** A code host's API (GitHub, GitLab): three retries from a one-second backoff, a minute's Retry-After at most. */
export function codeHostPolicy(
  label: string,
  maxBytes: number,
  options: { timeoutMs?: number; retries?: number; secondMs?: number; log?: (message: string) => void },
): HttpPolicy {
  const secondMs = options.secondMs ?? 1000;
  return {
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retries: options.retries ?? 3,
    backoffMs: secondMs,
    secondMs,
    maxRetryAfterMs: 60 * secondMs,
    maxBytes,
    label,
    log: options.log,
  };
}
const MAX_REDIRECTS = 5;

/** Headers that carry credentials by any name the APIs use: never sent across origins. */
const CREDENTIAL_HEADERS = ["authorization", "private-token", "job-token", "cookie", "proxy-authorization", "x-api-key"];

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Refuses a credential value a header cannot carry (a line break, a space, non-ASCII) before it is
 * sent: fetch's own error would quote it. The message names the variable only.
 */
export function checkCredential(name: string, value: string): void {
  if (value.length === 0) throw new HttpError(`${name} is empty; set it to the token`);
  if (!/^[\x21-\x7e]+$/.test(value)) {
    throw new HttpError(
      `${name} holds a character an HTTP header cannot carry (a line break, a space or a non-ASCII character); set it to the token alone`,
    );
  }
}

function isLoopback(url: URL): boolean {
  const host = url.hostname;
  return host === "localhost" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** `https://host[:port]` of a URL; an unreadable URL is an HttpError naming it. */
export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    throw new HttpError(`"${url}" is not a URL`);
  }
}

/** Whether `credential` may go with a request to `url`: its origin is listed, over https or to loopback. */
export function mayCarry(credential: Credential, url: string): boolean {
  const target = new URL(url);
  return (
    credential.origins.includes(target.origin) && (target.protocol === "https:" || (target.protocol === "http:" && isLoopback(target)))
  );
}

/** Retry-After is seconds or an HTTP date; GitHub's primary rate limit says when it resets instead. */
function waitAsked(headers: Headers, status: number, secondMs: number, now: number): number | undefined {
  const after = headers.get("retry-after")?.trim();
  if (after) {
    if (/^\d+$/.test(after)) return Number(after) * secondMs;
    const date = Date.parse(after);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  if (status === 403 && headers.get("x-ratelimit-remaining") === "0") {
    const reset = Number(headers.get("x-ratelimit-reset"));
    return Number.isFinite(reset) ? Math.max(0, reset * 1000 - now) : undefined;
  }
  return undefined;
}

function retryable(status: number, headers: Headers): boolean {
  // A 403 is a permission problem unless it is a rate limit (GitHub's primary or secondary).
  const limited = status === 403 && (headers.get("x-ratelimit-remaining") === "0" || headers.has("retry-after"));
  return status === 429 || status >= 500 || limited;
}

/** Reads at most `max` bytes; undefined when the body is larger. */
async function readBody(response: Response, max: number): Promise<Uint8Array | undefined> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const read = await reader.read();
    if (read.done) break;
    // Fetch's body streams are typed `any`; their chunks are bytes.
    const value: unknown = read.value;
    if (!(value instanceof Uint8Array)) throw new TypeError("the response body is not bytes");
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

function connectionProblem(error: unknown, timeoutMs: number): string {
  if ((error as Error).name === "TimeoutError") return `no answer within ${timeoutMs / 1000} s`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return `the connection failed or broke off (${cause?.code ?? cause?.message ?? (error as Error).message})`;
}

/** Headers for one hop: the caller's, less every credential header, plus the credential where it may go. */
function hopHeaders(
  url: string,
  headers: Record<string, string>,
  credential: Credential | undefined,
  sameOriginAsFirst: boolean,
): { headers: Record<string, string>; sent: boolean } {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers)) {
    const name = key.toLowerCase();
    // The credential's own header is set below or not at all.
    if (name === credential?.header) continue;
    if (sameOriginAsFirst || !CREDENTIAL_HEADERS.includes(name)) out[name] = value;
  }
  const sent = credential !== undefined && sameOriginAsFirst && mayCarry(credential, url);
  if (sent) out[credential.header] = `${credential.prefix ?? ""}${credential.value}`;
  return { headers: out, sent };
}

/** What one attempt got: the response, the URL that gave it, and whether the credential went along. */
interface Answered {
  response: Response;
  url: string;
  sent: boolean;
}

const statusText = (r: { status: number; statusText: string }) => `${r.status}${r.statusText ? ` ${r.statusText}` : ""}`;

/** The client behind `createHttpClient`: each method one step of the policy. */
class Client implements HttpClient {
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly secondMs: number;

  constructor(
    private readonly policy: HttpPolicy,
    private readonly credential: Credential | undefined,
  ) {
    if (credential) checkCredential(credential.name, credential.value);
    this.sleep = policy.sleep ?? sleepFor;
    this.secondMs = policy.secondMs ?? 1000;
  }

  /** "GitLab POST /projects/1/notes" in logs and errors when the API has a name; the URL otherwise. */
  private label(url: string, method = "GET"): string {
    if (!this.policy.label) return url;
    const { pathname, search } = new URL(url);
    return `${this.policy.label} ${method.toUpperCase()} ${pathname}${search}`;
  }

  /** One attempt: follows redirects itself, so credentials never cross an origin. */
  private async attempt(url: string, init: RequestInit): Promise<Answered> {
    let current = url;
    let method = (init.method ?? "GET").toUpperCase();
    let body = init.body;
    const first = originOf(url);
    const deadline = AbortSignal.timeout(this.policy.timeoutMs);
    for (let hop = 0; ; hop++) {
      const { headers, sent } = hopHeaders(current, init.headers ?? {}, this.credential, originOf(current) === first);
      const response = await fetch(current, {
        method,
        headers,
        ...(body === undefined ? {} : { body }),
        redirect: "manual",
        signal: deadline,
      });
      const location = response.headers.get("location");
      if (response.status < 300 || response.status >= 400 || response.status === 304 || !location) return { response, url: current, sent };
      await response.body?.cancel();
      if (hop >= MAX_REDIRECTS) throw new HttpError(`${this.label(url)}: more than ${MAX_REDIRECTS} redirects`);
      current = new URL(location, current).toString();
      // 303 (and 301/302 after a POST, as browsers do) turn into a GET without a body.
      if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === "POST")) {
        method = "GET";
        body = undefined;
      }
    }
  }

  /** The wait before attempt n + 1, or undefined when this answer is final. */
  private retryWait(answered: Answered, n: number, what: string): number | undefined {
    const { response } = answered;
    if (!retryable(response.status, response.headers)) return undefined;
    const attempts = this.policy.retries + 1;
    const wait = waitAsked(response.headers, response.status, this.secondMs, Date.now());
    const backoff = this.policy.backoffMs * 2 ** (n - 1);
    if (wait !== undefined && wait > this.policy.maxRetryAfterMs) {
      this.policy.log?.(`${what} asks to wait ${Math.ceil(wait / this.secondMs)} s, longer than tokenbudget waits; giving up`);
      return undefined;
    }
    if (n < attempts) {
      this.policy.log?.(
        `${what}: ${statusText(response)}; retrying in ${Math.ceil((wait ?? backoff) / this.secondMs)} s (${n}/${this.policy.retries})`,
      );
      return wait ?? backoff;
    }
    if (attempts > 1) this.policy.log?.(`${what}: ${statusText(response)} ${attempts} times; giving up`);
    return undefined;
  }

  async request(url: string, init: RequestInit = {}): Promise<HttpResponse> {
    const attempts = this.policy.retries + 1;
    const what = this.label(url, init.method);
    for (let n = 1; ; n++) {
      let answered: Answered;
      try {
        answered = await this.attempt(url, init);
      } catch (error) {
        if (error instanceof HttpError) throw error;
        const problem = connectionProblem(error, this.policy.timeoutMs);
        if (n >= attempts) throw new HttpError(`${what}: ${problem}${attempts > 1 ? ` (${attempts} attempts)` : ""}`);
        this.policy.log?.(`${what}: ${problem}; retrying (${n}/${this.policy.retries})`);
        await this.sleep(this.policy.backoffMs * 2 ** (n - 1));
        continue;
      }
      const wait = this.retryWait(answered, n, what);
      if (wait !== undefined) {
        await answered.response.body?.cancel();
        await this.sleep(wait);
        continue;
      }
      const { response } = answered;
      const body = await readBody(response, this.policy.maxBytes).catch((error: unknown) => {
        throw new HttpError(`${what}: the response broke off (${error instanceof Error ? error.message : String(error)}); try again`);
      });
      if (body === undefined) throw new HttpError(`${what} sent more than ${this.policy.maxBytes} bytes; refused`);
      return {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
        url: answered.url,
        body,
        attempts: n,
        credentialSent: answered.sent,
      };
    }
  }

  async getJson(url: string, init: JsonInit = {}): Promise<FetchedJson> {
    const { keyName, ...rest } = init;
    const response = await this.request(url, { ...rest, headers: { accept: "application/json", ...rest.headers } });
    const status = statusText(response);
    if (response.status === 401 || response.status === 403)
      throw new HttpError(`${url} answered ${status}: ${authAdvice(this.credential, response, url, keyName)}`, response.status);
    if (retryable(response.status, response.headers)) {
      const wait = waitAsked(response.headers, response.status, this.secondMs, Date.now());
      const why =
        wait !== undefined && wait > this.policy.maxRetryAfterMs
          ? `; it asks to wait ${Math.ceil(wait / this.secondMs)} s, longer than tokenbudget waits`
          : "";
      throw new HttpError(
        `${url} answered ${status} (${response.attempts} attempt${response.attempts === 1 ? "" : "s"})${why}; try again later`,
        response.status,
      );
    }
    if (response.status < 200 || response.status >= 300) throw new HttpError(`${url} answered ${status}`, response.status);
    return jsonOf(response, url);
  }

  async *paginate(url: string, next: (page: HttpResponse) => string | undefined, init: RequestInit = {}): AsyncGenerator<HttpResponse> {
    const maxPages = this.policy.maxPages ?? 1000;
    const maxMs = this.policy.maxPagingMs ?? 600_000;
    const started = Date.now();
    for (let page: string | undefined = url, count = 0; page !== undefined; count++) {
      if (count >= maxPages || Date.now() - started > maxMs) {
        const bound = count >= maxPages ? `${maxPages} pages` : `${maxMs / 1000} s`;
        throw new HttpError(`${this.label(url)}: still more pages after ${bound}; stopped (the API keeps announcing a next page)`);
      }
      const response = await this.request(page, init);
      yield response;
      page = next(response);
    }
  }

  readonly fetch: typeof fetch = async (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.toString() : input.url;
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => (headers[key] = value));
    const body = init?.body;
    if (body !== undefined && body !== null && typeof body !== "string" && !(body instanceof Uint8Array))
      throw new HttpError(`${this.label(url)}: a request body must be text or bytes`);
    const response = await this.request(url, { method: init?.method ?? "GET", headers, ...(body ? { body } : {}) }).catch(
      (error: unknown) => {
        // Libraries see a failed connection as fetch would report it.
        throw error instanceof HttpError ? new TypeError(error.message, { cause: error }) : error;
      },
    );
    const empty = response.status === 204 || response.status === 304 || response.body.byteLength === 0;
    const out = new Response(empty ? null : response.body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    Object.defineProperty(out, "url", { value: response.url });
    return out;
  };
}

/** A 2xx body as JSON: HTML, a body cut short of its Content-Length, or bad JSON is an HttpError. */
async function jsonOf(response: HttpResponse, url: string): Promise<FetchedJson> {
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && !response.headers.get("content-encoding") && response.body.byteLength < declared) {
    throw new HttpError(`${url} sent ${response.body.byteLength} of ${declared} bytes: the response was cut short; try again`);
  }
  const text = new TextDecoder().decode(response.body);
  if (/\btext\/html\b/i.test(response.headers.get("content-type") ?? "") || /^\s*<(!doctype|html|head|body)\b/i.test(text)) {
    throw new HttpError(`${url} sent an HTML page, not JSON (a login, error or captcha page?)`);
  }
  const { createHash } = await import("node:crypto");
  return {
    data: parseJson(text, url),
    url: response.url,
    sha256: createHash("sha256").update(response.body).digest("hex"),
    bytes: response.body.byteLength,
    attempts: response.attempts,
  };
}

export function createHttpClient(policy: HttpPolicy, credential?: Credential): HttpClient {
  return new Client(policy, credential);
}

/** What to do about a 401 or 403, naming the variable, never its value. */
function authAdvice(credential: Credential | undefined, response: HttpResponse, url: string, keyName: string | undefined): string {
  if (!credential)
    return keyName
      ? `set ${keyName} to an API key`
      : "this address needs credentials tokenbudget does not send; download the file and pass its path";
  if (response.credentialSent) return `check the API key in ${credential.name}`;
  const target = new URL(url);
  if (credential.origins.includes(target.origin)) return `${credential.name} is sent only over https; use an https address`;
  return `${credential.name} is sent only to ${credential.origins.join(", ")}${credential.allowWith ? `; to send it to ${target.origin}, name it with ${credential.allowWith}` : ""}`;
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

/** A one-off JSON read with its own policy (the price feeds). */
export function fetchJson(url: string, options: HttpPolicy & { credential?: Credential; keyName?: string }): Promise<FetchedJson> {
  const { credential, keyName, ...policy } = options;
  return createHttpClient(policy, credential).getJson(url, keyName ? { keyName } : {});
}
