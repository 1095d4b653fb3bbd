import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  DEFAULT_PATTERN,
  GitError,
  NameIndex,
  blobId,
  closest,
  didYouMean,
  discover,
  editDistance,
  listTree,
  readBlobs,
  readCapped,
  readStreamCapped,
  resolveInRepo,
  resolveInside,
  resolveModel,
  resolveOperatorPath,
  resolveUnderRoot,
  runRoot,
  strictestSetting,
  toPosix
} from "./chunk-2IK5AYSC.js";
import {
  __commonJS,
  __toESM
} from "./chunk-LZQXQOPJ.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length3(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length3;
    ucs2length3.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/adapters/http.ts
var HttpError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
  status;
  name = "HttpError";
};
var DEFAULT_TIMEOUT_MS = 3e4;
function codeHostPolicy(label, maxBytes, options) {
  const secondMs = options.secondMs ?? 1e3;
  return {
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retries: options.retries ?? 3,
    backoffMs: secondMs,
    secondMs,
    maxRetryAfterMs: 60 * secondMs,
    maxBytes,
    label,
    log: options.log
  };
}
var MAX_REDIRECTS = 5;
var CREDENTIAL_HEADERS = ["authorization", "private-token", "job-token", "cookie", "proxy-authorization", "x-api-key"];
var sleepFor = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function checkCredential(name, value) {
  if (value.length === 0) throw new HttpError(`${name} is empty; set it to the token`);
  if (!/^[\x21-\x7e]+$/.test(value)) {
    throw new HttpError(
      `${name} holds a character an HTTP header cannot carry (a line break, a space or a non-ASCII character); set it to the token alone`
    );
  }
}
function isLoopback(url) {
  const host = url.hostname;
  return host === "localhost" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
}
function originOf(url) {
  try {
    return new URL(url).origin;
  } catch {
    throw new HttpError(`"${url}" is not a URL`);
  }
}
function mayCarry(credential, url) {
  const target = new URL(url);
  return credential.origins.includes(target.origin) && (target.protocol === "https:" || target.protocol === "http:" && isLoopback(target));
}
function waitAsked(headers, status, secondMs, now) {
  const after = headers.get("retry-after")?.trim();
  if (after) {
    if (/^\d+$/.test(after)) return Number(after) * secondMs;
    const date = Date.parse(after);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  if (status === 403 && headers.get("x-ratelimit-remaining") === "0") {
    const reset = Number(headers.get("x-ratelimit-reset"));
    return Number.isFinite(reset) ? Math.max(0, reset * 1e3 - now) : void 0;
  }
  return void 0;
}
function retryable(status, headers) {
  const limited = status === 403 && (headers.get("x-ratelimit-remaining") === "0" || headers.has("retry-after"));
  return status === 429 || status >= 500 || limited;
}
async function readBody(response, max) {
  if (!response.body) return new Uint8Array();
  const chunks = [];
  let total = 0;
  const reader = response.body.getReader();
  for (; ; ) {
    const read = await reader.read();
    if (read.done) break;
    const value = read.value;
    if (!(value instanceof Uint8Array)) throw new TypeError("the response body is not bytes");
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      return void 0;
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
function connectionProblem(error, timeoutMs) {
  if (error.name === "TimeoutError") return `no answer within ${timeoutMs / 1e3} s`;
  const cause = error.cause;
  return `the connection failed or broke off (${cause?.code ?? cause?.message ?? error.message})`;
}
function hopHeaders(url, headers, credential, sameOriginAsFirst) {
  const out = {};
  for (const [key2, value] of Object.entries(headers)) {
    const name = key2.toLowerCase();
    if (name === credential?.header) continue;
    if (sameOriginAsFirst || !CREDENTIAL_HEADERS.includes(name)) out[name] = value;
  }
  const sent = credential !== void 0 && sameOriginAsFirst && mayCarry(credential, url);
  if (sent) out[credential.header] = `${credential.prefix ?? ""}${credential.value}`;
  return { headers: out, sent };
}
var statusText = (r) => `${r.status}${r.statusText ? ` ${r.statusText}` : ""}`;
var Client = class {
  constructor(policy, credential) {
    this.policy = policy;
    this.credential = credential;
    if (credential) checkCredential(credential.name, credential.value);
    this.sleep = policy.sleep ?? sleepFor;
    this.secondMs = policy.secondMs ?? 1e3;
  }
  policy;
  credential;
  sleep;
  secondMs;
  /** "GitLab POST /projects/1/notes" in logs and errors when the API has a name; the URL otherwise. */
  label(url, method = "GET") {
    if (!this.policy.label) return url;
    const { pathname, search } = new URL(url);
    return `${this.policy.label} ${method.toUpperCase()} ${pathname}${search}`;
  }
  /** One attempt: follows redirects itself, so credentials never cross an origin. */
  async attempt(url, init) {
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
        ...body === void 0 ? {} : { body },
        redirect: "manual",
        signal: deadline
      });
      const location = response.headers.get("location");
      if (response.status < 300 || response.status >= 400 || response.status === 304 || !location) return { response, url: current, sent };
      await response.body?.cancel();
      if (hop >= MAX_REDIRECTS) throw new HttpError(`${this.label(url)}: more than ${MAX_REDIRECTS} redirects`);
      current = new URL(location, current).toString();
      if (response.status === 303 || (response.status === 301 || response.status === 302) && method === "POST") {
        method = "GET";
        body = void 0;
      }
    }
  }
  /** The wait before attempt n + 1, or undefined when this answer is final. */
  retryWait(answered, n, what) {
    const { response } = answered;
    if (!retryable(response.status, response.headers)) return void 0;
    const attempts = this.policy.retries + 1;
    const wait = waitAsked(response.headers, response.status, this.secondMs, Date.now());
    const backoff = this.policy.backoffMs * 2 ** (n - 1);
    if (wait !== void 0 && wait > this.policy.maxRetryAfterMs) {
      this.policy.log?.(`${what} asks to wait ${Math.ceil(wait / this.secondMs)} s, longer than tokenbudget waits; giving up`);
      return void 0;
    }
    if (n < attempts) {
      this.policy.log?.(
        `${what}: ${statusText(response)}; retrying in ${Math.ceil((wait ?? backoff) / this.secondMs)} s (${n}/${this.policy.retries})`
      );
      return wait ?? backoff;
    }
    if (attempts > 1) this.policy.log?.(`${what}: ${statusText(response)} ${attempts} times; giving up`);
    return void 0;
  }
  async request(url, init = {}) {
    const attempts = this.policy.retries + 1;
    const what = this.label(url, init.method);
    for (let n = 1; ; n++) {
      let answered;
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
      if (wait !== void 0) {
        await answered.response.body?.cancel();
        await this.sleep(wait);
        continue;
      }
      const { response } = answered;
      const body = await readBody(response, this.policy.maxBytes).catch((error) => {
        throw new HttpError(`${what}: the response broke off (${error instanceof Error ? error.message : String(error)}); try again`);
      });
      if (body === void 0) throw new HttpError(`${what} sent more than ${this.policy.maxBytes} bytes; refused`);
      return {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
        url: answered.url,
        body,
        attempts: n,
        credentialSent: answered.sent
      };
    }
  }
  async getJson(url, init = {}) {
    const { keyName, ...rest } = init;
    const response = await this.request(url, { ...rest, headers: { accept: "application/json", ...rest.headers } });
    const status = statusText(response);
    if (response.status === 401 || response.status === 403)
      throw new HttpError(`${url} answered ${status}: ${authAdvice(this.credential, response, url, keyName)}`, response.status);
    if (retryable(response.status, response.headers)) {
      const wait = waitAsked(response.headers, response.status, this.secondMs, Date.now());
      const why = wait !== void 0 && wait > this.policy.maxRetryAfterMs ? `; it asks to wait ${Math.ceil(wait / this.secondMs)} s, longer than tokenbudget waits` : "";
      throw new HttpError(
        `${url} answered ${status} (${response.attempts} attempt${response.attempts === 1 ? "" : "s"})${why}; try again later`,
        response.status
      );
    }
    if (response.status < 200 || response.status >= 300) throw new HttpError(`${url} answered ${status}`, response.status);
    return jsonOf(response, url);
  }
  async *paginate(url, next, init = {}) {
    const maxPages = this.policy.maxPages ?? 1e3;
    const maxMs = this.policy.maxPagingMs ?? 6e5;
    const started = Date.now();
    for (let page = url, count2 = 0; page !== void 0; count2++) {
      if (count2 >= maxPages || Date.now() - started > maxMs) {
        const bound = count2 >= maxPages ? `${maxPages} pages` : `${maxMs / 1e3} s`;
        throw new HttpError(`${this.label(url)}: still more pages after ${bound}; stopped (the API keeps announcing a next page)`);
      }
      const response = await this.request(page, init);
      yield response;
      page = next(response);
    }
  }
  fetch = async (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.toString() : input.url;
    const headers = {};
    new Headers(init?.headers).forEach((value, key2) => headers[key2] = value);
    const body = init?.body;
    if (body !== void 0 && body !== null && typeof body !== "string" && !(body instanceof Uint8Array))
      throw new HttpError(`${this.label(url)}: a request body must be text or bytes`);
    const response = await this.request(url, { method: init?.method ?? "GET", headers, ...body ? { body } : {} }).catch(
      (error) => {
        throw error instanceof HttpError ? new TypeError(error.message, { cause: error }) : error;
      }
    );
    const empty = response.status === 204 || response.status === 304 || response.body.byteLength === 0;
    const out = new Response(empty ? null : response.body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers
    });
    Object.defineProperty(out, "url", { value: response.url });
    return out;
  };
};
async function jsonOf(response, url) {
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && !response.headers.get("content-encoding") && response.body.byteLength < declared) {
    throw new HttpError(`${url} sent ${response.body.byteLength} of ${declared} bytes: the response was cut short; try again`);
  }
  const text2 = new TextDecoder().decode(response.body);
  if (/\btext\/html\b/i.test(response.headers.get("content-type") ?? "") || /^\s*<(!doctype|html|head|body)\b/i.test(text2)) {
    throw new HttpError(`${url} sent an HTML page, not JSON (a login, error or captcha page?)`);
  }
  const { createHash } = await import("node:crypto");
  return {
    data: parseJson(text2, url),
    url: response.url,
    sha256: createHash("sha256").update(response.body).digest("hex"),
    bytes: response.body.byteLength,
    attempts: response.attempts
  };
}
function createHttpClient(policy, credential) {
  return new Client(policy, credential);
}
function authAdvice(credential, response, url, keyName) {
  if (!credential)
    return keyName ? `set ${keyName} to an API key` : "this address needs credentials tokenbudget does not send; download the file and pass its path";
  if (response.credentialSent) return `check the API key in ${credential.name}`;
  const target = new URL(url);
  if (credential.origins.includes(target.origin)) return `${credential.name} is sent only over https; use an https address`;
  return `${credential.name} is sent only to ${credential.origins.join(", ")}${credential.allowWith ? `; to send it to ${target.origin}, name it with ${credential.allowWith}` : ""}`;
}
function parseJson(text2, url) {
  try {
    return JSON.parse(text2);
  } catch (error) {
    const message = error.message;
    if (/end of JSON input|Unterminated|Expected .* after/i.test(message) && !/position 0\b/.test(message)) {
      throw new HttpError(`${url} sent JSON that ends early (${text2.length} characters): the response was cut short; try again`);
    }
    throw new HttpError(`${url} did not send valid JSON`);
  }
}
function fetchJson(url, options) {
  const { credential, keyName, ...policy } = options;
  return createHttpClient(policy, credential).getJson(url, keyName ? { keyName } : {});
}

// src/adapters/publish/publisher.ts
var COMMENT_MODES = ["update", "new", "hide-and-new", "off"];
var PublishError = class extends Error {
  constructor(message, status, forbidden = false) {
    super(message);
    this.status = status;
    this.forbidden = forbidden;
  }
  status;
  forbidden;
  name = "PublishError";
};
function markerComment(marker) {
  if (marker === "" || /-->|[\r\n]/.test(marker)) {
    throw new PublishError(`invalid comment marker ${JSON.stringify(marker)}: must be non-empty, one line, without "-->"`);
  }
  return `<!-- tokenbudget:${marker} -->`;
}
function ownComments(all, marker, identity) {
  return all.filter((c) => c.author === identity && c.body.startsWith(`${marker}
`));
}
async function publishSticky(publisher, options) {
  if (options.mode === "off") return { action: "skipped" };
  const marker = markerComment(options.marker);
  const room = publisher.maxBodyChars - marker.length - 1;
  const full = () => `${marker}
${options.render(room)}`;
  const { log } = options;
  let step = "reading who the token is";
  try {
    const identity = await publisher.identity();
    let own = [];
    let warning;
    if (identity === null) {
      warning = `tokenbudget could not tell which ${publisher.platform} account the token belongs to, so it edits and hides no earlier comment; ` + (options.worthAComment ? "it posts a new one instead." : "nothing is worth a new one, so it posts none.");
    } else {
      step = "listing the comments";
      own = ownComments(await publisher.list(), marker, identity);
    }
    const latest = own.at(-1);
    if (!options.worthAComment) {
      if (latest === void 0) {
        log("no earlier tokenbudget comment and nothing worth reporting: not commenting");
        return { action: "skipped", ...warning ? { warning } : {} };
      }
      const body2 = options.renderQuiet ? `${marker}
${options.renderQuiet(room)}` : full();
      if (latest.body === body2) return { action: "unchanged", url: latest.url };
      step = `updating comment ${latest.id}`;
      return { action: "updated", url: (await publisher.update(latest, body2)).url };
    }
    const body = full();
    if (options.mode === "update" && latest !== void 0) {
      if (latest.body === body) return { action: "unchanged", url: latest.url };
      step = `updating comment ${latest.id}`;
      return { action: "updated", url: (await publisher.update(latest, body)).url };
    }
    if (options.mode === "hide-and-new" && own.length > 0) {
      step = `hiding ${own.length} earlier comment(s)`;
      await publisher.hide(own);
      log(`${own.length} earlier tokenbudget comment(s) ${publisher.hideVerb}`);
      step = "creating the comment";
      return { action: "hidden-and-created", url: (await publisher.create(body)).url };
    }
    step = "creating the comment";
    return { action: "created", url: (await publisher.create(body)).url, ...warning ? { warning } : {} };
  } catch (error) {
    if (error instanceof PublishError && error.forbidden) {
      log(`${step}: ${error.message}`);
      return { action: "forbidden", warning: forbiddenWarning(publisher) };
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new PublishError(
      `${publisher.platform} API: ${step} on ${publisher.where} failed (${message})`,
      error instanceof PublishError ? error.status : void 0
    );
  }
}
function forbiddenWarning(publisher) {
  if (publisher.platform === "GitHub") {
    return "tokenbudget could not write the pull request comment: the token is not allowed to (403). This is expected for pull requests from forks, whose GITHUB_TOKEN is read-only; otherwise grant the workflow `permissions: pull-requests: write`.";
  }
  return `tokenbudget could not write the ${publisher.platform} comment on ${publisher.where}: the token is not allowed to (403). Give it the api scope and at least the Reporter role.`;
}

// package.json
var package_default = { version: "0.1.0" };

// src/version.ts
var TOOL_VERSION = package_default.version;

// src/cli/args.ts
var UsageError = class extends Error {
  name = "UsageError";
};
function positiveInt(name, value, fallback) {
  if (value === void 0) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`--${name} must be a positive whole number, got "${value}"`);
  return n;
}
function notFound(what, value, known, where = "") {
  return new UsageError(`${what} "${value}"${where}${didYouMean(value, known)}`);
}

// src/core/render/workflow-commands.ts
function neutralizeCommands(text2, atLineStart = true) {
  const legacy = text2.replace(/##\[/g, "#\\u0023[");
  const lines = legacy.replace(LINE_START_COMMAND, "$1$2: :");
  return atLineStart ? lines.replace(TEXT_START_COMMAND, "$1: :") : lines;
}
var TRIMMED = "[\\s\\u0085\\u180e\\u200b-\\u200d\\u2060\\ufeff]*";
var LINE_START_COMMAND = new RegExp(`([\\n\\r\\u2028\\u2029])(${TRIMMED})::`, "g");
var TEXT_START_COMMAND = new RegExp(`^(${TRIMMED})::`);
var BLANK = new RegExp(`^${TRIMMED}$`);
var CommandGuard = class {
  constructor(sink) {
    this.sink = sink;
  }
  sink;
  pending = "";
  atLineStart = true;
  write(text2) {
    const all = this.pending + text2;
    const lastBreak = all.lastIndexOf("\n");
    const cut = lastBreak >= 0 ? lastBreak + 1 : all.length > 65536 ? all.length - 2 : 0;
    this.pending = all.slice(cut);
    if (cut > 0) {
      const piece = all.slice(0, cut);
      this.sink.write(neutralizeCommands(piece, this.atLineStart));
      this.atLineStart = lastBreak >= 0 || this.atLineStart && BLANK.test(piece);
    }
    return true;
  }
  end() {
    if (this.pending) this.sink.write(neutralizeCommands(this.pending, this.atLineStart));
    this.pending = "";
    this.atLineStart = true;
  }
};

// src/adapters/lines.ts
var DEFAULT_LOG_LIMITS = { maxLineBytes: 16 * 1024 * 1024, maxBytes: 1024 * 1024 * 1024 };
var DEFAULT_USAGE_LIMITS = { maxLineBytes: 64 * 1024 * 1024, maxBytes: 64 * 1024 * 1024 * 1024 };
var LineLimitError = class extends Error {
  name = "LineLimitError";
};
async function* nonBlankLines(stream, limits) {
  let total = 0;
  let line = 1;
  let parts = [];
  let length = 0;
  let content = false;
  const tooLong = () => new LineLimitError(`line ${line} is longer than ${limits.maxLineBytes} bytes (raise the limit with --max-line-bytes)`);
  for await (const raw of stream) {
    const chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    total += chunk.length;
    if (total > limits.maxBytes)
      throw new LineLimitError(`more than ${limits.maxBytes} bytes after decompression (raise the limit with --max-log-bytes)`);
    const out = [];
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (b === 10) {
        if (length + (i - start) > limits.maxLineBytes) throw tooLong();
        if (content) {
          const piece = chunk.subarray(start, i);
          const bytes = parts.length > 0 ? Buffer.concat([...parts, piece]) : piece;
          out.push({ number: line, text: bytes.toString("utf8") });
        }
        line++;
        start = i + 1;
        parts = [];
        length = 0;
        content = false;
      } else if (!content && b !== 13 && b !== 32 && b !== 9) {
        content = true;
      }
    }
    const rest = chunk.length - start;
    if (length + rest > limits.maxLineBytes) throw tooLong();
    if (content && rest > 0) {
      parts.push(chunk.subarray(start));
      length += rest;
    } else if (!content) {
      length += rest;
    }
    yield* out;
  }
  if (content) yield { number: line, text: Buffer.concat(parts).toString("utf8") };
}

// src/core/rules/registry.ts
var DOCS = {
  manifest: "the-manifest",
  costs: "how-costs-are-computed",
  policy: "budgets-policies-and-pull-request-diffs",
  code: "models-in-code",
  limits: "limits-and-hostile-input",
  actuals: "actuals-what-was-really-used-and-spent"
};
var RULES = {
  // Reading the file.
  "input.not-found": {
    severity: "error",
    kind: "input",
    summary: "A path named on the command line does not exist.",
    help: "Fix the path or the glob.",
    docs: DOCS.manifest
  },
  "input.not-a-file": {
    severity: "error",
    kind: "input",
    summary: "A path names something other than a regular file (a device, a socket, a FIFO).",
    help: "Name the manifest file itself.",
    docs: DOCS.limits
  },
  "input.directory": {
    severity: "error",
    kind: "input",
    summary: "A path that must be a file is a directory.",
    help: "Name the manifest file, or pass the directory as a search root.",
    docs: DOCS.manifest
  },
  "input.unreadable": {
    severity: "error",
    kind: "input",
    summary: "A file or directory cannot be read (permissions, I/O error).",
    help: "Fix the file's permissions or remove it from the paths.",
    docs: DOCS.manifest
  },
  "input.outside-root": {
    severity: "error",
    kind: "input",
    summary: "A path, or a symbolic link's target, is outside the repository.",
    help: "Keep manifests and what they name inside the repository; tokenbudget never reads outside it for what a manifest names.",
    docs: DOCS.limits
  },
  "input.symlink": {
    severity: "error",
    kind: "input",
    summary: "A path is a symbolic link, which tokenbudget does not follow.",
    help: "Name the real file instead of the link.",
    docs: DOCS.limits
  },
  "input.git-dir": {
    severity: "error",
    kind: "input",
    summary: "A path is inside .git, which is never read as data.",
    help: "Name a file of the working tree.",
    docs: DOCS.limits
  },
  "input.too-large": {
    severity: "error",
    kind: "input",
    summary: "A file is over the size limit for a manifest.",
    help: "Split the manifest, or raise the limit with --max-file-bytes.",
    docs: DOCS.limits
  },
  "input.empty": {
    severity: "error",
    kind: "input",
    summary: "A manifest file is empty.",
    help: "Write at least `version: 1` and `workloads:`, or remove the file.",
    docs: DOCS.manifest
  },
  "input.encoding": {
    severity: "error",
    kind: "input",
    summary: "A manifest is not valid UTF-8.",
    help: "Save the file as UTF-8.",
    docs: DOCS.manifest
  },
  "input.binary": {
    severity: "error",
    kind: "input",
    summary: "A manifest contains NUL bytes: binary data, not YAML.",
    help: "Name the YAML file, not a binary one.",
    docs: DOCS.manifest
  },
  "input.too-many-workloads": {
    severity: "error",
    kind: "input",
    summary: "A manifest declares more workloads than the limit.",
    help: "Split the manifest, or raise the limit with --max-workloads.",
    docs: DOCS.limits
  },
  "yaml.syntax": {
    severity: "error",
    kind: "input",
    summary: "The file is not valid YAML as tokenbudget reads it.",
    help: "Fix the YAML at the line and column given.",
    docs: DOCS.manifest
  },
  "yaml.aliases": {
    severity: "error",
    kind: "input",
    summary: "YAML aliases expand to more nodes than the limit (an alias bomb).",
    help: "Write the values out, or raise the limit with --max-alias-count.",
    docs: DOCS.limits
  },
  // The manifest's structure.
  schema: {
    severity: "error",
    kind: "manifest",
    summary: "The manifest does not match the schema.",
    help: "Fix the key or value named in the message (schemas/ai-workloads.schema.json).",
    docs: DOCS.manifest
  },
  "range.order": {
    severity: "error",
    kind: "manifest",
    summary: "A range's values are not in the order low <= expected <= high.",
    help: "Reorder the range's low, expected and high.",
    docs: DOCS.manifest
  },
  "tokens.cached-exceeds-input": {
    severity: "error",
    kind: "manifest",
    summary: "A workload's cached_input or cache_write tokens exceed its input tokens, of which they are a part.",
    help: "Lower cached_input or cache_write, or raise input to the whole prompt.",
    docs: DOCS.manifest
  },
  "tokens.input-from": {
    severity: "error",
    kind: "manifest",
    summary: "A prompt template named by tokens.input_from could not be read or counted.",
    help: "Fix the template's path (relative to the manifest, inside the repository), or write tokens.input as a number.",
    docs: DOCS.manifest
  },
  "requests.volume": {
    severity: "error",
    kind: "manifest",
    summary: "A workload's requests: gives no volume, or more than one (per_month, per_week, per_day, per_hour, per_second).",
    help: "Give exactly one volume under requests:.",
    docs: DOCS.manifest
  },
  "mode.settings": {
    severity: "error",
    kind: "manifest",
    summary: "A dedicated or gpu-cluster workload has no dedicated: or cluster: block.",
    help: "Add the block the mode needs (hardware, gpus, and replicas or hourly_rate).",
    docs: DOCS.manifest
  },
  "mode.unused-settings": {
    severity: "warning",
    kind: "manifest",
    summary: "A workload has a dedicated: or cluster: block its mode does not use.",
    help: "Remove the block, or set the mode that uses it.",
    docs: DOCS.manifest
  },
  "workload.duplicate-name": {
    severity: "error",
    kind: "manifest",
    summary: "Two workloads of a file have the same name.",
    help: "Give each workload of a file its own name: diffs match workloads by file and name.",
    docs: DOCS.manifest
  },
  "budgets.duplicate-name": {
    severity: "error",
    kind: "manifest",
    summary: "Two group budgets of a file have the same name.",
    help: "Give each group budget its own name.",
    docs: DOCS.manifest
  },
  "prices.duplicate": {
    severity: "error",
    kind: "manifest",
    summary: "The manifest's prices: list prices the same model twice.",
    help: "Keep one prices: entry per model (and provider).",
    docs: DOCS.manifest
  },
  // Pricing.
  "model.unknown": {
    severity: "error",
    kind: "pricing",
    summary: "The model is not in the price books (the severity is policy.unknown_model).",
    help: "Use a model id from the catalog (tokenbudget catalog list), add a prices: entry, or a price book.",
    docs: DOCS.costs
  },
  "model.deprecated": {
    severity: "warning",
    kind: "pricing",
    summary: "The provider has deprecated the model, or announced the day it retires it.",
    help: "Plan the move to a current model (tokenbudget catalog show MODEL names the date and its source).",
    docs: DOCS.costs
  },
  "model.retired": {
    severity: "error",
    kind: "pricing",
    summary: "The provider retired the model: from the day after its retirement date, requests to it fail.",
    help: "Move the workload to a current model; its price and budget will change.",
    docs: DOCS.costs
  },
  "model.uncatalogued": {
    severity: "notice",
    kind: "pricing",
    summary: "A dedicated or cluster workload's model is not in the price books, so its context window is not checked.",
    help: "Nothing to do when GPU-hours price it; add the model to a price book to have its context window checked.",
    docs: DOCS.costs
  },
  "price.missing": {
    severity: "error",
    kind: "pricing",
    summary: "The price books have no price for the model or hardware in this mode.",
    help: "Add a prices: entry, or set hourly_rate for dedicated and cluster hardware.",
    docs: DOCS.costs
  },
  "price.zero": {
    severity: "notice",
    kind: "pricing",
    summary: "The model is priced at $0.",
    help: "Check that it is really free; a $0 price hides its spend from every budget.",
    docs: DOCS.costs
  },
  "price.long-context": {
    severity: "notice",
    kind: "pricing",
    summary: "Requests are above the model's long-context threshold, where the whole request pays the higher rates.",
    help: "Shorten the prompts below the threshold, or budget for the long-context rates.",
    docs: DOCS.costs
  },
  "cache.no-rate": {
    severity: "notice",
    kind: "pricing",
    summary: "The model has no cached-input rate, so cached tokens are billed as input.",
    help: "Add cached_input to the model's price if the provider discounts cached tokens.",
    docs: DOCS.costs
  },
  "cache.no-write-rate": {
    severity: "notice",
    kind: "pricing",
    summary: "The model has no cache-write rate, so cache writes are billed as input.",
    help: "Add cache_write to the model's price if the provider charges cache writes differently.",
    docs: DOCS.costs
  },
  "context.exceeded": {
    severity: "error",
    kind: "pricing",
    summary: "A request does not fit the model's context window (a warning when only the high estimate does not).",
    help: "Lower tokens per request or choose a model with a larger window.",
    docs: DOCS.costs
  },
  "batch.unavailable": {
    severity: "error",
    kind: "pricing",
    summary: "The provider does not offer batch inference for the model.",
    help: "Use serverless or a dedicated endpoint, or a model and provider that offer batch.",
    docs: DOCS.costs
  },
  "batch.no-discount": {
    severity: "notice",
    kind: "pricing",
    summary: "Batch has no discount for the model (or the catalog lists none): billed at the serverless price.",
    help: "Check the provider's batch prices; add batch_input and batch_output to a prices: entry if they differ.",
    docs: DOCS.costs
  },
  "batch.interactive": {
    severity: "warning",
    kind: "pricing",
    summary: "A workload marked latency: interactive runs in batch mode, whose jobs complete within 24 hours.",
    help: "Use serverless or dedicated for interactive traffic, or mark the workload latency: offline.",
    docs: DOCS.costs
  },
  "batch.queue-limit": {
    severity: "warning",
    kind: "capacity",
    summary: "The tokens a day sent to one provider's batch queue exceed its enqueued-token limit.",
    help: "Spread the batch work over the day or across models, or ask the provider for a higher limit.",
    docs: DOCS.costs
  },
  "hardware.unknown": {
    severity: "error",
    kind: "pricing",
    summary: "The hardware is not in the price books for the provider.",
    help: "Use a hardware id from the catalog (tokenbudget catalog list --mode dedicated), or give hourly_rate.",
    docs: DOCS.costs
  },
  "contract.no-gpu-rate": {
    severity: "notice",
    kind: "pricing",
    summary: "A dedicated endpoint has no GPU-hour rate: its contract alone prices it.",
    help: "Nothing to do if the contract is the whole bill; otherwise give hourly_rate.",
    docs: DOCS.costs
  },
  "cluster.gpu-multiple": {
    severity: "warning",
    kind: "pricing",
    summary: "A GPU cluster's GPU count is not a multiple the provider sells; the billed count is rounded up.",
    help: "Declare the GPUs the provider bills, so the cluster's capacity and cost agree.",
    docs: DOCS.costs
  },
  "capacity.exceeded": {
    severity: "error",
    kind: "capacity",
    summary: "A dedicated endpoint or cluster cannot carry the declared tokens at peak (a warning when only the high estimate does not fit).",
    help: "Add replicas or GPUs, or lower the volume.",
    docs: DOCS.costs
  },
  "capacity.forecast": {
    severity: "warning",
    kind: "capacity",
    summary: "Declared growth takes a GPU cluster past 100% utilization within policy.forecast_months.",
    help: "Add GPUs before that month; a cluster's cost stays flat while its load grows.",
    docs: DOCS.policy
  },
  // Budgets and policy: what `check` enforces.
  "budget.workload.exceeded": {
    severity: "error",
    kind: "policy",
    summary: "A workload's projected monthly cost exceeds its budget.",
    help: "Lower the volume, tokens per request or model price, move offline work to batch, or raise budget.monthly with the owner's approval.",
    docs: DOCS.policy
  },
  "budget.workload.near": {
    severity: "warning",
    kind: "policy",
    summary: "A workload uses policy.warn_at_percent or more of its budget.",
    help: "Check the growth plan before the budget breaks; raise warn_at_percent if this headroom is intended.",
    docs: DOCS.policy
  },
  "budget.workload.range": {
    severity: "warning",
    kind: "policy",
    summary: "The high estimate of a workload's range exceeds its budget.",
    help: "Narrow the range once usage is measured (tokenbudget calibrate), or budget for the high case.",
    docs: DOCS.policy
  },
  "budget.forecast": {
    severity: "warning",
    kind: "policy",
    summary: "Declared growth takes a workload over its budget within policy.forecast_months.",
    help: "Plan the budget increase or the cheaper mode before that month (tokenbudget compare).",
    docs: DOCS.policy
  },
  "budget.group.exceeded": {
    severity: "error",
    kind: "policy",
    summary: "The workloads matched by a group budget together exceed it.",
    help: "Reduce the group's spend or raise the group budget with its owner's approval.",
    docs: DOCS.policy
  },
  "budget.group.near": {
    severity: "warning",
    kind: "policy",
    summary: "A group budget is at policy.warn_at_percent or more.",
    help: "Check the group's growth before the budget breaks.",
    docs: DOCS.policy
  },
  "budget.group.empty": {
    severity: "warning",
    kind: "policy",
    summary: "A group budget matches no workload of its file.",
    help: "Check the budget's match tags against the workloads' tags.",
    docs: DOCS.policy
  },
  "budget.missing": {
    severity: "error",
    kind: "policy",
    summary: "policy.require_budget is on and a workload has no budget of its own or its group's.",
    help: "Add budget: { monthly: N } to the workload or a matching group budget.",
    docs: DOCS.policy
  },
  "budget.raised": {
    severity: "warning",
    kind: "policy",
    summary: "The change raises a budget or loosens the policy.",
    help: "A pull request that approves its own overspend: have the budget's owner review it, or judge with --trust base.",
    docs: DOCS.policy
  },
  "increase.percent": {
    severity: "error",
    kind: "policy",
    summary: "The change raises a file's monthly total by more than policy.max_increase_percent.",
    help: "Split the change, reduce it, or get the increase approved and adjust the policy.",
    docs: DOCS.policy
  },
  "increase.absolute": {
    severity: "error",
    kind: "policy",
    summary: "The change raises a file's monthly total by more than policy.max_increase.",
    help: "Split the change, reduce it, or get the increase approved and adjust the policy.",
    docs: DOCS.policy
  },
  "price.stale": {
    severity: "warning",
    kind: "policy",
    summary: "A price used is older than policy.max_price_age_days.",
    help: "Update the price book or the manifest's prices: entry from the provider's current price list.",
    docs: DOCS.policy
  },
  "price.changed-by-change": {
    severity: "warning",
    kind: "policy",
    summary: "Under --trust base, the change edits prices:, catalogs: or a price book; the base's prices were applied instead.",
    help: "Have the prices reviewed on their own; the change is judged at the base's prices.",
    docs: DOCS.policy
  },
  "trust.unmatched": {
    severity: "error",
    kind: "policy",
    summary: "Under --trust base, a budgeted base workload vanished while new ones appeared (a rename), or a moved workload's name is ambiguous.",
    help: "Rename in a change of its own, or keep names unique across the moved manifests, so the base's budgets can follow.",
    docs: DOCS.policy
  },
  "base.invalid": {
    severity: "notice",
    kind: "input",
    summary: "A manifest is invalid at the base revision; its base is treated as empty.",
    help: "Nothing to do in this change; the diff reads every workload of that file as added.",
    docs: DOCS.policy
  },
  // Price books.
  "catalog.invalid": {
    severity: "error",
    kind: "input",
    summary: "A price book does not match schemas/price-catalog.schema.json, or a model's long-context tiers do not rise by threshold.",
    help: "Fix the price book at the place named in the message.",
    docs: DOCS.costs
  },
  "catalog.unreadable": {
    severity: "error",
    kind: "input",
    summary: "A price book cannot be read, or its path points outside the repository.",
    help: "Fix the path under catalogs: or --catalog.",
    docs: DOCS.costs
  },
  "catalog.too-large": {
    severity: "error",
    kind: "input",
    summary: "A price book, or the price books of a run together, are over the size limit.",
    help: "Keep only the providers you use in the book.",
    docs: DOCS.limits
  },
  "catalog.not-at-base": {
    severity: "error",
    kind: "input",
    summary: "Under --trust base, a --catalog book does not exist (or cannot be read) at the base revision, so it cannot be trusted.",
    help: "Land the price book in a change of its own first, or run without --trust base.",
    docs: DOCS.policy
  },
  // Measured usage against the manifest (tokenbudget actuals).
  "actuals.over-projection": {
    severity: "warning",
    kind: "policy",
    summary: "A workload's measured monthly spend is more than policy.actuals_variance_percent over its projection.",
    help: "Update the manifest's tokens and volume from the data (tokenbudget calibrate --write), or find what grew.",
    docs: DOCS.actuals
  },
  "actuals.under-projection": {
    severity: "warning",
    kind: "policy",
    summary: "A workload's measured monthly spend is more than policy.actuals_variance_percent under its projection.",
    help: "Lower the manifest's volume or tokens to what is used (tokenbudget calibrate --write), so budgets stay honest.",
    docs: DOCS.actuals
  },
  "actuals.over-budget": {
    severity: "error",
    kind: "policy",
    summary: "A workload's measured monthly spend exceeds its budget.",
    help: "Reduce the usage, move offline work to batch, or raise the budget with its owner's approval.",
    docs: DOCS.actuals
  },
  "actuals.undeclared-model": {
    severity: "warning",
    kind: "policy",
    summary: "The usage data has a model that no workload declares.",
    help: "Add a workload for it, so its spend is projected and budgeted.",
    docs: DOCS.actuals
  },
  "actuals.unattributed": {
    severity: "warning",
    kind: "policy",
    summary: "Usage of a declared model matches no workload's mode or match: selectors.",
    help: "Widen a workload's match: selectors, or declare a workload for that usage.",
    docs: DOCS.actuals
  },
  "actuals.ambiguous": {
    severity: "warning",
    kind: "policy",
    summary: "Usage matches several workloads.",
    help: "Give the workloads match: selectors (project_id, api_key_id, workspace_id, service.name, tags, metadata) that tell them apart.",
    docs: DOCS.actuals
  },
  "actuals.price-mismatch": {
    severity: "warning",
    kind: "pricing",
    summary: "The catalog's price of the measured usage and the billed amount differ by more than 2%.",
    help: "Check the price book (or the manifest's prices:) against the invoice.",
    docs: DOCS.actuals
  },
  "actuals.bad-records": {
    severity: "warning",
    kind: "input",
    summary: "Usage records that could not be counted: negative or missing counts, timestamps out of range, records read twice.",
    help: "Fix or drop the records named; the totals leave them out.",
    docs: DOCS.actuals
  },
  "actuals.overlap": {
    severity: "warning",
    kind: "input",
    summary: "Usage buckets of the same group overlap in time.",
    help: "Read each period once: the totals may count the overlapping usage twice.",
    docs: DOCS.actuals
  },
  // Models in code.
  "model.undeclared": {
    severity: "warning",
    kind: "policy",
    summary: "The code uses a model that no manifest of the run declares (the severity is policy.undeclared_models; a notice in test code unless scan.tests is count).",
    help: "Add a workload for it to an ai-workloads.yaml so its spend is projected and budgeted (tokenbudget scan lists every use).",
    docs: DOCS.code
  },
  "model.use": {
    severity: "notice",
    kind: "code",
    summary: "The code uses a model that a manifest declares.",
    help: "Nothing to do: listed so code scanning shows where each budgeted model is called.",
    docs: DOCS.code
  },
  "scan.skipped": {
    severity: "notice",
    kind: "code",
    summary: "With undeclared_models on, a file the code scan could not read (over --max-file-bytes, unreadable, a link), named; under --trust base a warning, and tracked files in dependency folders are reported too.",
    help: "Raise --max-file-bytes, fix the file, or exclude it in the trusted manifest's scan: section, so no model call can hide there unseen.",
    docs: DOCS.code
  }
};
var RULE_IDS = Object.keys(RULES);
function isRuleId(value) {
  return Object.hasOwn(RULES, value);
}
function ruleDocsUrl(id) {
  return `${PROJECT_URL}#${RULES[id].docs}`;
}
var PROJECT_URL = "https://github.com/tokenbudget/tokenbudget";

// src/core/manifest/yaml-fast.ts
var Entries = class {
  names = [];
  items = [];
  get(name) {
    const i = this.names.indexOf(name);
    return i === -1 ? void 0 : this.items[i];
  }
  has(name) {
    return this.names.includes(name);
  }
  set(name, item) {
    this.names.push(name);
    this.items.push(item);
  }
};
var GiveUp = class extends Error {
};
var GIVE_UP = new GiveUp();
var INT = /^-?(?:0|[1-9][0-9]{0,14})$/;
var FLOAT = /^-?(?:0|[1-9][0-9]{0,14})\.[0-9]{1,15}$/;
var DOT_NUMBER = /^\.(?:[0-9]|inf$|Inf$|INF$|nan$|NaN$|NAN$)/;
var SPECIAL = /* @__PURE__ */ new Set(["null", "Null", "NULL", "~", "true", "True", "TRUE", "false", "False", "FALSE", "__proto__", "<<"]);
var KEY = /^[A-Za-z0-9_$][A-Za-z0-9_$.-]{0,200}$/;
var MAX_DEPTH = 64;
function scalarValue(text2) {
  if (text2 === "true") return true;
  if (text2 === "false") return false;
  const first = text2.charCodeAt(0);
  if (first >= 48 && first <= 57 || first === 45 || first === 43) {
    if (INT.test(text2) || FLOAT.test(text2)) return Number(text2);
    throw GIVE_UP;
  }
  if (first === 46 && DOT_NUMBER.test(text2)) throw GIVE_UP;
  if (SPECIAL.has(text2)) throw GIVE_UP;
  return text2;
}
function checkPlain(text2, inFlow) {
  if (text2.length === 0) throw GIVE_UP;
  const c = text2.charAt(0);
  if ("-?:,[]{}#&*!|>'\"%@`".includes(c)) {
    if (!(c === "-" && text2.length > 1 && text2.charCodeAt(1) >= 48 && text2.charCodeAt(1) <= 57)) throw GIVE_UP;
  }
  const last = text2.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = text2.charCodeAt(i);
    if (code === 58) {
      if (inFlow || i === last || text2.charCodeAt(i + 1) === 32) throw GIVE_UP;
    } else if (code === 35) {
      if (inFlow || i > 0 && text2.charCodeAt(i - 1) === 32) throw GIVE_UP;
    } else if (inFlow && (code === 44 || code === 91 || code === 93 || code === 123 || code === 125)) throw GIVE_UP;
  }
}
function quoted(text2) {
  const q = text2[0];
  if (text2.length < 2 || text2[text2.length - 1] !== q) throw GIVE_UP;
  const inner = text2.slice(1, -1);
  if (q === '"' ? /["\\]/.test(inner) : inner.includes("'")) throw GIVE_UP;
  return inner;
}
function dataLines(text2) {
  if (text2.includes("	") || text2.includes("\r")) return void 0;
  const lines = [];
  let offset = 0;
  while (offset <= text2.length) {
    let newline = text2.indexOf("\n", offset);
    if (newline === -1) newline = text2.length;
    let start = offset;
    while (start < newline && text2.charCodeAt(start) === 32) start++;
    if (start < newline && text2.charCodeAt(start) !== 35) {
      if (start === offset && (text2.startsWith("---", start) || text2.startsWith("...", start) || text2[start] === "%")) return void 0;
      let end = newline;
      while (end > start && text2.charCodeAt(end - 1) === 32) end--;
      lines.push({ start, end, indent: start - offset });
    }
    offset = newline + 1;
  }
  if (lines[0]?.indent !== 0) return void 0;
  return lines;
}
var Hashes = class {
  constructor(text2) {
    this.text = text2;
  }
  text;
  from = Infinity;
  at = -1;
  next(from) {
    if (from < this.from || from > this.at) {
      this.from = from;
      const found = this.text.indexOf("#", from);
      this.at = found === -1 ? Infinity : found;
    }
    return this.at;
  }
};
function stripComment(text2, hashes, from, to) {
  for (let p = hashes.next(from + 1); p < to; p = hashes.next(p + 1)) {
    if (text2.charCodeAt(p - 1) === 32) {
      let end = p - 1;
      while (end > from && text2.charCodeAt(end - 1) === 32) end--;
      return end;
    }
  }
  return to;
}
var FlowReader = class {
  constructor(text2) {
    this.text = text2;
  }
  text;
  p = 0;
  to = 0;
  depth = 0;
  /** Where the node read last starts. */
  info = 0;
  /** The complete flow collection spanning exactly [from, to). */
  read(from, to) {
    this.p = from;
    this.to = to;
    this.depth = 0;
    const value = this.node();
    this.skip();
    if (this.p !== this.to || typeof this.info === "number") throw GIVE_UP;
    return value;
  }
  skip() {
    while (this.p < this.to && this.text.charCodeAt(this.p) === 32) this.p++;
  }
  /** A scalar ending at `,` or `}`, and at `:` for a key or `]` for a value. */
  scalar(key2) {
    const { text: text2, to } = this;
    this.skip();
    const begin = this.p;
    this.info = begin;
    const c = text2[begin];
    if (c === '"' || c === "'") {
      const close = text2.indexOf(c, begin + 1);
      if (close === -1 || close >= to) throw GIVE_UP;
      this.p = close + 1;
      return quoted(text2.slice(begin, this.p));
    }
    const stop = key2 ? 58 : 93;
    let p = begin;
    for (; p < to; p++) {
      const code = text2.charCodeAt(p);
      if (code === 44 || code === 125 || code === stop) break;
    }
    this.p = p;
    let end = p;
    while (end > begin && text2.charCodeAt(end - 1) === 32) end--;
    const raw = text2.slice(begin, end);
    checkPlain(raw, true);
    return scalarValue(raw);
  }
  node() {
    if (++this.depth > MAX_DEPTH) throw GIVE_UP;
    this.skip();
    const c = this.text[this.p];
    const value = c === "{" ? this.mapping() : c === "[" ? this.sequence() : this.scalar(false);
    this.depth--;
    return value;
  }
  mapping() {
    const { text: text2 } = this;
    const start = this.p++;
    const value = {};
    const info = { start, keys: new Entries(), values: new Entries() };
    this.skip();
    if (text2[this.p] === "}") {
      this.p++;
      this.info = info;
      return value;
    }
    for (; ; ) {
      const key2 = this.scalar(true);
      const keyStart = this.info;
      if (typeof key2 !== "string" && typeof key2 !== "number") throw GIVE_UP;
      const name = String(key2);
      if (text2[this.p] !== ":" || text2[this.p + 1] !== " " || info.keys.has(name)) throw GIVE_UP;
      this.p += 2;
      value[name] = this.node();
      info.keys.set(name, keyStart);
      info.values.set(name, this.info);
      this.skip();
      if (text2[this.p] === ",") this.p++;
      else if (text2[this.p] === "}") {
        this.p++;
        this.info = info;
        return value;
      } else throw GIVE_UP;
    }
  }
  sequence() {
    const { text: text2 } = this;
    const start = this.p++;
    const value = [];
    const info = { start, items: [] };
    this.skip();
    if (text2[this.p] === "]") {
      this.p++;
      this.info = info;
      return value;
    }
    for (; ; ) {
      value.push(this.node());
      info.items.push(this.info);
      this.skip();
      if (text2[this.p] === ",") this.p++;
      else if (text2[this.p] === "]") {
        this.p++;
        this.info = info;
        return value;
      } else throw GIVE_UP;
    }
  }
};
var startsSequence = (text2, at) => text2[at] === "-" && " \n".includes(text2[at + 1] ?? "\n");
var BlockReader = class {
  constructor(text2, lines) {
    this.text = text2;
    this.lines = lines;
    this.hashes = new Hashes(text2);
    this.flow = new FlowReader(text2);
  }
  text;
  lines;
  i = 0;
  hashes;
  flow;
  /** Where the node read last starts. */
  info = 0;
  /** Where the value after the key keyAt found last starts, -1 for none on its line. */
  after = -1;
  /** The document: one block mapping that uses every line. */
  root() {
    const value = this.block(0);
    const info = this.info;
    if (this.i !== this.lines.length || typeof info === "number" || !("keys" in info)) return void 0;
    return { value, info };
  }
  /** Line i; past the last line the fast path gives up (the full parser says what is wrong). */
  line() {
    const line = this.lines[this.i];
    if (!line) throw GIVE_UP;
    return line;
  }
  /** The block node that starts on line i at column `indent`. */
  block(indent) {
    const line = this.line();
    if (indent > MAX_DEPTH * 8) throw GIVE_UP;
    if (startsSequence(this.text, line.start)) return this.blockSeq(indent);
    if (this.keyAt(line.start, line.end) !== void 0) return this.blockMap(line.start, indent);
    throw GIVE_UP;
  }
  /** A one-line value after `key: ` or `- `, from `from` to `to`. */
  inlineValue(from, to) {
    const { text: text2 } = this;
    const c = text2[from];
    if (c === "{" || c === "[") {
      const value = this.flow.read(from, stripComment(text2, this.hashes, from, to));
      this.info = this.flow.info;
      return value;
    }
    this.info = from;
    if (c === '"' || c === "'") {
      const end = text2[to - 1] === c ? to : stripComment(text2, this.hashes, from, to);
      return quoted(text2.slice(from, end));
    }
    const raw = text2.slice(from, stripComment(text2, this.hashes, from, to));
    checkPlain(raw, false);
    return scalarValue(raw);
  }
  /** `key: rest` on a line, starting at `from`: the key (where its value starts goes to `after`), or undefined for none. */
  keyAt(from, end) {
    const { text: text2 } = this;
    const c = text2[from];
    let keyEnd;
    let key2;
    if (c === '"' || c === "'") {
      const close = text2.indexOf(c, from + 1);
      if (close === -1 || close >= end) return void 0;
      key2 = quoted(text2.slice(from, close + 1));
      keyEnd = close + 1;
    } else {
      keyEnd = text2.indexOf(":", from);
      if (keyEnd === -1 || keyEnd >= end) return void 0;
      key2 = text2.slice(from, keyEnd);
      if (!KEY.test(key2)) return void 0;
    }
    if (SPECIAL.has(key2) || text2[keyEnd] !== ":") return void 0;
    const after = keyEnd + 1;
    if (after === end) {
      this.after = -1;
      return key2;
    }
    if (text2[after] !== " ") return void 0;
    let v = after;
    while (v < end && text2.charCodeAt(v) === 32) v++;
    this.after = text2[v] === "#" ? -1 : v;
    return key2;
  }
  /** A block mapping whose first key is at `first` (on line i), keys at column `indent`. */
  blockMap(first, indent) {
    const { text: text2, lines } = this;
    const value = {};
    const info = { start: first, keys: new Entries(), values: new Entries() };
    let keyStart = first;
    for (; ; ) {
      const line = this.line();
      const key2 = this.keyAt(keyStart, line.end);
      if (key2 === void 0 || info.keys.has(key2)) throw GIVE_UP;
      const after = this.after;
      info.keys.set(key2, keyStart);
      this.i++;
      value[key2] = after !== -1 ? this.inlineValue(after, line.end) : this.nestedValue(indent);
      info.values.set(key2, this.info);
      const next = lines[this.i];
      if (!next || next.indent < indent) {
        this.info = info;
        return value;
      }
      if (next.indent > indent || text2[next.start] === "-") throw GIVE_UP;
      keyStart = next.start;
    }
  }
  /** The value of a key with nothing after its colon: a deeper block, or a sequence at the key's column. */
  nestedValue(indent) {
    const next = this.lines[this.i];
    if (next && next.indent > indent) return this.block(next.indent);
    if (next && next.indent === indent && startsSequence(this.text, next.start)) return this.blockSeq(indent);
    throw GIVE_UP;
  }
  /** A block sequence whose dashes are at column `indent`, starting on line i. */
  blockSeq(indent) {
    const { text: text2, lines } = this;
    const value = [];
    const info = { start: this.line().start, items: [] };
    for (; ; ) {
      const line = this.line();
      let p = line.start + 1;
      if (text2[p] !== " ") throw GIVE_UP;
      while (p < line.end && text2.charCodeAt(p) === 32) p++;
      if (p === line.end || text2[p] === "#" || text2[p] === "-") throw GIVE_UP;
      const column = indent + (p - line.start);
      if (this.keyAt(p, line.end) !== void 0) {
        if (column > MAX_DEPTH * 8) throw GIVE_UP;
        value.push(this.blockMap(p, column));
      } else {
        value.push(this.inlineValue(p, line.end));
        this.i++;
      }
      info.items.push(this.info);
      const next = lines[this.i];
      if (!next || next.indent < indent || next.indent === indent && text2[next.start] !== "-") {
        this.info = info;
        return value;
      }
      if (next.indent > indent || text2[next.start] !== "-") throw GIVE_UP;
    }
  }
};
function parseFast(text2) {
  const lines = dataLines(text2);
  if (!lines) return void 0;
  try {
    return new BlockReader(text2, lines).root();
  } catch (error) {
    if (error === GIVE_UP) return void 0;
    throw error;
  }
}

// src/core/rules/finding.ts
function placeIn(file, at) {
  return at ? { file, line: at.line, col: at.col } : { file };
}
function finding(rule, place, message, severity = RULES[rule].severity) {
  const out = place.line === void 0 ? { severity, rule, message, file: place.file } : { severity, rule, message, file: place.file, line: place.line, col: place.col };
  if (place.path !== void 0) out.path = place.path;
  if (place.workload !== void 0) out.workload = place.workload;
  if (place.model !== void 0) out.model = place.model;
  return out;
}

// src/core/manifest/parse.ts
var DEFAULT_LIMITS = {
  maxFileBytes: 5 * 1024 * 1024,
  maxAliasCount: 100,
  maxWorkloads: 1e5
};
var FIRST = { line: 1, col: 1 };
function formatPath(path3) {
  let out = "";
  for (const part of path3) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out || "(root)";
}
function fail(file, rule, message, pos) {
  return {
    file,
    value: void 0,
    locate: () => pos ?? FIRST,
    locateKey: () => pos ?? FIRST,
    findings: [finding(rule, placeIn(file, pos), message, "error")]
  };
}
function decodeUtf8(bytes) {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const lossy = new TextDecoder("utf-8").decode(bytes);
    const at = lossy.indexOf("\uFFFD");
    return { text: void 0, lossy, at, byte: bytes[new TextEncoder().encode(lossy.slice(0, at)).length] ?? 0 };
  }
}
var YAML_ERROR_TEXT = {
  DUPLICATE_KEY: "a key appears twice in the same mapping",
  TAB_AS_INDENT: "tabs are not allowed for indentation in YAML; indent with spaces",
  MULTIPLE_DOCS: "the file holds more than one YAML document (---); put all workloads in one document",
  RESOURCE_EXHAUSTION: "the YAML nests too deeply or expands too many aliases to be a manifest",
  BAD_INDENT: "the indentation is inconsistent",
  BLOCK_AS_IMPLICIT_KEY: "a nested block cannot be used as a key; check the indentation or a missing colon",
  MISSING_CHAR: "a closing bracket, brace or quote is missing",
  UNEXPECTED_TOKEN: "unexpected text; check quoting and indentation",
  BAD_ALIAS: "an alias refers to an anchor that does not exist",
  BAD_SCALAR_START: "a plain value cannot start with this character; quote it",
  MULTILINE_IMPLICIT_KEY: "a key cannot span several lines; check the indentation or a missing colon",
  KEY_OVER_1024_CHARS: "a key is longer than the 1024 characters YAML allows; check for a missing line break",
  BAD_DQ_ESCAPE: "a double-quoted string has an invalid escape sequence",
  BLOCK_IN_FLOW: "a block value cannot appear inside { } or [ ]; close the brackets first",
  MULTIPLE_ANCHORS: "a node has more than one anchor (&)",
  MULTIPLE_TAGS: "a node has more than one tag (!)",
  TAG_RESOLVE_FAILED: "a tag (!) could not be applied to its value",
  BAD_DIRECTIVE: "a % directive is not understood"
};
function keyAt(text2, offset) {
  const m = /^(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\n]|'')*)'|([^\s:#,{}[\]][^:#\n,{}[\]]*?))\s*:/.exec(text2.slice(offset, offset + 1100));
  if (!m) return void 0;
  return m[1] ?? m[2]?.replace(/''/g, "'") ?? m[3];
}
function quoted2(key2) {
  return JSON.stringify(key2.length > 60 ? `${key2.slice(0, 57)}...` : key2);
}
function lineStartsOf(text2) {
  const starts = [0];
  for (let i = text2.indexOf("\n"); i !== -1; i = text2.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function linePos(starts, offset) {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = low + high >> 1;
    if ((starts[mid] ?? offset) < offset) low = mid + 1;
    else high = mid;
  }
  if (starts[low] === offset) return { line: low + 1, col: 1 };
  return { line: low, col: offset - (starts[low - 1] ?? 0) + 1 };
}
function positionOf(text2, offset) {
  return linePos(lineStartsOf(text2), offset);
}
function fromFast(file, text2, fast) {
  let starts;
  const pos = (offset) => linePos(starts ??= lineStartsOf(text2), offset);
  const startOf = (info) => typeof info === "number" ? info : info.start;
  const infoAt = (path3) => {
    let node = fast.info;
    for (const part of path3) {
      let next;
      if (typeof node === "number") break;
      if ("keys" in node) next = node.values.get(String(part));
      else if (typeof part === "number") next = node.items[part];
      if (next === void 0) break;
      node = next;
    }
    return node;
  };
  return {
    file,
    value: fast.value,
    findings: [],
    locate: (path3) => pos(startOf(infoAt(path3))),
    locateKey(path3) {
      const parent = infoAt(path3.slice(0, -1));
      const key2 = typeof parent === "object" && "keys" in parent ? parent.keys.get(String(path3[path3.length - 1])) : void 0;
      return pos(key2 ?? startOf(parent));
    }
  };
}
function parseYaml(file, bytes, limits = DEFAULT_LIMITS, full = false) {
  if (bytes.length > limits.maxFileBytes) {
    return fail(
      file,
      "input.too-large",
      `file is ${bytes.length} bytes, over the ${limits.maxFileBytes}-byte limit for a manifest (raise it with --max-file-bytes)`
    );
  }
  if (bytes.length === 0 || bytes.every((b) => b === 32 || b === 10 || b === 13 || b === 9)) {
    return fail(file, "input.empty", "file is empty; a manifest needs at least `version: 1` and `workloads:`");
  }
  const decoded = decodeUtf8(bytes);
  if (decoded.text === void 0) {
    return fail(
      file,
      "input.encoding",
      `file is not valid UTF-8 (bad byte 0x${decoded.byte.toString(16).padStart(2, "0")}); save it as UTF-8`,
      positionOf(decoded.lossy, decoded.at)
    );
  }
  const text2 = decoded.text.charCodeAt(0) === 65279 ? decoded.text.slice(1) : decoded.text;
  const nul = text2.indexOf("\0");
  if (nul !== -1) {
    return fail(file, "input.binary", "file contains NUL bytes; it looks like binary data, not YAML", positionOf(text2, nul));
  }
  const fast = full ? void 0 : parseFast(text2);
  return fast ? fromFast(file, text2, fast) : { file, text: text2 };
}
function parseFull(yaml2, { file, text: text2 }, limits = DEFAULT_LIMITS) {
  const lineCounter = new yaml2.LineCounter();
  let doc;
  try {
    doc = yaml2.parseDocument(text2, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, stringKeys: true });
  } catch (error) {
    return fail(file, "yaml.syntax", `YAML could not be parsed: ${error.message}`);
  }
  const pos = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  if (doc.errors.length > 0) {
    const findings = syntaxFindings(yaml2, doc, text2, file, pos);
    return { file, value: void 0, locate: () => FIRST, locateKey: () => FIRST, findings };
  }
  let value;
  try {
    value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    return aliasFailure(yaml2, doc, file, error instanceof Error ? error.message : String(error), limits, pos);
  }
  return { file, value, findings: [], ...nodeLocators(yaml2, doc, pos) };
}
function syntaxFindings(yaml2, doc, text2, file, pos) {
  const exhausted = new Set(doc.errors.filter((e) => e.code === "RESOURCE_EXHAUSTION").map((e) => exhaustedAt(yaml2, doc, e.pos[0])));
  const said = /* @__PURE__ */ new Set();
  const errors = doc.errors.flatMap((error) => {
    const offset = exhaustedAt(yaml2, doc, error.pos[0]);
    if (!exhausted.has(offset)) return [{ error, offset: error.pos[0] }];
    if (error.code !== "RESOURCE_EXHAUSTION" || said.has(offset)) return [];
    said.add(offset);
    return [{ error, offset }];
  });
  return errors.map(({ error, offset }) => {
    const where = pos(offset);
    const key2 = error.code === "DUPLICATE_KEY" ? keyAt(text2, offset) : void 0;
    const plain = key2 !== void 0 ? `the key ${quoted2(key2)} appears twice in the same mapping` : YAML_ERROR_TEXT[error.code] ?? error.message.split(" at line")[0] ?? error.message;
    return { severity: "error", rule: "yaml.syntax", message: `invalid YAML: ${plain}`, file, line: where.line, col: where.col };
  });
}
function exhaustedAt({ isMap, isPair, isSeq }, doc, offset) {
  const top = doc.contents;
  let start = offset;
  for (const item of isMap(top) || isSeq(top) ? top.items : []) {
    const node = isPair(item) ? item.value : item;
    const range = node && typeof node === "object" && "range" in node ? node.range : void 0;
    if (range && range[0] <= offset) start = range[0];
  }
  return start;
}
function aliasFailure(yaml2, doc, file, message, limits, pos) {
  const aliases = [];
  yaml2.visit(doc, { Alias: (_, node) => void aliases.push(node) });
  const at = (alias) => alias?.range ? pos(alias.range[0]) : void 0;
  if (/unresolved alias/i.test(message)) {
    const missing = aliases.find((alias) => !alias.resolve(doc));
    return fail(
      file,
      "yaml.syntax",
      `invalid YAML: the alias ${missing ? `*${missing.source} ` : ""}refers to an anchor that is not defined before it`,
      at(missing)
    );
  }
  if (/alias/i.test(message)) {
    return fail(
      file,
      "yaml.aliases",
      `aliases expand to more than the limit of ${limits.maxAliasCount} nodes (raise it with --max-alias-count)`,
      at(aliases[0])
    );
  }
  return fail(file, "yaml.syntax", `YAML could not be read: ${message}`);
}
function nodeLocators(yaml2, doc, pos) {
  const { isMap, isScalar } = yaml2;
  return {
    locate(path3) {
      const node = nodeAt(yaml2, doc, path3);
      return node?.range ? pos(node.range[0]) : FIRST;
    },
    locateKey(path3) {
      const parent = nodeAt(yaml2, doc, path3.slice(0, -1));
      const last = path3[path3.length - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(last));
        if (pair && isScalar(pair.key) && pair.key.range) return pos(pair.key.range[0]);
      }
      return parent?.range ? pos(parent.range[0]) : FIRST;
    }
  };
}
function nodeAt({ isMap, isPair, isScalar, isSeq }, doc, path3) {
  let node = doc.contents;
  let found = isMap(node) || isSeq(node) || isScalar(node) ? node : void 0;
  for (const part of path3) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(part));
      if (!pair) break;
      node = pair.value;
    } else if (isSeq(node) && typeof part === "number") {
      node = node.items[part];
    } else break;
    if (node && typeof node === "object" && "range" in node && node.range) found = node;
    else break;
  }
  return found;
}

// src/core/money.ts
var FRACTION_DIGITS = 24;
var SCALE_FACTOR = 21n;
var SCALE = SCALE_FACTOR * 10n ** BigInt(FRACTION_DIGITS);
var POW10 = Array.from({ length: 2 * FRACTION_DIGITS + 10 }, (_, i) => 10n ** BigInt(i));
var MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
function pow10(exponent) {
  return POW10[exponent] ?? 10n ** BigInt(exponent);
}
function divHalfEven(numerator, divisor) {
  if (divisor < 0n) return divHalfEven(-numerator, -divisor);
  const quotient = numerator / divisor;
  const remainder = numerator - quotient * divisor;
  if (remainder === 0n) return quotient;
  const twice = remainder < 0n ? -remainder - remainder : remainder + remainder;
  if (twice < divisor || twice === divisor && (quotient & 1n) === 0n) return quotient;
  return numerator < 0n ? quotient - 1n : quotient + 1n;
}
function divRound(numerator, divisor, mode) {
  if (mode === Decimal.ROUND_HALF_EVEN) return divHalfEven(numerator, divisor);
  const quotient = numerator / divisor;
  const remainder = numerator - quotient * divisor;
  if (remainder === 0n) return quotient;
  const negative = numerator < 0n;
  const away = negative ? quotient - 1n : quotient + 1n;
  if (mode === Decimal.ROUND_CEIL) return negative ? quotient : away;
  const twice = negative ? -remainder - remainder : remainder + remainder;
  return twice >= divisor ? away : quotient;
}
var NUMBER_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;
function parseUnits(text2) {
  const match = NUMBER_TEXT.exec(text2.trim());
  const [, sign = "", whole = "", fraction = "", exponent = "0"] = match ?? [];
  if (!match || whole.length + fraction.length === 0) throw new TypeError(`not a decimal number: ${JSON.stringify(text2.slice(0, 40))}`);
  const digits = BigInt(`${whole}${fraction}` || "0");
  const shift = Number(exponent) - fraction.length;
  const units = shift >= 0 ? digits * pow10(shift) * SCALE : divHalfEven(digits * SCALE, pow10(-shift));
  return sign === "-" ? -units : units;
}
var PLACE = Array.from({ length: FRACTION_DIGITS + 1 }, (_, d) => SCALE / pow10(d));
var NANO = SCALE / pow10(9);
function unitsOf(value) {
  if (value instanceof Decimal) return value.units;
  if (typeof value === "number") {
    if (Number.isSafeInteger(value)) return BigInt(value) * SCALE;
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    return parseUnits(String(value));
  }
  return typeof value === "bigint" ? value * SCALE : parseUnits(value);
}
function fixedText(units, decimals2) {
  const negative = units < 0n;
  const magnitude = negative ? -units : units;
  const digits = magnitude <= MAX_SAFE ? String(Number(magnitude)) : magnitude.toString();
  if (decimals2 === 0) return negative ? `-${digits}` : digits;
  const padded = digits.padStart(decimals2 + 1, "0");
  const text2 = `${padded.slice(0, -decimals2)}.${padded.slice(-decimals2)}`;
  return negative ? `-${text2}` : text2;
}
var Decimal = class _Decimal {
  static ROUND_CEIL = 2;
  static ROUND_HALF_UP = 4;
  static ROUND_HALF_EVEN = 6;
  /** The value times SCALE; read only by this module. */
  units;
  /**
   * The value itself when it is known to be a whole number (token counts, request volumes): a
   * product with it needs no division, which is most of the cost model's products.
   */
  #whole;
  /** `scaled`: `value` is already a count of 1/SCALE units (this module's own results). */
  constructor(value, scaled2 = false, whole) {
    if (scaled2 && typeof value === "bigint") {
      this.units = value;
      this.#whole = whole;
    } else if (typeof value === "number" && Number.isSafeInteger(value)) {
      this.#whole = BigInt(value);
      this.units = this.#whole * SCALE;
    } else {
      this.units = unitsOf(value);
      this.#whole = typeof value === "bigint" ? value : value instanceof _Decimal ? value.#whole : void 0;
    }
  }
  static of(units, whole) {
    return new _Decimal(units, true, whole);
  }
  static max(...values) {
    return values.map((v) => new _Decimal(v)).reduce((a, b) => b.units > a.units ? b : a);
  }
  static min(...values) {
    return values.map((v) => new _Decimal(v)).reduce((a, b) => b.units < a.units ? b : a);
  }
  plus(other) {
    if (other instanceof _Decimal)
      return _Decimal.of(
        this.units + other.units,
        this.#whole !== void 0 && other.#whole !== void 0 ? this.#whole + other.#whole : void 0
      );
    return _Decimal.of(this.units + unitsOf(other));
  }
  minus(other) {
    if (other instanceof _Decimal)
      return _Decimal.of(
        this.units - other.units,
        this.#whole !== void 0 && other.#whole !== void 0 ? this.#whole - other.#whole : void 0
      );
    return _Decimal.of(this.units - unitsOf(other));
  }
  times(other) {
    if (typeof other === "number" && Number.isSafeInteger(other)) {
      const factor = BigInt(other);
      return _Decimal.of(this.units * factor, this.#whole === void 0 ? void 0 : this.#whole * factor);
    }
    const that = other instanceof _Decimal ? other : new _Decimal(other);
    if (that.#whole !== void 0)
      return _Decimal.of(this.units * that.#whole, this.#whole === void 0 ? void 0 : this.#whole * that.#whole);
    if (this.#whole !== void 0) return _Decimal.of(that.units * this.#whole);
    return _Decimal.of(divHalfEven(this.units * that.units, SCALE));
  }
  div(other) {
    if (typeof other === "number" && Number.isSafeInteger(other)) {
      if (other === 0) throw new RangeError("division by zero");
      return _Decimal.of(divHalfEven(this.units, BigInt(other)));
    }
    const divisor = unitsOf(other);
    if (divisor === 0n) throw new RangeError("division by zero");
    return _Decimal.of(divHalfEven(this.units * SCALE, divisor));
  }
  abs() {
    return this.units < 0n ? this.negated() : this;
  }
  negated() {
    return _Decimal.of(-this.units, this.#whole === void 0 ? void 0 : -this.#whole);
  }
  comparedTo(other) {
    const that = unitsOf(other);
    return this.units < that ? -1 : this.units > that ? 1 : 0;
  }
  eq(other) {
    return this.units === unitsOf(other);
  }
  gt(other) {
    return this.units > unitsOf(other);
  }
  gte(other) {
    return this.units >= unitsOf(other);
  }
  lt(other) {
    return this.units < unitsOf(other);
  }
  lte(other) {
    return this.units <= unitsOf(other);
  }
  isZero() {
    return this.units === 0n;
  }
  isNegative() {
    return this.units < 0n;
  }
  isPositive() {
    return this.units >= 0n;
  }
  isInteger() {
    return this.#whole !== void 0 || this.units % SCALE === 0n;
  }
  /** The exponent of the leading digit: 2 for 123.4, -3 for 0.00123, 0 for 0. */
  get e() {
    const magnitude = this.units < 0n ? -this.units : this.units;
    if (magnitude >= SCALE) return (magnitude / SCALE).toString().length - 1;
    if (magnitude === 0n) return 0;
    const places = magnitude / SCALE_FACTOR;
    return places > 0n ? places.toString().length - 25 : (magnitude * 100n / SCALE_FACTOR).toString().length - 27;
  }
  /** Rounded to `decimals` places (negative: to tens, hundreds, ...). */
  toDecimalPlaces(decimals2, mode = _Decimal.ROUND_HALF_EVEN) {
    if (decimals2 >= FRACTION_DIGITS) return this;
    const step = PLACE[decimals2] ?? SCALE * pow10(-decimals2);
    return _Decimal.of(divRound(this.units, step, mode) * step);
  }
  toSignificantDigits(digits, mode = _Decimal.ROUND_HALF_EVEN) {
    return this.toDecimalPlaces(digits - 1 - this.e, mode);
  }
  ceil() {
    return this.toDecimalPlaces(0, _Decimal.ROUND_CEIL);
  }
  round() {
    return this.toDecimalPlaces(0, _Decimal.ROUND_HALF_EVEN);
  }
  /**
   * Plain decimal text: with `decimals`, rounded to exactly that many places; without, every
   * digit of the exact value (24 places, rounded, for the rare quotient that does not terminate).
   */
  toFixed(decimals2, mode = _Decimal.ROUND_HALF_EVEN) {
    if (decimals2 !== void 0) return fixedText(this.scaledTo(decimals2, mode), decimals2);
    if (this.#whole !== void 0) return this.#whole.toString();
    const text2 = fixedText(divHalfEven(this.units, SCALE_FACTOR), FRACTION_DIGITS);
    return text2.includes(".") ? text2.replace(/\.?0+$/, "") : text2;
  }
  toString() {
    return this.toFixed();
  }
  toJSON() {
    return this.toFixed();
  }
  valueOf() {
    return this.toFixed();
  }
  toNumber() {
    return Number(this.toFixed());
  }
  /**
   * The nearest double to the value rounded half-even to `decimals` places; the same double
   * `Number(toFixed(decimals))` gives, without the text when the scaled integer is a safe one.
   */
  toRoundedNumber(decimals2) {
    const scaled2 = this.scaledTo(decimals2, _Decimal.ROUND_HALF_EVEN);
    if (scaled2 <= MAX_SAFE && scaled2 >= -MAX_SAFE && decimals2 <= 22) return Number(scaled2) / 10 ** decimals2;
    return Number(fixedText(scaled2, decimals2));
  }
  /** The value times 10^decimals, rounded to an integer. */
  scaledTo(decimals2, mode) {
    const place = PLACE[decimals2];
    return place === void 0 ? divRound(this.units * pow10(decimals2), SCALE, mode) : divRound(this.units, place, mode);
  }
};
var ZERO = new Decimal(0);
var MILLION = new Decimal(1e6);
var HOURS_PER_MONTH = new Decimal(730);
var SECONDS_PER_HOUR = 3600;
function dec(value) {
  return value instanceof Decimal ? value : new Decimal(value);
}
function sum(values) {
  let total = ZERO;
  for (const value of values) total = total.plus(value);
  return total;
}
function toJsonMoney(value) {
  return value.toRoundedNumber(9);
}
var BILLION = 1e9;
function toJsonMoneyText(value) {
  const nanos = divHalfEven(value.units, NANO);
  if (nanos > MAX_SAFE || nanos < -MAX_SAFE) return String(toJsonMoney(value));
  const signed = Number(nanos);
  const magnitude = signed < 0 ? -signed : signed;
  let whole = Math.trunc(magnitude / BILLION);
  let fraction = magnitude - whole * BILLION;
  if (fraction < 0) {
    whole -= 1;
    fraction += BILLION;
  }
  const wholeText = String(whole);
  if (fraction === 0) return signed < 0 ? `-${wholeText}` : wholeText;
  let digits = String(fraction).padStart(9, "0");
  let end = digits.length;
  while (digits.charCodeAt(end - 1) === 48) end--;
  digits = digits.slice(0, end);
  let leadingZeros = 0;
  if (whole === 0) while (digits.charCodeAt(leadingZeros) === 48) leadingZeros++;
  const significant = whole === 0 ? digits.length - leadingZeros : wholeText.length + digits.length;
  if (leadingZeros > 5 || significant > 15) return String(toJsonMoney(value));
  return `${signed < 0 ? "-" : ""}${wholeText}.${digits}`;
}
function groupThousands(digits) {
  if (digits.length <= 3) return digits;
  const head = digits.length % 3 || 3;
  let grouped = digits.slice(0, head);
  for (let at = head; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`;
  return grouped;
}
function groupedText(text2) {
  const negative = text2.startsWith("-");
  const point = text2.indexOf(".");
  const whole = text2.slice(negative ? 1 : 0, point < 0 ? text2.length : point);
  return `${negative ? "-" : ""}${groupThousands(whole)}${point < 0 ? "" : text2.slice(point)}`;
}
function formatUsd(value) {
  const text2 = groupedText(value.toFixed(2, Decimal.ROUND_HALF_EVEN));
  return text2.startsWith("-") ? `-$${text2.slice(1)}` : `$${text2}`;
}
function formatUsdChange(value) {
  const text2 = formatUsd(value);
  if (text2 === "$0.00" || text2.startsWith("-")) return text2;
  return `+${text2}`;
}
function formatUsdPrecise(value) {
  const rounded = value.abs().toSignificantDigits(4, Decimal.ROUND_HALF_EVEN);
  if (rounded.isZero() || rounded.gte(10)) return formatUsd(value);
  const sign = value.isNegative() ? "-" : "";
  return `${sign}$${rounded.toFixed(Math.max(2, 3 - rounded.e))}`;
}
function formatUnitPrice(value) {
  const fixed = value.toFixed();
  const point = fixed.indexOf(".");
  const padding = point < 0 ? ".00" : point === fixed.length - 2 ? "0" : "";
  return `$${groupedText(fixed + padding)}`;
}
var COUNT_UNITS = [
  [1e12, new Decimal(1e12), "T"],
  [1e9, new Decimal(1e9), "B"],
  [1e6, new Decimal(1e6), "M"],
  [1e3, new Decimal(1e3), "K"]
];
function formatCount(value) {
  const abs = value.abs();
  let larger;
  for (const unit of COUNT_UNITS) {
    const [size, limit, suffix] = unit;
    if (abs.lt(limit)) {
      larger = unit;
      continue;
    }
    const scaled2 = value.div(size).toSignificantDigits(4, Decimal.ROUND_HALF_EVEN);
    if (scaled2.abs().gte(1e3) && larger) return `${value.div(larger[0]).toFixed(3, Decimal.ROUND_HALF_EVEN)}${larger[2]}`;
    return `${scaled2.toFixed(Math.max(1, 3 - scaled2.e))}${suffix}`;
  }
  if (value.isInteger()) return value.toFixed(0);
  return value.toFixed(Math.max(2, 3 - value.e), Decimal.ROUND_HALF_EVEN);
}
function formatPercent(value, decimals2 = 0) {
  return `${value.toFixed(decimals2, Decimal.ROUND_HALF_EVEN)}%`;
}
function formatPercentChange(value, decimals2 = 0) {
  return `${value.gt(0) ? "+" : ""}${formatPercent(value, decimals2)}`;
}
function compound(amount, growthPercent, months) {
  const factor = growthPercent.div(100).plus(1);
  const series = [];
  for (let month = 0; month < months; month++) series.push(amount = amount.times(factor));
  return series;
}
function formatNumber(value) {
  return groupedText(value.toFixed(2, Decimal.ROUND_HALF_EVEN).replace(/\.?0+$/, ""));
}

// src/core/prices/import/common.ts
var PROVIDER_ALIASES = /* @__PURE__ */ new Map([
  ["together", "together"],
  ["together_ai", "together"],
  ["together-ai", "together"],
  ["togetherai", "together"],
  ["openai", "openai"],
  ["anthropic", "anthropic"],
  ["google", "google"],
  ["gemini", "google"],
  ["text-completion-openai", "openai"],
  ["vertex_ai", "vertex"],
  ["google-vertex", "vertex"],
  ["codestral", "mistral"],
  ["text-completion-codestral", "mistral"],
  ["cohere_chat", "cohere"],
  ["fireworks_ai", "fireworks"],
  ["x-ai", "xai"],
  ["aws", "bedrock"],
  ["bedrock_converse", "bedrock"],
  ["amazon-bedrock", "bedrock"],
  ["azure_text", "azure"]
]);
function mapProviderId(feedId) {
  const lower = feedId.trim().toLowerCase();
  return PROVIDER_ALIASES.get(lower) ?? lower.replace(/[^a-z0-9._-]+/g, "-");
}
function perTokenToPerMillion(perToken) {
  return new Decimal(String(perToken)).times(1e6).toNumber();
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function finiteNumber(value) {
  return typeof value === "number" && Number.isFinite(value) ? value : void 0;
}
var FREE_NOTE = "source lists this model as free (0 USD)";
function tokenPrices(rates, perMillion) {
  const { input, output, cachedInput, cacheWrite } = rates;
  return {
    input: perMillion(input),
    output: perMillion(output),
    ...cachedInput !== void 0 ? { cachedInput: perMillion(cachedInput) } : {},
    ...cacheWrite !== void 0 ? { cacheWrite: perMillion(cacheWrite) } : {}
  };
}
var asIs = (rate) => rate;
function setLimits(model, limits) {
  for (const field of ["contextWindow", "maxInputTokens", "maxOutputTokens"]) {
    const count2 = finiteNumber(limits[field]);
    if (count2 !== void 0 && count2 > 0) model[field] = count2;
  }
}
function emptyCatalog(sourceKey, title, url, options, license) {
  return {
    formatVersion: 1,
    // Imported catalogs are versioned by their snapshot date so two imports of the same
    // snapshot compare equal.
    version: options.sourceDate.replaceAll("-", "."),
    asOf: options.sourceDate,
    currency: "USD",
    sources: {
      [sourceKey]: { title: `${title} (${options.sourceFile})`, url, asOf: options.sourceDate, license }
    },
    models: [],
    hardware: []
  };
}
function addUnique(list2, seen, entry, warnings, origin) {
  const key2 = `${entry.provider}\0${entry.id.toLowerCase()}`;
  if (seen.has(key2)) {
    warnings.push(`${origin}: duplicate of ${entry.provider}/${entry.id} (ids match case-insensitively); kept the first`);
    return;
  }
  seen.add(key2);
  list2.push(entry);
}
var MAX_PLAUSIBLE_PER_MILLION = 1e3;
function implausibleFields(m, limit = MAX_PLAUSIBLE_PER_MILLION) {
  const problems = [];
  const parts = [
    ["", m.serverless],
    ["batch ", m.batch?.available && m.batch.discounted ? m.batch : void 0],
    ...(m.longContext ?? []).map((t) => [`above ${t.aboveInputTokens} `, t])
  ];
  for (const [prefix, p] of parts) {
    if (!p) continue;
    for (const field of ["input", "output", "cachedInput", "cacheWrite"]) {
      const value = p[field];
      if (value !== void 0 && value > limit) problems.push(`${prefix}${field} ${value}`);
    }
  }
  return problems;
}
function screenImplausible(models, limit = MAX_PLAUSIBLE_PER_MILLION) {
  const kept = [];
  const skipped2 = [];
  for (const m of models) {
    const problems = implausibleFields(m, limit);
    if (problems.length === 0) kept.push(m);
    else skipped2.push(`${m.provider}/${m.id} ${problems.join(", ")}`);
  }
  return { kept, skipped: skipped2, misScaled: skipped2.length * 2 > models.length };
}
var MAX_FEED_DEPTH = 64;
function nestsDeeper(value, limit = MAX_FEED_DEPTH) {
  const stack = [[value, 1]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [item, depth] = top;
    if (typeof item !== "object" || item === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(item)) if (typeof child === "object" && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}
function withProvenance(catalog, retrieval) {
  const sources = Object.fromEntries(
    Object.entries(catalog.sources).map(([key2, source]) => [
      key2,
      { ...source, url: retrieval.url, ...retrieval.retrievedAt ? { retrievedAt: retrieval.retrievedAt } : {}, sha256: retrieval.sha256 }
    ])
  );
  return { ...catalog, sources };
}

// src/cli/feeds.ts
var FEEDS = {
  together: { importer: "together", url: "https://api.together.xyz/v1/models", authEnv: "TOGETHER_API_KEY", needsKey: true },
  openrouter: { importer: "openrouter", url: "https://openrouter.ai/api/v1/models", authEnv: "OPENROUTER_API_KEY", needsKey: false },
  litellm: { importer: "litellm", url: "https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json" },
  "models-dev": { importer: "models.dev", url: "https://models.dev/api.json" },
  "genai-prices": {
    importer: "genai-prices",
    url: "https://raw.githubusercontent.com/pydantic/genai-prices/main/prices/new_data/v2/data.json"
  }
};
var FEED_NAMES = Object.keys(FEEDS);

// catalog/builtin.json
var builtin_default = JSON.parse(`{"$schema":"../schemas/price-catalog.schema.json","formatVersion":1,"version":"2026.09.23","asOf":"2026-09-23","currency":"USD","sources":{"genai-prices":{"title":"pydantic/genai-prices 0.1.8 data (npm, 2026-09-23); price dates from prices/providers/*.yml @47df840a (prices_checked, else the date the price lines were written)","url":"https://www.npmjs.com/package/@pydantic/genai-prices/v/0.1.8","asOf":"2026-09-23","license":"MIT"},"genai-prices-47df840a":{"title":"pydantic/genai-prices prices/new_data/v2/data.json @47df840a (2026-08-21); used for providers the 0.1.8 subset lacks (mistral, deepseek, x-ai, cohere, groq, fireworks, perplexity, aws, azure); dated by that commit, as it carries no prices_checked","url":"https://github.com/pydantic/genai-prices/blob/47df840a/prices/new_data/v2/data.json","asOf":"2026-08-21","license":"MIT"},"litellm":{"title":"LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, fetched 2026-07-24 by the mirror RoCry/llm-api-price@8442b939)","url":"https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json","asOf":"2026-07-24","license":"MIT"},"models.dev":{"title":"models.dev providers/togetherai @f3fc6922 (price dates: each file's last commit)","url":"https://github.com/anomalyco/models.dev/tree/f3fc692299671838c7c65fd8126bf84d81a2e817/providers/togetherai","asOf":"2026-07-02","license":"MIT"},"together-batch-docs":{"title":"Together AI docs: batch inference overview (stored copy) and togethercomputer/skills together-batch-inference api-reference.md","url":"https://docs.together.ai/docs/inference/batch/overview","asOf":"2026-07-13"},"together-dedicated-2026-07-16":{"title":"Together AI dedicated endpoint hardware prices, togethercomputer/skills commits 6583dbc / 5d3afa2 (DMI v2 docs rewrite, mintlify-docs#991)","url":"https://github.com/togethercomputer/skills","asOf":"2026-07-16"},"anthropic-batch-docs":{"title":"Anthropic docs: batch processing pricing (Message Batches bill 50% of standard prices on input, output, cache reads and cache writes)","url":"https://platform.claude.com/docs/en/build-with-claude/batch-processing#pricing","asOf":"2026-11-02"}},"providers":{"together":{"name":"Together AI","clusterGpuMultiple":8,"batch":{"enqueuedTokensPerModel":30000000000,"completionHours":24,"source":"together-batch-docs","asOf":"2026-07-13"},"notes":["GPU cluster (on-demand or reserved) GPU-hour rates are not in any stored source: clusterHourly is absent, so a manifest using clusters must give hourly_rate (see https://www.together.ai/pricing#gpu-clusters).","Clusters are sold in multiples of 8 GPUs (minimum 8).","Batch: 50% discount only for the models Together lists; other models run batch at serverless rates; some models cannot run batch at all. Dedicated endpoints can run batch, at full dedicated price.","Batch limits: up to 30B tokens enqueued per model at any time; 24-hour best-effort completion window.","Together's 2026-07-13 skills reference lists only meta-llama/Llama-3.3-70B-Instruct-Turbo under 'Models with 50% Discount'; the batch docs page lists more. The catalog follows the docs page.","Dedicated endpoints bill per minute per running replica by hardware; multi-GPU replicas scale linearly with GPU count.","Fine-tuning and provisioned-throughput prices are not in any stored source."]},"openai":{"name":"OpenAI","notes":["Batch prices only where LiteLLM states them; other models' batch terms are unknown (absent)."]},"anthropic":{"name":"Anthropic","notes":["Message Batches: 50% of the standard price on input, output, cache reads and cache writes (anthropic-batch-docs).","cacheWrite is the 5-minute cache write (1.25x input); the 1-hour cache write (2x input) is not modelled. cachedInput is the cache-read rate."]},"vertex":{"name":"Google Vertex AI","notes":["Every priced text model genai-prices or LiteLLM lists (see catalog/README.md, Breadth); catalog coverage shows what is left out and why."]},"mistral":{"name":"Mistral AI","notes":["Every priced text model genai-prices or LiteLLM lists (see catalog/README.md, Breadth); catalog coverage shows what is left out and why."]},"deepseek":{"name":"DeepSeek","notes":["Every priced text model genai-prices or LiteLLM lists (see catalog/README.md, Breadth); catalog coverage shows what is left out and why."]},"xai":{"name":"xAI","notes":["Every priced text model genai-prices or LiteLLM lists (see catalog/README.md, Breadth); catalog coverage shows what is left out and why."]},"cohere":{"name":"Cohere","notes":["Every priced text model genai-prices or LiteLLM lists (see catalog/README.md, Breadth); catalog coverage shows what is left out and why."]},"groq":{"name":"Groq","notes":["Every priced text model genai-prices or LiteLLM lists (see catalog/README.md, Breadth); catalog coverage shows what is left out and why."]},"fireworks":{"name":"Fireworks AI","notes":["Every priced text model genai-prices or LiteLLM lists (see catalog/README.md, Breadth); catalog coverage shows what is left out and why."]},"perplexity":{"name":"Perplexity","notes":["Every priced text model genai-prices or LiteLLM lists (see catalog/README.md, Breadth); catalog coverage shows what is left out and why."]},"bedrock":{"name":"Amazon Bedrock","notes":["Every priced text model genai-prices or LiteLLM lists (see catalog/README.md, Breadth); catalog coverage shows what is left out and why."]},"azure":{"name":"Azure OpenAI","notes":["Every priced text model genai-prices or LiteLLM lists (see catalog/README.md, Breadth); catalog coverage shows what is left out and why."]},"google":{"name":"Google (Gemini API)","notes":["Batch prices only where LiteLLM states them or genai-prices states a 50% batch discount; Vertex AI prices are not included."]}},"models":[{"provider":"together","id":"deepcogito/cogito-v2-1-671b","source":"models.dev","asOf":"2026-06-26","contextWindow":163840,"serverless":{"input":1.25,"output":1.25},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"1.25/1.25 agreed by genai-prices (huggingface_together route) (2025-11-24), models.dev (2026-06-26)"},{"provider":"together","id":"deepseek-ai/DeepSeek-R1","source":"litellm","asOf":"2026-07-24","contextWindow":163840,"maxOutputTokens":163839,"serverless":{"input":3,"output":7},"batch":{"available":false,"source":"together-batch-docs","asOf":"2026-07-13"},"deprecated":true,"note":"3/7 agreed by genai-prices (huggingface_together route) (2025-11-24), LiteLLM (2026-07-24), models.dev (2026-06-26); deprecated per models.dev"},{"provider":"together","id":"deepseek-ai/DeepSeek-R1-0528-tput","source":"litellm","asOf":"2026-07-24","contextWindow":128000,"serverless":{"input":0.55,"output":2.19},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"only LiteLLM prices this model (LiteLLM fetched 2026-07-24)"},{"provider":"together","id":"deepseek-ai/DeepSeek-V3","source":"litellm","asOf":"2026-07-24","contextWindow":131072,"serverless":{"input":1.25,"output":1.25},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"deprecated":true,"note":"1.25/1.25 agreed by genai-prices (huggingface_together route) (2025-11-24), LiteLLM (2026-07-24), models.dev (2026-06-10); deprecated per models.dev"},{"provider":"together","id":"deepseek-ai/DeepSeek-V3.1","source":"litellm","asOf":"2026-07-24","contextWindow":131072,"serverless":{"input":0.6,"output":1.7},"batch":{"available":false,"source":"together-batch-docs","asOf":"2026-07-13"},"deprecated":true,"note":"0.6/1.7 agreed by genai-prices (huggingface_together route) (2025-11-24), LiteLLM (2026-07-24), models.dev (2026-06-26); deprecated per models.dev"},{"provider":"together","id":"deepseek-ai/DeepSeek-V4-Pro","source":"models.dev","asOf":"2026-06-26","contextWindow":512000,"maxOutputTokens":384000,"serverless":{"input":1.74,"output":3.48,"cachedInput":0.2},"batch":{"available":false,"source":"together-batch-docs","asOf":"2026-07-13"},"note":"only models.dev prices this model (models.dev file written 2026-06-26)"},{"provider":"together","id":"essentialai/Rnj-1-Instruct","source":"genai-prices","asOf":"2025-12-17","contextWindow":32768,"serverless":{"input":0.15,"output":0.15},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"0.15/0.15 agreed by genai-prices (huggingface_together route) (2025-12-17), models.dev (2025-12-14)"},{"provider":"together","id":"google/gemma-3n-E4B-it","source":"models.dev","asOf":"2026-06-10","contextWindow":32768,"serverless":{"input":0.06,"output":0.12},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"sources disagree (input/output per 1M): genai-prices (huggingface_together route) 0.02/0.04 (2026-03-20), models.dev 0.06/0.12 (2026-06-10); chose models.dev, the newest statement"},{"provider":"together","id":"google/gemma-4-31B-it","source":"models.dev","asOf":"2026-06-26","contextWindow":262144,"maxOutputTokens":131072,"serverless":{"input":0.39,"output":0.97},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"only models.dev prices this model (models.dev file written 2026-06-26)"},{"provider":"together","id":"LiquidAI/LFM2-24B-A2B","source":"models.dev","asOf":"2026-06-10","contextWindow":32768,"serverless":{"input":0.03,"output":0.12},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"only models.dev prices this model (models.dev file written 2026-06-10)"},{"provider":"together","id":"meta-llama/Llama-3-70b-chat-hf","source":"genai-prices","asOf":"2025-06-21","serverless":{"input":0.9,"output":0.9},"batch":{"available":true,"discounted":true,"input":0.45,"output":0.45,"source":"together-batch-docs","asOf":"2026-07-13","note":"50% of the serverless price; Together lists this model for the batch discount"},"note":"only genai-prices (together) prices this model (genai-prices price written 2025-06-21 (no prices_checked)); kept because Together's batch docs still name it"},{"provider":"together","id":"meta-llama/Llama-3.3-70B-Instruct-Turbo","source":"litellm","asOf":"2026-07-24","aliases":["meta-llama/Meta-Llama-3.3-70B-Instruct-Turbo"],"contextWindow":131072,"serverless":{"input":0.88,"output":0.88},"batch":{"available":true,"discounted":true,"input":0.44,"output":0.44,"source":"together-batch-docs","asOf":"2026-07-13","note":"50% of the serverless price; Together lists this model for the batch discount"},"note":"0.88/0.88 agreed by genai-prices (together) (2025-07-03), genai-prices (huggingface_together route) (2025-11-24), LiteLLM (2026-07-24), models.dev (2026-02-10)"},{"provider":"together","id":"meta-llama/Llama-3.3-70B-Instruct-Turbo-Free","source":"litellm","asOf":"2026-07-24","serverless":{"input":0,"output":0},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"only LiteLLM prices this model (LiteLLM fetched 2026-07-24); LiteLLM: source lists this model as free (0 USD)"},{"provider":"together","id":"meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8","source":"litellm","asOf":"2026-07-24","contextWindow":1048576,"serverless":{"input":0.27,"output":0.85},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"0.27/0.85 agreed by genai-prices (together) (2025-07-04), genai-prices (huggingface_together route) (2026-03-20), LiteLLM (2026-07-24)"},{"provider":"together","id":"meta-llama/Llama-4-Scout-17B-16E-Instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.18,"output":0.59},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"0.18/0.59 agreed by genai-prices (together) (2025-07-04), LiteLLM (2026-07-24)"},{"provider":"together","id":"meta-llama/Meta-Llama-3-70B-Instruct-Lite","source":"genai-prices","asOf":"2025-07-03","serverless":{"input":0.54,"output":0.54},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"only genai-prices (together) prices this model (genai-prices prices_checked 2025-07-03); genai-prices prices it with prices_checked 2025-07-03"},{"provider":"together","id":"meta-llama/Meta-Llama-3-70B-Instruct-Turbo","source":"genai-prices","asOf":"2025-07-03","serverless":{"input":0.88,"output":0.88},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"only genai-prices (together) prices this model (genai-prices prices_checked 2025-07-03); genai-prices prices it with prices_checked 2025-07-03"},{"provider":"together","id":"meta-llama/Meta-Llama-3-8B-Instruct-Lite","source":"models.dev","asOf":"2026-06-10","contextWindow":8192,"serverless":{"input":0.14,"output":0.14},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"sources disagree (input/output per 1M): genai-prices (together) 0.1/0.1 (2025-07-03), models.dev 0.14/0.14 (2026-06-10); chose models.dev, the newest statement"},{"provider":"together","id":"meta-llama/Meta-Llama-3-8B-Instruct-Turbo","source":"genai-prices","asOf":"2025-07-03","serverless":{"input":0.18,"output":0.18},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"only genai-prices (together) prices this model (genai-prices prices_checked 2025-07-03); genai-prices prices it with prices_checked 2025-07-03"},{"provider":"together","id":"meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo","source":"litellm","asOf":"2026-07-24","serverless":{"input":3.5,"output":3.5},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"3.5/3.5 agreed by genai-prices (together) (2025-07-03), LiteLLM (2026-07-24)"},{"provider":"together","id":"meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.88,"output":0.88},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"0.88/0.88 agreed by genai-prices (together) (2025-07-03), LiteLLM (2026-07-24)"},{"provider":"together","id":"meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.18,"output":0.18},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"0.18/0.18 agreed by genai-prices (together) (2025-07-03), LiteLLM (2026-07-24)"},{"provider":"together","id":"MiniMaxAI/MiniMax-M2.5","source":"models.dev","asOf":"2026-06-26","contextWindow":204800,"maxOutputTokens":131072,"serverless":{"input":0.3,"output":1.2,"cachedInput":0.06},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"deprecated":true,"note":"only models.dev prices this model (models.dev file written 2026-06-26); deprecated per models.dev"},{"provider":"together","id":"MiniMaxAI/MiniMax-M2.7","source":"models.dev","asOf":"2026-06-26","contextWindow":202752,"maxOutputTokens":131072,"serverless":{"input":0.3,"output":1.2,"cachedInput":0.06},"batch":{"available":false,"source":"together-batch-docs","asOf":"2026-07-13"},"note":"only models.dev prices this model (models.dev file written 2026-06-26)"},{"provider":"together","id":"MiniMaxAI/MiniMax-M3","source":"models.dev","asOf":"2026-06-27","contextWindow":524288,"maxOutputTokens":250000,"serverless":{"input":0.3,"output":1.2,"cachedInput":0.06},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"only models.dev prices this model (models.dev file written 2026-06-27)"},{"provider":"together","id":"mistralai/Mixtral-8x7B-Instruct-v0.1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.6,"output":0.6},"batch":{"available":true,"discounted":true,"input":0.3,"output":0.3,"source":"together-batch-docs","asOf":"2026-07-13","note":"50% of the serverless price; Together lists this model for the batch discount"},"note":"sources disagree (input/output per 1M): genai-prices (together) 0.9/0.9 (2025-06-21), LiteLLM 0.6/0.6 (2026-07-24); chose LiteLLM, the newest statement"},{"provider":"together","id":"moonshotai/Kimi-K2-Instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":1,"output":3},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"only LiteLLM prices this model (LiteLLM fetched 2026-07-24)"},{"provider":"together","id":"moonshotai/Kimi-K2-Instruct-0905","source":"litellm","asOf":"2026-07-24","contextWindow":262144,"serverless":{"input":1,"output":3},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"only LiteLLM prices this model (LiteLLM fetched 2026-07-24)"},{"provider":"together","id":"moonshotai/Kimi-K2.5","source":"litellm","asOf":"2026-07-24","contextWindow":262144,"serverless":{"input":0.5,"output":2.8},"batch":{"available":false,"source":"together-batch-docs","asOf":"2026-07-13"},"deprecated":true,"note":"0.5/2.8 agreed by genai-prices (huggingface_together route) (2026-03-20), LiteLLM (2026-07-24), models.dev (2026-06-26); deprecated per models.dev"},{"provider":"together","id":"moonshotai/Kimi-K2.6","source":"models.dev","asOf":"2026-06-26","contextWindow":262144,"maxOutputTokens":131000,"serverless":{"input":1.2,"output":4.5,"cachedInput":0.2},"batch":{"available":false,"source":"together-batch-docs","asOf":"2026-07-13"},"note":"only models.dev prices this model (models.dev file written 2026-06-26)"},{"provider":"together","id":"moonshotai/Kimi-K2.7-Code","source":"models.dev","asOf":"2026-06-27","contextWindow":262144,"maxOutputTokens":131072,"serverless":{"input":0.95,"output":4,"cachedInput":0.19},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"only models.dev prices this model (models.dev file written 2026-06-27)"},{"provider":"together","id":"nvidia/nemotron-3-ultra-550b-a55b","source":"models.dev","asOf":"2026-06-26","contextWindow":512300,"serverless":{"input":0.6,"output":3.6,"cachedInput":0.2},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"only models.dev prices this model (models.dev file written 2026-06-26)"},{"provider":"together","id":"openai/gpt-oss-120b","source":"litellm","asOf":"2026-07-24","contextWindow":131072,"serverless":{"input":0.15,"output":0.6},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"0.15/0.6 agreed by genai-prices (huggingface_together route) (2025-11-24), LiteLLM (2026-07-24), models.dev (2026-06-26)"},{"provider":"together","id":"openai/gpt-oss-20b","source":"litellm","asOf":"2026-07-24","contextWindow":131072,"serverless":{"input":0.05,"output":0.2},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"0.05/0.2 agreed by genai-prices (huggingface_together route) (2026-03-20), LiteLLM (2026-07-24), models.dev (2026-06-26)"},{"provider":"together","id":"pearl-ai/gemma-4-31b-it","source":"models.dev","asOf":"2026-06-26","contextWindow":32000,"serverless":{"input":0.28,"output":0.86},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"only models.dev prices this model (models.dev file written 2026-06-26)"},{"provider":"together","id":"Qwen/Qwen2.5-7B-Instruct-Turbo","source":"models.dev","asOf":"2026-06-10","contextWindow":32768,"serverless":{"input":0.3,"output":0.3},"batch":{"available":true,"discounted":true,"input":0.15,"output":0.15,"source":"together-batch-docs","asOf":"2026-07-13","note":"50% of the serverless price; Together lists this model for the batch discount"},"note":"0.3/0.3 agreed by genai-prices (huggingface_together route) (2025-11-24), models.dev (2026-06-10)"},{"provider":"together","id":"Qwen/Qwen3-235B-A22B-fp8-tput","source":"litellm","asOf":"2026-07-24","contextWindow":40000,"serverless":{"input":0.2,"output":0.6},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"only LiteLLM prices this model (LiteLLM fetched 2026-07-24)"},{"provider":"together","id":"Qwen/Qwen3-235B-A22B-Instruct-2507-tput","source":"models.dev","asOf":"2026-06-10","contextWindow":262144,"serverless":{"input":0.2,"output":0.6},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"sources disagree (input/output per 1M): genai-prices (huggingface_together route) 0.2/0.6 (2025-11-24), LiteLLM 0.2/6 (2026-07-24), models.dev 0.2/0.6 (2026-06-10); chose models.dev, the price 2 sources agree on"},{"provider":"together","id":"Qwen/Qwen3-235B-A22B-Thinking-2507","source":"litellm","asOf":"2026-07-24","contextWindow":256000,"serverless":{"input":0.65,"output":3},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"only LiteLLM prices this model (LiteLLM fetched 2026-07-24)"},{"provider":"together","id":"Qwen/Qwen3-Coder-480B-A35B-Instruct-FP8","source":"litellm","asOf":"2026-07-24","contextWindow":262144,"serverless":{"input":2,"output":2},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"deprecated":true,"note":"2/2 agreed by genai-prices (huggingface_together route) (2025-11-24), LiteLLM (2026-07-24), models.dev (2026-06-10); deprecated per models.dev"},{"provider":"together","id":"Qwen/Qwen3-Coder-Next-FP8","source":"models.dev","asOf":"2026-06-10","contextWindow":262144,"serverless":{"input":0.5,"output":1.2},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"deprecated":true,"note":"0.5/1.2 agreed by genai-prices (huggingface_together route) (2026-03-20), models.dev (2026-06-10); deprecated per models.dev"},{"provider":"together","id":"Qwen/Qwen3-Next-80B-A3B-Instruct","source":"litellm","asOf":"2026-07-24","contextWindow":262144,"serverless":{"input":0.15,"output":1.5},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"0.15/1.5 agreed by genai-prices (huggingface_together route) (2025-11-24), LiteLLM (2026-07-24)"},{"provider":"together","id":"Qwen/Qwen3-Next-80B-A3B-Thinking","source":"litellm","asOf":"2026-07-24","contextWindow":262144,"serverless":{"input":0.15,"output":1.5},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"only LiteLLM prices this model (LiteLLM fetched 2026-07-24)"},{"provider":"together","id":"Qwen/Qwen3-VL-8B-Instruct","source":"genai-prices","asOf":"2026-03-20","contextWindow":262144,"serverless":{"input":0.18,"output":0.68},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"only genai-prices (huggingface_together route) prices this model (genai-prices price written 2026-03-20 (no prices_checked))"},{"provider":"together","id":"Qwen/Qwen3.5-397B-A17B","source":"litellm","asOf":"2026-07-24","contextWindow":262144,"maxOutputTokens":130000,"serverless":{"input":0.6,"output":3.6,"cachedInput":0.35},"batch":{"available":false,"source":"together-batch-docs","asOf":"2026-07-13"},"note":"0.6/3.6 agreed by genai-prices (huggingface_together route) (2026-03-20), LiteLLM (2026-07-24), models.dev (2026-06-26); cachedInput from models.dev"},{"provider":"together","id":"Qwen/Qwen3.5-9B","source":"models.dev","asOf":"2026-06-26","contextWindow":262144,"maxOutputTokens":65536,"serverless":{"input":0.17,"output":0.25},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"sources disagree (input/output per 1M): genai-prices (huggingface_together route) 0.1/0.15 (2026-03-20), models.dev 0.17/0.25 (2026-06-26); chose models.dev, the newest statement"},{"provider":"together","id":"Qwen/Qwen3.6-Plus","source":"models.dev","asOf":"2026-06-26","contextWindow":1000000,"maxOutputTokens":500000,"serverless":{"input":0.5,"output":3},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"only models.dev prices this model (models.dev file written 2026-06-26)"},{"provider":"together","id":"Qwen/Qwen3.7-Max","source":"models.dev","asOf":"2026-06-16","contextWindow":1000000,"maxOutputTokens":500000,"serverless":{"input":1.25,"output":3.75,"cachedInput":0.13},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"only models.dev prices this model (models.dev file written 2026-06-16)"},{"provider":"together","id":"zai-org/GLM-4.5-Air-FP8","source":"litellm","asOf":"2026-07-24","contextWindow":131072,"serverless":{"input":0.2,"output":1.1},"batch":{"available":true,"discounted":true,"input":0.1,"output":0.55,"source":"together-batch-docs","asOf":"2026-07-13","note":"50% of the serverless price; Together lists this model for the batch discount"},"note":"0.2/1.1 agreed by genai-prices (huggingface_together route) (2025-11-24), LiteLLM (2026-07-24)"},{"provider":"together","id":"zai-org/GLM-4.6","source":"litellm","asOf":"2026-07-24","contextWindow":202752,"serverless":{"input":0.6,"output":2.2},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"0.6/2.2 agreed by genai-prices (huggingface_together route) (2026-03-20), LiteLLM (2026-07-24)"},{"provider":"together","id":"zai-org/GLM-4.7","source":"litellm","asOf":"2026-07-24","contextWindow":202752,"serverless":{"input":0.45,"output":2},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"0.45/2 agreed by genai-prices (huggingface_together route) (2026-03-20), LiteLLM (2026-07-24)"},{"provider":"together","id":"zai-org/GLM-5","source":"models.dev","asOf":"2026-06-26","contextWindow":202752,"maxOutputTokens":131072,"serverless":{"input":1,"output":3.2},"batch":{"available":false,"source":"together-batch-docs","asOf":"2026-07-13"},"note":"1/3.2 agreed by genai-prices (huggingface_together route) (2026-03-20), models.dev (2026-06-26)"},{"provider":"together","id":"zai-org/GLM-5.1","source":"models.dev","asOf":"2026-06-26","contextWindow":202752,"maxOutputTokens":131072,"serverless":{"input":1.4,"output":4.4},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"only models.dev prices this model (models.dev file written 2026-06-26)"},{"provider":"together","id":"zai-org/GLM-5.2","source":"models.dev","asOf":"2026-06-26","contextWindow":262144,"maxOutputTokens":164000,"serverless":{"input":1.4,"output":4.4,"cachedInput":0.26},"batch":{"available":true,"discounted":false,"source":"together-batch-docs","asOf":"2026-07-13","note":"not in Together's discounted list: batch runs at serverless rates"},"note":"only models.dev prices this model (models.dev file written 2026-06-26)"},{"provider":"openai","id":"gpt-5","source":"genai-prices","asOf":"2026-07-24","aliases":["gpt-5-2025-08-07","gpt-5-chat","gpt-5-chat-latest","gpt-5-codex"],"contextWindow":400000,"maxInputTokens":272000,"maxOutputTokens":128000,"serverless":{"input":1.25,"output":10,"cachedInput":0.125},"note":"price dates: genai-prices prices_checked 2025-11-13; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (gpt-5)"},{"provider":"openai","id":"gpt-5-mini","source":"genai-prices","asOf":"2026-07-24","aliases":["gpt-5-mini-2025-08-07"],"contextWindow":400000,"maxInputTokens":272000,"maxOutputTokens":128000,"serverless":{"input":0.25,"output":2,"cachedInput":0.025},"note":"price dates: genai-prices prices_checked 2025-11-13; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (gpt-5-mini)"},{"provider":"openai","id":"gpt-5-nano","source":"genai-prices","asOf":"2026-07-24","aliases":["gpt-5-nano-2025-08-07"],"contextWindow":400000,"maxInputTokens":272000,"maxOutputTokens":128000,"serverless":{"input":0.05,"output":0.4,"cachedInput":0.005},"note":"price dates: genai-prices prices_checked 2025-11-13; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (gpt-5-nano)"},{"provider":"openai","id":"gpt-5-pro","source":"genai-prices","asOf":"2026-07-24","aliases":["gpt-5-pro-2025-10-06"],"contextWindow":400000,"maxOutputTokens":128000,"serverless":{"input":15,"output":120},"batch":{"available":true,"discounted":true,"input":7.5,"output":60,"source":"litellm","asOf":"2026-07-24"},"note":"price dates: genai-prices prices_checked 2025-11-13; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (gpt-5-pro)"},{"provider":"openai","id":"gpt-5.1","source":"genai-prices","asOf":"2026-07-24","aliases":["gpt-5.1-2025-11-13","gpt-5.1-codex","gpt-5.1-codex-max","gpt-5.1-chat","gpt-5.1-chat-latest","gpt-5-1","gpt-5-1-2025-11-13","gpt-5-1-codex","gpt-5-1-codex-max","gpt-5-1-chat","gpt-5-1-chat-latest"],"contextWindow":400000,"maxInputTokens":272000,"maxOutputTokens":128000,"serverless":{"input":1.25,"output":10,"cachedInput":0.125},"note":"price dates: genai-prices prices_checked 2025-11-13; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (gpt-5.1)"},{"provider":"openai","id":"gpt-5.1-codex-mini","source":"genai-prices","asOf":"2026-07-24","aliases":["gpt-5.1-mini","gpt-5-1-codex-mini","gpt-5-1-mini"],"contextWindow":400000,"maxInputTokens":272000,"maxOutputTokens":128000,"serverless":{"input":0.25,"output":2,"cachedInput":0.025},"note":"price dates: genai-prices prices_checked 2025-11-13; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (gpt-5.1-codex-mini)"},{"provider":"openai","id":"gpt-5.2","source":"genai-prices","asOf":"2026-07-24","aliases":["gpt-5.2-2025-12-11","gpt-5-2","gpt-5-2-2025-12-11","gpt-5.2-chat","gpt-5.2-chat-latest","gpt-5-2-chat","gpt-5-2-chat-latest","gpt-5.2-codex","gpt-5-2-codex"],"contextWindow":400000,"maxInputTokens":272000,"maxOutputTokens":128000,"serverless":{"input":1.75,"output":14,"cachedInput":0.175},"note":"price dates: genai-prices prices_checked 2025-12-11; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (gpt-5.2)"},{"provider":"openai","id":"gpt-5.2-pro","source":"genai-prices","asOf":"2026-07-24","aliases":["gpt-5.2-pro-2025-12-11","gpt-5-2-pro-2025-12-11"],"contextWindow":400000,"maxInputTokens":272000,"maxOutputTokens":128000,"serverless":{"input":21,"output":168},"note":"price dates: genai-prices prices_checked 2025-12-11; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (gpt-5.2-pro)"},{"provider":"openai","id":"gpt-5.3-codex","source":"genai-prices","asOf":"2026-07-24","aliases":["gpt-5-3-codex"],"contextWindow":400000,"maxInputTokens":272000,"maxOutputTokens":128000,"serverless":{"input":1.75,"output":14,"cachedInput":0.175},"note":"price dates: genai-prices prices_checked 2026-02-05; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (gpt-5.3-codex)"},{"provider":"openai","id":"gpt-5.4","source":"genai-prices","asOf":"2026-09-23","aliases":["gpt-5.4-2026-03-05","gpt-5-4","gpt-5-4-2026-03-05"],"contextWindow":1050000,"maxOutputTokens":128000,"serverless":{"input":2.5,"output":15,"cachedInput":0.25},"batch":{"available":true,"discounted":true,"input":1.25,"output":7.5,"source":"litellm","asOf":"2026-07-24"},"longContext":[{"aboveInputTokens":271999,"input":5,"output":22.5,"cachedInput":0.5}],"note":"price dates: first stated by genai-prices 0.1.8 (2026-09-23); differs from or is absent in the @47df840a YAML; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (gpt-5.4)"},{"provider":"openai","id":"gpt-5.4-mini","source":"genai-prices","asOf":"2026-07-24","aliases":["gpt-5.4-mini-2026-03-17","gpt-5-4-mini","gpt-5-4-mini-2026-03-17"],"contextWindow":400000,"maxOutputTokens":128000,"serverless":{"input":0.75,"output":4.5,"cachedInput":0.075},"batch":{"available":true,"discounted":true,"input":0.375,"output":2.25,"source":"litellm","asOf":"2026-07-24"},"note":"price dates: genai-prices prices_checked 2026-03-18; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (gpt-5.4-mini)"},{"provider":"openai","id":"gpt-5.4-nano","source":"genai-prices","asOf":"2026-07-24","aliases":["gpt-5.4-nano-2026-03-17","gpt-5-4-nano","gpt-5-4-nano-2026-03-17"],"contextWindow":400000,"maxOutputTokens":128000,"serverless":{"input":0.2,"output":1.25,"cachedInput":0.02},"batch":{"available":true,"discounted":true,"input":0.1,"output":0.625,"source":"litellm","asOf":"2026-07-24"},"note":"price dates: genai-prices prices_checked 2026-03-18; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (gpt-5.4-nano)"},{"provider":"openai","id":"gpt-5.4-pro","source":"genai-prices","asOf":"2026-09-23","aliases":["gpt-5.4-pro-2026-03-05","gpt-5-4-pro","gpt-5-4-pro-2026-03-05"],"contextWindow":1050000,"maxOutputTokens":128000,"serverless":{"input":30,"output":180},"batch":{"available":true,"discounted":true,"input":15,"output":90,"source":"litellm","asOf":"2026-07-24"},"longContext":[{"aboveInputTokens":271999,"input":60,"output":270}],"note":"price dates: first stated by genai-prices 0.1.8 (2026-09-23); differs from or is absent in the @47df840a YAML; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (gpt-5.4-pro)"},{"provider":"openai","id":"gpt-5.5","source":"genai-prices","asOf":"2026-09-23","aliases":["gpt-5.5-2026-04-23","gpt-5.5-2026-04-24","gpt-5-5","gpt-5-5-2026-04-23","gpt-5-5-2026-04-24","gpt-5.5-chat","gpt-5.5-chat-latest","gpt-5-5-chat","gpt-5-5-chat-latest","gpt-5.5-codex","gpt-5-5-codex"],"contextWindow":1000000,"maxOutputTokens":128000,"serverless":{"input":5,"output":30,"cachedInput":0.5},"batch":{"available":true,"discounted":true,"input":2.5,"output":15,"source":"litellm","asOf":"2026-07-24"},"longContext":[{"aboveInputTokens":271999,"input":10,"output":45,"cachedInput":1}],"note":"price dates: first stated by genai-prices 0.1.8 (2026-09-23); differs from or is absent in the @47df840a YAML; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (gpt-5.5)"},{"provider":"openai","id":"gpt-5.5-pro","source":"genai-prices","asOf":"2026-09-23","aliases":["gpt-5.5-pro-2026-04-23","gpt-5-5-pro","gpt-5-5-pro-2026-04-23"],"contextWindow":1000000,"maxOutputTokens":128000,"serverless":{"input":30,"output":180},"batch":{"available":true,"discounted":true,"input":15,"output":90,"source":"litellm","asOf":"2026-07-24"},"longContext":[{"aboveInputTokens":271999,"input":60,"output":270}],"note":"price dates: first stated by genai-prices 0.1.8 (2026-09-23); differs from or is absent in the @47df840a YAML; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (gpt-5.5-pro)"},{"provider":"openai","id":"gpt-5.6-luna","source":"genai-prices","asOf":"2026-09-23","aliases":["gpt-5-6-luna"],"contextWindow":1050000,"maxOutputTokens":128000,"serverless":{"input":0.2,"output":1.2,"cachedInput":0.02,"cacheWrite":0.25},"longContext":[{"aboveInputTokens":271999,"input":0.4,"output":1.8,"cachedInput":0.04,"cacheWrite":0.5}],"note":"price dates: first stated by genai-prices 0.1.8 (2026-09-23); differs from or is absent in the @47df840a YAML; genai-prices: price in force since 2026-07-30; input/output limits from LiteLLM (gpt-5.6-luna); LiteLLM lists 1/6 serverless and 0.5/3 batch; genai-prices (newer) says 0.2/1.2, so LiteLLM's batch rates are not used"},{"provider":"openai","id":"gpt-5.6-sol","source":"genai-prices","asOf":"2026-09-23","aliases":["gpt-5-6-sol","gpt-5.6","gpt-5-6"],"contextWindow":1050000,"maxOutputTokens":128000,"serverless":{"input":4,"output":20,"cachedInput":0.4,"cacheWrite":5},"longContext":[{"aboveInputTokens":271999,"input":8,"output":30,"cachedInput":0.8,"cacheWrite":10}],"note":"price dates: first stated by genai-prices 0.1.8 (2026-09-23); differs from or is absent in the @47df840a YAML; genai-prices: price in force since 2026-08-21; input/output limits from LiteLLM (gpt-5.6-sol); LiteLLM lists 5/30 serverless and 2.5/15 batch; genai-prices (newer) says 4/20, so LiteLLM's batch rates are not used"},{"provider":"openai","id":"gpt-5.6-terra","source":"genai-prices","asOf":"2026-09-23","aliases":["gpt-5-6-terra"],"contextWindow":1050000,"maxOutputTokens":128000,"serverless":{"input":2,"output":12,"cachedInput":0.2,"cacheWrite":2.5},"longContext":[{"aboveInputTokens":271999,"input":4,"output":18,"cachedInput":0.4,"cacheWrite":5}],"note":"price dates: first stated by genai-prices 0.1.8 (2026-09-23); differs from or is absent in the @47df840a YAML; genai-prices: price in force since 2026-07-30; input/output limits from LiteLLM (gpt-5.6-terra); LiteLLM lists 2.5/15 serverless and 1.25/7.5 batch; genai-prices (newer) says 2/12, so LiteLLM's batch rates are not used"},{"provider":"openai","id":"gpt-6-astra","source":"genai-prices","asOf":"2026-09-23","contextWindow":1050000,"serverless":{"input":10,"output":50,"cachedInput":1,"cacheWrite":12.5},"longContext":[{"aboveInputTokens":271999,"input":20,"output":75,"cachedInput":2,"cacheWrite":25}],"note":"price dates: first stated by genai-prices 0.1.8 (2026-09-23); differs from or is absent in the @47df840a YAML"},{"provider":"openai","id":"gpt-6-sol","source":"genai-prices","asOf":"2026-09-23","contextWindow":1050000,"serverless":{"input":2,"output":10,"cachedInput":0.2,"cacheWrite":2.5},"longContext":[{"aboveInputTokens":272000,"input":4,"output":15,"cachedInput":0.4,"cacheWrite":5}],"note":"price dates: first stated by genai-prices 0.1.8 (2026-09-23); differs from or is absent in the @47df840a YAML"},{"provider":"openai","id":"gpt-6-luna","source":"genai-prices","asOf":"2026-09-23","contextWindow":1050000,"serverless":{"input":0.1,"output":0.5,"cachedInput":0.01,"cacheWrite":0.125},"longContext":[{"aboveInputTokens":272000,"input":0.2,"output":0.75,"cachedInput":0.02,"cacheWrite":0.25}],"note":"price dates: first stated by genai-prices 0.1.8 (2026-09-23); differs from or is absent in the @47df840a YAML"},{"provider":"openai","id":"gpt-4.1","source":"genai-prices","asOf":"2026-07-24","aliases":["gpt-4.1-2025-04-14"],"contextWindow":1000000,"maxOutputTokens":32768,"serverless":{"input":2,"output":8,"cachedInput":0.5},"batch":{"available":true,"discounted":true,"input":1,"output":4,"source":"litellm","asOf":"2026-07-24"},"note":"price dates: genai-prices prices_checked 2025-07-04; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (gpt-4.1)"},{"provider":"openai","id":"gpt-4.1-mini","source":"genai-prices","asOf":"2026-07-24","aliases":["gpt-4.1-mini-2025-04-14"],"contextWindow":1000000,"maxOutputTokens":32768,"serverless":{"input":0.4,"output":1.6,"cachedInput":0.1},"batch":{"available":true,"discounted":true,"input":0.2,"output":0.8,"source":"litellm","asOf":"2026-07-24"},"note":"price dates: genai-prices prices_checked 2025-07-04; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (gpt-4.1-mini)"},{"provider":"openai","id":"gpt-4.1-nano","source":"genai-prices","asOf":"2026-07-24","aliases":["gpt-4.1-nano-2025-04-14"],"contextWindow":1000000,"maxOutputTokens":32768,"serverless":{"input":0.1,"output":0.4,"cachedInput":0.025},"batch":{"available":true,"discounted":true,"input":0.05,"output":0.2,"source":"litellm","asOf":"2026-07-24"},"note":"price dates: genai-prices prices_checked 2025-07-04; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (gpt-4.1-nano)"},{"provider":"openai","id":"gpt-4o","source":"genai-prices","asOf":"2026-07-24","aliases":["gpt-4o-2024-08-06","gpt-4o-2024-11-20"],"contextWindow":128000,"maxOutputTokens":16384,"serverless":{"input":2.5,"output":10,"cachedInput":1.25},"batch":{"available":true,"discounted":true,"input":1.25,"output":5,"source":"litellm","asOf":"2026-07-24"},"note":"price dates: genai-prices prices_checked 2025-07-04; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (gpt-4o)"},{"provider":"openai","id":"gpt-4o-mini","source":"genai-prices","asOf":"2026-07-24","aliases":["gpt-4o-mini-2024-07-18","gpt-4o-mini-search-preview","gpt-4o-mini-search-preview-2025-03-11"],"contextWindow":128000,"maxOutputTokens":16384,"serverless":{"input":0.15,"output":0.6,"cachedInput":0.075},"batch":{"available":true,"discounted":true,"input":0.075,"output":0.3,"source":"litellm","asOf":"2026-07-24"},"note":"price dates: genai-prices prices_checked 2025-07-04; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (gpt-4o-mini)"},{"provider":"openai","id":"o3","source":"genai-prices","asOf":"2026-07-24","aliases":["o3-2025-04-16"],"contextWindow":200000,"maxOutputTokens":100000,"serverless":{"input":2,"output":8,"cachedInput":0.5},"note":"price dates: genai-prices prices_checked 2025-07-12; LiteLLM states the same 2026-07-24; genai-prices: price in force since 2025-06-10; input/output limits from LiteLLM (o3)"},{"provider":"openai","id":"o3-pro","source":"genai-prices","asOf":"2026-07-24","aliases":["o3-pro-2025-06-10"],"contextWindow":200000,"maxOutputTokens":100000,"serverless":{"input":20,"output":80},"batch":{"available":true,"discounted":true,"input":10,"output":40,"source":"litellm","asOf":"2026-07-24"},"note":"price dates: genai-prices price written 2025-06-22 (no prices_checked); LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (o3-pro)"},{"provider":"openai","id":"o3-mini","source":"genai-prices","asOf":"2026-07-24","aliases":["o3-mini-2025-01-31","o3-mini-high"],"contextWindow":200000,"maxOutputTokens":100000,"serverless":{"input":1.1,"output":4.4,"cachedInput":0.55},"note":"price dates: genai-prices prices_checked 2025-07-04; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (o3-mini)"},{"provider":"openai","id":"o4-mini","source":"genai-prices","asOf":"2026-07-24","aliases":["o4-mini-2025-04-16","o4-mini-high"],"contextWindow":200000,"maxOutputTokens":100000,"serverless":{"input":1.1,"output":4.4,"cachedInput":0.275},"note":"price dates: genai-prices prices_checked 2025-07-04; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (o4-mini)"},{"provider":"anthropic","id":"claude-haiku-4-5","source":"genai-prices","asOf":"2026-07-30","aliases":["claude-haiku-4-5-20251001"],"contextWindow":200000,"maxOutputTokens":64000,"serverless":{"input":1,"output":5,"cachedInput":0.1,"cacheWrite":1.25},"batch":{"available":true,"discounted":true,"input":0.5,"output":2.5,"cachedInput":0.05,"cacheWrite":0.625,"source":"anthropic-batch-docs","asOf":"2026-11-02","note":"Message Batches: 50% of the standard price on input, output, cache reads and cache writes"},"note":"price dates: genai-prices prices_checked 2026-07-29; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (claude-haiku-4-5)"},{"provider":"anthropic","id":"claude-sonnet-4-0","source":"genai-prices","asOf":"2026-07-30","aliases":["claude-sonnet-4","claude-sonnet-4-20250514","claude-4-sonnet-20250514"],"contextWindow":200000,"maxOutputTokens":64000,"serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"batch":{"available":true,"discounted":true,"input":1.5,"output":7.5,"cachedInput":0.15,"cacheWrite":1.875,"source":"anthropic-batch-docs","asOf":"2026-11-02","note":"Message Batches: 50% of the standard price on input, output, cache reads and cache writes"},"note":"price dates: genai-prices prices_checked 2026-07-29; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (claude-sonnet-4-20250514); LiteLLM lists long-context tiers; genai-prices (newer) prices the model flat"},{"provider":"anthropic","id":"claude-sonnet-4-5","source":"genai-prices","asOf":"2026-07-30","aliases":["claude-sonnet-4-5-20250929"],"contextWindow":200000,"maxOutputTokens":64000,"serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"batch":{"available":true,"discounted":true,"input":1.5,"output":7.5,"cachedInput":0.15,"cacheWrite":1.875,"source":"anthropic-batch-docs","asOf":"2026-11-02","note":"Message Batches: 50% of the standard price on input, output, cache reads and cache writes"},"note":"price dates: genai-prices prices_checked 2026-07-29; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (claude-sonnet-4-5); long-context tiers above its 200,000-token input limit left out (no request can reach them)"},{"provider":"anthropic","id":"claude-sonnet-4-6","source":"genai-prices","asOf":"2026-07-30","contextWindow":1000000,"maxOutputTokens":64000,"serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"batch":{"available":true,"discounted":true,"input":1.5,"output":7.5,"cachedInput":0.15,"cacheWrite":1.875,"source":"anthropic-batch-docs","asOf":"2026-11-02","note":"Message Batches: 50% of the standard price on input, output, cache reads and cache writes"},"note":"price dates: genai-prices prices_checked 2026-07-29; LiteLLM states the same 2026-07-24; genai-prices: price in force since 2026-03-13; input/output limits from LiteLLM (claude-sonnet-4-6)"},{"provider":"anthropic","id":"claude-sonnet-5","source":"genai-prices","asOf":"2026-09-23","contextWindow":1000000,"maxOutputTokens":128000,"serverless":{"input":2,"output":10,"cachedInput":0.2,"cacheWrite":2.5},"batch":{"available":true,"discounted":true,"input":1,"output":5,"cachedInput":0.1,"cacheWrite":1.25,"source":"anthropic-batch-docs","asOf":"2026-11-02","note":"Message Batches: 50% of the standard price on input, output, cache reads and cache writes"},"note":"price dates: first stated by genai-prices 0.1.8 (2026-09-23); differs from or is absent in the @47df840a YAML; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (claude-sonnet-5)"},{"provider":"anthropic","id":"claude-opus-4-0","source":"genai-prices","asOf":"2026-07-30","aliases":["claude-opus-4","claude-opus-4-20250514","claude-4-opus-20250514"],"contextWindow":200000,"maxOutputTokens":32000,"serverless":{"input":15,"output":75,"cachedInput":1.5,"cacheWrite":18.75},"batch":{"available":true,"discounted":true,"input":7.5,"output":37.5,"cachedInput":0.75,"cacheWrite":9.375,"source":"anthropic-batch-docs","asOf":"2026-11-02","note":"Message Batches: 50% of the standard price on input, output, cache reads and cache writes"},"note":"price dates: genai-prices prices_checked 2026-07-29; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (claude-opus-4-20250514)"},{"provider":"anthropic","id":"claude-opus-4-1","source":"genai-prices","asOf":"2026-07-30","aliases":["claude-opus-4-1-20250805"],"contextWindow":200000,"maxOutputTokens":32000,"serverless":{"input":15,"output":75,"cachedInput":1.5,"cacheWrite":18.75},"batch":{"available":true,"discounted":true,"input":7.5,"output":37.5,"cachedInput":0.75,"cacheWrite":9.375,"source":"anthropic-batch-docs","asOf":"2026-11-02","note":"Message Batches: 50% of the standard price on input, output, cache reads and cache writes"},"note":"price dates: genai-prices prices_checked 2026-07-29; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (claude-opus-4-1)"},{"provider":"anthropic","id":"claude-opus-4-5","source":"genai-prices","asOf":"2026-07-30","aliases":["claude-opus-4-5-20251101"],"contextWindow":200000,"maxOutputTokens":64000,"serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"batch":{"available":true,"discounted":true,"input":2.5,"output":12.5,"cachedInput":0.25,"cacheWrite":3.125,"source":"anthropic-batch-docs","asOf":"2026-11-02","note":"Message Batches: 50% of the standard price on input, output, cache reads and cache writes"},"note":"price dates: genai-prices prices_checked 2026-07-29; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (claude-opus-4-5)"},{"provider":"anthropic","id":"claude-opus-4-6","source":"genai-prices","asOf":"2026-07-30","aliases":["claude-opus-4-6-20260205"],"contextWindow":1000000,"maxOutputTokens":128000,"serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"batch":{"available":true,"discounted":true,"input":2.5,"output":12.5,"cachedInput":0.25,"cacheWrite":3.125,"source":"anthropic-batch-docs","asOf":"2026-11-02","note":"Message Batches: 50% of the standard price on input, output, cache reads and cache writes"},"note":"price dates: genai-prices prices_checked 2026-07-29; LiteLLM states the same 2026-07-24; genai-prices: price in force since 2026-03-13; input/output limits from LiteLLM (claude-opus-4-6)"},{"provider":"anthropic","id":"claude-opus-4-7","source":"genai-prices","asOf":"2026-07-30","aliases":["claude-opus-4-7-20260416"],"contextWindow":1000000,"maxOutputTokens":128000,"serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"batch":{"available":true,"discounted":true,"input":2.5,"output":12.5,"cachedInput":0.25,"cacheWrite":3.125,"source":"anthropic-batch-docs","asOf":"2026-11-02","note":"Message Batches: 50% of the standard price on input, output, cache reads and cache writes"},"note":"price dates: genai-prices prices_checked 2026-07-29; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (claude-opus-4-7)"},{"provider":"anthropic","id":"claude-opus-4-8","source":"genai-prices","asOf":"2026-07-30","contextWindow":1000000,"maxOutputTokens":128000,"serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"batch":{"available":true,"discounted":true,"input":2.5,"output":12.5,"cachedInput":0.25,"cacheWrite":3.125,"source":"anthropic-batch-docs","asOf":"2026-11-02","note":"Message Batches: 50% of the standard price on input, output, cache reads and cache writes"},"note":"price dates: genai-prices prices_checked 2026-07-29; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (claude-opus-4-8)"},{"provider":"anthropic","id":"claude-opus-5","source":"genai-prices","asOf":"2026-07-30","contextWindow":1000000,"maxOutputTokens":128000,"serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"batch":{"available":true,"discounted":true,"input":2.5,"output":12.5,"cachedInput":0.25,"cacheWrite":3.125,"source":"anthropic-batch-docs","asOf":"2026-11-02","note":"Message Batches: 50% of the standard price on input, output, cache reads and cache writes"},"note":"price dates: genai-prices prices_checked 2026-07-29; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (claude-opus-5)"},{"provider":"anthropic","id":"claude-opus-5-5","source":"genai-prices","asOf":"2026-09-23","contextWindow":1000000,"serverless":{"input":4,"output":20,"cachedInput":0.2,"cacheWrite":5},"batch":{"available":true,"discounted":true,"input":2,"output":10,"cachedInput":0.1,"cacheWrite":2.5,"source":"anthropic-batch-docs","asOf":"2026-11-02","note":"Message Batches: 50% of the standard price on input, output, cache reads and cache writes"},"note":"price dates: first stated by genai-prices 0.1.8 (2026-09-23); differs from or is absent in the @47df840a YAML"},{"provider":"anthropic","id":"claude-fable-5","source":"genai-prices","asOf":"2026-07-30","contextWindow":1000000,"maxOutputTokens":128000,"serverless":{"input":10,"output":50,"cachedInput":1,"cacheWrite":12.5},"batch":{"available":true,"discounted":true,"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25,"source":"anthropic-batch-docs","asOf":"2026-11-02","note":"Message Batches: 50% of the standard price on input, output, cache reads and cache writes"},"note":"price dates: genai-prices prices_checked 2026-07-29; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (claude-fable-5)"},{"provider":"anthropic","id":"claude-fable-5-1","source":"genai-prices","asOf":"2026-09-23","contextWindow":1000000,"serverless":{"input":10,"output":50,"cachedInput":0.25,"cacheWrite":12.5},"batch":{"available":true,"discounted":true,"input":5,"output":25,"cachedInput":0.125,"cacheWrite":6.25,"source":"anthropic-batch-docs","asOf":"2026-11-02","note":"Message Batches: 50% of the standard price on input, output, cache reads and cache writes"},"note":"price dates: first stated by genai-prices 0.1.8 (2026-09-23); differs from or is absent in the @47df840a YAML"},{"provider":"google","id":"gemini-2.0-flash","source":"genai-prices","asOf":"2026-07-24","contextWindow":1000000,"maxOutputTokens":8192,"serverless":{"input":0.1,"output":0.4,"cachedInput":0.025},"note":"price dates: genai-prices prices_checked 2025-07-04; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (gemini-2.0-flash)","retires":"2026-06-01"},{"provider":"google","id":"gemini-2.0-flash-lite","source":"genai-prices","asOf":"2026-07-24","contextWindow":1000000,"maxOutputTokens":8192,"serverless":{"input":0.075,"output":0.3},"note":"price dates: genai-prices prices_checked 2025-07-04; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (gemini-2.0-flash-lite)","retires":"2026-06-01"},{"provider":"google","id":"gemini-2.5-pro","source":"genai-prices","asOf":"2026-07-24","contextWindow":1048576,"maxOutputTokens":65535,"serverless":{"input":1.25,"output":10,"cachedInput":0.125},"longContext":[{"aboveInputTokens":200000,"input":2.5,"output":15,"cachedInput":0.25}],"note":"price dates: genai-prices prices_checked 2025-10-31; LiteLLM states the same 2026-07-24; contextWindow from LiteLLM; input/output limits from LiteLLM (gemini-2.5-pro)"},{"provider":"google","id":"gemini-2.5-flash","source":"genai-prices","asOf":"2026-07-24","aliases":["gemini-2.5-flash-latest","gemini-2.5-flash-preview-09-2025"],"contextWindow":1048576,"maxOutputTokens":65535,"serverless":{"input":0.3,"output":2.5,"cachedInput":0.03},"note":"price dates: genai-prices prices_checked 2025-10-31; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (gemini-2.5-flash)"},{"provider":"google","id":"gemini-2.5-flash-lite","source":"genai-prices","asOf":"2026-07-24","contextWindow":1000000,"maxOutputTokens":65535,"serverless":{"input":0.1,"output":0.4,"cachedInput":0.01},"note":"price dates: genai-prices prices_checked 2025-10-31; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (gemini-2.5-flash-lite)"},{"provider":"google","id":"gemini-3-pro-preview","source":"genai-prices","asOf":"2026-07-24","aliases":["gemini-3-pro-text-preview"],"contextWindow":1048576,"maxOutputTokens":65535,"serverless":{"input":2,"output":12,"cachedInput":0.2},"batch":{"available":true,"discounted":true,"input":1,"output":6,"source":"litellm","asOf":"2026-07-24"},"longContext":[{"aboveInputTokens":200000,"input":4,"output":18,"cachedInput":0.4}],"note":"price dates: genai-prices prices_checked 2025-11-18; LiteLLM states the same 2026-07-24; contextWindow from LiteLLM; input/output limits from LiteLLM (gemini-3-pro-preview)","retires":"2026-03-09"},{"provider":"google","id":"gemini-3-flash-preview","source":"genai-prices","asOf":"2026-07-24","contextWindow":1000000,"maxOutputTokens":65535,"serverless":{"input":0.5,"output":3,"cachedInput":0.05},"batch":{"available":true,"discounted":true,"input":0.25,"output":1.5,"source":"genai-prices","asOf":"2025-12-31","note":"50% of serverless, per genai-prices price_comments (no batch rate field in that source)"},"note":"price dates: genai-prices prices_checked 2025-12-19; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (gemini-3-flash-preview)"},{"provider":"google","id":"gemini-3.1-pro-preview","source":"genai-prices","asOf":"2026-07-24","contextWindow":1048576,"maxOutputTokens":65536,"serverless":{"input":2,"output":12,"cachedInput":0.2},"batch":{"available":true,"discounted":true,"input":1,"output":6,"source":"litellm","asOf":"2026-07-24"},"longContext":[{"aboveInputTokens":200000,"input":4,"output":18,"cachedInput":0.4}],"note":"price dates: genai-prices prices_checked 2026-02-23; LiteLLM states the same 2026-07-24; contextWindow from LiteLLM; input/output limits from LiteLLM (gemini-3.1-pro-preview)","aliases":["gemini-3.1-pro-preview-customtools"]},{"provider":"google","id":"gemini-3.1-flash-lite","source":"genai-prices","asOf":"2026-07-24","contextWindow":1000000,"maxOutputTokens":65536,"serverless":{"input":0.25,"output":1.5,"cachedInput":0.025},"batch":{"available":true,"discounted":true,"input":0.125,"output":0.75,"source":"litellm","asOf":"2026-07-24"},"note":"price dates: genai-prices prices_checked 2026-05-12; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (gemini-3.1-flash-lite)","aliases":["gemini-3.1-flash-lite-preview"]},{"provider":"google","id":"gemini-3.5-flash","source":"genai-prices","asOf":"2026-07-24","contextWindow":1000000,"maxOutputTokens":65535,"serverless":{"input":1.5,"output":9,"cachedInput":0.15},"batch":{"available":true,"discounted":true,"input":0.75,"output":4.5,"source":"genai-prices","asOf":"2026-05-19","note":"50% of serverless, per genai-prices price_comments (no batch rate field in that source)"},"note":"price dates: genai-prices prices_checked 2026-05-19; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (gemini-3.5-flash)"},{"provider":"google","id":"gemini-3.5-flash-lite","source":"genai-prices","asOf":"2026-07-24","contextWindow":1000000,"maxOutputTokens":65536,"serverless":{"input":0.3,"output":2.5,"cachedInput":0.03},"batch":{"available":true,"discounted":true,"input":0.15,"output":1.25,"source":"litellm","asOf":"2026-07-24"},"note":"price dates: genai-prices prices_checked 2026-07-22; LiteLLM states the same 2026-07-24; input/output limits from LiteLLM (gemini-3.5-flash-lite)"},{"provider":"google","id":"gemini-3.6-flash","source":"genai-prices","asOf":"2026-08-13","contextWindow":1000000,"maxOutputTokens":65536,"serverless":{"input":0.75,"output":3.75,"cachedInput":0.075},"batch":{"available":true,"discounted":true,"input":0.375,"output":1.875,"source":"genai-prices","asOf":"2026-08-13","note":"50% of serverless, per genai-prices price_comments (no batch rate field in that source)"},"note":"price dates: genai-prices prices_checked 2026-08-13; genai-prices: source schedules a price change on 2027-01-01 to 1.5/7.5 per 1M in/out; input/output limits from LiteLLM (gemini-3.6-flash); LiteLLM lists 1.5/7.5 serverless and 0.75/3.75 batch; genai-prices (newer) says 0.75/3.75, so LiteLLM's batch rates are not used"},{"provider":"google","id":"gemini-3.7-flash","source":"genai-prices","asOf":"2026-08-13","contextWindow":1000000,"serverless":{"input":0.75,"output":3.75,"cachedInput":0.075},"batch":{"available":true,"discounted":true,"input":0.375,"output":1.875,"source":"genai-prices","asOf":"2026-08-13","note":"50% of serverless, per genai-prices price_comments (no batch rate field in that source)"},"note":"price dates: genai-prices prices_checked 2026-08-13; genai-prices: source schedules a price change on 2027-01-01 to 1.5/7.5 per 1M in/out"},{"provider":"google","id":"gemini-3.8-flash","source":"genai-prices","asOf":"2026-09-23","contextWindow":1000000,"serverless":{"input":0.75,"output":3.75,"cachedInput":0.075},"batch":{"available":true,"discounted":true,"input":0.375,"output":1.875,"source":"genai-prices","asOf":"2026-09-23","note":"50% of serverless, per genai-prices price_comments (no batch rate field in that source)"},"note":"price dates: first stated by genai-prices 0.1.8 (2026-09-23); differs from or is absent in the @47df840a YAML; genai-prices: source schedules a price change on 2027-01-01 to 1.5/7.5 per 1M in/out"},{"provider":"openai","id":"ada","source":"genai-prices","asOf":"2025-06-21","serverless":{"input":0.4,"output":0.4},"aliases":["text-ada-001"],"note":"price dates: genai-prices price written 2025-06-21 (no prices_checked)"},{"provider":"openai","id":"babbage","source":"genai-prices","asOf":"2025-06-21","serverless":{"input":0.5,"output":0.5},"note":"price dates: genai-prices price written 2025-06-21 (no prices_checked)"},{"provider":"openai","id":"chatgpt-4o-latest","source":"genai-prices","asOf":"2025-06-22","serverless":{"input":5,"output":15},"contextWindow":128000,"note":"price dates: genai-prices price written 2025-06-22 (no prices_checked)"},{"provider":"openai","id":"codex-mini","source":"genai-prices","asOf":"2025-06-22","serverless":{"input":1.5,"output":6,"cachedInput":0.375},"aliases":["codex-mini-latest"],"contextWindow":200000,"note":"price dates: genai-prices price written 2025-06-22 (no prices_checked)"},{"provider":"openai","id":"curie","source":"genai-prices","asOf":"2025-06-21","serverless":{"input":2,"output":2},"aliases":["text-curie-001"],"note":"price dates: genai-prices price written 2025-06-21 (no prices_checked)"},{"provider":"openai","id":"davinci","source":"genai-prices","asOf":"2025-06-21","serverless":{"input":20,"output":20},"aliases":["text-davinci-001"],"note":"price dates: genai-prices price written 2025-06-21 (no prices_checked)"},{"provider":"openai","id":"gpt-3.5-0301","source":"genai-prices","asOf":"2025-11-07","serverless":{"input":1.5,"output":2},"aliases":["gpt-3.5-turbo-0301"],"note":"price dates: genai-prices price written 2025-11-07 (no prices_checked)"},{"provider":"openai","id":"gpt-3.5-turbo","source":"genai-prices","asOf":"2025-07-04","serverless":{"input":0.5,"output":1.5},"aliases":["gpt-35-turbo","gpt-3.5-turbo-0125"],"contextWindow":16385,"note":"price dates: genai-prices prices_checked 2025-07-04"},{"provider":"openai","id":"gpt-3.5-turbo-0613","source":"genai-prices","asOf":"2025-11-07","serverless":{"input":1.5,"output":2},"contextWindow":16385,"note":"price dates: genai-prices prices_checked 2025-11-07"},{"provider":"openai","id":"gpt-3.5-turbo-1106","source":"genai-prices","asOf":"2025-11-07","serverless":{"input":1,"output":2},"contextWindow":16385,"note":"price dates: genai-prices prices_checked 2025-11-07","retires":"2026-09-28"},{"provider":"openai","id":"gpt-3.5-turbo-16k","source":"genai-prices","asOf":"2025-07-04","serverless":{"input":3,"output":4},"aliases":["gpt-3.5-turbo-16k-0613","gpt-35-turbo-16k-0613","gpt-35-turbo-16k"],"contextWindow":16385,"note":"price dates: genai-prices prices_checked 2025-07-04"},{"provider":"openai","id":"gpt-3.5-turbo-instruct","source":"genai-prices","asOf":"2025-07-04","serverless":{"input":1.5,"output":2},"aliases":["gpt-3.5-turbo-instruct-0914"],"contextWindow":16385,"note":"price dates: genai-prices prices_checked 2025-07-04"},{"provider":"openai","id":"gpt-4","source":"genai-prices","asOf":"2025-07-04","serverless":{"input":30,"output":60},"aliases":["gpt-4-0314","gpt-4-0613"],"contextWindow":8192,"note":"price dates: genai-prices prices_checked 2025-07-04"},{"provider":"openai","id":"gpt-4-32k","source":"genai-prices","asOf":"2025-07-04","serverless":{"input":60,"output":120},"aliases":["gpt-4-32k-0314","gpt-4-32k-0613"],"contextWindow":32000,"note":"price dates: genai-prices prices_checked 2025-07-04"},{"provider":"openai","id":"gpt-4-turbo","source":"genai-prices","asOf":"2025-07-04","serverless":{"input":10,"output":30},"aliases":["gpt-4-turbo-2024-04-09","gpt-4-turbo-0125-preview","gpt-4-0125-preview","gpt-4-1106-preview","gpt-4-turbo-preview"],"contextWindow":128000,"note":"price dates: genai-prices prices_checked 2025-07-04"},{"provider":"openai","id":"gpt-4-vision-preview","source":"genai-prices","asOf":"2025-06-22","serverless":{"input":10,"output":30},"aliases":["gpt-4-1106-vision-preview"],"contextWindow":128000,"note":"price dates: genai-prices price written 2025-06-22 (no prices_checked)"},{"provider":"openai","id":"gpt-4.5-preview","source":"genai-prices","asOf":"2025-07-04","serverless":{"input":75,"output":150,"cachedInput":37.5},"note":"price dates: genai-prices prices_checked 2025-07-04"},{"provider":"openai","id":"gpt-4o-2024-05-13","source":"genai-prices","asOf":"2026-09-23","serverless":{"input":5,"output":15},"contextWindow":128000,"note":"price dates: first stated by genai-prices 0.1.8 (2026-09-23); differs from or is absent in the @47df840a YAML"},{"provider":"openai","id":"gpt-4o-search-preview","source":"genai-prices","asOf":"2025-06-22","serverless":{"input":2.5,"output":10},"aliases":["gpt-4o-search-preview-2025-03-11"],"contextWindow":128000,"note":"price dates: genai-prices price written 2025-06-22 (no prices_checked)"},{"provider":"openai","id":"gpt-4o:extended","source":"genai-prices","asOf":"2025-06-22","serverless":{"input":6,"output":18},"note":"price dates: genai-prices price written 2025-06-22 (no prices_checked)"},{"provider":"openai","id":"gpt-5.3","source":"genai-prices","asOf":"2026-05-07","serverless":{"input":1.75,"output":14,"cachedInput":0.175},"aliases":["gpt-5-3","gpt-5.3-chat","gpt-5.3-chat-latest","gpt-5-3-chat","gpt-5-3-chat-latest"],"contextWindow":128000,"note":"price dates: genai-prices prices_checked 2026-05-07"},{"provider":"openai","id":"gpt-chat-latest","source":"genai-prices","asOf":"2026-06-15","serverless":{"input":5,"output":30,"cachedInput":0.5},"note":"price dates: genai-prices prices_checked 2026-06-09"},{"provider":"openai","id":"gpt-oss-120b","source":"genai-prices","asOf":"2026-06-15","serverless":{"input":0.039,"output":0.18},"contextWindow":131072,"note":"price dates: genai-prices prices_checked 2026-06-09"},{"provider":"openai","id":"gpt-oss-20b","source":"genai-prices","asOf":"2026-06-15","serverless":{"input":0.029,"output":0.14},"contextWindow":131072,"note":"price dates: genai-prices prices_checked 2026-06-09"},{"provider":"openai","id":"gpt-oss-safeguard-20b","source":"genai-prices","asOf":"2026-06-15","serverless":{"input":0.075,"output":0.3,"cachedInput":0.037},"contextWindow":131072,"note":"price dates: genai-prices prices_checked 2026-06-09"},{"provider":"openai","id":"o1","source":"genai-prices","asOf":"2025-07-04","serverless":{"input":15,"output":60,"cachedInput":7.5},"aliases":["o1-2024-12-17"],"contextWindow":200000,"note":"price dates: genai-prices prices_checked 2025-07-04"},{"provider":"openai","id":"o1-mini","source":"genai-prices","asOf":"2025-07-04","serverless":{"input":1.1,"output":4.4,"cachedInput":0.55},"aliases":["o1-mini-2024-09-12"],"contextWindow":128000,"note":"price dates: genai-prices prices_checked 2025-07-04"},{"provider":"openai","id":"o1-preview","source":"genai-prices","asOf":"2026-09-23","serverless":{"input":15,"output":60,"cachedInput":7.5},"aliases":["o1-preview-2024-09-12"],"contextWindow":128000,"note":"price dates: first stated by genai-prices 0.1.8 (2026-09-23); differs from or is absent in the @47df840a YAML"},{"provider":"openai","id":"o1-pro","source":"genai-prices","asOf":"2025-07-04","serverless":{"input":150,"output":600},"aliases":["o1-pro-2025-03-19"],"contextWindow":200000,"note":"price dates: genai-prices prices_checked 2025-07-04"},{"provider":"openai","id":"o3-deep-research","source":"genai-prices","asOf":"2025-11-07","serverless":{"input":10,"output":40,"cachedInput":2.5},"aliases":["o3-deep-research-2025-06-26"],"contextWindow":200000,"note":"price dates: genai-prices price written 2025-11-07 (no prices_checked)"},{"provider":"openai","id":"o4-mini-deep-research","source":"genai-prices","asOf":"2025-11-07","serverless":{"input":2,"output":8,"cachedInput":0.5},"aliases":["o4-mini-deep-research-2025-06-26"],"contextWindow":200000,"note":"price dates: genai-prices price written 2025-11-07 (no prices_checked)"},{"provider":"openai","id":"text-davinci-002","source":"genai-prices","asOf":"2025-06-22","serverless":{"input":20,"output":20},"note":"price dates: genai-prices price written 2025-06-22 (no prices_checked)"},{"provider":"openai","id":"text-davinci-003","source":"genai-prices","asOf":"2025-06-22","serverless":{"input":20,"output":20},"note":"price dates: genai-prices price written 2025-06-22 (no prices_checked)"},{"provider":"openai","id":"babbage-002","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.4,"output":0.4},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":4096},{"provider":"openai","id":"davinci-002","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":2},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":4096},{"provider":"openai","id":"gpt-5-search-api","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.25,"output":10,"cachedInput":0.125},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"openai","id":"gpt-5-search-api-2025-10-14","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.25,"output":10,"cachedInput":0.125},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"anthropic","id":"claude-2","source":"genai-prices","asOf":"2025-11-06","serverless":{"input":8,"output":24},"contextWindow":200000,"note":"price dates: genai-prices prices_checked 2025-11-06"},{"provider":"anthropic","id":"claude-3-5-haiku-latest","source":"genai-prices","asOf":"2026-07-30","serverless":{"input":0.8,"output":4,"cachedInput":0.08,"cacheWrite":1},"contextWindow":200000,"note":"price dates: genai-prices prices_checked 2026-07-29","batch":{"available":true,"discounted":true,"input":0.4,"output":2,"cachedInput":0.04,"cacheWrite":0.5,"source":"anthropic-batch-docs","asOf":"2026-11-02","note":"Message Batches: 50% of the standard price on input, output, cache reads and cache writes"}},{"provider":"anthropic","id":"claude-3-5-sonnet","source":"genai-prices","asOf":"2026-07-30","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":200000,"note":"price dates: genai-prices prices_checked 2026-07-29","batch":{"available":true,"discounted":true,"input":1.5,"output":7.5,"cachedInput":0.15,"cacheWrite":1.875,"source":"anthropic-batch-docs","asOf":"2026-11-02","note":"Message Batches: 50% of the standard price on input, output, cache reads and cache writes"}},{"provider":"anthropic","id":"claude-3-7-sonnet-latest","source":"genai-prices","asOf":"2026-07-30","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":200000,"note":"price dates: genai-prices prices_checked 2026-07-29","batch":{"available":true,"discounted":true,"input":1.5,"output":7.5,"cachedInput":0.15,"cacheWrite":1.875,"source":"anthropic-batch-docs","asOf":"2026-11-02","note":"Message Batches: 50% of the standard price on input, output, cache reads and cache writes"}},{"provider":"anthropic","id":"claude-3-haiku","source":"genai-prices","asOf":"2026-07-30","serverless":{"input":0.25,"output":1.25,"cachedInput":0.03,"cacheWrite":0.3},"contextWindow":200000,"note":"price dates: genai-prices prices_checked 2026-07-29","aliases":["claude-3-haiku-20240307"],"batch":{"available":true,"discounted":true,"input":0.125,"output":0.625,"cachedInput":0.015,"cacheWrite":0.15,"source":"anthropic-batch-docs","asOf":"2026-11-02","note":"Message Batches: 50% of the standard price on input, output, cache reads and cache writes"}},{"provider":"anthropic","id":"claude-3-opus-latest","source":"genai-prices","asOf":"2026-07-30","serverless":{"input":15,"output":75,"cachedInput":1.5,"cacheWrite":18.75},"contextWindow":200000,"note":"price dates: genai-prices prices_checked 2026-07-29","batch":{"available":true,"discounted":true,"input":7.5,"output":37.5,"cachedInput":0.75,"cacheWrite":9.375,"source":"anthropic-batch-docs","asOf":"2026-11-02","note":"Message Batches: 50% of the standard price on input, output, cache reads and cache writes"}},{"provider":"anthropic","id":"claude-3-sonnet","source":"genai-prices","asOf":"2026-07-30","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":200000,"note":"price dates: genai-prices prices_checked 2026-07-29","batch":{"available":true,"discounted":true,"input":1.5,"output":7.5,"cachedInput":0.15,"cacheWrite":1.875,"source":"anthropic-batch-docs","asOf":"2026-11-02","note":"Message Batches: 50% of the standard price on input, output, cache reads and cache writes"}},{"provider":"anthropic","id":"claude-v1","source":"genai-prices","asOf":"2025-11-07","serverless":{"input":8,"output":24},"note":"price dates: genai-prices price written 2025-11-07 (no prices_checked)"},{"provider":"anthropic","id":"claude-3-7-sonnet-20250219","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":64000,"retires":"2026-02-19","deprecated":true,"note":"LiteLLM prices this snapshot 3/15; genai-prices' claude-3-7-sonnet-latest says 3/15","batch":{"available":true,"discounted":true,"input":1.5,"output":7.5,"cachedInput":0.15,"cacheWrite":1.875,"source":"anthropic-batch-docs","asOf":"2026-11-02","note":"Message Batches: 50% of the standard price on input, output, cache reads and cache writes"}},{"provider":"anthropic","id":"claude-3-opus-20240229","source":"litellm","asOf":"2026-07-24","serverless":{"input":15,"output":75,"cachedInput":1.5,"cacheWrite":18.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":4096,"retires":"2026-05-01","deprecated":true,"note":"LiteLLM prices this snapshot 15/75; genai-prices' claude-3-opus-latest says 15/75","batch":{"available":true,"discounted":true,"input":7.5,"output":37.5,"cachedInput":0.75,"cacheWrite":9.375,"source":"anthropic-batch-docs","asOf":"2026-11-02","note":"Message Batches: 50% of the standard price on input, output, cache reads and cache writes"}},{"provider":"google","id":"gemini-1.0-pro-vision-001","source":"genai-prices","asOf":"2025-07-04","serverless":{"input":0.125,"output":0.375},"contextWindow":32768,"note":"price dates: genai-prices prices_checked 2025-07-04"},{"provider":"google","id":"gemini-1.5-flash","source":"genai-prices","asOf":"2025-07-05","serverless":{"input":0.075,"output":0.3,"cachedInput":0.01875},"contextWindow":1000000,"longContext":[{"aboveInputTokens":128000,"input":0.15,"output":0.6,"cachedInput":0.0375}],"note":"price dates: genai-prices prices_checked 2025-07-04"},{"provider":"google","id":"gemini-1.5-pro","source":"genai-prices","asOf":"2025-06-22","serverless":{"input":1.25,"output":5},"contextWindow":1000000,"longContext":[{"aboveInputTokens":128000,"input":2.5,"output":10}],"note":"price dates: genai-prices prices_checked 2025-06-22"},{"provider":"google","id":"gemini-2.5-flash-preview","source":"genai-prices","asOf":"2025-10-31","serverless":{"input":0.15,"output":0.6},"aliases":["gemini-2.5-flash-preview-05-20:thinking","gemini-2.5-flash-preview:thinking"],"deprecated":true,"note":"price dates: genai-prices prices_checked 2025-10-31"},{"provider":"google","id":"gemini-flash-1.5","source":"genai-prices","asOf":"2025-07-05","serverless":{"input":0.075,"output":0.3,"cachedInput":0.01875},"longContext":[{"aboveInputTokens":128000,"input":0.15,"output":0.6,"cachedInput":0.0375}],"note":"price dates: genai-prices prices_checked 2025-07-05"},{"provider":"google","id":"gemini-flash-1.5-8b","source":"genai-prices","asOf":"2025-07-05","serverless":{"input":0.0375,"output":0.15,"cachedInput":0.01},"contextWindow":1000000,"longContext":[{"aboveInputTokens":128000,"input":0.075,"output":0.3,"cachedInput":0.02}],"note":"price dates: genai-prices prices_checked 2025-07-05"},{"provider":"google","id":"gemini-omni-flash-preview","source":"genai-prices","asOf":"2026-07-30","serverless":{"input":1.5,"output":9},"note":"price dates: genai-prices prices_checked 2026-07-22"},{"provider":"google","id":"gemini-pro","source":"genai-prices","asOf":"2025-07-04","serverless":{"input":0.125,"output":0.375},"aliases":["gemini-1.0-pro"],"contextWindow":32768,"note":"price dates: genai-prices prices_checked 2025-07-04"},{"provider":"google","id":"gemini-pro-1.5","source":"genai-prices","asOf":"2025-07-05","serverless":{"input":1.25,"output":5,"cachedInput":0.3125},"contextWindow":2000000,"longContext":[{"aboveInputTokens":128000,"input":2.5,"output":10,"cachedInput":0.625}],"note":"price dates: genai-prices prices_checked 2025-07-05"},{"provider":"google","id":"gemma-2-27b-it","source":"genai-prices","asOf":"2026-06-15","serverless":{"input":0.65,"output":0.65},"note":"price dates: genai-prices prices_checked 2026-06-09"},{"provider":"google","id":"gemma-4-26b-a4b-it-maas","source":"genai-prices","asOf":"2026-09-23","serverless":{"input":0.15,"output":0.6,"cachedInput":0.015},"contextWindow":262144,"note":"price dates: first stated by genai-prices 0.1.8 (2026-09-23); differs from or is absent in the @47df840a YAML"},{"provider":"google","id":"gemini-robotics-er-1.5-preview","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":2.5,"cachedInput":0},"note":"source lists cached input as free (0 USD per token)","contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":65535},{"provider":"google","id":"gemini-2.0-flash-001","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.4,"cachedInput":0.025},"contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":8192,"retires":"2026-06-01","deprecated":true,"note":"LiteLLM prices this snapshot 0.1/0.4; genai-prices' gemini-2.0-flash says 0.1/0.4"},{"provider":"google","id":"gemini-2.5-flash-lite-preview-09-2025","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.4,"cachedInput":0.01},"contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":65535},{"provider":"google","id":"gemini-flash-latest","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":2.5,"cachedInput":0.075},"contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":65535},{"provider":"google","id":"gemini-flash-lite-latest","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.4,"cachedInput":0.025},"contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":65535},{"provider":"google","id":"gemini-2.5-flash-lite-preview-06-17","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.4,"cachedInput":0.025},"contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":65535,"retires":"2025-11-18","deprecated":true},{"provider":"google","id":"gemini-exp-1114","source":"litellm","asOf":"2026-07-24","serverless":{"input":0,"output":0},"note":"source lists this model as free (0 USD)","contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":8192,"longContext":[{"aboveInputTokens":128000,"input":0,"output":0}]},{"provider":"google","id":"gemini-exp-1206","source":"litellm","asOf":"2026-07-24","serverless":{"input":0,"output":0},"note":"source lists this model as free (0 USD)","contextWindow":2097152,"maxInputTokens":2097152,"maxOutputTokens":8192,"longContext":[{"aboveInputTokens":128000,"input":0,"output":0}]},{"provider":"google","id":"gemini-gemma-2-27b-it","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.35,"output":1.05},"maxOutputTokens":8192},{"provider":"google","id":"gemini-gemma-2-9b-it","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.35,"output":1.05},"maxOutputTokens":8192},{"provider":"google","id":"gemma-3-27b-it","source":"litellm","asOf":"2026-07-24","serverless":{"input":0,"output":0},"note":"source lists this model as free (0 USD)","contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":8192,"longContext":[{"aboveInputTokens":128000,"input":0,"output":0}]},{"provider":"google","id":"learnlm-1.5-pro-experimental","source":"litellm","asOf":"2026-07-24","serverless":{"input":0,"output":0},"note":"source lists this model as free (0 USD)","contextWindow":32767,"maxInputTokens":32767,"maxOutputTokens":8192,"longContext":[{"aboveInputTokens":128000,"input":0,"output":0}]},{"provider":"google","id":"lyria-3-clip-preview","source":"litellm","asOf":"2026-07-24","serverless":{"input":0,"output":0},"note":"source lists this model as free (0 USD)","contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":8192},{"provider":"google","id":"lyria-3-pro-preview","source":"litellm","asOf":"2026-07-24","serverless":{"input":0,"output":0},"note":"source lists this model as free (0 USD)","contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":8192},{"provider":"google","id":"gemini-2.0-flash-lite-001","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.075,"output":0.3,"cachedInput":0.01875},"contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":8192,"retires":"2026-06-01","deprecated":true,"note":"LiteLLM prices this snapshot 0.075/0.3; genai-prices' gemini-2.0-flash-lite says 0.075/0.3"},{"provider":"google","id":"gemini-pro-latest","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.25,"output":10,"cachedInput":0.125},"contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":65535,"longContext":[{"aboveInputTokens":200000,"input":2.5,"output":15,"cachedInput":0.25}]},{"provider":"vertex","id":"gemini-2.0-flash","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.4,"cachedInput":0.025},"contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":8192,"retires":"2026-06-01","deprecated":true},{"provider":"vertex","id":"gemini-2.0-flash-001","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.15,"output":0.6,"cachedInput":0.0375},"contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":8192,"retires":"2026-06-01","deprecated":true},{"provider":"vertex","id":"gemini-2.0-flash-lite","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.075,"output":0.3,"cachedInput":0.01875},"contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":8192,"retires":"2026-06-01","deprecated":true},{"provider":"vertex","id":"gemini-2.0-flash-lite-001","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.075,"output":0.3,"cachedInput":0.01875},"contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":8192,"retires":"2026-06-01","deprecated":true},{"provider":"vertex","id":"gemini-2.5-flash","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":2.5,"cachedInput":0.03},"contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":65535},{"provider":"vertex","id":"gemini-3.1-flash-lite-preview","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.25,"output":1.5,"cachedInput":0.025},"contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":65536},{"provider":"vertex","id":"gemini-3.1-flash-lite","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.25,"output":1.5,"cachedInput":0.025},"contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":65536,"batch":{"available":true,"discounted":true,"input":0.125,"output":0.75}},{"provider":"vertex","id":"gemini-3.5-flash-lite","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":2.5,"cachedInput":0.03},"contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":65536,"batch":{"available":true,"discounted":true,"input":0.15,"output":1.25}},{"provider":"vertex","id":"gemini-2.5-flash-lite","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.4,"cachedInput":0.01},"contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":65535},{"provider":"vertex","id":"gemini-2.5-flash-lite-preview-09-2025","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.4,"cachedInput":0.01},"contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":65535},{"provider":"vertex","id":"gemini-2.5-flash-preview-09-2025","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":2.5,"cachedInput":0.075},"contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":65535},{"provider":"vertex","id":"gemini-2.5-flash-lite-preview-06-17","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.4,"cachedInput":0.025},"contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":65535,"retires":"2025-11-18","deprecated":true},{"provider":"vertex","id":"gemini-2.5-pro","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.25,"output":10,"cachedInput":0.125},"contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":65535,"longContext":[{"aboveInputTokens":200000,"input":2.5,"output":15,"cachedInput":0.25}]},{"provider":"vertex","id":"gemini-3-pro-preview","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":12,"cachedInput":0.2},"contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":65535,"batch":{"available":true,"discounted":true,"input":1,"output":6},"longContext":[{"aboveInputTokens":200000,"input":4,"output":18,"cachedInput":0.4}],"retires":"2026-03-26","deprecated":true},{"provider":"vertex","id":"gemini-3.1-pro-preview","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":12,"cachedInput":0.2},"contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":65536,"batch":{"available":true,"discounted":true,"input":1,"output":6},"longContext":[{"aboveInputTokens":200000,"input":4,"output":18,"cachedInput":0.4}]},{"provider":"vertex","id":"gemini-3.1-pro-preview-customtools","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":12,"cachedInput":0.2},"contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":65536,"batch":{"available":true,"discounted":true,"input":1,"output":6},"longContext":[{"aboveInputTokens":200000,"input":4,"output":18,"cachedInput":0.4}]},{"provider":"vertex","id":"gemini-3-flash-preview","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.5,"output":3,"cachedInput":0.05},"contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":65535},{"provider":"vertex","id":"gemini-3.5-flash","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.5,"output":9,"cachedInput":0.15},"contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":65535},{"provider":"vertex","id":"gemini-3.6-flash","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.5,"output":7.5,"cachedInput":0.15},"contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":65536,"batch":{"available":true,"discounted":true,"input":0.75,"output":3.75}},{"provider":"vertex","id":"gemini-robotics-er-1.5-preview","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":2.5,"cachedInput":0},"note":"source lists cached input as free (0 USD per token)","contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":65535},{"provider":"vertex","id":"gemini-omni-flash-preview","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.5,"output":9},"contextWindow":1048576,"maxInputTokens":1048576,"maxOutputTokens":65535},{"provider":"vertex","id":"text-unicorn","source":"litellm","asOf":"2026-07-24","serverless":{"input":10,"output":28},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":1024},{"provider":"vertex","id":"text-unicorn@001","source":"litellm","asOf":"2026-07-24","serverless":{"input":10,"output":28},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":1024},{"provider":"vertex","id":"claude-3-5-haiku","source":"litellm","asOf":"2026-07-24","serverless":{"input":1,"output":5},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":8192},{"provider":"vertex","id":"claude-3-5-haiku@20241022","source":"litellm","asOf":"2026-07-24","serverless":{"input":1,"output":5},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":8192},{"provider":"vertex","id":"claude-haiku-4-5","source":"litellm","asOf":"2026-07-24","serverless":{"input":1,"output":5,"cachedInput":0.1,"cacheWrite":1.25},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":8192},{"provider":"vertex","id":"claude-haiku-4-5@20251001","source":"litellm","asOf":"2026-07-24","serverless":{"input":1,"output":5,"cachedInput":0.1,"cacheWrite":1.25},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":8192},{"provider":"vertex","id":"claude-3-5-sonnet","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":8192},{"provider":"vertex","id":"claude-3-5-sonnet@20240620","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":8192},{"provider":"vertex","id":"claude-3-7-sonnet@20250219","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":8192,"retires":"2026-05-11","deprecated":true},{"provider":"vertex","id":"claude-3-haiku","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.25,"output":1.25},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":4096},{"provider":"vertex","id":"claude-3-haiku@20240307","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.25,"output":1.25},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":4096},{"provider":"vertex","id":"claude-3-opus","source":"litellm","asOf":"2026-07-24","serverless":{"input":15,"output":75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":4096},{"provider":"vertex","id":"claude-3-opus@20240229","source":"litellm","asOf":"2026-07-24","serverless":{"input":15,"output":75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":4096},{"provider":"vertex","id":"claude-3-sonnet","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":4096},{"provider":"vertex","id":"claude-3-sonnet@20240229","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":4096},{"provider":"vertex","id":"claude-opus-4","source":"litellm","asOf":"2026-07-24","serverless":{"input":15,"output":75,"cachedInput":1.5,"cacheWrite":18.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":32000},{"provider":"vertex","id":"claude-opus-4-1","source":"litellm","asOf":"2026-07-24","serverless":{"input":15,"output":75,"cachedInput":1.5,"cacheWrite":18.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":32000,"batch":{"available":true,"discounted":true,"input":7.5,"output":37.5}},{"provider":"vertex","id":"claude-opus-4-1@20250805","source":"litellm","asOf":"2026-07-24","serverless":{"input":15,"output":75,"cachedInput":1.5,"cacheWrite":18.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":32000,"batch":{"available":true,"discounted":true,"input":7.5,"output":37.5}},{"provider":"vertex","id":"claude-opus-4-5","source":"litellm","asOf":"2026-07-24","serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":64000},{"provider":"vertex","id":"claude-opus-4-5@20251101","source":"litellm","asOf":"2026-07-24","serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":64000},{"provider":"vertex","id":"claude-opus-4-6","source":"litellm","asOf":"2026-07-24","serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"vertex","id":"claude-opus-4-6@default","source":"litellm","asOf":"2026-07-24","serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"vertex","id":"claude-opus-4-7","source":"litellm","asOf":"2026-07-24","serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"vertex","id":"claude-opus-4-7@default","source":"litellm","asOf":"2026-07-24","serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"vertex","id":"claude-fable-5","source":"litellm","asOf":"2026-07-24","serverless":{"input":10,"output":50,"cachedInput":1,"cacheWrite":12.5},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"vertex","id":"claude-fable-5@default","source":"litellm","asOf":"2026-07-24","serverless":{"input":10,"output":50,"cachedInput":1,"cacheWrite":12.5},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"vertex","id":"claude-opus-5","source":"litellm","asOf":"2026-07-24","serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"vertex","id":"claude-opus-5@default","source":"litellm","asOf":"2026-07-24","serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"vertex","id":"claude-opus-4-8","source":"litellm","asOf":"2026-07-24","serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"vertex","id":"claude-opus-4-8@default","source":"litellm","asOf":"2026-07-24","serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"vertex","id":"claude-sonnet-4-5","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":64000,"batch":{"available":true,"discounted":true,"input":1.5,"output":7.5},"longContext":[{"aboveInputTokens":200000,"input":6,"output":22.5,"cachedInput":0.6}]},{"provider":"vertex","id":"claude-sonnet-5","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":10,"cachedInput":0.2,"cacheWrite":2.5},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"vertex","id":"claude-sonnet-4-6","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":64000},{"provider":"vertex","id":"claude-sonnet-4-5@20250929","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":64000,"batch":{"available":true,"discounted":true,"input":1.5,"output":7.5},"longContext":[{"aboveInputTokens":200000,"input":6,"output":22.5,"cachedInput":0.6}]},{"provider":"vertex","id":"claude-opus-4@20250514","source":"litellm","asOf":"2026-07-24","serverless":{"input":15,"output":75,"cachedInput":1.5,"cacheWrite":18.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":32000},{"provider":"vertex","id":"claude-sonnet-4","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":64000,"longContext":[{"aboveInputTokens":200000,"input":6,"output":22.5,"cachedInput":0.6}]},{"provider":"vertex","id":"claude-sonnet-4@20250514","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":64000,"longContext":[{"aboveInputTokens":200000,"input":6,"output":22.5,"cachedInput":0.6}]},{"provider":"vertex","id":"mistralai/codestral-2@001","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":0.9},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":128000},{"provider":"vertex","id":"codestral-2","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":0.9},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":128000},{"provider":"vertex","id":"codestral-2@001","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":0.9},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":128000},{"provider":"vertex","id":"mistralai/codestral-2","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":0.9},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":128000},{"provider":"vertex","id":"codestral-2501","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.6},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":128000},{"provider":"vertex","id":"codestral@2405","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.6},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":128000},{"provider":"vertex","id":"codestral@latest","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.6},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":128000},{"provider":"vertex","id":"deepseek-ai/deepseek-v3.1-maas","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.35,"output":5.4},"contextWindow":163840,"maxInputTokens":163840,"maxOutputTokens":32768},{"provider":"vertex","id":"deepseek-ai/deepseek-v3.2-maas","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.56,"output":1.68},"contextWindow":163840,"maxInputTokens":163840,"maxOutputTokens":32768,"batch":{"available":true,"discounted":true,"input":0.28,"output":0.84}},{"provider":"vertex","id":"deepseek-ai/deepseek-r1-0528-maas","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.35,"output":5.4},"contextWindow":65336,"maxInputTokens":65336,"maxOutputTokens":8192},{"provider":"vertex","id":"jamba-1.5","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.4},"contextWindow":256000,"maxInputTokens":256000,"maxOutputTokens":256000},{"provider":"vertex","id":"jamba-1.5-large","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":8},"contextWindow":256000,"maxInputTokens":256000,"maxOutputTokens":256000},{"provider":"vertex","id":"jamba-1.5-large@001","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":8},"contextWindow":256000,"maxInputTokens":256000,"maxOutputTokens":256000},{"provider":"vertex","id":"jamba-1.5-mini","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.4},"contextWindow":256000,"maxInputTokens":256000,"maxOutputTokens":256000},{"provider":"vertex","id":"jamba-1.5-mini@001","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.4},"contextWindow":256000,"maxInputTokens":256000,"maxOutputTokens":256000},{"provider":"vertex","id":"meta/llama-3.1-405b-instruct-maas","source":"litellm","asOf":"2026-07-24","serverless":{"input":5,"output":16},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":2048},{"provider":"vertex","id":"meta/llama-3.1-70b-instruct-maas","source":"litellm","asOf":"2026-07-24","serverless":{"input":0,"output":0},"note":"source lists this model as free (0 USD)","contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":2048},{"provider":"vertex","id":"meta/llama-3.1-8b-instruct-maas","source":"litellm","asOf":"2026-07-24","serverless":{"input":0,"output":0},"note":"source lists this model as free (0 USD)","contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":2048},{"provider":"vertex","id":"meta/llama-3.2-90b-vision-instruct-maas","source":"litellm","asOf":"2026-07-24","serverless":{"input":0,"output":0},"note":"source lists this model as free (0 USD)","contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":2048},{"provider":"vertex","id":"meta/llama-4-maverick-17b-128e-instruct-maas","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.35,"output":1.15},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":1000000},{"provider":"vertex","id":"meta/llama-4-maverick-17b-16e-instruct-maas","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.35,"output":1.15},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":1000000},{"provider":"vertex","id":"meta/llama-4-scout-17b-128e-instruct-maas","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.25,"output":0.7},"contextWindow":10000000,"maxInputTokens":10000000,"maxOutputTokens":10000000},{"provider":"vertex","id":"meta/llama-4-scout-17b-16e-instruct-maas","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.25,"output":0.7},"contextWindow":10000000,"maxInputTokens":10000000,"maxOutputTokens":10000000},{"provider":"vertex","id":"meta/llama3-405b-instruct-maas","source":"litellm","asOf":"2026-07-24","serverless":{"input":0,"output":0},"note":"source lists this model as free (0 USD)","contextWindow":32000,"maxInputTokens":32000,"maxOutputTokens":32000},{"provider":"vertex","id":"meta/llama3-70b-instruct-maas","source":"litellm","asOf":"2026-07-24","serverless":{"input":0,"output":0},"note":"source lists this model as free (0 USD)","contextWindow":32000,"maxInputTokens":32000,"maxOutputTokens":32000},{"provider":"vertex","id":"meta/llama3-8b-instruct-maas","source":"litellm","asOf":"2026-07-24","serverless":{"input":0,"output":0},"note":"source lists this model as free (0 USD)","contextWindow":32000,"maxInputTokens":32000,"maxOutputTokens":32000},{"provider":"vertex","id":"minimaxai/minimax-m2-maas","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":1.2},"contextWindow":196608,"maxInputTokens":196608,"maxOutputTokens":196608},{"provider":"vertex","id":"moonshotai/kimi-k2-thinking-maas","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.6,"output":2.5},"contextWindow":256000,"maxInputTokens":256000,"maxOutputTokens":256000},{"provider":"vertex","id":"zai-org/glm-4.7-maas","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.6,"output":2.2},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":128000},{"provider":"vertex","id":"zai-org/glm-5-maas","source":"litellm","asOf":"2026-07-24","serverless":{"input":1,"output":3.2,"cachedInput":0.1},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":128000},{"provider":"vertex","id":"mistral-medium-3","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.4,"output":2},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8191},{"provider":"vertex","id":"mistral-medium-3@001","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.4,"output":2},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8191},{"provider":"vertex","id":"mistralai/mistral-medium-3","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.4,"output":2},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8191},{"provider":"vertex","id":"mistralai/mistral-medium-3@001","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.4,"output":2},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8191},{"provider":"vertex","id":"mistral-large-2411","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":6},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8191},{"provider":"vertex","id":"mistral-large@2407","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":6},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8191},{"provider":"vertex","id":"mistral-large@2411-001","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":6},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8191},{"provider":"vertex","id":"mistral-large@latest","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":6},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8191},{"provider":"vertex","id":"mistral-nemo@2407","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":3},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":128000},{"provider":"vertex","id":"mistral-nemo@latest","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.15,"output":0.15},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":128000},{"provider":"vertex","id":"mistral-small-2503","source":"litellm","asOf":"2026-07-24","serverless":{"input":1,"output":3},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":128000},{"provider":"vertex","id":"mistral-small-2503@001","source":"litellm","asOf":"2026-07-24","serverless":{"input":1,"output":3},"contextWindow":32000,"maxInputTokens":32000,"maxOutputTokens":8191},{"provider":"vertex","id":"google/gemma-4-26b-a4b-it-maas","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.15,"output":0.6},"contextWindow":256000,"maxInputTokens":256000,"maxOutputTokens":128000},{"provider":"vertex","id":"openai/gpt-oss-120b-maas","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.15,"output":0.6},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":32768},{"provider":"vertex","id":"openai/gpt-oss-20b-maas","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.075,"output":0.3},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":32768},{"provider":"vertex","id":"xai/grok-4.1-fast-non-reasoning","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.5,"cachedInput":0.05},"contextWindow":2000000,"maxInputTokens":2000000,"maxOutputTokens":2000000},{"provider":"vertex","id":"xai/grok-4.1-fast-reasoning","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.5,"cachedInput":0.05},"contextWindow":2000000,"maxInputTokens":2000000,"maxOutputTokens":2000000},{"provider":"vertex","id":"xai/grok-4.20-non-reasoning","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":6,"cachedInput":0.2},"contextWindow":2000000,"maxInputTokens":2000000,"maxOutputTokens":2000000},{"provider":"vertex","id":"xai/grok-4.20-reasoning","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":6,"cachedInput":0.2},"contextWindow":2000000,"maxInputTokens":2000000,"maxOutputTokens":2000000},{"provider":"vertex","id":"qwen/qwen3-235b-a22b-instruct-2507-maas","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.25,"output":1},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":16384},{"provider":"vertex","id":"qwen/qwen3-coder-480b-a35b-instruct-maas","source":"litellm","asOf":"2026-07-24","serverless":{"input":1,"output":4},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":32768},{"provider":"vertex","id":"qwen/qwen3-next-80b-a3b-instruct-maas","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.15,"output":1.2},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"vertex","id":"qwen/qwen3-next-80b-a3b-thinking-maas","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.15,"output":1.2},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"vertex","id":"claude-sonnet-5@default","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":10,"cachedInput":0.2,"cacheWrite":2.5},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"vertex","id":"claude-sonnet-4-6@default","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":64000},{"provider":"vertex","id":"claude-3-7-sonnet","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":200000,"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"vertex","id":"claude-4-opus","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":15,"output":75,"cachedInput":1.5,"cacheWrite":18.75},"contextWindow":200000,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, claude-opus-4) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"vertex","id":"claude-4-sonnet","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"aliases":["anthropic/claude-sonnet-4"],"contextWindow":200000,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, claude-sonnet-4) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"vertex","id":"claude-fable-5-1","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":10,"output":50,"cachedInput":0.25,"cacheWrite":12.5},"contextWindow":1000000,"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"vertex","id":"claude-opus-5-5","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":4,"output":20,"cachedInput":0.2,"cacheWrite":5},"contextWindow":1000000,"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"mistral","id":"codestral","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.3,"output":0.9},"aliases":["codestral-latest","codestral-2501"],"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"mistral","id":"codestral-2508","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.3,"output":0.9,"cachedInput":0.03},"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, codestral-2508) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"mistral","id":"devstral-2512","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.4,"output":2,"cachedInput":0.04},"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, devstral-2512) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"mistral","id":"devstral-small","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.06,"output":0.12},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"mistral","id":"magistral-medium","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":2,"output":5},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked","aliases":["magistral-medium-2506","magistral-medium-2509","magistral-medium-1-2-2509","magistral-medium-latest"]},{"provider":"mistral","id":"magistral-small","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.5,"output":1.5},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked","aliases":["magistral-small-2506","magistral-small-latest","magistral-small-1-2-2509"]},{"provider":"mistral","id":"ministral-14b-2512","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.2,"output":0.2,"cachedInput":0.02},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"mistral","id":"ministral-3b","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.04,"output":0.04},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"mistral","id":"ministral-3b-2512","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.1,"output":0.1,"cachedInput":0.01},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"mistral","id":"ministral-8b","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.1,"output":1},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"mistral","id":"mistral-7b","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.25,"output":0.25},"aliases":["open-mistral-7b"],"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, open-mistral-7b) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"mistral","id":"mistral-large","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":2,"output":6},"aliases":["mistral-large-latest","mistral-large-2407","mistral-large-2411"],"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, mistral-large-2411) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"mistral","id":"mistral-large-2512","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.5,"output":1.5,"cachedInput":0.05},"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, mistral-large-2512) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"mistral","id":"mistral-medium-3","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.4,"output":2},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked","aliases":["mistral-medium-2505","mistral-medium-2508","mistral-medium-3-1-2508"]},{"provider":"mistral","id":"mistral-nemo","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.15,"output":0.15},"aliases":["open-mistral-nemo"],"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"mistral","id":"mistral-saba","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.2,"output":0.6},"aliases":["mistral-saba-latest"],"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"mistral","id":"mistral-small-24b-instruct-2501","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.05,"output":0.08},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"mistral","id":"mistral-small-2603","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.15,"output":0.6,"cachedInput":0.015},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"mistral","id":"mistral-small-3.1-24b-instruct","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.351,"output":0.555},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"mistral","id":"mistral-small-3.2-24b-instruct","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.075,"output":0.2},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"mistral","id":"mistral-small-latest","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.1,"output":0.3},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"mistral","id":"mistral-tiny","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.25,"output":0.25},"deprecated":true,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, mistral-tiny) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"mistral","id":"mixtral-8x22b-instruct","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.9,"output":0.9},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"mistral","id":"mixtral-8x7b","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.7,"output":0.7},"aliases":["open-mixtral-8x7b"],"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, open-mixtral-8x7b) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"mistral","id":"pixtral-12b","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.15,"output":0.15},"aliases":["pixtral-12b-latest"],"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"mistral","id":"pixtral-large","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":2,"output":6},"aliases":["pixtral-large-latest","pixtral-large-2411"],"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, pixtral-large-2411) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"mistral","id":"voxtral-small-24b-2507","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.1,"output":0.3,"cachedInput":0.01},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"mistral","id":"codestral-2405","source":"litellm","asOf":"2026-07-24","serverless":{"input":0,"output":0},"note":"source lists this model as free (0 USD)","contextWindow":32000,"maxInputTokens":32000,"maxOutputTokens":8191},{"provider":"mistral","id":"codestral-mamba-latest","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.25,"output":0.25},"contextWindow":256000,"maxInputTokens":256000,"maxOutputTokens":256000},{"provider":"mistral","id":"devstral-medium-2507","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.4,"output":2},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":128000},{"provider":"mistral","id":"devstral-small-2505","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.3},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":128000},{"provider":"mistral","id":"devstral-small-2507","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.3},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":128000},{"provider":"mistral","id":"devstral-small-latest","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.3},"contextWindow":256000,"maxInputTokens":256000,"maxOutputTokens":256000},{"provider":"mistral","id":"labs-devstral-small-2512","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.3},"contextWindow":256000,"maxInputTokens":256000,"maxOutputTokens":256000},{"provider":"mistral","id":"devstral-latest","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.4,"output":2},"contextWindow":256000,"maxInputTokens":256000,"maxOutputTokens":256000},{"provider":"mistral","id":"devstral-medium-latest","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.4,"output":2},"contextWindow":256000,"maxInputTokens":256000,"maxOutputTokens":256000},{"provider":"mistral","id":"mistral-large-2402","source":"litellm","asOf":"2026-07-24","serverless":{"input":4,"output":12},"contextWindow":32000,"maxInputTokens":32000,"maxOutputTokens":8191},{"provider":"mistral","id":"mistral-large-3","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.5,"output":1.5},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"mistral","id":"mistral-medium","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.7,"output":8.1},"contextWindow":32000,"maxInputTokens":32000,"maxOutputTokens":8191,"note":"LiteLLM prices this snapshot 2.7/8.1; genai-prices' mistral-medium-3 says 0.4/2"},{"provider":"mistral","id":"mistral-medium-2312","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.7,"output":8.1},"contextWindow":32000,"maxInputTokens":32000,"maxOutputTokens":8191,"note":"LiteLLM prices this snapshot 2.7/8.1; genai-prices' mistral-medium-3 says 0.4/2"},{"provider":"mistral","id":"mistral-medium-2604","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.5,"output":7.5},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144,"note":"LiteLLM prices this snapshot 1.5/7.5; genai-prices' mistral-medium-3 says 0.4/2"},{"provider":"mistral","id":"mistral-medium-latest","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.5,"output":7.5},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144,"note":"LiteLLM prices this snapshot 1.5/7.5; genai-prices' mistral-medium-3 says 0.4/2"},{"provider":"mistral","id":"mistral-medium-3-5","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.5,"output":7.5},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144,"note":"LiteLLM prices this snapshot 1.5/7.5; genai-prices' mistral-medium-3 says 0.4/2"},{"provider":"mistral","id":"mistral-small","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.3},"contextWindow":32000,"maxInputTokens":32000,"maxOutputTokens":8191},{"provider":"mistral","id":"mistral-small-3-2-2506","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.06,"output":0.18},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"mistral","id":"ministral-3-3b-2512","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"mistral","id":"ministral-3-8b-2512","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.15,"output":0.15},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"mistral","id":"ministral-3-14b-2512","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"mistral","id":"ministral-8b-2512","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.15,"output":0.15},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144,"note":"LiteLLM prices this snapshot 0.15/0.15; genai-prices' ministral-8b says 0.1/1"},{"provider":"mistral","id":"ministral-8b-latest","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.15,"output":0.15},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144,"note":"LiteLLM prices this snapshot 0.15/0.15; genai-prices' ministral-8b says 0.1/1"},{"provider":"mistral","id":"open-codestral-mamba","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.25,"output":0.25},"contextWindow":256000,"maxInputTokens":256000,"maxOutputTokens":256000},{"provider":"mistral","id":"open-mistral-nemo-2407","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":0.3},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":128000},{"provider":"mistral","id":"open-mixtral-8x22b","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":6},"contextWindow":65336,"maxInputTokens":65336,"maxOutputTokens":8191},{"provider":"mistral","id":"pixtral-12b-2409","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.15,"output":0.15},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":128000},{"provider":"deepseek","id":"deepseek-chat","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.135,"output":0.55,"cachedInput":0.035},"aliases":["deepseek-chat-v3-0324"],"contextWindow":64000,"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"deepseek","id":"deepseek-reasoner","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.135,"output":0.55,"cachedInput":0.035},"aliases":["deepseek-r1-0528"],"contextWindow":64000,"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"deepseek","id":"deepseek-v3.1-terminus","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.27,"output":0.95,"cachedInput":0.13},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"deepseek","id":"deepseek-v3.2","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.2288,"output":0.3432},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"deepseek","id":"deepseek-v3.2-exp","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.27,"output":0.41},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"deepseek","id":"deepseek-v4-flash","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.14,"output":0.28,"cachedInput":0.0028},"contextWindow":1000000,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, deepseek-v4-flash) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"deepseek","id":"deepseek-v4-pro","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.435,"output":0.87,"cachedInput":0.003625},"contextWindow":1000000,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, deepseek-v4-pro) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"deepseek","id":"deepseek-coder","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.14,"output":0.28},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096},{"provider":"deepseek","id":"deepseek-r1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.55,"output":2.19},"contextWindow":65536,"maxInputTokens":65536,"maxOutputTokens":8192,"note":"LiteLLM prices this snapshot 0.55/2.19; genai-prices' deepseek-reasoner says 0.135/0.55"},{"provider":"deepseek","id":"deepseek-v3","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.27,"output":1.1,"cachedInput":0.07,"cacheWrite":0},"contextWindow":65536,"maxInputTokens":65536,"maxOutputTokens":8192},{"provider":"xai","id":"grok-2-1212","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":2,"output":10},"aliases":["grok-2","grok-2-latest"],"contextWindow":32768,"deprecated":true,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, grok-2) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"xai","id":"grok-2-vision-1212","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":2,"output":10},"aliases":["grok-2-vision","grok-2-vision-latest"],"contextWindow":32768,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, grok-2-vision) agree; dated by LiteLLM, as data.json has no prices_checked","retires":"2026-02-28"},{"provider":"xai","id":"grok-3","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.75},"aliases":["grok-3-latest","grok-3-beta"],"contextWindow":131072,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, grok-3) agree; dated by LiteLLM, as data.json has no prices_checked","retires":"2026-05-15"},{"provider":"xai","id":"grok-3-fast","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":5,"output":25,"cachedInput":1.25},"aliases":["grok-3-fast-latest","grok-3-fast-beta"],"contextWindow":131072,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, grok-3-fast-beta) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"xai","id":"grok-3-mini","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.3,"output":0.5,"cachedInput":0.075},"aliases":["grok-3-mini-beta","grok-3-mini-latest"],"contextWindow":131072,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, grok-3-mini) agree; dated by LiteLLM, as data.json has no prices_checked","retires":"2026-02-28"},{"provider":"xai","id":"grok-3-mini-fast","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.6,"output":4,"cachedInput":0.15},"aliases":["grok-3-mini-fast-beta","grok-3-mini-fast-latest"],"contextWindow":131072,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, grok-3-mini-fast) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"xai","id":"grok-4-0709","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.75},"aliases":["grok-4","grok-4-latest"],"contextWindow":256000,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, grok-4) agree; dated by LiteLLM, as data.json has no prices_checked","retires":"2026-05-15"},{"provider":"xai","id":"grok-4-1-fast-non-reasoning","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.5,"cachedInput":0.05},"aliases":["grok-4-1-fast-non-reasoning-latest"],"contextWindow":2000000,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, grok-4-1-fast-non-reasoning) agree; dated by LiteLLM, as data.json has no prices_checked","retires":"2026-05-15"},{"provider":"xai","id":"grok-4-1-fast-reasoning","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.5,"cachedInput":0.05},"aliases":["grok-4-1-fast","grok-4-1-fast-reasoning-latest"],"contextWindow":2000000,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, grok-4-1-fast) agree; dated by LiteLLM, as data.json has no prices_checked","retires":"2026-05-15"},{"provider":"xai","id":"grok-4-fast-non-reasoning","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.5,"cachedInput":0.05},"aliases":["grok-4-fast-non-reasoning-latest"],"contextWindow":2000000,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, grok-4-fast-non-reasoning) agree; dated by LiteLLM, as data.json has no prices_checked","retires":"2026-05-15"},{"provider":"xai","id":"grok-4-fast-reasoning","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.5,"cachedInput":0.05},"aliases":["grok-4-fast","grok-4-fast-reasoning-latest"],"contextWindow":2000000,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, grok-4-fast-reasoning) agree; dated by LiteLLM, as data.json has no prices_checked","retires":"2026-05-15"},{"provider":"xai","id":"grok-4.20","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":1.25,"output":2.5,"cachedInput":0.2},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"xai","id":"grok-4.20-multi-agent","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":2,"output":6,"cachedInput":0.2},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"xai","id":"grok-4.3","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":1.25,"output":2.5,"cachedInput":0.2},"aliases":["x-ai/grok-4.3","grok-4.3-latest"],"contextWindow":1000000,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, grok-4.3) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"xai","id":"grok-4.5","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":2,"output":6,"cachedInput":0.5},"aliases":["x-ai/grok-4.5","grok-4.5-latest","grok-latest"],"contextWindow":500000,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, grok-4.5) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"xai","id":"grok-build-0.1","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":1,"output":2,"cachedInput":0.2},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"xai","id":"grok-code-fast-1","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.2,"output":1.5,"cachedInput":0.02},"aliases":["grok-code-fast","grok-code-fast-1-0825"],"contextWindow":256000,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, grok-code-fast) agree; dated by LiteLLM, as data.json has no prices_checked","retires":"2026-05-15"},{"provider":"xai","id":"grok-4.20-multi-agent-beta-0309","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":6,"cachedInput":0.2},"contextWindow":2000000,"maxInputTokens":2000000,"maxOutputTokens":2000000},{"provider":"xai","id":"grok-4.20-beta-0309-reasoning","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":6,"cachedInput":0.2},"contextWindow":2000000,"maxInputTokens":2000000,"maxOutputTokens":2000000},{"provider":"xai","id":"grok-4.20-0309-reasoning","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":6,"cachedInput":0.2},"contextWindow":2000000,"maxInputTokens":2000000,"maxOutputTokens":2000000},{"provider":"xai","id":"grok-4.20-beta-0309-non-reasoning","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":6,"cachedInput":0.2},"contextWindow":2000000,"maxInputTokens":2000000,"maxOutputTokens":2000000},{"provider":"xai","id":"grok-beta","source":"litellm","asOf":"2026-07-24","serverless":{"input":5,"output":15},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"xai","id":"grok-vision-beta","source":"litellm","asOf":"2026-07-24","serverless":{"input":5,"output":15},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"cohere","id":"command","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":1,"output":2},"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, command) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"cohere","id":"command-a","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":2.5,"output":10},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked","aliases":["command-a-03-2025"]},{"provider":"cohere","id":"command-r","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.15,"output":0.6},"aliases":["command-r-08-2024"],"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, command-r) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"cohere","id":"command-r-plus","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":2.5,"output":10},"aliases":["command-r-plus-08-2024"],"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, command-r-plus) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"cohere","id":"command-r7b","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.0375,"output":0.15},"aliases":["command-r7b-12-2024"],"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, command-r7b-12-2024) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"cohere","id":"command-light","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":0.6},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"cohere","id":"command-nightly","source":"litellm","asOf":"2026-07-24","serverless":{"input":1,"output":2},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"groq","id":"deepseek-r1-distill-llama-70b","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.75,"output":0.99},"contextWindow":131072,"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"groq","id":"gemma-7b-it","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.07,"output":0.07},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"groq","id":"gemma2-9b-it","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.2,"output":0.2},"aliases":["gemma2-9b"],"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"groq","id":"llama-3.1-405b-reasoning","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.59,"output":0.79},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"groq","id":"llama-3.1-70b-versatile","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.59,"output":0.79},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"groq","id":"llama-3.1-8b-instant","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.05,"output":0.08},"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, llama-3.1-8b-instant) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"groq","id":"llama-3.2-11b-text-preview","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.18,"output":0.18},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"groq","id":"llama-3.2-11b-vision-preview","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.18,"output":0.18},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"groq","id":"llama-3.2-1b-preview","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.04,"output":0.04},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"groq","id":"llama-3.2-3b-preview","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.06,"output":0.06},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"groq","id":"llama-3.2-90b-text-preview","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.9,"output":0.9},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"groq","id":"llama-3.2-90b-vision-preview","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.9,"output":0.9},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"groq","id":"llama-3.3-70b-specdec","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.59,"output":0.99},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"groq","id":"llama-3.3-70b-versatile","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.59,"output":0.79},"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, llama-3.3-70b-versatile) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"groq","id":"llama-guard-3-8b","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.2,"output":0.2},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"groq","id":"llama2-70b-4096","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.7,"output":0.8},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"groq","id":"llama3-70b-8192","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.59,"output":0.79},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"groq","id":"llama3-8b-8192","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.05,"output":0.08},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"groq","id":"llama3-groq-70b-8192-tool-use-preview","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.89,"output":0.89},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"groq","id":"llama3-groq-8b-8192-tool-use-preview","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.19,"output":0.19},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"groq","id":"meta-llama/llama-4-maverick-17b-128e-instruct","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.6},"contextWindow":131072,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, meta-llama/llama-4-maverick-17b-128e-instruct) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"groq","id":"meta-llama/llama-4-scout-17b-16e-instruct","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.11,"output":0.34},"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, meta-llama/llama-4-scout-17b-16e-instruct) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"groq","id":"meta-llama/llama-guard-4-12b","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":131072,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, meta-llama/llama-guard-4-12b) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"groq","id":"mistral-saba-24b","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.79,"output":0.79},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"groq","id":"mixtral-8x7b-32768","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.24,"output":0.24},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"groq","id":"moonshotai/kimi-k2-instruct","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":1,"output":3,"cachedInput":0.5},"aliases":["moonshotai/kimi-k2-instruct-0905"],"contextWindow":131072,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, moonshotai/kimi-k2-instruct-0905) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"groq","id":"openai/gpt-oss-120b","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.15,"output":0.6,"cachedInput":0.075},"aliases":["openai/gpt-oss-safeguard-20b"],"contextWindow":131072,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, openai/gpt-oss-120b) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"groq","id":"openai/gpt-oss-20b","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.075,"output":0.3,"cachedInput":0.0375},"contextWindow":131072,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, openai/gpt-oss-20b) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"groq","id":"qwen/qwen3-32b","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.29,"output":0.59},"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, qwen/qwen3-32b) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"fireworks","id":"deepseek-r1-0528","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":3,"output":8},"aliases":["accounts/fireworks/models/deepseek-r1-0528"],"contextWindow":160000,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, accounts/fireworks/models/deepseek-r1-0528) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"fireworks","id":"deepseek-v3-0324","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"aliases":["accounts/fireworks/models/deepseek-v3-0324"],"contextWindow":160000,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, accounts/fireworks/models/deepseek-v3-0324) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"fireworks","id":"deepseek-v3p2","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.56,"output":1.68,"cachedInput":0.28},"aliases":["accounts/fireworks/models/deepseek-v3p2"],"contextWindow":163840,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, accounts/fireworks/models/deepseek-v3p2) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"fireworks","id":"deepseek-v4-flash","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.14,"output":0.28,"cachedInput":0.028},"aliases":["accounts/fireworks/models/deepseek-v4-flash","accounts/fireworks/models/deepseek-v4-flash-0731"],"contextWindow":1040000,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, accounts/fireworks/models/deepseek-v4-flash) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"fireworks","id":"deepseek-v4-pro","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":1.74,"output":3.48,"cachedInput":0.145},"aliases":["accounts/fireworks/models/deepseek-v4-pro"],"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, accounts/fireworks/models/deepseek-v4-pro) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"fireworks","id":"gemma-3-27b-it","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.1,"output":0.1},"aliases":["accounts/fireworks/models/gemma-3-27b-it"],"contextWindow":131000,"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"fireworks","id":"glm-4p7","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.6,"output":2.2},"aliases":["accounts/fireworks/models/glm-4p7"],"contextWindow":202752,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, accounts/fireworks/models/glm-4p7) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"fireworks","id":"glm-5p1","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":1.4,"output":4.4,"cachedInput":0.26},"aliases":["accounts/fireworks/models/glm-5p1"],"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, accounts/fireworks/models/glm-5p1) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"fireworks","id":"glm-5p1-fast","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":2.8,"output":8.8,"cachedInput":0.52},"aliases":["accounts/fireworks/routers/glm-5p1-fast"],"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, glm-5p1-fast) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"fireworks","id":"glm-5p2","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":1.4,"output":4.4,"cachedInput":0.14},"aliases":["accounts/fireworks/models/glm-5p2"],"contextWindow":1040000,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, accounts/fireworks/models/glm-5p2) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"fireworks","id":"glm-5p2-fast","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":2.1,"output":6.6,"cachedInput":0.21},"aliases":["accounts/fireworks/routers/glm-5p2-fast","accounts/fireworks/routers/glm-5p2-fast-us"],"contextWindow":1040000,"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"fireworks","id":"gpt-oss-120b","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.15,"output":0.6,"cachedInput":0.014},"aliases":["accounts/fireworks/models/gpt-oss-120b"],"contextWindow":131072,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, accounts/fireworks/models/gpt-oss-120b) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"fireworks","id":"gpt-oss-20b","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.07,"output":0.3,"cachedInput":0.035},"aliases":["accounts/fireworks/models/gpt-oss-20b"],"contextWindow":131072,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, accounts/fireworks/models/gpt-oss-20b) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"fireworks","id":"inkling","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":1,"output":4.05,"cachedInput":0.17},"aliases":["accounts/fireworks/models/inkling"],"contextWindow":1040000,"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"fireworks","id":"kimi-k2p5","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.6,"output":3,"cachedInput":0.1},"aliases":["accounts/fireworks/models/kimi-k2p5"],"contextWindow":262144,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, accounts/fireworks/models/kimi-k2p5) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"fireworks","id":"kimi-k2p6","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.95,"output":4,"cachedInput":0.16},"aliases":["accounts/fireworks/models/kimi-k2p6"],"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, accounts/fireworks/models/kimi-k2p6) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"fireworks","id":"kimi-k2p6-fast","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":2,"output":8,"cachedInput":0.3},"aliases":["accounts/fireworks/routers/kimi-k2p6-fast"],"contextWindow":262144,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, kimi-k2p6-fast) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"fireworks","id":"kimi-k2p7-code","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.95,"output":4,"cachedInput":0.19},"aliases":["accounts/fireworks/models/kimi-k2p7-code"],"contextWindow":262144,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, accounts/fireworks/models/kimi-k2p7-code) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"fireworks","id":"kimi-k2p7-code-fast","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":1.9,"output":8,"cachedInput":0.38},"aliases":["accounts/fireworks/routers/kimi-k2p7-code-fast"],"contextWindow":262144,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, kimi-k2p7-code-fast) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"fireworks","id":"kimi-k3","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":3,"output":15,"cachedInput":0.3},"aliases":["accounts/fireworks/models/kimi-k3"],"contextWindow":1040000,"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"fireworks","id":"kimi-k3-fast","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":4.5,"output":22.5,"cachedInput":0.45},"aliases":["accounts/fireworks/routers/kimi-k3-fast"],"contextWindow":1040000,"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"fireworks","id":"kimi-k3-us","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":3.3,"output":16.5,"cachedInput":0.33},"aliases":["accounts/fireworks/routers/kimi-k3-us"],"contextWindow":1040000,"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"fireworks","id":"llama-v3p1-8b-instruct","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.2,"output":0.2},"aliases":["accounts/fireworks/models/llama-v3p1-8b-instruct"],"contextWindow":131000,"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"fireworks","id":"llama4-maverick-instruct-basic","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.22,"output":0.88},"aliases":["accounts/fireworks/models/llama4-maverick-instruct-basic"],"contextWindow":1000000,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, accounts/fireworks/models/llama4-maverick-instruct-basic) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"fireworks","id":"minimax-m2p1","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.3,"output":1.2},"aliases":["accounts/fireworks/models/minimax-m2p1"],"contextWindow":204800,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, accounts/fireworks/models/minimax-m2p1) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"fireworks","id":"minimax-m2p7","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.3,"output":1.2,"cachedInput":0.06},"aliases":["accounts/fireworks/models/minimax-m2p7"],"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, accounts/fireworks/models/minimax-m2p7) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"fireworks","id":"minimax-m3","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.3,"output":1.2,"cachedInput":0.06},"aliases":["accounts/fireworks/models/minimax-m3"],"contextWindow":524288,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, accounts/fireworks/models/minimax-m3) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"fireworks","id":"nemotron-3-ultra-nvfp4","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.6,"output":2.4,"cachedInput":0.12},"aliases":["accounts/fireworks/models/nemotron-3-ultra-nvfp4"],"contextWindow":262000,"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"fireworks","id":"qwen2p5-vl-72b-instruct","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"aliases":["accounts/fireworks/models/qwen2p5-vl-72b-instruct"],"contextWindow":128000,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, accounts/fireworks/models/qwen2p5-vl-72b-instruct) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"fireworks","id":"qwen3-235b-a22b","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.22,"output":0.88},"aliases":["accounts/fireworks/models/qwen3-235b-a22b"],"contextWindow":128000,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, accounts/fireworks/models/qwen3-235b-a22b) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"fireworks","id":"qwen3p6-plus","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.5,"output":3,"cachedInput":0.1},"aliases":["accounts/fireworks/models/qwen3p6-plus"],"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"fireworks","id":"qwen3p7-plus","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":0.4,"output":1.6,"cachedInput":0.08},"aliases":["accounts/fireworks/models/qwen3p7-plus"],"contextWindow":262144,"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, qwen3p7-plus) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"fireworks","id":"accounts/fireworks/models/deepseek-coder-v2-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.2,"output":1.2},"contextWindow":65536,"maxInputTokens":65536,"maxOutputTokens":65536},{"provider":"fireworks","id":"accounts/fireworks/models/deepseek-r1","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":8},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":20480},{"provider":"fireworks","id":"accounts/fireworks/models/deepseek-r1-basic","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.55,"output":2.19},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":20480},{"provider":"fireworks","id":"accounts/fireworks/models/deepseek-v3","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8192},{"provider":"fireworks","id":"accounts/fireworks/models/deepseek-v3p1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.56,"output":1.68},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8192},{"provider":"fireworks","id":"accounts/fireworks/models/deepseek-v3p1-terminus","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.56,"output":1.68},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8192},{"provider":"fireworks","id":"accounts/fireworks/models/firefunction-v2","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"fireworks","id":"accounts/fireworks/models/glm-4p5","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.55,"output":2.19},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":96000},{"provider":"fireworks","id":"accounts/fireworks/models/glm-4p5-air","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.22,"output":0.88},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":96000},{"provider":"fireworks","id":"accounts/fireworks/models/glm-4p6","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.55,"output":2.19},"contextWindow":202800,"maxInputTokens":202800,"maxOutputTokens":202800},{"provider":"fireworks","id":"accounts/fireworks/models/kimi-k2-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.6,"output":2.5},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":16384},{"provider":"fireworks","id":"accounts/fireworks/models/kimi-k2-instruct-0905","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.6,"output":2.5},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/kimi-k2-thinking","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.6,"output":2.5},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"fireworks","id":"accounts/fireworks/models/llama-v3p1-405b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":3},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":16384},{"provider":"fireworks","id":"accounts/fireworks/models/llama-v3p2-11b-vision-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":16384},{"provider":"fireworks","id":"accounts/fireworks/models/llama-v3p2-1b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":16384},{"provider":"fireworks","id":"accounts/fireworks/models/llama-v3p2-3b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":16384},{"provider":"fireworks","id":"accounts/fireworks/models/llama-v3p2-90b-vision-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":16384},{"provider":"fireworks","id":"accounts/fireworks/models/llama4-scout-instruct-basic","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.15,"output":0.6},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/mixtral-8x22b-instruct-hf","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.2,"output":1.2},"contextWindow":65536,"maxInputTokens":65536,"maxOutputTokens":65536},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2-72b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2p5-coder-32b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/yi-large","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":3},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/qwen3-coder-480b-a35b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.45,"output":1.8},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"fireworks","id":"accounts/fireworks/models/chronos-hermes-13b-v2","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/code-llama-13b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":16384},{"provider":"fireworks","id":"accounts/fireworks/models/code-llama-13b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":16384},{"provider":"fireworks","id":"accounts/fireworks/models/code-llama-13b-python","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":16384},{"provider":"fireworks","id":"accounts/fireworks/models/code-llama-34b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":16384},{"provider":"fireworks","id":"accounts/fireworks/models/code-llama-34b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":16384},{"provider":"fireworks","id":"accounts/fireworks/models/code-llama-34b-python","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":16384},{"provider":"fireworks","id":"accounts/fireworks/models/code-llama-70b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/code-llama-70b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/code-llama-70b-python","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/code-llama-7b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":16384},{"provider":"fireworks","id":"accounts/fireworks/models/code-llama-7b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":16384},{"provider":"fireworks","id":"accounts/fireworks/models/code-llama-7b-python","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":16384},{"provider":"fireworks","id":"accounts/fireworks/models/code-qwen-1p5-7b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":65536,"maxInputTokens":65536,"maxOutputTokens":65536},{"provider":"fireworks","id":"accounts/fireworks/models/codegemma-2b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"fireworks","id":"accounts/fireworks/models/codegemma-7b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"fireworks","id":"accounts/fireworks/models/cogito-671b-v2-p1","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.2,"output":1.2},"contextWindow":163840,"maxInputTokens":163840,"maxOutputTokens":163840},{"provider":"fireworks","id":"accounts/fireworks/models/cogito-v1-preview-llama-3b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/cogito-v1-preview-llama-70b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/cogito-v1-preview-llama-8b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/cogito-v1-preview-qwen-14b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/cogito-v1-preview-qwen-32b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/dbrx-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.2,"output":1.2},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/deepseek-coder-1b-base","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":16384},{"provider":"fireworks","id":"accounts/fireworks/models/deepseek-coder-33b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":16384},{"provider":"fireworks","id":"accounts/fireworks/models/deepseek-coder-7b-base","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/deepseek-coder-7b-base-v1p5","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/deepseek-coder-7b-instruct-v1p5","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/deepseek-coder-v2-lite-base","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.5,"output":0.5},"contextWindow":163840,"maxInputTokens":163840,"maxOutputTokens":163840},{"provider":"fireworks","id":"accounts/fireworks/models/deepseek-coder-v2-lite-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.5,"output":0.5},"contextWindow":163840,"maxInputTokens":163840,"maxOutputTokens":163840},{"provider":"fireworks","id":"accounts/fireworks/models/deepseek-prover-v2","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.2,"output":1.2},"contextWindow":163840,"maxInputTokens":163840,"maxOutputTokens":163840},{"provider":"fireworks","id":"accounts/fireworks/models/deepseek-r1-0528-distill-qwen3-8b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/deepseek-r1-distill-llama-70b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/deepseek-r1-distill-llama-8b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/deepseek-r1-distill-qwen-14b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/deepseek-r1-distill-qwen-1p5b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/deepseek-r1-distill-qwen-32b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/deepseek-r1-distill-qwen-7b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/deepseek-v2-lite-chat","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.5,"output":0.5},"contextWindow":163840,"maxInputTokens":163840,"maxOutputTokens":163840},{"provider":"fireworks","id":"accounts/fireworks/models/deepseek-v2p5","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.2,"output":1.2},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/devstral-small-2505","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/dobby-mini-unhinged-plus-llama-3-1-8b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/dobby-unhinged-llama-3-3-70b-new","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/dolphin-2-9-2-qwen2-72b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/dolphin-2p6-mixtral-8x7b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.5,"output":0.5},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/ernie-4p5-21b-a3b-pt","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/ernie-4p5-300b-a47b-pt","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/fare-20b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/firefunction-v1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.5,"output":0.5},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/firellava-13b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/flux-1-dev","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/flux-1-dev-controlnet-union","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.001,"output":0.001},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/flux-1-schnell","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/gemma-2b-it","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"fireworks","id":"accounts/fireworks/models/gemma-7b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"fireworks","id":"accounts/fireworks/models/gemma-7b-it","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"fireworks","id":"accounts/fireworks/models/gemma2-9b-it","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"fireworks","id":"accounts/fireworks/models/glm-4p5v","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.2,"output":1.2},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/gpt-oss-safeguard-120b","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.2,"output":1.2},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/gpt-oss-safeguard-20b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.5,"output":0.5},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/hermes-2-pro-mistral-7b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/internvl3-38b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":16384},{"provider":"fireworks","id":"accounts/fireworks/models/internvl3-78b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":16384},{"provider":"fireworks","id":"accounts/fireworks/models/internvl3-8b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":16384},{"provider":"fireworks","id":"accounts/fireworks/models/kat-coder","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"fireworks","id":"accounts/fireworks/models/kat-dev-32b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/kat-dev-72b-exp","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/llama-guard-2-8b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"fireworks","id":"accounts/fireworks/models/llama-guard-3-1b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/llama-guard-3-8b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/llama-v2-13b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/llama-v2-13b-chat","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/llama-v2-70b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/llama-v2-70b-chat","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":2048,"maxInputTokens":2048,"maxOutputTokens":2048},{"provider":"fireworks","id":"accounts/fireworks/models/llama-v2-7b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/llama-v2-7b-chat","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/llama-v3-70b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"fireworks","id":"accounts/fireworks/models/llama-v3-70b-instruct-hf","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"fireworks","id":"accounts/fireworks/models/llama-v3-8b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"fireworks","id":"accounts/fireworks/models/llama-v3-8b-instruct-hf","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"fireworks","id":"accounts/fireworks/models/llama-v3p1-405b-instruct-long","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/llama-v3p1-70b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/llama-v3p1-70b-instruct-1b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/llama-v3p1-nemotron-70b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/llama-v3p2-1b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/llama-v3p2-3b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/llama-v3p3-70b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/llamaguard-7b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/llava-yi-34b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/minimax-m1-80k","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/minimax-m2","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":1.2},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/ministral-3-14b-instruct-2512","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":256000,"maxInputTokens":256000,"maxOutputTokens":256000},{"provider":"fireworks","id":"accounts/fireworks/models/ministral-3-3b-instruct-2512","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":256000,"maxInputTokens":256000,"maxOutputTokens":256000},{"provider":"fireworks","id":"accounts/fireworks/models/ministral-3-8b-instruct-2512","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":256000,"maxInputTokens":256000,"maxOutputTokens":256000},{"provider":"fireworks","id":"accounts/fireworks/models/mistral-7b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/mistral-7b-instruct-4k","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/mistral-7b-instruct-v0p2","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/mistral-7b-instruct-v3","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/mistral-7b-v0p2","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/mistral-large-3-fp8","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.2,"output":1.2},"contextWindow":256000,"maxInputTokens":256000,"maxOutputTokens":256000},{"provider":"fireworks","id":"accounts/fireworks/models/mistral-nemo-base-2407","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":128000},{"provider":"fireworks","id":"accounts/fireworks/models/mistral-nemo-instruct-2407","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":128000},{"provider":"fireworks","id":"accounts/fireworks/models/mistral-small-24b-instruct-2501","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/mixtral-8x22b","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.2,"output":1.2},"contextWindow":65536,"maxInputTokens":65536,"maxOutputTokens":65536},{"provider":"fireworks","id":"accounts/fireworks/models/mixtral-8x22b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.2,"output":1.2},"contextWindow":65536,"maxInputTokens":65536,"maxOutputTokens":65536},{"provider":"fireworks","id":"accounts/fireworks/models/mixtral-8x7b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.5,"output":0.5},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/mixtral-8x7b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.5,"output":0.5},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/mixtral-8x7b-instruct-hf","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.5,"output":0.5},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/mythomax-l2-13b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/nemotron-nano-v2-12b-vl","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/nous-capybara-7b-v1p9","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/nous-hermes-2-mixtral-8x7b-dpo","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.5,"output":0.5},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/nous-hermes-2-yi-34b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/nous-hermes-llama2-13b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/nous-hermes-llama2-70b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/nous-hermes-llama2-7b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/nvidia-nemotron-nano-12b-v2","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/nvidia-nemotron-nano-9b-v2","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/openchat-3p5-0106-7b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"fireworks","id":"accounts/fireworks/models/openhermes-2-mistral-7b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/openhermes-2p5-mistral-7b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/openorca-7b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/phi-2-3b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":2048,"maxInputTokens":2048,"maxOutputTokens":2048},{"provider":"fireworks","id":"accounts/fireworks/models/phi-3-mini-128k-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/phi-3-vision-128k-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":32064,"maxInputTokens":32064,"maxOutputTokens":32064},{"provider":"fireworks","id":"accounts/fireworks/models/phind-code-llama-34b-python-v1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":16384},{"provider":"fireworks","id":"accounts/fireworks/models/phind-code-llama-34b-v1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":16384},{"provider":"fireworks","id":"accounts/fireworks/models/phind-code-llama-34b-v2","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":16384},{"provider":"fireworks","id":"accounts/fireworks/models/pythia-12b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":2048,"maxInputTokens":2048,"maxOutputTokens":2048},{"provider":"fireworks","id":"accounts/fireworks/models/qwen-qwq-32b-preview","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/qwen-v2p5-14b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/qwen-v2p5-7b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/qwen1p5-72b-chat","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2-7b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2-vl-2b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2-vl-72b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2-vl-7b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2p5-0p5b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2p5-14b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2p5-1p5b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2p5-32b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2p5-32b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2p5-72b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2p5-72b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2p5-7b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2p5-coder-0p5b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2p5-coder-0p5b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2p5-coder-14b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2p5-coder-14b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2p5-coder-1p5b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2p5-coder-1p5b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2p5-coder-32b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2p5-coder-32b-instruct-128k","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2p5-coder-32b-instruct-32k-rope","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2p5-coder-32b-instruct-64k","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":65536,"maxInputTokens":65536,"maxOutputTokens":65536},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2p5-coder-3b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2p5-coder-3b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2p5-coder-7b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2p5-coder-7b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2p5-math-72b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2p5-vl-32b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":128000},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2p5-vl-3b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":128000},{"provider":"fireworks","id":"accounts/fireworks/models/qwen2p5-vl-7b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":128000},{"provider":"fireworks","id":"accounts/fireworks/models/qwen3-0p6b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":40960,"maxInputTokens":40960,"maxOutputTokens":40960},{"provider":"fireworks","id":"accounts/fireworks/models/qwen3-14b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":40960,"maxInputTokens":40960,"maxOutputTokens":40960},{"provider":"fireworks","id":"accounts/fireworks/models/qwen3-1p7b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/qwen3-1p7b-fp8-draft","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"fireworks","id":"accounts/fireworks/models/qwen3-1p7b-fp8-draft-131072","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/qwen3-1p7b-fp8-draft-40960","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":40960,"maxInputTokens":40960,"maxOutputTokens":40960},{"provider":"fireworks","id":"accounts/fireworks/models/qwen3-235b-a22b-instruct-2507","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.22,"output":0.88},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"fireworks","id":"accounts/fireworks/models/qwen3-235b-a22b-thinking-2507","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.22,"output":0.88},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"fireworks","id":"accounts/fireworks/models/qwen3-30b-a3b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.15,"output":0.6},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/qwen3-30b-a3b-instruct-2507","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.5,"output":0.5},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"fireworks","id":"accounts/fireworks/models/qwen3-30b-a3b-thinking-2507","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"fireworks","id":"accounts/fireworks/models/qwen3-32b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/qwen3-4b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":40960,"maxInputTokens":40960,"maxOutputTokens":40960},{"provider":"fireworks","id":"accounts/fireworks/models/qwen3-4b-instruct-2507","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"fireworks","id":"accounts/fireworks/models/qwen3-8b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":40960,"maxInputTokens":40960,"maxOutputTokens":40960},{"provider":"fireworks","id":"accounts/fireworks/models/qwen3-coder-30b-a3b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.15,"output":0.6},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"fireworks","id":"accounts/fireworks/models/qwen3-coder-480b-instruct-bf16","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/qwen3-next-80b-a3b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/qwen3-next-80b-a3b-thinking","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/qwen3-vl-235b-a22b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.22,"output":0.88},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"fireworks","id":"accounts/fireworks/models/qwen3-vl-235b-a22b-thinking","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.22,"output":0.88},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"fireworks","id":"accounts/fireworks/models/qwen3-vl-30b-a3b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.15,"output":0.6},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"fireworks","id":"accounts/fireworks/models/qwen3-vl-30b-a3b-thinking","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.15,"output":0.6},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"fireworks","id":"accounts/fireworks/models/qwen3-vl-32b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/qwen3-vl-8b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/qwq-32b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"fireworks","id":"accounts/fireworks/models/snorkel-mistral-7b-pairrm-dpo","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/stablecode-3b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/starcoder-16b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"fireworks","id":"accounts/fireworks/models/starcoder-7b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"fireworks","id":"accounts/fireworks/models/starcoder2-15b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":16384},{"provider":"fireworks","id":"accounts/fireworks/models/starcoder2-3b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":16384},{"provider":"fireworks","id":"accounts/fireworks/models/starcoder2-7b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":16384},{"provider":"fireworks","id":"accounts/fireworks/models/toppy-m-7b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"fireworks","id":"accounts/fireworks/models/yi-34b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/yi-34b-200k-capybara","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":200000},{"provider":"fireworks","id":"accounts/fireworks/models/yi-34b-chat","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.9,"output":0.9},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/yi-6b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"fireworks","id":"accounts/fireworks/models/zephyr-7b-beta","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":32768},{"provider":"perplexity","id":"llama-3.1-sonar-large-128k-online","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":1,"output":1},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"perplexity","id":"llama-3.1-sonar-small-128k-online","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.2,"output":0.2},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"perplexity","id":"r1-1776","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":2,"output":8},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"perplexity","id":"sonar","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":1,"output":1},"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, sonar) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"perplexity","id":"sonar-deep-research","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":2,"output":8},"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, sonar-deep-research) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"perplexity","id":"sonar-pro","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":3,"output":15},"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, sonar-pro) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"perplexity","id":"sonar-pro-search","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":3,"output":15},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"perplexity","id":"sonar-reasoning","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":1,"output":5},"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, sonar-reasoning) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"perplexity","id":"sonar-reasoning-pro","source":"genai-prices-47df840a","asOf":"2026-07-24","serverless":{"input":2,"output":8},"note":"genai-prices data.json @47df840a and LiteLLM (fetched 2026-07-24, sonar-reasoning-pro) agree; dated by LiteLLM, as data.json has no prices_checked"},{"provider":"perplexity","id":"codellama-34b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.35,"output":1.4},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":16384},{"provider":"perplexity","id":"codellama-70b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.7,"output":2.8},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":16384},{"provider":"perplexity","id":"llama-2-70b-chat","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.7,"output":2.8},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"perplexity","id":"llama-3.1-70b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":1,"output":1},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"perplexity","id":"llama-3.1-8b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":131072},{"provider":"perplexity","id":"mistral-7b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.07,"output":0.28},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"perplexity","id":"mixtral-8x7b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.07,"output":0.28},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"perplexity","id":"pplx-70b-chat","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.7,"output":2.8},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"perplexity","id":"pplx-70b-online","source":"litellm","asOf":"2026-07-24","serverless":{"input":0,"output":2.8},"note":"source lists input as free (0 USD per token)","contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"perplexity","id":"pplx-7b-chat","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.07,"output":0.28},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"perplexity","id":"pplx-7b-online","source":"litellm","asOf":"2026-07-24","serverless":{"input":0,"output":0.28},"note":"source lists input as free (0 USD per token)","contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"perplexity","id":"sonar-medium-chat","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.6,"output":1.8},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":16384},{"provider":"perplexity","id":"sonar-medium-online","source":"litellm","asOf":"2026-07-24","serverless":{"input":0,"output":1.8},"note":"source lists input as free (0 USD per token)","contextWindow":12000,"maxInputTokens":12000,"maxOutputTokens":12000},{"provider":"perplexity","id":"sonar-small-chat","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.07,"output":0.28},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":16384},{"provider":"perplexity","id":"sonar-small-online","source":"litellm","asOf":"2026-07-24","serverless":{"input":0,"output":0.28},"note":"source lists input as free (0 USD per token)","contextWindow":12000,"maxInputTokens":12000,"maxOutputTokens":12000},{"provider":"bedrock","id":"ai21.j2-mid-v1","source":"litellm","asOf":"2026-07-24","serverless":{"input":12.5,"output":12.5},"contextWindow":8191,"maxInputTokens":8191,"maxOutputTokens":8191},{"provider":"bedrock","id":"ai21.j2-ultra-v1","source":"litellm","asOf":"2026-07-24","serverless":{"input":18.8,"output":18.8},"contextWindow":8191,"maxInputTokens":8191,"maxOutputTokens":8191},{"provider":"bedrock","id":"ai21.jamba-1-5-large-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":8},"contextWindow":256000,"maxInputTokens":256000,"maxOutputTokens":256000},{"provider":"bedrock","id":"ai21.jamba-1-5-mini-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.4},"contextWindow":256000,"maxInputTokens":256000,"maxOutputTokens":256000},{"provider":"bedrock","id":"ai21.jamba-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.5,"output":0.7},"contextWindow":70000,"maxInputTokens":70000,"maxOutputTokens":4096},{"provider":"bedrock","id":"us.writer.palmyra-x4-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.5,"output":10},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8192},{"provider":"bedrock","id":"us.writer.palmyra-x5-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.6,"output":6},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":8192},{"provider":"bedrock","id":"writer.palmyra-x4-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.5,"output":10},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8192},{"provider":"bedrock","id":"writer.palmyra-x5-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.6,"output":6},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":8192},{"provider":"bedrock","id":"amazon.nova-lite-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.06,"output":0.24},"contextWindow":300000,"maxInputTokens":300000,"maxOutputTokens":10000},{"provider":"bedrock","id":"amazon.nova-2-lite-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":2.5,"cachedInput":0.075},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":64000},{"provider":"bedrock","id":"amazon.nova-2-pro-preview-20251202-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.1875,"output":17.5,"cachedInput":0.546875},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":64000},{"provider":"bedrock","id":"apac.amazon.nova-2-lite-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.33,"output":2.75,"cachedInput":0.0825},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":64000},{"provider":"bedrock","id":"apac.amazon.nova-2-pro-preview-20251202-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.1875,"output":17.5,"cachedInput":0.546875},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":64000},{"provider":"bedrock","id":"eu.amazon.nova-2-lite-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.33,"output":2.75,"cachedInput":0.0825},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":64000},{"provider":"bedrock","id":"eu.amazon.nova-2-pro-preview-20251202-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.1875,"output":17.5,"cachedInput":0.546875},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":64000},{"provider":"bedrock","id":"us.amazon.nova-2-lite-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.33,"output":2.75,"cachedInput":0.0825},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":64000},{"provider":"bedrock","id":"us.amazon.nova-2-pro-preview-20251202-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.1875,"output":17.5,"cachedInput":0.546875},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":64000},{"provider":"bedrock","id":"amazon.nova-micro-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.035,"output":0.14},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":10000},{"provider":"bedrock","id":"amazon.nova-pro-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.8,"output":3.2},"contextWindow":300000,"maxInputTokens":300000,"maxOutputTokens":10000},{"provider":"bedrock","id":"amazon.titan-text-express-v1","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.3,"output":1.7},"contextWindow":42000,"maxInputTokens":42000,"maxOutputTokens":8000},{"provider":"bedrock","id":"amazon.titan-text-lite-v1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":0.4},"contextWindow":42000,"maxInputTokens":42000,"maxOutputTokens":4000},{"provider":"bedrock","id":"amazon.titan-text-premier-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.5,"output":1.5},"contextWindow":42000,"maxInputTokens":42000,"maxOutputTokens":32000},{"provider":"bedrock","id":"anthropic.claude-3-5-haiku-20241022-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.8,"output":4,"cachedInput":0.08,"cacheWrite":1},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":8192},{"provider":"bedrock","id":"anthropic.claude-haiku-4-5-20251001-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":1,"output":5,"cachedInput":0.1,"cacheWrite":1.25},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":64000},{"provider":"bedrock","id":"anthropic.claude-haiku-4-5@20251001","source":"litellm","asOf":"2026-07-24","serverless":{"input":1,"output":5,"cachedInput":0.1,"cacheWrite":1.25},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":64000},{"provider":"bedrock","id":"anthropic.claude-3-5-sonnet-20240620-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":4096,"longContext":[{"aboveInputTokens":200000,"input":6,"output":30,"cachedInput":0.6}]},{"provider":"bedrock","id":"anthropic.claude-3-5-sonnet-20241022-v2:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":8192,"longContext":[{"aboveInputTokens":200000,"input":6,"output":30,"cachedInput":0.6}]},{"provider":"bedrock","id":"anthropic.claude-3-7-sonnet-20240620-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3.6,"output":18,"cachedInput":0.36,"cacheWrite":4.5},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":8192},{"provider":"bedrock","id":"anthropic.claude-3-7-sonnet-20250219-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":8192},{"provider":"bedrock","id":"anthropic.claude-3-haiku-20240307-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.25,"output":1.25,"cachedInput":0.025,"cacheWrite":0.3125},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":4096},{"provider":"bedrock","id":"anthropic.claude-3-opus-20240229-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":15,"output":75,"cachedInput":1.5,"cacheWrite":18.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":4096},{"provider":"bedrock","id":"anthropic.claude-3-sonnet-20240229-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":4096},{"provider":"bedrock","id":"anthropic.claude-instant-v1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.8,"output":2.4},"contextWindow":100000,"maxInputTokens":100000,"maxOutputTokens":8191},{"provider":"bedrock","id":"anthropic.claude-opus-4-1-20250805-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":15,"output":75,"cachedInput":1.5,"cacheWrite":18.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":32000},{"provider":"bedrock","id":"anthropic.claude-opus-4-20250514-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":15,"output":75,"cachedInput":1.5,"cacheWrite":18.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":32000},{"provider":"bedrock","id":"anthropic.claude-opus-4-5-20251101-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":64000},{"provider":"bedrock","id":"anthropic.claude-opus-4-6-v1","source":"litellm","asOf":"2026-07-24","serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"global.anthropic.claude-opus-4-6-v1","source":"litellm","asOf":"2026-07-24","serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"us.anthropic.claude-opus-4-6-v1","source":"litellm","asOf":"2026-07-24","serverless":{"input":5.5,"output":27.5,"cachedInput":0.55,"cacheWrite":6.875},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"eu.anthropic.claude-opus-4-6-v1","source":"litellm","asOf":"2026-07-24","serverless":{"input":5.5,"output":27.5,"cachedInput":0.55,"cacheWrite":6.875},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"au.anthropic.claude-opus-4-6-v1","source":"litellm","asOf":"2026-07-24","serverless":{"input":5.5,"output":27.5,"cachedInput":0.55,"cacheWrite":6.875},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"anthropic.claude-opus-4-7","source":"litellm","asOf":"2026-07-24","serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"anthropic.claude-mythos-preview","source":"litellm","asOf":"2026-07-24","serverless":{"input":0,"output":0},"note":"source lists this model as free (0 USD)","contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"global.anthropic.claude-opus-4-7","source":"litellm","asOf":"2026-07-24","serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"us.anthropic.claude-opus-4-7","source":"litellm","asOf":"2026-07-24","serverless":{"input":5.5,"output":27.5,"cachedInput":0.55,"cacheWrite":6.875},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"eu.anthropic.claude-opus-4-7","source":"litellm","asOf":"2026-07-24","serverless":{"input":5.5,"output":27.5,"cachedInput":0.55,"cacheWrite":6.875},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"au.anthropic.claude-opus-4-7","source":"litellm","asOf":"2026-07-24","serverless":{"input":5.5,"output":27.5,"cachedInput":0.55,"cacheWrite":6.875},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"anthropic.claude-fable-5","source":"litellm","asOf":"2026-07-24","serverless":{"input":10,"output":50,"cachedInput":1,"cacheWrite":12.5},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"global.anthropic.claude-fable-5","source":"litellm","asOf":"2026-07-24","serverless":{"input":10,"output":50,"cachedInput":1,"cacheWrite":12.5},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"us.anthropic.claude-fable-5","source":"litellm","asOf":"2026-07-24","serverless":{"input":11,"output":55,"cachedInput":1.1,"cacheWrite":13.75},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"eu.anthropic.claude-fable-5","source":"litellm","asOf":"2026-07-24","serverless":{"input":11,"output":55,"cachedInput":1.1,"cacheWrite":13.75},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"anthropic.claude-opus-5","source":"litellm","asOf":"2026-07-24","serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"global.anthropic.claude-opus-5","source":"litellm","asOf":"2026-07-24","serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"us.anthropic.claude-opus-5","source":"litellm","asOf":"2026-07-24","serverless":{"input":5.5,"output":27.5,"cachedInput":0.55,"cacheWrite":6.875},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"eu.anthropic.claude-opus-5","source":"litellm","asOf":"2026-07-24","serverless":{"input":5.5,"output":27.5,"cachedInput":0.55,"cacheWrite":6.875},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"au.anthropic.claude-opus-5","source":"litellm","asOf":"2026-07-24","serverless":{"input":5.5,"output":27.5,"cachedInput":0.55,"cacheWrite":6.875},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"jp.anthropic.claude-opus-5","source":"litellm","asOf":"2026-07-24","serverless":{"input":5.5,"output":27.5,"cachedInput":0.55,"cacheWrite":6.875},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"anthropic.claude-opus-4-8","source":"litellm","asOf":"2026-07-24","serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"global.anthropic.claude-opus-4-8","source":"litellm","asOf":"2026-07-24","serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"us.anthropic.claude-opus-4-8","source":"litellm","asOf":"2026-07-24","serverless":{"input":5.5,"output":27.5,"cachedInput":0.55,"cacheWrite":6.875},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"eu.anthropic.claude-opus-4-8","source":"litellm","asOf":"2026-07-24","serverless":{"input":5.5,"output":27.5,"cachedInput":0.55,"cacheWrite":6.875},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"au.anthropic.claude-opus-4-8","source":"litellm","asOf":"2026-07-24","serverless":{"input":5.5,"output":27.5,"cachedInput":0.55,"cacheWrite":6.875},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"jp.anthropic.claude-opus-4-8","source":"litellm","asOf":"2026-07-24","serverless":{"input":5.5,"output":27.5,"cachedInput":0.55,"cacheWrite":6.875},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"jp.anthropic.claude-opus-4-7","source":"litellm","asOf":"2026-07-24","serverless":{"input":5.5,"output":27.5,"cachedInput":0.55,"cacheWrite":6.875},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"anthropic.claude-sonnet-5","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":10,"cachedInput":0.2,"cacheWrite":2.5},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"global.anthropic.claude-sonnet-5","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":10,"cachedInput":0.2,"cacheWrite":2.5},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"us.anthropic.claude-sonnet-5","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.2,"output":11,"cachedInput":0.22,"cacheWrite":2.75},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"eu.anthropic.claude-sonnet-5","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.2,"output":11,"cachedInput":0.22,"cacheWrite":2.75},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"au.anthropic.claude-sonnet-5","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.2,"output":11,"cachedInput":0.22,"cacheWrite":2.75},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"jp.anthropic.claude-sonnet-5","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.2,"output":11,"cachedInput":0.22,"cacheWrite":2.75},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":128000},{"provider":"bedrock","id":"anthropic.claude-sonnet-4-6","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":64000},{"provider":"bedrock","id":"global.anthropic.claude-sonnet-4-6","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":64000},{"provider":"bedrock","id":"us.anthropic.claude-sonnet-4-6","source":"litellm","asOf":"2026-07-24","serverless":{"input":3.3,"output":16.5,"cachedInput":0.33,"cacheWrite":4.125},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":64000},{"provider":"bedrock","id":"eu.anthropic.claude-sonnet-4-6","source":"litellm","asOf":"2026-07-24","serverless":{"input":3.3,"output":16.5,"cachedInput":0.33,"cacheWrite":4.125},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":64000},{"provider":"bedrock","id":"au.anthropic.claude-sonnet-4-6","source":"litellm","asOf":"2026-07-24","serverless":{"input":3.3,"output":16.5,"cachedInput":0.33,"cacheWrite":4.125},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":64000},{"provider":"bedrock","id":"jp.anthropic.claude-sonnet-4-6","source":"litellm","asOf":"2026-07-24","serverless":{"input":3.3,"output":16.5,"cachedInput":0.33,"cacheWrite":4.125},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":64000},{"provider":"bedrock","id":"anthropic.claude-sonnet-4-20250514-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":64000,"longContext":[{"aboveInputTokens":200000,"input":6,"output":22.5,"cachedInput":0.6}]},{"provider":"bedrock","id":"anthropic.claude-sonnet-4-5-20250929-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":64000,"longContext":[{"aboveInputTokens":200000,"input":6,"output":22.5,"cachedInput":0.6}]},{"provider":"bedrock","id":"anthropic.claude-v1","source":"litellm","asOf":"2026-07-24","serverless":{"input":8,"output":24},"contextWindow":100000,"maxInputTokens":100000,"maxOutputTokens":8191},{"provider":"bedrock","id":"anthropic.claude-v2:1","source":"litellm","asOf":"2026-07-24","serverless":{"input":8,"output":24},"contextWindow":100000,"maxInputTokens":100000,"maxOutputTokens":8191},{"provider":"bedrock","id":"apac.amazon.nova-lite-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.063,"output":0.252},"contextWindow":300000,"maxInputTokens":300000,"maxOutputTokens":10000},{"provider":"bedrock","id":"apac.amazon.nova-micro-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.037,"output":0.148},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":10000},{"provider":"bedrock","id":"apac.amazon.nova-pro-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.84,"output":3.36},"contextWindow":300000,"maxInputTokens":300000,"maxOutputTokens":10000},{"provider":"bedrock","id":"apac.anthropic.claude-3-5-sonnet-20240620-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":4096},{"provider":"bedrock","id":"apac.anthropic.claude-3-5-sonnet-20241022-v2:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":8192},{"provider":"bedrock","id":"apac.anthropic.claude-3-haiku-20240307-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.25,"output":1.25,"cachedInput":0.025,"cacheWrite":0.3125},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":4096},{"provider":"bedrock","id":"apac.anthropic.claude-haiku-4-5-20251001-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.1,"output":5.5,"cachedInput":0.11,"cacheWrite":1.375},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":64000},{"provider":"bedrock","id":"apac.anthropic.claude-3-sonnet-20240229-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":4096},{"provider":"bedrock","id":"apac.anthropic.claude-sonnet-4-20250514-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":64000,"longContext":[{"aboveInputTokens":200000,"input":6,"output":22.5,"cachedInput":0.6}]},{"provider":"bedrock","id":"au.anthropic.claude-sonnet-4-5-20250929-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3.3,"output":16.5,"cachedInput":0.33,"cacheWrite":4.125},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":64000,"longContext":[{"aboveInputTokens":200000,"input":6.6,"output":24.75,"cachedInput":0.66}]},{"provider":"bedrock","id":"ap-northeast-1/anthropic.claude-instant-v1","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.23,"output":7.55},"contextWindow":100000,"maxInputTokens":100000,"maxOutputTokens":8191},{"provider":"bedrock","id":"ap-northeast-1/anthropic.claude-v1","source":"litellm","asOf":"2026-07-24","serverless":{"input":8,"output":24},"contextWindow":100000,"maxInputTokens":100000,"maxOutputTokens":8191},{"provider":"bedrock","id":"ap-northeast-1/anthropic.claude-v2:1","source":"litellm","asOf":"2026-07-24","serverless":{"input":8,"output":24},"contextWindow":100000,"maxInputTokens":100000,"maxOutputTokens":8191},{"provider":"bedrock","id":"ap-northeast-1/deepseek.v3.2","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.74,"output":2.22},"contextWindow":163840,"maxInputTokens":163840,"maxOutputTokens":163840},{"provider":"bedrock","id":"ap-northeast-1/minimax.minimax-m2.1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.36,"output":1.44},"contextWindow":196000,"maxInputTokens":196000,"maxOutputTokens":8192},{"provider":"bedrock","id":"ap-northeast-1/minimax.minimax-m2.5","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.36,"output":1.44},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":8192},{"provider":"bedrock","id":"ap-northeast-1/moonshotai.kimi-k2-thinking","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.73,"output":3.03},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"bedrock","id":"ap-northeast-1/moonshotai.kimi-k2.5","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.72,"output":3.6},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"bedrock","id":"ap-northeast-1/qwen.qwen3-coder-next","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.6,"output":1.44},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":8192},{"provider":"bedrock","id":"moonshotai.kimi-k2-thinking","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.73,"output":3.03},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"bedrock","id":"moonshotai.kimi-k2.5","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.6,"output":3.03},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"bedrock","id":"ap-south-1/meta.llama3-70b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3.18,"output":4.2},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"bedrock","id":"ap-south-1/meta.llama3-8b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.36,"output":0.72},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"bedrock","id":"ap-south-1/deepseek.v3.2","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.74,"output":2.22},"contextWindow":163840,"maxInputTokens":163840,"maxOutputTokens":163840},{"provider":"bedrock","id":"ap-south-1/minimax.minimax-m2.1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.36,"output":1.44},"contextWindow":196000,"maxInputTokens":196000,"maxOutputTokens":8192},{"provider":"bedrock","id":"ap-south-1/minimax.minimax-m2.5","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.36,"output":1.44},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":8192},{"provider":"bedrock","id":"ap-south-1/moonshotai.kimi-k2-thinking","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.71,"output":2.94},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"bedrock","id":"ap-south-1/moonshotai.kimi-k2.5","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.72,"output":3.6},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"bedrock","id":"ap-south-1/qwen.qwen3-coder-next","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.6,"output":1.44},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":8192},{"provider":"bedrock","id":"ap-southeast-2/minimax.minimax-m2.5","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.309,"output":1.236},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":8192},{"provider":"bedrock","id":"ap-southeast-3/deepseek.v3.2","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.74,"output":2.22},"contextWindow":163840,"maxInputTokens":163840,"maxOutputTokens":163840},{"provider":"bedrock","id":"ap-southeast-3/minimax.minimax-m2.1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.36,"output":1.44},"contextWindow":196000,"maxInputTokens":196000,"maxOutputTokens":8192},{"provider":"bedrock","id":"ap-southeast-3/minimax.minimax-m2.5","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.36,"output":1.44},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":8192},{"provider":"bedrock","id":"ap-southeast-3/moonshotai.kimi-k2.5","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.72,"output":3.6},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"bedrock","id":"ap-southeast-3/qwen.qwen3-coder-next","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.6,"output":1.44},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":8192},{"provider":"bedrock","id":"ca-central-1/meta.llama3-70b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3.05,"output":4.03},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"bedrock","id":"ca-central-1/meta.llama3-8b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.35,"output":0.69},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"bedrock","id":"eu-north-1/deepseek.v3.2","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.74,"output":2.22},"contextWindow":163840,"maxInputTokens":163840,"maxOutputTokens":163840},{"provider":"bedrock","id":"eu-north-1/minimax.minimax-m2.1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.36,"output":1.44},"contextWindow":196000,"maxInputTokens":196000,"maxOutputTokens":8192},{"provider":"bedrock","id":"eu-north-1/minimax.minimax-m2.5","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.36,"output":1.44},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":8192},{"provider":"bedrock","id":"eu-north-1/moonshotai.kimi-k2.5","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.72,"output":3.6},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"bedrock","id":"eu-central-1/anthropic.claude-instant-v1","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.48,"output":8.38},"contextWindow":100000,"maxInputTokens":100000,"maxOutputTokens":8191},{"provider":"bedrock","id":"eu-central-1/anthropic.claude-v1","source":"litellm","asOf":"2026-07-24","serverless":{"input":8,"output":24},"contextWindow":100000,"maxInputTokens":100000,"maxOutputTokens":8191},{"provider":"bedrock","id":"eu-central-1/anthropic.claude-v2:1","source":"litellm","asOf":"2026-07-24","serverless":{"input":8,"output":24},"contextWindow":100000,"maxInputTokens":100000,"maxOutputTokens":8191},{"provider":"bedrock","id":"eu-central-1/minimax.minimax-m2.1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.36,"output":1.44},"contextWindow":196000,"maxInputTokens":196000,"maxOutputTokens":8192},{"provider":"bedrock","id":"eu-central-1/minimax.minimax-m2.5","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.36,"output":1.44},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":8192},{"provider":"bedrock","id":"eu-central-1/qwen.qwen3-coder-next","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.6,"output":1.44},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":8192},{"provider":"bedrock","id":"eu-west-1/meta.llama3-70b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.86,"output":3.78},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"bedrock","id":"eu-west-1/meta.llama3-8b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.32,"output":0.65},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"bedrock","id":"eu-west-1/minimax.minimax-m2.1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.36,"output":1.44},"contextWindow":196000,"maxInputTokens":196000,"maxOutputTokens":8192},{"provider":"bedrock","id":"eu-west-1/minimax.minimax-m2.5","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.36,"output":1.44},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":8192},{"provider":"bedrock","id":"eu-west-1/qwen.qwen3-coder-next","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.6,"output":1.44},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":8192},{"provider":"bedrock","id":"eu-west-2/meta.llama3-70b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3.45,"output":4.55},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"bedrock","id":"eu-west-2/meta.llama3-8b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.39,"output":0.78},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"bedrock","id":"eu-west-2/minimax.minimax-m2.1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.47,"output":1.86},"contextWindow":196000,"maxInputTokens":196000,"maxOutputTokens":8192},{"provider":"bedrock","id":"eu-west-2/minimax.minimax-m2.5","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.47,"output":1.86},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":8192},{"provider":"bedrock","id":"eu-west-2/qwen.qwen3-coder-next","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.78,"output":1.86},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":8192},{"provider":"bedrock","id":"eu-west-3/mistral.mistral-7b-instruct-v0:2","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.26},"contextWindow":32000,"maxInputTokens":32000,"maxOutputTokens":8191},{"provider":"bedrock","id":"eu-west-3/mistral.mistral-large-2402-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":10.4,"output":31.2},"contextWindow":32000,"maxInputTokens":32000,"maxOutputTokens":8191},{"provider":"bedrock","id":"eu-west-3/mistral.mixtral-8x7b-instruct-v0:1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.59,"output":0.91},"contextWindow":32000,"maxInputTokens":32000,"maxOutputTokens":8191},{"provider":"bedrock","id":"eu-south-1/minimax.minimax-m2.1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.36,"output":1.44},"contextWindow":196000,"maxInputTokens":196000,"maxOutputTokens":8192},{"provider":"bedrock","id":"eu-south-1/minimax.minimax-m2.5","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.36,"output":1.44},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":8192},{"provider":"bedrock","id":"eu-south-1/qwen.qwen3-coder-next","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.6,"output":1.44},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":8192},{"provider":"bedrock","id":"invoke/anthropic.claude-3-5-sonnet-20240620-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":4096},{"provider":"bedrock","id":"sa-east-1/meta.llama3-70b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":4.45,"output":5.88},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"bedrock","id":"sa-east-1/meta.llama3-8b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.5,"output":1.01},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"bedrock","id":"sa-east-1/deepseek.v3.2","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.74,"output":2.22},"contextWindow":163840,"maxInputTokens":163840,"maxOutputTokens":163840},{"provider":"bedrock","id":"sa-east-1/minimax.minimax-m2.1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.36,"output":1.44},"contextWindow":196000,"maxInputTokens":196000,"maxOutputTokens":8192},{"provider":"bedrock","id":"sa-east-1/minimax.minimax-m2.5","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.36,"output":1.44},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":8192},{"provider":"bedrock","id":"sa-east-1/moonshotai.kimi-k2-thinking","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.73,"output":3.03},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"bedrock","id":"sa-east-1/moonshotai.kimi-k2.5","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.72,"output":3.6},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"bedrock","id":"sa-east-1/qwen.qwen3-coder-next","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.6,"output":1.44},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":8192},{"provider":"bedrock","id":"us-east-1/anthropic.claude-instant-v1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.8,"output":2.4},"contextWindow":100000,"maxInputTokens":100000,"maxOutputTokens":8191},{"provider":"bedrock","id":"us-east-1/anthropic.claude-v1","source":"litellm","asOf":"2026-07-24","serverless":{"input":8,"output":24},"contextWindow":100000,"maxInputTokens":100000,"maxOutputTokens":8191},{"provider":"bedrock","id":"us-east-1/anthropic.claude-v2:1","source":"litellm","asOf":"2026-07-24","serverless":{"input":8,"output":24},"contextWindow":100000,"maxInputTokens":100000,"maxOutputTokens":8191},{"provider":"bedrock","id":"us-east-1/meta.llama3-70b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.65,"output":3.5},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"bedrock","id":"us-east-1/meta.llama3-8b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":0.6},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"bedrock","id":"us-east-1/mistral.mistral-7b-instruct-v0:2","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.15,"output":0.2},"contextWindow":32000,"maxInputTokens":32000,"maxOutputTokens":8191},{"provider":"bedrock","id":"us-east-1/mistral.mistral-large-2402-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":8,"output":24},"contextWindow":32000,"maxInputTokens":32000,"maxOutputTokens":8191},{"provider":"bedrock","id":"us-east-1/mistral.mixtral-8x7b-instruct-v0:1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.45,"output":0.7},"contextWindow":32000,"maxInputTokens":32000,"maxOutputTokens":8191},{"provider":"bedrock","id":"us-east-1/deepseek.v3.2","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.62,"output":1.85},"contextWindow":163840,"maxInputTokens":163840,"maxOutputTokens":163840},{"provider":"bedrock","id":"us-east-1/minimax.minimax-m2.1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":1.2},"contextWindow":196000,"maxInputTokens":196000,"maxOutputTokens":8192},{"provider":"bedrock","id":"us-east-1/minimax.minimax-m2.5","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":1.2},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":8192},{"provider":"bedrock","id":"us-east-1/moonshotai.kimi-k2-thinking","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.6,"output":2.5},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"bedrock","id":"us-east-1/moonshotai.kimi-k2.5","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.6,"output":3},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"bedrock","id":"us-east-1/qwen.qwen3-coder-next","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.5,"output":1.2},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":8192},{"provider":"bedrock","id":"us-east-2/deepseek.v3.2","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.62,"output":1.85},"contextWindow":163840,"maxInputTokens":163840,"maxOutputTokens":163840},{"provider":"bedrock","id":"us-east-2/minimax.minimax-m2.1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":1.2},"contextWindow":196000,"maxInputTokens":196000,"maxOutputTokens":8192},{"provider":"bedrock","id":"us-east-2/minimax.minimax-m2.5","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":1.2},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":8192},{"provider":"bedrock","id":"us-east-2/moonshotai.kimi-k2-thinking","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.6,"output":2.5},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"bedrock","id":"us-east-2/moonshotai.kimi-k2.5","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.6,"output":3},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"bedrock","id":"us-east-2/qwen.qwen3-coder-next","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.5,"output":1.2},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":8192},{"provider":"bedrock","id":"us-gov-east-1/amazon.nova-pro-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.96,"output":3.84},"contextWindow":300000,"maxInputTokens":300000,"maxOutputTokens":10000},{"provider":"bedrock","id":"us-gov-east-1/amazon.titan-text-express-v1","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.3,"output":1.7},"contextWindow":42000,"maxInputTokens":42000,"maxOutputTokens":8000},{"provider":"bedrock","id":"us-gov-east-1/amazon.titan-text-lite-v1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":0.4},"contextWindow":42000,"maxInputTokens":42000,"maxOutputTokens":4000},{"provider":"bedrock","id":"us-gov-east-1/amazon.titan-text-premier-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.5,"output":1.5},"contextWindow":42000,"maxInputTokens":42000,"maxOutputTokens":32000},{"provider":"bedrock","id":"us-gov-east-1/anthropic.claude-3-5-sonnet-20240620-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3.6,"output":18,"cachedInput":0.36,"cacheWrite":4.5},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":8192},{"provider":"bedrock","id":"us-gov-east-1/anthropic.claude-3-haiku-20240307-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":1.5,"cachedInput":0.03,"cacheWrite":0.375},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":4096},{"provider":"bedrock","id":"us-gov-east-1/anthropic.claude-sonnet-4-5-20250929-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3.6,"output":18,"cachedInput":0.36,"cacheWrite":4.5},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":8192},{"provider":"bedrock","id":"us-gov-east-1/claude-sonnet-4-5-20250929-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3.6,"output":18,"cachedInput":0.36,"cacheWrite":4.5},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":8192},{"provider":"bedrock","id":"us-gov-east-1/meta.llama3-70b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.65,"output":3.5},"contextWindow":8000,"maxInputTokens":8000,"maxOutputTokens":2048},{"provider":"bedrock","id":"us-gov-east-1/meta.llama3-8b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":2.65},"contextWindow":8000,"maxInputTokens":8000,"maxOutputTokens":2048},{"provider":"bedrock","id":"us-gov-west-1/amazon.nova-pro-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.96,"output":3.84},"contextWindow":300000,"maxInputTokens":300000,"maxOutputTokens":10000},{"provider":"bedrock","id":"us-gov-west-1/amazon.titan-text-express-v1","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.3,"output":1.7},"contextWindow":42000,"maxInputTokens":42000,"maxOutputTokens":8000},{"provider":"bedrock","id":"us-gov-west-1/amazon.titan-text-lite-v1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":0.4},"contextWindow":42000,"maxInputTokens":42000,"maxOutputTokens":4000},{"provider":"bedrock","id":"us-gov-west-1/amazon.titan-text-premier-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.5,"output":1.5},"contextWindow":42000,"maxInputTokens":42000,"maxOutputTokens":32000},{"provider":"bedrock","id":"us-gov-west-1/anthropic.claude-3-7-sonnet-20250219-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3.6,"output":18,"cachedInput":0.36,"cacheWrite":4.5},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":8192},{"provider":"bedrock","id":"us-gov-west-1/anthropic.claude-3-5-sonnet-20240620-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3.6,"output":18,"cachedInput":0.36,"cacheWrite":4.5},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":8192},{"provider":"bedrock","id":"us-gov-west-1/anthropic.claude-3-haiku-20240307-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":1.5,"cachedInput":0.03,"cacheWrite":0.375},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":4096},{"provider":"bedrock","id":"us-gov-west-1/anthropic.claude-sonnet-4-5-20250929-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3.6,"output":18,"cachedInput":0.36,"cacheWrite":4.5},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":8192},{"provider":"bedrock","id":"us-gov-west-1/claude-sonnet-4-5-20250929-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3.6,"output":18,"cachedInput":0.36,"cacheWrite":4.5},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":8192},{"provider":"bedrock","id":"us-gov-west-1/meta.llama3-70b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.65,"output":3.5},"contextWindow":8000,"maxInputTokens":8000,"maxOutputTokens":2048},{"provider":"bedrock","id":"us-gov-west-1/meta.llama3-8b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":2.65},"contextWindow":8000,"maxInputTokens":8000,"maxOutputTokens":2048},{"provider":"bedrock","id":"us-west-1/meta.llama3-70b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.65,"output":3.5},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"bedrock","id":"us-west-1/meta.llama3-8b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":0.6},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"bedrock","id":"us-west-2/anthropic.claude-instant-v1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.8,"output":2.4},"contextWindow":100000,"maxInputTokens":100000,"maxOutputTokens":8191},{"provider":"bedrock","id":"us-west-2/anthropic.claude-v1","source":"litellm","asOf":"2026-07-24","serverless":{"input":8,"output":24},"contextWindow":100000,"maxInputTokens":100000,"maxOutputTokens":8191},{"provider":"bedrock","id":"us-west-2/anthropic.claude-v2:1","source":"litellm","asOf":"2026-07-24","serverless":{"input":8,"output":24},"contextWindow":100000,"maxInputTokens":100000,"maxOutputTokens":8191},{"provider":"bedrock","id":"us-west-2/mistral.mistral-7b-instruct-v0:2","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.15,"output":0.2},"contextWindow":32000,"maxInputTokens":32000,"maxOutputTokens":8191},{"provider":"bedrock","id":"us-west-2/mistral.mistral-large-2402-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":8,"output":24},"contextWindow":32000,"maxInputTokens":32000,"maxOutputTokens":8191},{"provider":"bedrock","id":"us-west-2/mistral.mixtral-8x7b-instruct-v0:1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.45,"output":0.7},"contextWindow":32000,"maxInputTokens":32000,"maxOutputTokens":8191},{"provider":"bedrock","id":"us-west-2/deepseek.v3.2","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.62,"output":1.85},"contextWindow":163840,"maxInputTokens":163840,"maxOutputTokens":163840},{"provider":"bedrock","id":"us-west-2/minimax.minimax-m2.1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":1.2},"contextWindow":196000,"maxInputTokens":196000,"maxOutputTokens":8192},{"provider":"bedrock","id":"us-west-2/minimax.minimax-m2.5","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":1.2},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":8192},{"provider":"bedrock","id":"us-west-2/moonshotai.kimi-k2-thinking","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.6,"output":2.5},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"bedrock","id":"us-west-2/moonshotai.kimi-k2.5","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.6,"output":3},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":262144},{"provider":"bedrock","id":"us-west-2/qwen.qwen3-coder-next","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.5,"output":1.2},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":8192},{"provider":"bedrock","id":"us.anthropic.claude-3-5-haiku-20241022-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.8,"output":4,"cachedInput":0.08,"cacheWrite":1},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":8192},{"provider":"bedrock","id":"claude-sonnet-4-5-20250929-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":64000,"longContext":[{"aboveInputTokens":200000,"input":6,"output":22.5,"cachedInput":0.6}]},{"provider":"bedrock","id":"cohere.command-light-text-v14","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":0.6},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"bedrock","id":"cohere.command-r-plus-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096},{"provider":"bedrock","id":"cohere.command-r-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.5,"output":1.5},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096},{"provider":"bedrock","id":"cohere.command-text-v14","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.5,"output":2},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"bedrock","id":"deepseek.v3-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.58,"output":1.68},"contextWindow":163840,"maxInputTokens":163840,"maxOutputTokens":81920},{"provider":"bedrock","id":"deepseek.v3.2","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.62,"output":1.85},"contextWindow":163840,"maxInputTokens":163840,"maxOutputTokens":163840},{"provider":"bedrock","id":"eu.amazon.nova-lite-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.078,"output":0.312},"contextWindow":300000,"maxInputTokens":300000,"maxOutputTokens":10000},{"provider":"bedrock","id":"eu.amazon.nova-micro-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.046,"output":0.184},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":10000},{"provider":"bedrock","id":"eu.amazon.nova-pro-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.05,"output":4.2},"contextWindow":300000,"maxInputTokens":300000,"maxOutputTokens":10000},{"provider":"bedrock","id":"eu.anthropic.claude-3-5-haiku-20241022-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.25,"output":1.25,"cachedInput":0.025,"cacheWrite":0.3125},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":8192},{"provider":"bedrock","id":"eu.anthropic.claude-haiku-4-5-20251001-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.1,"output":5.5,"cachedInput":0.11,"cacheWrite":1.375},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":64000,"retires":"2026-10-15"},{"provider":"bedrock","id":"eu.anthropic.claude-3-5-sonnet-20240620-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":4096},{"provider":"bedrock","id":"eu.anthropic.claude-3-5-sonnet-20241022-v2:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":8192},{"provider":"bedrock","id":"eu.anthropic.claude-3-7-sonnet-20250219-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":8192},{"provider":"bedrock","id":"eu.anthropic.claude-3-haiku-20240307-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.25,"output":1.25,"cachedInput":0.025,"cacheWrite":0.3125},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":4096},{"provider":"bedrock","id":"eu.anthropic.claude-3-opus-20240229-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":15,"output":75,"cachedInput":1.5,"cacheWrite":18.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":4096},{"provider":"bedrock","id":"eu.anthropic.claude-3-sonnet-20240229-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":4096},{"provider":"bedrock","id":"eu.anthropic.claude-opus-4-1-20250805-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":15,"output":75,"cachedInput":1.5,"cacheWrite":18.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":32000},{"provider":"bedrock","id":"eu.anthropic.claude-opus-4-20250514-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":15,"output":75,"cachedInput":1.5,"cacheWrite":18.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":32000},{"provider":"bedrock","id":"eu.anthropic.claude-sonnet-4-20250514-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":64000,"longContext":[{"aboveInputTokens":200000,"input":6,"output":22.5,"cachedInput":0.6}]},{"provider":"bedrock","id":"eu.anthropic.claude-sonnet-4-5-20250929-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3.3,"output":16.5,"cachedInput":0.33,"cacheWrite":4.125},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":64000,"longContext":[{"aboveInputTokens":200000,"input":6.6,"output":24.75,"cachedInput":0.66}]},{"provider":"bedrock","id":"eu.meta.llama3-2-1b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.13,"output":0.13},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096},{"provider":"bedrock","id":"eu.meta.llama3-2-3b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.19,"output":0.19},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096},{"provider":"bedrock","id":"eu.mistral.pixtral-large-2502-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":6},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096},{"provider":"bedrock","id":"google.gemma-3-12b-it","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.09,"output":0.29},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8192},{"provider":"bedrock","id":"google.gemma-3-27b-it","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.23,"output":0.38},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8192},{"provider":"bedrock","id":"google.gemma-3-4b-it","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.04,"output":0.08},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8192},{"provider":"bedrock","id":"global.anthropic.claude-sonnet-4-5-20250929-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":64000,"longContext":[{"aboveInputTokens":200000,"input":6,"output":22.5,"cachedInput":0.6}]},{"provider":"bedrock","id":"global.anthropic.claude-sonnet-4-20250514-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":64000,"longContext":[{"aboveInputTokens":200000,"input":6,"output":22.5,"cachedInput":0.6}]},{"provider":"bedrock","id":"global.anthropic.claude-haiku-4-5-20251001-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":1,"output":5,"cachedInput":0.1,"cacheWrite":1.25},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":64000},{"provider":"bedrock","id":"global.amazon.nova-2-lite-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":2.5,"cachedInput":0.075},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":64000},{"provider":"bedrock","id":"jp.anthropic.claude-sonnet-4-5-20250929-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3.3,"output":16.5,"cachedInput":0.33,"cacheWrite":4.125},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":64000,"longContext":[{"aboveInputTokens":200000,"input":6.6,"output":24.75,"cachedInput":0.66}]},{"provider":"bedrock","id":"jp.anthropic.claude-haiku-4-5-20251001-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.1,"output":5.5,"cachedInput":0.11,"cacheWrite":1.375},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":64000},{"provider":"bedrock","id":"meta.llama2-13b-chat-v1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.75,"output":1},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"bedrock","id":"meta.llama2-70b-chat-v1","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.95,"output":2.56},"contextWindow":4096,"maxInputTokens":4096,"maxOutputTokens":4096},{"provider":"bedrock","id":"meta.llama3-1-405b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":5.32,"output":16},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096},{"provider":"bedrock","id":"meta.llama3-1-70b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.99,"output":0.99},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":2048},{"provider":"bedrock","id":"meta.llama3-1-8b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.22,"output":0.22},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":2048},{"provider":"bedrock","id":"meta.llama3-2-11b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.35,"output":0.35},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096},{"provider":"bedrock","id":"meta.llama3-2-1b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096},{"provider":"bedrock","id":"meta.llama3-2-3b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.15,"output":0.15},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096},{"provider":"bedrock","id":"meta.llama3-2-90b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":2},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096},{"provider":"bedrock","id":"meta.llama3-3-70b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.72,"output":0.72},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096},{"provider":"bedrock","id":"meta.llama3-70b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.65,"output":3.5},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"bedrock","id":"meta.llama3-8b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":0.6},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":8192},{"provider":"bedrock","id":"meta.llama4-maverick-17b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.24,"output":0.97},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096,"batch":{"available":true,"discounted":true,"input":0.12,"output":0.485}},{"provider":"bedrock","id":"meta.llama4-scout-17b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.17,"output":0.66},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096,"batch":{"available":true,"discounted":true,"input":0.085,"output":0.33}},{"provider":"bedrock","id":"minimax.minimax-m2","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":1.2},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8192},{"provider":"bedrock","id":"minimax.minimax-m2.1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":1.2},"contextWindow":196000,"maxInputTokens":196000,"maxOutputTokens":8192},{"provider":"bedrock","id":"minimax.minimax-m2.5","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.3,"output":1.2},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":8192},{"provider":"bedrock","id":"mistral.devstral-2-123b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.4,"output":2},"contextWindow":256000,"maxInputTokens":256000,"maxOutputTokens":8192},{"provider":"bedrock","id":"mistral.magistral-small-2509","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.5,"output":1.5},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8192},{"provider":"bedrock","id":"mistral.ministral-3-14b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.2},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8192},{"provider":"bedrock","id":"mistral.ministral-3-3b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8192},{"provider":"bedrock","id":"mistral.ministral-3-8b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.15,"output":0.15},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8192},{"provider":"bedrock","id":"mistral.mistral-7b-instruct-v0:2","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.15,"output":0.2},"contextWindow":32000,"maxInputTokens":32000,"maxOutputTokens":8191},{"provider":"bedrock","id":"mistral.mistral-large-2402-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":8,"output":24},"contextWindow":32000,"maxInputTokens":32000,"maxOutputTokens":8191},{"provider":"bedrock","id":"mistral.mistral-large-2407-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":9},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8191},{"provider":"bedrock","id":"mistral.mistral-large-3-675b-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.5,"output":1.5},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8192},{"provider":"bedrock","id":"mistral.mistral-small-2402-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":1,"output":3},"contextWindow":32000,"maxInputTokens":32000,"maxOutputTokens":8191},{"provider":"bedrock","id":"mistral.mixtral-8x7b-instruct-v0:1","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.45,"output":0.7},"contextWindow":32000,"maxInputTokens":32000,"maxOutputTokens":8191},{"provider":"bedrock","id":"mistral.voxtral-mini-3b-2507","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.04,"output":0.04},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8192},{"provider":"bedrock","id":"mistral.voxtral-small-24b-2507","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.3},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8192},{"provider":"bedrock","id":"moonshot.kimi-k2-thinking","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.6,"output":2.5},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8192},{"provider":"bedrock","id":"nvidia.nemotron-nano-12b-v2","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":0.6},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8192},{"provider":"bedrock","id":"nvidia.nemotron-nano-9b-v2","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.06,"output":0.23},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8192},{"provider":"bedrock","id":"nvidia.nemotron-nano-3-30b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.06,"output":0.24},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":8192},{"provider":"bedrock","id":"nvidia.nemotron-super-3-120b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.15,"output":0.65},"contextWindow":256000,"maxInputTokens":256000,"maxOutputTokens":32768},{"provider":"bedrock","id":"openai.gpt-oss-120b-1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.15,"output":0.6},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":128000},{"provider":"bedrock","id":"openai.gpt-oss-20b-1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.07,"output":0.3},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":128000},{"provider":"bedrock","id":"openai.gpt-oss-safeguard-120b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.15,"output":0.6},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8192},{"provider":"bedrock","id":"openai.gpt-oss-safeguard-20b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.07,"output":0.2},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8192},{"provider":"bedrock","id":"qwen.qwen3-coder-480b-a35b-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.22,"output":1.8},"contextWindow":262000,"maxInputTokens":262000,"maxOutputTokens":65536},{"provider":"bedrock","id":"qwen.qwen3-235b-a22b-2507-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.22,"output":0.88},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":131072},{"provider":"bedrock","id":"qwen.qwen3-coder-30b-a3b-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.15,"output":0.6},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":131072},{"provider":"bedrock","id":"qwen.qwen3-32b-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.15,"output":0.6},"contextWindow":131072,"maxInputTokens":131072,"maxOutputTokens":16384},{"provider":"bedrock","id":"qwen.qwen3-next-80b-a3b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.15,"output":1.2},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8192},{"provider":"bedrock","id":"qwen.qwen3-vl-235b-a22b","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.53,"output":2.66},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":8192},{"provider":"bedrock","id":"qwen.qwen3-coder-next","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.5,"output":1.2},"contextWindow":262144,"maxInputTokens":262144,"maxOutputTokens":8192},{"provider":"bedrock","id":"us.amazon.nova-lite-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.06,"output":0.24},"contextWindow":300000,"maxInputTokens":300000,"maxOutputTokens":10000},{"provider":"bedrock","id":"us.amazon.nova-micro-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.035,"output":0.14},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":10000},{"provider":"bedrock","id":"us.amazon.nova-premier-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.5,"output":12.5},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":10000},{"provider":"bedrock","id":"us.amazon.nova-pro-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.8,"output":3.2},"contextWindow":300000,"maxInputTokens":300000,"maxOutputTokens":10000},{"provider":"bedrock","id":"us.anthropic.claude-haiku-4-5-20251001-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.1,"output":5.5,"cachedInput":0.11,"cacheWrite":1.375},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":64000},{"provider":"bedrock","id":"us.anthropic.claude-3-5-sonnet-20240620-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":4096},{"provider":"bedrock","id":"us.anthropic.claude-3-5-sonnet-20241022-v2:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":8192},{"provider":"bedrock","id":"us.anthropic.claude-3-7-sonnet-20250219-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":8192},{"provider":"bedrock","id":"us.anthropic.claude-3-haiku-20240307-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.25,"output":1.25,"cachedInput":0.025,"cacheWrite":0.3125},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":4096},{"provider":"bedrock","id":"us.anthropic.claude-3-opus-20240229-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":15,"output":75,"cachedInput":1.5,"cacheWrite":18.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":4096},{"provider":"bedrock","id":"us.anthropic.claude-3-sonnet-20240229-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":4096},{"provider":"bedrock","id":"us.anthropic.claude-opus-4-1-20250805-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":15,"output":75,"cachedInput":1.5,"cacheWrite":18.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":32000},{"provider":"bedrock","id":"us.anthropic.claude-sonnet-4-5-20250929-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3.3,"output":16.5,"cachedInput":0.33,"cacheWrite":4.125},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":64000,"longContext":[{"aboveInputTokens":200000,"input":6.6,"output":24.75,"cachedInput":0.66}]},{"provider":"bedrock","id":"us-gov.anthropic.claude-sonnet-4-5-20250929-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3.6,"output":18,"cachedInput":0.36,"cacheWrite":4.5},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":64000,"longContext":[{"aboveInputTokens":200000,"input":7.2,"output":27,"cachedInput":0.72}]},{"provider":"bedrock","id":"au.anthropic.claude-haiku-4-5-20251001-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.1,"output":5.5,"cachedInput":0.11,"cacheWrite":1.375},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":64000},{"provider":"bedrock","id":"us.anthropic.claude-opus-4-20250514-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":15,"output":75,"cachedInput":1.5,"cacheWrite":18.75},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":32000},{"provider":"bedrock","id":"us.anthropic.claude-opus-4-5-20251101-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":5.5,"output":27.5,"cachedInput":0.55,"cacheWrite":6.875},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":64000},{"provider":"bedrock","id":"global.anthropic.claude-opus-4-5-20251101-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":64000},{"provider":"bedrock","id":"eu.anthropic.claude-opus-4-5-20251101-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":64000},{"provider":"bedrock","id":"us.anthropic.claude-sonnet-4-20250514-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"contextWindow":1000000,"maxInputTokens":1000000,"maxOutputTokens":64000,"longContext":[{"aboveInputTokens":200000,"input":6,"output":22.5,"cachedInput":0.6}]},{"provider":"bedrock","id":"us.deepseek.r1-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.35,"output":5.4},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096},{"provider":"bedrock","id":"us.deepseek.v3.2","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.62,"output":1.85},"contextWindow":163840,"maxInputTokens":163840,"maxOutputTokens":163840},{"provider":"bedrock","id":"eu.deepseek.v3.2","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.74,"output":2.22},"contextWindow":163840,"maxInputTokens":163840,"maxOutputTokens":163840},{"provider":"bedrock","id":"us.meta.llama3-1-405b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":5.32,"output":16},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096},{"provider":"bedrock","id":"us.meta.llama3-1-70b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.99,"output":0.99},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":2048},{"provider":"bedrock","id":"us.meta.llama3-1-8b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.22,"output":0.22},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":2048},{"provider":"bedrock","id":"us.meta.llama3-2-11b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.35,"output":0.35},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096},{"provider":"bedrock","id":"us.meta.llama3-2-1b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.1},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096},{"provider":"bedrock","id":"us.meta.llama3-2-3b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.15,"output":0.15},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096},{"provider":"bedrock","id":"us.meta.llama3-2-90b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":2},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096},{"provider":"bedrock","id":"us.meta.llama3-3-70b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.72,"output":0.72},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096},{"provider":"bedrock","id":"us.meta.llama4-maverick-17b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.24,"output":0.97},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096,"batch":{"available":true,"discounted":true,"input":0.12,"output":0.485}},{"provider":"bedrock","id":"us.meta.llama4-scout-17b-instruct-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.17,"output":0.66},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096,"batch":{"available":true,"discounted":true,"input":0.085,"output":0.33}},{"provider":"bedrock","id":"us.mistral.pixtral-large-2502-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":6},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096},{"provider":"bedrock","id":"zai.glm-4.7","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.6,"output":2.2},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":128000},{"provider":"bedrock","id":"zai.glm-5","source":"litellm","asOf":"2026-07-24","serverless":{"input":1,"output":3.2},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":128000},{"provider":"bedrock","id":"zai.glm-4.7-flash","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.07,"output":0.4},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":128000},{"provider":"bedrock","id":"us-east-1/zai.glm-5","source":"litellm","asOf":"2026-07-24","serverless":{"input":1,"output":3.2},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":128000},{"provider":"bedrock","id":"us-west-2/zai.glm-5","source":"litellm","asOf":"2026-07-24","serverless":{"input":1,"output":3.2},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":128000},{"provider":"bedrock","id":"us-gov-east-1/anthropic.claude-haiku-4-5-20251001-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.2,"output":6,"cachedInput":0.12,"cacheWrite":1.5},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":64000},{"provider":"bedrock","id":"us-gov-west-1/anthropic.claude-haiku-4-5-20251001-v1:0","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.2,"output":6,"cachedInput":0.12,"cacheWrite":1.5},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":64000},{"provider":"bedrock","id":"amazon.nova-2-sonic-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.33,"output":2.75},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"amazon.nova-premier-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":2.5,"output":12.5,"cachedInput":0.625},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"amazon.nova-sonic-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.06,"output":0.24},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"deepseek.r1-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":1.35,"output":5.4},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"global.anthropic.claude-fable-5-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":10,"output":50,"cachedInput":1,"cacheWrite":12.5},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"global.anthropic.claude-opus-4-5-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"global.anthropic.claude-opus-4-6-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"global.anthropic.claude-opus-4-7-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"global.anthropic.claude-opus-4-8-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":5,"output":25,"cachedInput":0.5,"cacheWrite":6.25},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"global.anthropic.claude-sonnet-4-6-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"global.anthropic.claude-sonnet-5-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked; price in force since 2026-09-01"},{"provider":"bedrock","id":"mistral.pixtral-large-2502-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":2,"output":6},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"nvidia.nemotron-nano-3-30b:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.06,"output":0.24},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"nvidia.nemotron-nano-9b-v2:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.06,"output":0.23},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"nvidia.nemotron-super-3-120b:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.15,"output":0.65},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"openai.gpt-5.4","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":2.75,"output":16.5,"cachedInput":0.275},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"openai.gpt-5.5","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":5.5,"output":33,"cachedInput":0.55},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"openai.gpt-5.6-luna","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.22,"output":1.32,"cachedInput":0.022,"cacheWrite":0.275},"contextWindow":1000000,"longContext":[{"aboveInputTokens":272000,"input":0.44,"output":1.98,"cachedInput":0.044,"cacheWrite":0.55}],"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked; price in force since 2026-07-30"},{"provider":"bedrock","id":"openai.gpt-5.6-sol","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":5.5,"output":33,"cachedInput":0.55,"cacheWrite":6.875},"contextWindow":1000000,"longContext":[{"aboveInputTokens":272000,"input":11,"output":49.5,"cachedInput":1.1,"cacheWrite":13.75}],"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"openai.gpt-5.6-terra","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":2.2,"output":13.2,"cachedInput":0.22,"cacheWrite":2.75},"contextWindow":1000000,"longContext":[{"aboveInputTokens":272000,"input":4.4,"output":19.8,"cachedInput":0.44,"cacheWrite":5.5}],"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked; price in force since 2026-07-30"},{"provider":"bedrock","id":"qwen.qwen3-vl-235b-a22b-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.53,"output":2.66},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"regional.amazon.nova-2-lite-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.33,"output":2.75,"cachedInput":0.0825},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"regional.anthropic.claude-3-5-haiku-20241022-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.8,"output":4,"cachedInput":0.08,"cacheWrite":1},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"regional.anthropic.claude-3-5-sonnet-20240620-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"regional.anthropic.claude-3-5-sonnet-20241022-v2:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"regional.anthropic.claude-3-7-sonnet-20250219-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"regional.anthropic.claude-3-haiku-20240307-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.25,"output":1.25},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"regional.anthropic.claude-3-opus-20240229-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":15,"output":75},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"regional.anthropic.claude-3-sonnet-20240229-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"regional.anthropic.claude-fable-5-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":11,"output":55,"cachedInput":1.1,"cacheWrite":13.75},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"regional.anthropic.claude-haiku-4-5-20251001-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":1.1,"output":5.5,"cachedInput":0.11,"cacheWrite":1.375},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"regional.anthropic.claude-opus-4-1-20250805-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":15,"output":75,"cachedInput":1.5,"cacheWrite":18.75},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"regional.anthropic.claude-opus-4-20250514-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":15,"output":75,"cachedInput":1.5,"cacheWrite":18.75},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"regional.anthropic.claude-opus-4-5-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":5.5,"output":27.5,"cachedInput":0.55,"cacheWrite":6.875},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"regional.anthropic.claude-opus-4-6-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":5.5,"output":27.5,"cachedInput":0.55,"cacheWrite":6.875},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"regional.anthropic.claude-opus-4-7-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":5.5,"output":27.5,"cachedInput":0.55,"cacheWrite":6.875},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"regional.anthropic.claude-opus-4-8-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":5.5,"output":27.5,"cachedInput":0.55,"cacheWrite":6.875},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"regional.anthropic.claude-opus-5","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":5.5,"output":27.5,"cachedInput":0.55,"cacheWrite":6.875},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"regional.anthropic.claude-sonnet-4-20250514-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":3,"output":15,"cachedInput":0.3,"cacheWrite":3.75},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"regional.anthropic.claude-sonnet-4-5-20250929-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":3.3,"output":16.5,"cachedInput":0.33,"cacheWrite":4.125},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"regional.anthropic.claude-sonnet-4-6-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":3.3,"output":16.5,"cachedInput":0.33,"cacheWrite":4.125},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"bedrock","id":"regional.anthropic.claude-sonnet-5-v1:0","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":3.3,"output":16.5,"cachedInput":0.33,"cacheWrite":4.125},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked; price in force since 2026-09-01"},{"provider":"azure","id":"codex-mini","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.5,"output":6,"cachedInput":0.375},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":100000},{"provider":"azure","id":"command-r-plus","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":15},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096},{"provider":"azure","id":"eu/gpt-4o-2024-08-06","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.75,"output":11,"cachedInput":1.375},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":16384,"retires":"2026-02-27","deprecated":true},{"provider":"azure","id":"eu/gpt-4o-2024-11-20","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.75,"output":11,"cacheWrite":1.38},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":16384,"retires":"2026-03-01","deprecated":true},{"provider":"azure","id":"eu/gpt-4o-mini-2024-07-18","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.165,"output":0.66,"cachedInput":0.083},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":16384},{"provider":"azure","id":"eu/gpt-5-2025-08-07","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.375,"output":11,"cachedInput":0.1375},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"eu/gpt-5-mini-2025-08-07","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.275,"output":2.2,"cachedInput":0.0275},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"eu/gpt-5.1","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.38,"output":11,"cachedInput":0.14},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"eu/gpt-5.1-chat","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.38,"output":11,"cachedInput":0.14},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":128000},{"provider":"azure","id":"eu/gpt-5.1-codex","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.38,"output":11,"cachedInput":0.14},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"eu/gpt-5.1-codex-mini","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.275,"output":2.2,"cachedInput":0.028},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"eu/gpt-5-nano-2025-08-07","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.055,"output":0.44,"cachedInput":0.0055},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"eu/o1-2024-12-17","source":"litellm","asOf":"2026-07-24","serverless":{"input":16.5,"output":66,"cachedInput":8.25},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":100000},{"provider":"azure","id":"eu/o1-mini-2024-09-12","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.21,"output":4.84,"cachedInput":0.605},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":65536,"batch":{"available":true,"discounted":true,"input":0.605,"output":2.42}},{"provider":"azure","id":"eu/o1-preview-2024-09-12","source":"litellm","asOf":"2026-07-24","serverless":{"input":16.5,"output":66,"cachedInput":8.25},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":32768},{"provider":"azure","id":"eu/o3-mini-2025-01-31","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.21,"output":4.84,"cachedInput":0.605},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":100000,"batch":{"available":true,"discounted":true,"input":0.605,"output":2.42}},{"provider":"azure","id":"global-standard/gpt-4o-2024-08-06","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.5,"output":10,"cachedInput":1.25},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":16384,"retires":"2026-02-27","deprecated":true},{"provider":"azure","id":"global-standard/gpt-4o-2024-11-20","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.5,"output":10,"cachedInput":1.25},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":16384,"retires":"2026-03-01","deprecated":true},{"provider":"azure","id":"global-standard/gpt-4o-mini","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.15,"output":0.6},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":16384},{"provider":"azure","id":"global/gpt-4o-2024-08-06","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.5,"output":10,"cachedInput":1.25},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":16384,"retires":"2026-02-27","deprecated":true},{"provider":"azure","id":"global/gpt-4o-2024-11-20","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.5,"output":10,"cachedInput":1.25},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":16384,"retires":"2026-03-01","deprecated":true},{"provider":"azure","id":"global/gpt-5.1","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.25,"output":10,"cachedInput":0.125},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"global/gpt-5.1-chat","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.25,"output":10,"cachedInput":0.125},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":128000},{"provider":"azure","id":"global/gpt-5.1-codex","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.25,"output":10,"cachedInput":0.125},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"global/gpt-5.1-codex-mini","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.25,"output":2,"cachedInput":0.025},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"gpt-3.5-turbo","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.5,"output":1.5},"contextWindow":4097,"maxInputTokens":4097,"maxOutputTokens":4096},{"provider":"azure","id":"gpt-3.5-turbo-0125","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.5,"output":1.5},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":4096,"retires":"2025-03-31","deprecated":true},{"provider":"azure","id":"gpt-3.5-turbo-instruct-0914","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.5,"output":2},"contextWindow":4097,"maxInputTokens":4097},{"provider":"azure","id":"gpt-35-turbo","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.5,"output":1.5},"contextWindow":4097,"maxInputTokens":4097,"maxOutputTokens":4096},{"provider":"azure","id":"gpt-35-turbo-0125","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.5,"output":1.5},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":4096,"retires":"2025-05-31","deprecated":true},{"provider":"azure","id":"gpt-35-turbo-1106","source":"litellm","asOf":"2026-07-24","serverless":{"input":1,"output":2},"contextWindow":16384,"maxInputTokens":16384,"maxOutputTokens":4096,"retires":"2025-03-31","deprecated":true},{"provider":"azure","id":"gpt-35-turbo-16k","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":4},"contextWindow":16385,"maxInputTokens":16385,"maxOutputTokens":4096},{"provider":"azure","id":"gpt-35-turbo-16k-0613","source":"litellm","asOf":"2026-07-24","serverless":{"input":3,"output":4},"contextWindow":16385,"maxInputTokens":16385,"maxOutputTokens":4096},{"provider":"azure","id":"gpt-35-turbo-instruct","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.5,"output":2},"contextWindow":4097,"maxInputTokens":4097},{"provider":"azure","id":"gpt-35-turbo-instruct-0914","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.5,"output":2},"contextWindow":4097,"maxInputTokens":4097},{"provider":"azure","id":"gpt-4","source":"litellm","asOf":"2026-07-24","serverless":{"input":30,"output":60},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":4096},{"provider":"azure","id":"gpt-4-0125-preview","source":"litellm","asOf":"2026-07-24","serverless":{"input":10,"output":30},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096},{"provider":"azure","id":"gpt-4-0613","source":"litellm","asOf":"2026-07-24","serverless":{"input":30,"output":60},"contextWindow":8192,"maxInputTokens":8192,"maxOutputTokens":4096},{"provider":"azure","id":"gpt-4-1106-preview","source":"litellm","asOf":"2026-07-24","serverless":{"input":10,"output":30},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096},{"provider":"azure","id":"gpt-4-32k","source":"litellm","asOf":"2026-07-24","serverless":{"input":60,"output":120},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":4096},{"provider":"azure","id":"gpt-4-32k-0613","source":"litellm","asOf":"2026-07-24","serverless":{"input":60,"output":120},"contextWindow":32768,"maxInputTokens":32768,"maxOutputTokens":4096},{"provider":"azure","id":"gpt-4-turbo","source":"litellm","asOf":"2026-07-24","serverless":{"input":10,"output":30},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096},{"provider":"azure","id":"gpt-4-turbo-2024-04-09","source":"litellm","asOf":"2026-07-24","serverless":{"input":10,"output":30},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096},{"provider":"azure","id":"gpt-4-turbo-vision-preview","source":"litellm","asOf":"2026-07-24","serverless":{"input":10,"output":30},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096},{"provider":"azure","id":"gpt-4.1","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":8,"cachedInput":0.5},"contextWindow":1047576,"maxInputTokens":1047576,"maxOutputTokens":32768,"batch":{"available":true,"discounted":true,"input":1,"output":4}},{"provider":"azure","id":"gpt-4.1-2025-04-14","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":8,"cachedInput":0.5},"contextWindow":1047576,"maxInputTokens":1047576,"maxOutputTokens":32768,"batch":{"available":true,"discounted":true,"input":1,"output":4},"retires":"2026-11-04"},{"provider":"azure","id":"gpt-4.1-mini","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.4,"output":1.6,"cachedInput":0.1},"contextWindow":1047576,"maxInputTokens":1047576,"maxOutputTokens":32768,"batch":{"available":true,"discounted":true,"input":0.2,"output":0.8}},{"provider":"azure","id":"gpt-4.1-mini-2025-04-14","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.4,"output":1.6,"cachedInput":0.1},"contextWindow":1047576,"maxInputTokens":1047576,"maxOutputTokens":32768,"batch":{"available":true,"discounted":true,"input":0.2,"output":0.8},"retires":"2026-11-04"},{"provider":"azure","id":"gpt-4.1-nano","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.4,"cachedInput":0.025},"contextWindow":1047576,"maxInputTokens":1047576,"maxOutputTokens":32768,"batch":{"available":true,"discounted":true,"input":0.05,"output":0.2}},{"provider":"azure","id":"gpt-4.1-nano-2025-04-14","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.1,"output":0.4,"cachedInput":0.025},"contextWindow":1047576,"maxInputTokens":1047576,"maxOutputTokens":32768,"batch":{"available":true,"discounted":true,"input":0.05,"output":0.2},"retires":"2026-11-04"},{"provider":"azure","id":"gpt-4.5-preview","source":"litellm","asOf":"2026-07-24","serverless":{"input":75,"output":150,"cachedInput":37.5},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":16384,"batch":{"available":true,"discounted":true,"input":37.5,"output":75}},{"provider":"azure","id":"gpt-4o","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.5,"output":10,"cachedInput":1.25},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":16384},{"provider":"azure","id":"gpt-4o-2024-05-13","source":"litellm","asOf":"2026-07-24","serverless":{"input":5,"output":15},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":4096},{"provider":"azure","id":"gpt-4o-2024-08-06","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.5,"output":10,"cachedInput":1.25},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":16384,"retires":"2026-02-27","deprecated":true},{"provider":"azure","id":"gpt-4o-2024-11-20","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.75,"output":11,"cachedInput":1.25},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":16384,"retires":"2026-03-01","deprecated":true},{"provider":"azure","id":"gpt-4o-mini","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.165,"output":0.66,"cachedInput":0.075},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":16384},{"provider":"azure","id":"gpt-4o-mini-2024-07-18","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.165,"output":0.66,"cachedInput":0.075},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":16384},{"provider":"azure","id":"gpt-5.1-2025-11-13","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.25,"output":10,"cachedInput":0.125},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"gpt-5.1-chat-2025-11-13","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.25,"output":10,"cachedInput":0.125},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":16384},{"provider":"azure","id":"gpt-5.1-codex-2025-11-13","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.25,"output":10,"cachedInput":0.125},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"gpt-5.1-codex-mini-2025-11-13","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.25,"output":2,"cachedInput":0.025},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"gpt-5","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.25,"output":10,"cachedInput":0.125},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"gpt-5-2025-08-07","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.25,"output":10,"cachedInput":0.125},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"gpt-5-chat","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.25,"output":10,"cachedInput":0.125},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":16384},{"provider":"azure","id":"gpt-5-chat-latest","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.25,"output":10,"cachedInput":0.125},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":16384},{"provider":"azure","id":"gpt-5-codex","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.25,"output":10,"cachedInput":0.125},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"gpt-5-mini","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.25,"output":2,"cachedInput":0.025},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"gpt-5-mini-2025-08-07","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.25,"output":2,"cachedInput":0.025},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"gpt-5-nano","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.05,"output":0.4,"cachedInput":0.005},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"gpt-5-nano-2025-08-07","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.05,"output":0.4,"cachedInput":0.005},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"gpt-5-pro","source":"litellm","asOf":"2026-07-24","serverless":{"input":15,"output":120},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"gpt-5.1","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.25,"output":10,"cachedInput":0.125},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"gpt-5.1-chat","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.25,"output":10,"cachedInput":0.125},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":128000},{"provider":"azure","id":"gpt-5.1-codex","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.25,"output":10,"cachedInput":0.125},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"gpt-5.1-codex-max","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.25,"output":10,"cachedInput":0.125},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"gpt-5.1-codex-mini","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.25,"output":2,"cachedInput":0.025},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"gpt-5.2","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.75,"output":14,"cachedInput":0.175},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"gpt-5.2-2025-12-11","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.75,"output":14,"cachedInput":0.175},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"gpt-5.2-chat","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.75,"output":14,"cachedInput":0.175},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":16384},{"provider":"azure","id":"gpt-5.2-chat-2025-12-11","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.75,"output":14,"cachedInput":0.175},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":16384},{"provider":"azure","id":"gpt-5.2-codex","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.75,"output":14,"cachedInput":0.175},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"gpt-5.3-chat","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.75,"output":14,"cachedInput":0.175},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":16384},{"provider":"azure","id":"gpt-5.3-codex","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.75,"output":14,"cachedInput":0.175},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"gpt-5.2-pro","source":"litellm","asOf":"2026-07-24","serverless":{"input":21,"output":168},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"gpt-5.2-pro-2025-12-11","source":"litellm","asOf":"2026-07-24","serverless":{"input":21,"output":168},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"gpt-5.4","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.5,"output":15,"cachedInput":0.25},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000,"longContext":[{"aboveInputTokens":272000,"input":5,"output":22.5,"cachedInput":0.5}]},{"provider":"azure","id":"us/gpt-5.4","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.75,"output":16.5,"cachedInput":0.28},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000},{"provider":"azure","id":"eu/gpt-5.4","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.75,"output":16.5,"cachedInput":0.28},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000},{"provider":"azure","id":"gpt-5.4-2026-03-05","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.5,"output":15,"cachedInput":0.25},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000,"longContext":[{"aboveInputTokens":272000,"input":5,"output":22.5,"cachedInput":0.5}]},{"provider":"azure","id":"us/gpt-5.4-2026-03-05","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.75,"output":16.5,"cachedInput":0.28},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000},{"provider":"azure","id":"eu/gpt-5.4-2026-03-05","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.75,"output":16.5,"cachedInput":0.28},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000},{"provider":"azure","id":"gpt-5.4-pro","source":"litellm","asOf":"2026-07-24","serverless":{"input":30,"output":180,"cachedInput":3},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000,"longContext":[{"aboveInputTokens":272000,"input":60,"output":270,"cachedInput":6}]},{"provider":"azure","id":"gpt-5.4-pro-2026-03-05","source":"litellm","asOf":"2026-07-24","serverless":{"input":30,"output":180,"cachedInput":3},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000,"longContext":[{"aboveInputTokens":272000,"input":60,"output":270,"cachedInput":6}]},{"provider":"azure","id":"gpt-5.6","source":"litellm","asOf":"2026-07-24","serverless":{"input":5,"output":30,"cachedInput":0.5},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000,"longContext":[{"aboveInputTokens":272000,"input":10,"output":45,"cachedInput":1}]},{"provider":"azure","id":"gpt-5.6-sol","source":"litellm","asOf":"2026-07-24","serverless":{"input":5,"output":30,"cachedInput":0.5},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000,"longContext":[{"aboveInputTokens":272000,"input":10,"output":45,"cachedInput":1}]},{"provider":"azure","id":"gpt-5.6-terra","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.5,"output":15,"cachedInput":0.25},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000,"longContext":[{"aboveInputTokens":272000,"input":5,"output":22.5,"cachedInput":0.5}]},{"provider":"azure","id":"gpt-5.6-luna","source":"litellm","asOf":"2026-07-24","serverless":{"input":1,"output":6,"cachedInput":0.1},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000,"longContext":[{"aboveInputTokens":272000,"input":2,"output":9,"cachedInput":0.2}]},{"provider":"azure","id":"us/gpt-5.6","source":"litellm","asOf":"2026-07-24","serverless":{"input":5.5,"output":33,"cachedInput":0.55},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000,"longContext":[{"aboveInputTokens":272000,"input":11,"output":49.5,"cachedInput":1.1}]},{"provider":"azure","id":"us/gpt-5.6-sol","source":"litellm","asOf":"2026-07-24","serverless":{"input":5.5,"output":33,"cachedInput":0.55},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000,"longContext":[{"aboveInputTokens":272000,"input":11,"output":49.5,"cachedInput":1.1}]},{"provider":"azure","id":"us/gpt-5.6-terra","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.75,"output":16.5,"cachedInput":0.275},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000,"longContext":[{"aboveInputTokens":272000,"input":5.5,"output":24.75,"cachedInput":0.55}]},{"provider":"azure","id":"us/gpt-5.6-luna","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.1,"output":6.6,"cachedInput":0.11},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000,"longContext":[{"aboveInputTokens":272000,"input":2.2,"output":9.9,"cachedInput":0.22}]},{"provider":"azure","id":"eu/gpt-5.6","source":"litellm","asOf":"2026-07-24","serverless":{"input":5.5,"output":33,"cachedInput":0.55},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000,"longContext":[{"aboveInputTokens":272000,"input":11,"output":49.5,"cachedInput":1.1}]},{"provider":"azure","id":"eu/gpt-5.6-sol","source":"litellm","asOf":"2026-07-24","serverless":{"input":5.5,"output":33,"cachedInput":0.55},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000,"longContext":[{"aboveInputTokens":272000,"input":11,"output":49.5,"cachedInput":1.1}]},{"provider":"azure","id":"eu/gpt-5.6-terra","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.75,"output":16.5,"cachedInput":0.275},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000,"longContext":[{"aboveInputTokens":272000,"input":5.5,"output":24.75,"cachedInput":0.55}]},{"provider":"azure","id":"eu/gpt-5.6-luna","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.1,"output":6.6,"cachedInput":0.11},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000,"longContext":[{"aboveInputTokens":272000,"input":2.2,"output":9.9,"cachedInput":0.22}]},{"provider":"azure","id":"gpt-5.5","source":"litellm","asOf":"2026-07-24","serverless":{"input":5,"output":30,"cachedInput":0.5},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000,"longContext":[{"aboveInputTokens":272000,"input":10,"output":45,"cachedInput":1}]},{"provider":"azure","id":"us/gpt-5.5","source":"litellm","asOf":"2026-07-24","serverless":{"input":5.5,"output":33,"cachedInput":0.55},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000,"longContext":[{"aboveInputTokens":272000,"input":11,"output":49.5,"cachedInput":1.1}]},{"provider":"azure","id":"eu/gpt-5.5","source":"litellm","asOf":"2026-07-24","serverless":{"input":5.5,"output":33,"cachedInput":0.55},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000,"longContext":[{"aboveInputTokens":272000,"input":11,"output":49.5,"cachedInput":1.1}]},{"provider":"azure","id":"gpt-5.5-2026-04-23","source":"litellm","asOf":"2026-07-24","serverless":{"input":5,"output":30,"cachedInput":0.5},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000,"longContext":[{"aboveInputTokens":272000,"input":10,"output":45,"cachedInput":1}]},{"provider":"azure","id":"us/gpt-5.5-2026-04-23","source":"litellm","asOf":"2026-07-24","serverless":{"input":5.5,"output":33,"cachedInput":0.55},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000,"longContext":[{"aboveInputTokens":272000,"input":11,"output":49.5,"cachedInput":1.1}]},{"provider":"azure","id":"eu/gpt-5.5-2026-04-23","source":"litellm","asOf":"2026-07-24","serverless":{"input":5.5,"output":33,"cachedInput":0.55},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000,"longContext":[{"aboveInputTokens":272000,"input":11,"output":49.5,"cachedInput":1.1}]},{"provider":"azure","id":"gpt-5.5-pro","source":"litellm","asOf":"2026-07-24","serverless":{"input":30,"output":180,"cachedInput":3},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000,"longContext":[{"aboveInputTokens":272000,"input":60,"output":270,"cachedInput":6}]},{"provider":"azure","id":"gpt-5.5-pro-2026-04-23","source":"litellm","asOf":"2026-07-24","serverless":{"input":30,"output":180,"cachedInput":3},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000,"longContext":[{"aboveInputTokens":272000,"input":60,"output":270,"cachedInput":6}]},{"provider":"azure","id":"gpt-5.4-mini","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.75,"output":4.5,"cachedInput":0.075},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000},{"provider":"azure","id":"gpt-5.4-mini-2026-03-17","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.75,"output":4.5,"cachedInput":0.075},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000},{"provider":"azure","id":"gpt-5.4-nano","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":1.25,"cachedInput":0.02},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000},{"provider":"azure","id":"gpt-5.4-nano-2026-03-17","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.2,"output":1.25,"cachedInput":0.02},"contextWindow":1050000,"maxInputTokens":1050000,"maxOutputTokens":128000},{"provider":"azure","id":"mistral-large-2402","source":"litellm","asOf":"2026-07-24","serverless":{"input":8,"output":24},"contextWindow":32000,"maxInputTokens":32000},{"provider":"azure","id":"mistral-large-latest","source":"litellm","asOf":"2026-07-24","serverless":{"input":8,"output":24},"contextWindow":32000,"maxInputTokens":32000},{"provider":"azure","id":"o1","source":"litellm","asOf":"2026-07-24","serverless":{"input":15,"output":60,"cachedInput":7.5},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":100000},{"provider":"azure","id":"o1-2024-12-17","source":"litellm","asOf":"2026-07-24","serverless":{"input":15,"output":60,"cachedInput":7.5},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":100000},{"provider":"azure","id":"o1-mini","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.21,"output":4.84,"cachedInput":0.605},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":65536},{"provider":"azure","id":"o1-mini-2024-09-12","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.1,"output":4.4,"cachedInput":0.55},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":65536},{"provider":"azure","id":"o1-preview","source":"litellm","asOf":"2026-07-24","serverless":{"input":15,"output":60,"cachedInput":7.5},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":32768},{"provider":"azure","id":"o1-preview-2024-09-12","source":"litellm","asOf":"2026-07-24","serverless":{"input":15,"output":60,"cachedInput":7.5},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":32768},{"provider":"azure","id":"o3","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":8,"cachedInput":0.5},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":100000},{"provider":"azure","id":"o3-2025-04-16","source":"litellm","asOf":"2026-07-24","serverless":{"input":2,"output":8,"cachedInput":0.5},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":100000,"retires":"2026-04-16","deprecated":true},{"provider":"azure","id":"o3-deep-research","source":"litellm","asOf":"2026-07-24","serverless":{"input":10,"output":40,"cachedInput":2.5},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":100000},{"provider":"azure","id":"o3-mini","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.1,"output":4.4,"cachedInput":0.55},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":100000},{"provider":"azure","id":"o3-mini-2025-01-31","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.1,"output":4.4,"cachedInput":0.55},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":100000},{"provider":"azure","id":"o3-pro","source":"litellm","asOf":"2026-07-24","serverless":{"input":20,"output":80},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":100000,"batch":{"available":true,"discounted":true,"input":10,"output":40}},{"provider":"azure","id":"o3-pro-2025-06-10","source":"litellm","asOf":"2026-07-24","serverless":{"input":20,"output":80},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":100000,"batch":{"available":true,"discounted":true,"input":10,"output":40}},{"provider":"azure","id":"o4-mini","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.1,"output":4.4,"cachedInput":0.275},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":100000},{"provider":"azure","id":"o4-mini-2025-04-16","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.1,"output":4.4,"cachedInput":0.275},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":100000},{"provider":"azure","id":"us/gpt-4.1-2025-04-14","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.2,"output":8.8,"cachedInput":0.55},"contextWindow":1047576,"maxInputTokens":1047576,"maxOutputTokens":32768,"batch":{"available":true,"discounted":true,"input":1.1,"output":4.4},"retires":"2026-11-04"},{"provider":"azure","id":"us/gpt-4.1-mini-2025-04-14","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.44,"output":1.76,"cachedInput":0.11},"contextWindow":1047576,"maxInputTokens":1047576,"maxOutputTokens":32768,"batch":{"available":true,"discounted":true,"input":0.22,"output":0.88},"retires":"2026-11-04"},{"provider":"azure","id":"us/gpt-4.1-nano-2025-04-14","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.11,"output":0.44,"cachedInput":0.025},"contextWindow":1047576,"maxInputTokens":1047576,"maxOutputTokens":32768,"batch":{"available":true,"discounted":true,"input":0.06,"output":0.22},"retires":"2026-11-04"},{"provider":"azure","id":"us/gpt-4o-2024-08-06","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.75,"output":11,"cachedInput":1.375},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":16384,"retires":"2026-02-27","deprecated":true},{"provider":"azure","id":"us/gpt-4o-2024-11-20","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.75,"output":11,"cacheWrite":1.38},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":16384,"retires":"2026-03-01","deprecated":true},{"provider":"azure","id":"us/gpt-4o-mini-2024-07-18","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.165,"output":0.66,"cachedInput":0.083},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":16384},{"provider":"azure","id":"us/gpt-5-2025-08-07","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.375,"output":11,"cachedInput":0.1375},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"us/gpt-5-mini-2025-08-07","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.275,"output":2.2,"cachedInput":0.0275},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"us/gpt-5-nano-2025-08-07","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.055,"output":0.44,"cachedInput":0.0055},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"us/gpt-5.1","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.38,"output":11,"cachedInput":0.14},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"us/gpt-5.1-chat","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.38,"output":11,"cachedInput":0.14},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":128000},{"provider":"azure","id":"us/gpt-5.1-codex","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.38,"output":11,"cachedInput":0.14},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"us/gpt-5.1-codex-mini","source":"litellm","asOf":"2026-07-24","serverless":{"input":0.275,"output":2.2,"cachedInput":0.028},"contextWindow":272000,"maxInputTokens":272000,"maxOutputTokens":128000},{"provider":"azure","id":"us/o1-2024-12-17","source":"litellm","asOf":"2026-07-24","serverless":{"input":16.5,"output":66,"cachedInput":8.25},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":100000},{"provider":"azure","id":"us/o1-mini-2024-09-12","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.21,"output":4.84,"cachedInput":0.605},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":65536,"batch":{"available":true,"discounted":true,"input":0.605,"output":2.42}},{"provider":"azure","id":"us/o1-preview-2024-09-12","source":"litellm","asOf":"2026-07-24","serverless":{"input":16.5,"output":66,"cachedInput":8.25},"contextWindow":128000,"maxInputTokens":128000,"maxOutputTokens":32768},{"provider":"azure","id":"us/o3-2025-04-16","source":"litellm","asOf":"2026-07-24","serverless":{"input":2.2,"output":8.8,"cachedInput":0.55},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":100000,"retires":"2026-04-16","deprecated":true},{"provider":"azure","id":"us/o3-mini-2025-01-31","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.21,"output":4.84,"cachedInput":0.605},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":100000,"batch":{"available":true,"discounted":true,"input":0.605,"output":2.42}},{"provider":"azure","id":"us/o4-mini-2025-04-16","source":"litellm","asOf":"2026-07-24","serverless":{"input":1.21,"output":4.84,"cachedInput":0.31},"contextWindow":200000,"maxInputTokens":200000,"maxOutputTokens":100000},{"provider":"azure","id":"phi-3-medium-128k-instruct","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":1,"output":1},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"azure","id":"phi-3-mini-128k-instruct","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.1,"output":0.1},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"azure","id":"phi-3.5-mini-128k-instruct","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.1,"output":0.1},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"azure","id":"phi-4","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.07,"output":0.14},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"azure","id":"phi-4-mini-instruct","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.08,"output":0.35},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"azure","id":"phi-4-multimodal-instruct","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.05,"output":0.1},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"azure","id":"phi-4-reasoning-plus","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.07,"output":0.35},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"},{"provider":"azure","id":"wizardlm-2-8x22b","source":"genai-prices-47df840a","asOf":"2026-08-21","serverless":{"input":0.48,"output":0.48},"note":"only genai-prices data.json @47df840a states this price; it has no prices_checked, so the commit date (2026-08-21) is an upper bound on when it was checked"}],"hardware":[{"provider":"together","id":"h100-80gb","name":"NVIDIA H100 80GB SXM","memoryGb":80,"dedicatedHourly":5.49,"source":"together-dedicated-2026-07-16","asOf":"2026-07-16","note":"latest dated price; dedicated endpoints bill per minute per running replica; earlier stored values 6.49 (2026-06-08), 5.40 (2026-07-07), 3.99 (undated docs page)"},{"provider":"together","id":"h200-141gb","name":"NVIDIA H200 141GB SXM","memoryGb":141,"dedicatedHourly":6.65,"source":"together-dedicated-2026-07-16","asOf":"2026-07-16","note":"latest dated price; dedicated endpoints bill per minute per running replica; earlier stored values 7.89 (2026-06-08), 6.60 (2026-07-07), 5.49 (undated docs page)"},{"provider":"together","id":"b200-180gb","name":"NVIDIA B200 180GB SXM","memoryGb":180,"dedicatedHourly":8.99,"source":"together-dedicated-2026-07-16","asOf":"2026-07-16","note":"latest dated price; dedicated endpoints bill per minute per running replica; earlier stored values 11.95 (2026-06-08), 9.00 (2026-07-07), 9.95 (undated docs page)"},{"provider":"together","id":"gb300-280gb","name":"NVIDIA GB300 280GB","memoryGb":280,"dedicatedHourly":15,"source":"together-dedicated-2026-07-16","asOf":"2026-07-16","note":"latest dated price; dedicated endpoints bill per minute per running replica"},{"provider":"together","id":"b300-280gb","name":"NVIDIA B300 280GB","memoryGb":280,"dedicatedHourly":15,"source":"together-dedicated-2026-07-16","asOf":"2026-07-16","note":"latest dated price; dedicated endpoints bill per minute per running replica"}]}`);

// src/core/prices/generated/catalog-validator.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var catalog_validator_default = validate21;
var schema6 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "tokenbudget price catalog", "description": "Offline price catalog read by tokenbudget (format version 1; tokenbudget's TypeScript types are generated from it). Token prices are USD per 1M tokens, GPU prices USD per GPU-hour. Every price resolves through `source` to an entry of `sources`.", "type": "object", "additionalProperties": false, "required": ["formatVersion", "version", "asOf", "currency", "sources", "models", "hardware"], "properties": { "$schema": { "type": "string", "description": "Optional path or URL of this schema, for editors." }, "formatVersion": { "const": 1, "description": "Catalog format version; readers reject versions they do not know." }, "version": { "type": "string", "pattern": "^[0-9]{4}\\.[0-9]{1,2}\\.[0-9]+$", "description": 'Version of the price data, YEAR.MONTH.PATCH, e.g. "2026.11.0".' }, "asOf": { "$ref": "#/definitions/date", "description": "Newest as-of date of any price in the file." }, "currency": { "const": "USD", "description": "Currency of every price." }, "sources": { "type": "object", "description": "Sources by key; `source` fields elsewhere name one of these keys.", "propertyNames": { "$ref": "#/definitions/sourceKey" }, "additionalProperties": { "$ref": "#/definitions/catalogSource" } }, "models": { "type": "array", "description": "Token-priced models.", "items": { "$ref": "#/definitions/catalogModel" } }, "hardware": { "type": "array", "description": "GPU types rented per hour (dedicated endpoints, clusters).", "items": { "$ref": "#/definitions/catalogHardware" } }, "providers": { "type": "object", "description": "Provider-level facts by provider id.", "propertyNames": { "$ref": "#/definitions/providerId" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1, "description": 'Display name, e.g. "Together AI".' }, "clusterGpuMultiple": { "type": "integer", "minimum": 1, "description": "GPU clusters are sold in multiples of this many GPUs." }, "batch": { "$ref": "#/definitions/batchTerms" }, "notes": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Facts and known gaps worth showing to users." } } } } }, "definitions": { "date": { "type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "description": "Calendar date, YYYY-MM-DD." }, "price": { "type": "number", "minimum": 0, "description": "USD amount (per 1M tokens or per GPU-hour)." }, "note": { "type": "string", "minLength": 1, "description": "Why this value was chosen, or what the source says about it." }, "sourceKey": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "Key of an entry in `sources`." }, "providerId": { "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]*$", "description": "tokenbudget provider id, e.g. together, openai, anthropic, google." }, "catalogSource": { "type": "object", "additionalProperties": false, "required": ["title", "url", "asOf"], "description": "Where prices came from.", "properties": { "title": { "type": "string", "minLength": 1, "description": 'Human title, e.g. "Together AI docs: dedicated endpoints".' }, "url": { "type": "string", "minLength": 1, "description": "URL or repository reference of the original." }, "asOf": { "$ref": "#/definitions/date", "description": "Date the source states or was captured." }, "license": { "type": "string", "minLength": 1, "description": "License of the source data, when known." }, "retrievedAt": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$", "description": "When `tokenbudget catalog import` read the source (UTC, ISO 8601)." }, "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$", "description": "SHA-256 of the response or file the prices were read from, so two imports can be told apart." } } }, "tokenPrices": { "type": "object", "description": "Input/output token prices, USD per 1M tokens.", "additionalProperties": false, "required": ["input", "output"], "properties": { "input": { "$ref": "#/definitions/price", "description": "USD per 1M uncached input tokens." }, "output": { "$ref": "#/definitions/price", "description": "USD per 1M output tokens." }, "cachedInput": { "$ref": "#/definitions/price", "description": "USD per 1M input tokens served from the prompt cache, when the model has one." }, "cacheWrite": { "$ref": "#/definitions/price", "description": "USD per 1M input tokens written to the prompt cache (Anthropic: 1.25x input for the 5-minute cache), when the model has a cache-write rate." }, "source": { "$ref": "#/definitions/sourceKey" }, "asOf": { "$ref": "#/definitions/date", "description": "Date (YYYY-MM-DD) the source states this value or was captured." }, "note": { "$ref": "#/definitions/note" } } }, "longContextTier": { "type": "object", "description": "Cliff tier: when a request's input tokens exceed `aboveInputTokens`, every token of that kind pays the tier rate.", "additionalProperties": false, "required": ["aboveInputTokens", "input", "output"], "properties": { "aboveInputTokens": { "type": "integer", "minimum": 1, "description": "Input-token count above which the tier applies." }, "input": { "$ref": "#/definitions/price", "description": "USD per 1M input tokens in this tier." }, "output": { "$ref": "#/definitions/price", "description": "USD per 1M output tokens in this tier." }, "cachedInput": { "$ref": "#/definitions/price", "description": "USD per 1M cached input tokens in this tier." }, "cacheWrite": { "$ref": "#/definitions/price", "description": "USD per 1M cache-write input tokens in this tier." }, "source": { "$ref": "#/definitions/sourceKey" }, "asOf": { "$ref": "#/definitions/date", "description": "Date (YYYY-MM-DD) the source states this value or was captured." }, "note": { "$ref": "#/definitions/note" } } }, "batchOffer": { "description": "Batch API terms for the model. Absent: unknown, treated as not discounted with a notice.", "oneOf": [{ "type": "object", "description": "Discounted batch prices.", "additionalProperties": false, "required": ["available", "discounted", "input", "output"], "properties": { "available": { "const": true }, "discounted": { "const": true }, "input": { "$ref": "#/definitions/price", "description": "USD per 1M input tokens in batch jobs." }, "output": { "$ref": "#/definitions/price", "description": "USD per 1M output tokens in batch jobs." }, "cachedInput": { "$ref": "#/definitions/price", "description": "USD per 1M cached input tokens in batch jobs." }, "cacheWrite": { "$ref": "#/definitions/price", "description": "USD per 1M cache-write input tokens in batch jobs." }, "longContext": { "type": "array", "items": { "$ref": "#/definitions/longContextTier" }, "description": "Batch rates of the long-context tiers, ascending by threshold, when the provider publishes them; otherwise the serverless tiers apply scaled by the batch discount ratio (batch input / serverless input)." }, "source": { "$ref": "#/definitions/sourceKey" }, "asOf": { "$ref": "#/definitions/date", "description": "Date (YYYY-MM-DD) the source states this value or was captured." }, "note": { "$ref": "#/definitions/note" } } }, { "type": "object", "description": "Batch runs at the serverless price (no discount).", "additionalProperties": false, "required": ["available", "discounted"], "properties": { "available": { "const": true }, "discounted": { "const": false }, "source": { "$ref": "#/definitions/sourceKey" }, "asOf": { "$ref": "#/definitions/date", "description": "Date (YYYY-MM-DD) the source states this value or was captured." }, "note": { "$ref": "#/definitions/note" } } }, { "type": "object", "description": "The provider does not run batch jobs for this model.", "additionalProperties": false, "required": ["available"], "properties": { "available": { "const": false }, "source": { "$ref": "#/definitions/sourceKey" }, "asOf": { "$ref": "#/definitions/date", "description": "Date (YYYY-MM-DD) the source states this value or was captured." }, "note": { "$ref": "#/definitions/note" } } }] }, "catalogModel": { "type": "object", "description": "A model priced per token.", "additionalProperties": false, "required": ["provider", "id", "source", "asOf"], "properties": { "provider": { "$ref": "#/definitions/providerId" }, "id": { "type": "string", "minLength": 1, "description": "Provider's model id, exactly as the provider spells it; matched case-insensitively." }, "aliases": { "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1 }, "description": "Other ids the same model is known by (matched like `id`)." }, "contextWindow": { "type": "integer", "minimum": 1, "description": "Total tokens (input + output) a request may hold." }, "maxInputTokens": { "type": "integer", "minimum": 1, "description": "Most input tokens a request may send, when the provider states a limit below the context window (gpt-5: 272,000 of 400,000)." }, "maxOutputTokens": { "type": "integer", "minimum": 1, "description": "Most output tokens a request may produce." }, "serverless": { "$ref": "#/definitions/tokenPrices", "description": "Pay-per-token (serverless / standard API) prices." }, "batch": { "$ref": "#/definitions/batchOffer" }, "longContext": { "type": "array", "items": { "$ref": "#/definitions/longContextTier" }, "description": "Long-context tiers, ascending by threshold." }, "deprecated": { "type": "boolean", "description": "Deprecated by the provider but still served." }, "retires": { "$ref": "#/definitions/date", "description": "Date (YYYY-MM-DD) from which the provider no longer serves the model, as a source states it; a workload on it is an error from the next day (model.retired) and a warning before (model.deprecated)." }, "source": { "$ref": "#/definitions/sourceKey", "description": "Key of the source of this model's data." }, "asOf": { "$ref": "#/definitions/date", "description": "Date (YYYY-MM-DD) the source states this value or was captured." }, "note": { "$ref": "#/definitions/note" } } }, "catalogHardware": { "type": "object", "description": "A GPU type rented per hour.", "additionalProperties": false, "required": ["provider", "id", "name", "source", "asOf"], "properties": { "provider": { "$ref": "#/definitions/providerId" }, "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]*$", "description": 'Hardware id, e.g. "h100-80gb".' }, "name": { "type": "string", "minLength": 1, "description": 'Display name, e.g. "NVIDIA H100 80GB SXM".' }, "dedicatedHourly": { "$ref": "#/definitions/price", "description": "USD per GPU-hour for a dedicated endpoint replica." }, "clusterHourly": { "$ref": "#/definitions/price", "description": "USD per GPU-hour for an on-demand GPU cluster." }, "memoryGb": { "type": "number", "exclusiveMinimum": 0, "description": "GPU memory in GB, used by planning to size replicas." }, "source": { "$ref": "#/definitions/sourceKey" }, "asOf": { "$ref": "#/definitions/date", "description": "Date (YYYY-MM-DD) the source states this value or was captured." }, "note": { "$ref": "#/definitions/note" } } }, "batchTerms": { "type": "object", "description": "Batch queue terms that hold for every model of the provider, e.g. Together: up to 30B enqueued tokens per model per user, completed within 24 hours.", "additionalProperties": false, "required": ["enqueuedTokensPerModel", "completionHours", "source", "asOf"], "properties": { "enqueuedTokensPerModel": { "type": "number", "exclusiveMinimum": 0, "description": "Most tokens (input + output) one user may have enqueued per model at a time." }, "completionHours": { "type": "number", "exclusiveMinimum": 0, "description": "Hours within which the provider completes a batch (its SLA)." }, "source": { "$ref": "#/definitions/sourceKey" }, "asOf": { "$ref": "#/definitions/date", "description": "Date (YYYY-MM-DD) the source states this value or was captured." } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = import_ucs2length.default.default ?? import_ucs2length.default;
var pattern0 = new RegExp("^[0-9]{4}\\.[0-9]{1,2}\\.[0-9]+$", "u");
var pattern1 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (!pattern1.test(data)) {
      const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$" }, message: 'must match pattern "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"' };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
var pattern2 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (!pattern2.test(data)) {
      const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"' };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
var pattern3 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$", "u");
var pattern4 = new RegExp("^[0-9a-f]{64}$", "u");
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.url === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.asOf === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "asOf" }, message: "must have required property 'asOf'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "title" || key0 === "url" || key0 === "asOf" || key0 === "license" || key0 === "retrievedAt" || key0 === "sha256")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data0 = data.title;
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err4 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      let data1 = data.url;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err6 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.asOf !== void 0) {
      if (!validate22(data.asOf, { instancePath: instancePath + "/asOf", parentData: data, parentDataProperty: "asOf", rootData })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.license !== void 0) {
      let data3 = data.license;
      if (typeof data3 === "string") {
        if (func3(data3) < 1) {
          const err8 = { instancePath: instancePath + "/license", schemaPath: "#/properties/license/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/license", schemaPath: "#/properties/license/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.retrievedAt !== void 0) {
      let data4 = data.retrievedAt;
      if (typeof data4 === "string") {
        if (!pattern3.test(data4)) {
          const err10 = { instancePath: instancePath + "/retrievedAt", schemaPath: "#/properties/retrievedAt/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/retrievedAt", schemaPath: "#/properties/retrievedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.sha256 !== void 0) {
      let data5 = data.sha256;
      if (typeof data5 === "string") {
        if (!pattern4.test(data5)) {
          const err12 = { instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
var schema10 = { "type": "object", "description": "A model priced per token.", "additionalProperties": false, "required": ["provider", "id", "source", "asOf"], "properties": { "provider": { "$ref": "#/definitions/providerId" }, "id": { "type": "string", "minLength": 1, "description": "Provider's model id, exactly as the provider spells it; matched case-insensitively." }, "aliases": { "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1 }, "description": "Other ids the same model is known by (matched like `id`)." }, "contextWindow": { "type": "integer", "minimum": 1, "description": "Total tokens (input + output) a request may hold." }, "maxInputTokens": { "type": "integer", "minimum": 1, "description": "Most input tokens a request may send, when the provider states a limit below the context window (gpt-5: 272,000 of 400,000)." }, "maxOutputTokens": { "type": "integer", "minimum": 1, "description": "Most output tokens a request may produce." }, "serverless": { "$ref": "#/definitions/tokenPrices", "description": "Pay-per-token (serverless / standard API) prices." }, "batch": { "$ref": "#/definitions/batchOffer" }, "longContext": { "type": "array", "items": { "$ref": "#/definitions/longContextTier" }, "description": "Long-context tiers, ascending by threshold." }, "deprecated": { "type": "boolean", "description": "Deprecated by the provider but still served." }, "retires": { "$ref": "#/definitions/date", "description": "Date (YYYY-MM-DD) from which the provider no longer serves the model, as a source states it; a workload on it is an error from the next day (model.retired) and a warning before (model.deprecated)." }, "source": { "$ref": "#/definitions/sourceKey", "description": "Key of the source of this model's data." }, "asOf": { "$ref": "#/definitions/date", "description": "Date (YYYY-MM-DD) the source states this value or was captured." }, "note": { "$ref": "#/definitions/note" } } };
var pattern5 = new RegExp("^[a-z0-9][a-z0-9._-]*$", "u");
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (!pattern5.test(data)) {
      const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"' };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data == "number") {
    if (data < 0 || isNaN(data)) {
      const err0 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "number" }, message: "must be number" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (func3(data) < 1) {
      const err0 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate40.errors = vErrors;
  return errors === 0;
}
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.input === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "input" }, message: "must have required property 'input'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.output === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "output" }, message: "must have required property 'output'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "input" || key0 === "output" || key0 === "cachedInput" || key0 === "cacheWrite" || key0 === "source" || key0 === "asOf" || key0 === "note")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.input !== void 0) {
      if (!validate33(data.input, { instancePath: instancePath + "/input", parentData: data, parentDataProperty: "input", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.output !== void 0) {
      if (!validate33(data.output, { instancePath: instancePath + "/output", parentData: data, parentDataProperty: "output", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.cachedInput !== void 0) {
      if (!validate33(data.cachedInput, { instancePath: instancePath + "/cachedInput", parentData: data, parentDataProperty: "cachedInput", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.cacheWrite !== void 0) {
      if (!validate33(data.cacheWrite, { instancePath: instancePath + "/cacheWrite", parentData: data, parentDataProperty: "cacheWrite", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.source !== void 0) {
      if (!validate24(data.source, { instancePath: instancePath + "/source", parentData: data, parentDataProperty: "source", rootData })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.asOf !== void 0) {
      if (!validate22(data.asOf, { instancePath: instancePath + "/asOf", parentData: data, parentDataProperty: "asOf", rootData })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.note !== void 0) {
      if (!validate40(data.note, { instancePath: instancePath + "/note", parentData: data, parentDataProperty: "note", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
var schema15 = { "description": "Batch API terms for the model. Absent: unknown, treated as not discounted with a notice.", "oneOf": [{ "type": "object", "description": "Discounted batch prices.", "additionalProperties": false, "required": ["available", "discounted", "input", "output"], "properties": { "available": { "const": true }, "discounted": { "const": true }, "input": { "$ref": "#/definitions/price", "description": "USD per 1M input tokens in batch jobs." }, "output": { "$ref": "#/definitions/price", "description": "USD per 1M output tokens in batch jobs." }, "cachedInput": { "$ref": "#/definitions/price", "description": "USD per 1M cached input tokens in batch jobs." }, "cacheWrite": { "$ref": "#/definitions/price", "description": "USD per 1M cache-write input tokens in batch jobs." }, "longContext": { "type": "array", "items": { "$ref": "#/definitions/longContextTier" }, "description": "Batch rates of the long-context tiers, ascending by threshold, when the provider publishes them; otherwise the serverless tiers apply scaled by the batch discount ratio (batch input / serverless input)." }, "source": { "$ref": "#/definitions/sourceKey" }, "asOf": { "$ref": "#/definitions/date", "description": "Date (YYYY-MM-DD) the source states this value or was captured." }, "note": { "$ref": "#/definitions/note" } } }, { "type": "object", "description": "Batch runs at the serverless price (no discount).", "additionalProperties": false, "required": ["available", "discounted"], "properties": { "available": { "const": true }, "discounted": { "const": false }, "source": { "$ref": "#/definitions/sourceKey" }, "asOf": { "$ref": "#/definitions/date", "description": "Date (YYYY-MM-DD) the source states this value or was captured." }, "note": { "$ref": "#/definitions/note" } } }, { "type": "object", "description": "The provider does not run batch jobs for this model.", "additionalProperties": false, "required": ["available"], "properties": { "available": { "const": false }, "source": { "$ref": "#/definitions/sourceKey" }, "asOf": { "$ref": "#/definitions/date", "description": "Date (YYYY-MM-DD) the source states this value or was captured." }, "note": { "$ref": "#/definitions/note" } } }] };
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.aboveInputTokens === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "aboveInputTokens" }, message: "must have required property 'aboveInputTokens'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.input === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "input" }, message: "must have required property 'input'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.output === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "output" }, message: "must have required property 'output'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "aboveInputTokens" || key0 === "input" || key0 === "output" || key0 === "cachedInput" || key0 === "cacheWrite" || key0 === "source" || key0 === "asOf" || key0 === "note")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.aboveInputTokens !== void 0) {
      let data0 = data.aboveInputTokens;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err4 = { instancePath: instancePath + "/aboveInputTokens", schemaPath: "#/properties/aboveInputTokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 < 1 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/aboveInputTokens", schemaPath: "#/properties/aboveInputTokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.input !== void 0) {
      if (!validate33(data.input, { instancePath: instancePath + "/input", parentData: data, parentDataProperty: "input", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.output !== void 0) {
      if (!validate33(data.output, { instancePath: instancePath + "/output", parentData: data, parentDataProperty: "output", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.cachedInput !== void 0) {
      if (!validate33(data.cachedInput, { instancePath: instancePath + "/cachedInput", parentData: data, parentDataProperty: "cachedInput", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.cacheWrite !== void 0) {
      if (!validate33(data.cacheWrite, { instancePath: instancePath + "/cacheWrite", parentData: data, parentDataProperty: "cacheWrite", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.source !== void 0) {
      if (!validate24(data.source, { instancePath: instancePath + "/source", parentData: data, parentDataProperty: "source", rootData })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.asOf !== void 0) {
      if (!validate22(data.asOf, { instancePath: instancePath + "/asOf", parentData: data, parentDataProperty: "asOf", rootData })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.note !== void 0) {
      if (!validate40(data.note, { instancePath: instancePath + "/note", parentData: data, parentDataProperty: "note", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.available === void 0) {
      const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "available" }, message: "must have required property 'available'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.discounted === void 0) {
      const err1 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "discounted" }, message: "must have required property 'discounted'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.input === void 0) {
      const err2 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "input" }, message: "must have required property 'input'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.output === void 0) {
      const err3 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "output" }, message: "must have required property 'output'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema15.oneOf[0].properties, key0)) {
        const err4 = { instancePath, schemaPath: "#/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.available !== void 0) {
      if (true !== data.available) {
        const err5 = { instancePath: instancePath + "/available", schemaPath: "#/oneOf/0/properties/available/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.discounted !== void 0) {
      if (true !== data.discounted) {
        const err6 = { instancePath: instancePath + "/discounted", schemaPath: "#/oneOf/0/properties/discounted/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.input !== void 0) {
      if (!validate33(data.input, { instancePath: instancePath + "/input", parentData: data, parentDataProperty: "input", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.output !== void 0) {
      if (!validate33(data.output, { instancePath: instancePath + "/output", parentData: data, parentDataProperty: "output", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.cachedInput !== void 0) {
      if (!validate33(data.cachedInput, { instancePath: instancePath + "/cachedInput", parentData: data, parentDataProperty: "cachedInput", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.cacheWrite !== void 0) {
      if (!validate33(data.cacheWrite, { instancePath: instancePath + "/cacheWrite", parentData: data, parentDataProperty: "cacheWrite", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.longContext !== void 0) {
      let data6 = data.longContext;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate48(data6[i0], { instancePath: instancePath + "/longContext/" + i0, parentData: data6, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/longContext", schemaPath: "#/oneOf/0/properties/longContext/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      if (!validate24(data.source, { instancePath: instancePath + "/source", parentData: data, parentDataProperty: "source", rootData })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.asOf !== void 0) {
      if (!validate22(data.asOf, { instancePath: instancePath + "/asOf", parentData: data, parentDataProperty: "asOf", rootData })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.note !== void 0) {
      if (!validate40(data.note, { instancePath: instancePath + "/note", parentData: data, parentDataProperty: "note", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs16 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.available === void 0) {
      const err9 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "available" }, message: "must have required property 'available'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.discounted === void 0) {
      const err10 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "discounted" }, message: "must have required property 'discounted'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    for (const key1 in data) {
      if (!(key1 === "available" || key1 === "discounted" || key1 === "source" || key1 === "asOf" || key1 === "note")) {
        const err11 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.available !== void 0) {
      if (true !== data.available) {
        const err12 = { instancePath: instancePath + "/available", schemaPath: "#/oneOf/1/properties/available/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.discounted !== void 0) {
      if (false !== data.discounted) {
        const err13 = { instancePath: instancePath + "/discounted", schemaPath: "#/oneOf/1/properties/discounted/const", keyword: "const", params: { allowedValue: false }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      if (!validate24(data.source, { instancePath: instancePath + "/source", parentData: data, parentDataProperty: "source", rootData })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.asOf !== void 0) {
      if (!validate22(data.asOf, { instancePath: instancePath + "/asOf", parentData: data, parentDataProperty: "asOf", rootData })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.note !== void 0) {
      if (!validate40(data.note, { instancePath: instancePath + "/note", parentData: data, parentDataProperty: "note", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  var _valid0 = _errs16 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
    const _errs24 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.available === void 0) {
        const err15 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: "available" }, message: "must have required property 'available'" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      for (const key2 in data) {
        if (!(key2 === "available" || key2 === "source" || key2 === "asOf" || key2 === "note")) {
          const err16 = { instancePath, schemaPath: "#/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
      if (data.available !== void 0) {
        if (false !== data.available) {
          const err17 = { instancePath: instancePath + "/available", schemaPath: "#/oneOf/2/properties/available/const", keyword: "const", params: { allowedValue: false }, message: "must be equal to constant" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
      if (data.source !== void 0) {
        if (!validate24(data.source, { instancePath: instancePath + "/source", parentData: data, parentDataProperty: "source", rootData })) {
          vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
          errors = vErrors.length;
        }
      }
      if (data.asOf !== void 0) {
        if (!validate22(data.asOf, { instancePath: instancePath + "/asOf", parentData: data, parentDataProperty: "asOf", rootData })) {
          vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
          errors = vErrors.length;
        }
      }
      if (data.note !== void 0) {
        if (!validate40(data.note, { instancePath: instancePath + "/note", parentData: data, parentDataProperty: "note", rootData })) {
          vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
          errors = vErrors.length;
        }
      }
    } else {
      const err18 = { instancePath, schemaPath: "#/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    var _valid0 = _errs24 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
      }
    }
  }
  if (!valid0) {
    const err19 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate43.errors = vErrors;
  return errors === 0;
}
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.asOf === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "asOf" }, message: "must have required property 'asOf'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema10.properties, key0)) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.provider !== void 0) {
      if (!validate30(data.provider, { instancePath: instancePath + "/provider", parentData: data, parentDataProperty: "provider", rootData })) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err5 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.aliases !== void 0) {
      let data2 = data.aliases;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (func3(data3) < 1) {
              const err7 = { instancePath: instancePath + "/aliases/" + i0, schemaPath: "#/properties/aliases/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/aliases/" + i0, schemaPath: "#/properties/aliases/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        let i1 = data2.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data2[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err9 = { instancePath: instancePath + "/aliases", schemaPath: "#/properties/aliases/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/aliases", schemaPath: "#/properties/aliases/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.contextWindow !== void 0) {
      let data4 = data.contextWindow;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
        const err11 = { instancePath: instancePath + "/contextWindow", schemaPath: "#/properties/contextWindow/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data4 == "number") {
        if (data4 < 1 || isNaN(data4)) {
          const err12 = { instancePath: instancePath + "/contextWindow", schemaPath: "#/properties/contextWindow/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.maxInputTokens !== void 0) {
      let data5 = data.maxInputTokens;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)))) {
        const err13 = { instancePath: instancePath + "/maxInputTokens", schemaPath: "#/properties/maxInputTokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data5 == "number") {
        if (data5 < 1 || isNaN(data5)) {
          const err14 = { instancePath: instancePath + "/maxInputTokens", schemaPath: "#/properties/maxInputTokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.maxOutputTokens !== void 0) {
      let data6 = data.maxOutputTokens;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)))) {
        const err15 = { instancePath: instancePath + "/maxOutputTokens", schemaPath: "#/properties/maxOutputTokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data6 == "number") {
        if (data6 < 1 || isNaN(data6)) {
          const err16 = { instancePath: instancePath + "/maxOutputTokens", schemaPath: "#/properties/maxOutputTokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    if (data.serverless !== void 0) {
      if (!validate32(data.serverless, { instancePath: instancePath + "/serverless", parentData: data, parentDataProperty: "serverless", rootData })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
    if (data.batch !== void 0) {
      if (!validate43(data.batch, { instancePath: instancePath + "/batch", parentData: data, parentDataProperty: "batch", rootData })) {
        vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
        errors = vErrors.length;
      }
    }
    if (data.longContext !== void 0) {
      let data9 = data.longContext;
      if (Array.isArray(data9)) {
        const len1 = data9.length;
        for (let i2 = 0; i2 < len1; i2++) {
          if (!validate48(data9[i2], { instancePath: instancePath + "/longContext/" + i2, parentData: data9, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/longContext", schemaPath: "#/properties/longContext/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.deprecated !== void 0) {
      if (typeof data.deprecated !== "boolean") {
        const err18 = { instancePath: instancePath + "/deprecated", schemaPath: "#/properties/deprecated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.retires !== void 0) {
      if (!validate22(data.retires, { instancePath: instancePath + "/retires", parentData: data, parentDataProperty: "retires", rootData })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.source !== void 0) {
      if (!validate24(data.source, { instancePath: instancePath + "/source", parentData: data, parentDataProperty: "source", rootData })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.asOf !== void 0) {
      if (!validate22(data.asOf, { instancePath: instancePath + "/asOf", parentData: data, parentDataProperty: "asOf", rootData })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.note !== void 0) {
      if (!validate40(data.note, { instancePath: instancePath + "/note", parentData: data, parentDataProperty: "note", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
var schema17 = { "type": "object", "description": "A GPU type rented per hour.", "additionalProperties": false, "required": ["provider", "id", "name", "source", "asOf"], "properties": { "provider": { "$ref": "#/definitions/providerId" }, "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]*$", "description": 'Hardware id, e.g. "h100-80gb".' }, "name": { "type": "string", "minLength": 1, "description": 'Display name, e.g. "NVIDIA H100 80GB SXM".' }, "dedicatedHourly": { "$ref": "#/definitions/price", "description": "USD per GPU-hour for a dedicated endpoint replica." }, "clusterHourly": { "$ref": "#/definitions/price", "description": "USD per GPU-hour for an on-demand GPU cluster." }, "memoryGb": { "type": "number", "exclusiveMinimum": 0, "description": "GPU memory in GB, used by planning to size replicas." }, "source": { "$ref": "#/definitions/sourceKey" }, "asOf": { "$ref": "#/definitions/date", "description": "Date (YYYY-MM-DD) the source states this value or was captured." }, "note": { "$ref": "#/definitions/note" } } };
function validate73(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.asOf === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "asOf" }, message: "must have required property 'asOf'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema17.properties, key0)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.provider !== void 0) {
      if (!validate30(data.provider, { instancePath: instancePath + "/provider", parentData: data, parentDataProperty: "provider", rootData })) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!pattern5.test(data1)) {
          const err6 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data2 = data.name;
      if (typeof data2 === "string") {
        if (func3(data2) < 1) {
          const err8 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.dedicatedHourly !== void 0) {
      if (!validate33(data.dedicatedHourly, { instancePath: instancePath + "/dedicatedHourly", parentData: data, parentDataProperty: "dedicatedHourly", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.clusterHourly !== void 0) {
      if (!validate33(data.clusterHourly, { instancePath: instancePath + "/clusterHourly", parentData: data, parentDataProperty: "clusterHourly", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.memoryGb !== void 0) {
      let data5 = data.memoryGb;
      if (typeof data5 == "number") {
        if (data5 <= 0 || isNaN(data5)) {
          const err10 = { instancePath: instancePath + "/memoryGb", schemaPath: "#/properties/memoryGb/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/memoryGb", schemaPath: "#/properties/memoryGb/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      if (!validate24(data.source, { instancePath: instancePath + "/source", parentData: data, parentDataProperty: "source", rootData })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.asOf !== void 0) {
      if (!validate22(data.asOf, { instancePath: instancePath + "/asOf", parentData: data, parentDataProperty: "asOf", rootData })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.note !== void 0) {
      if (!validate40(data.note, { instancePath: instancePath + "/note", parentData: data, parentDataProperty: "note", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate73.errors = vErrors;
  return errors === 0;
}
function validate82(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.enqueuedTokensPerModel === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "enqueuedTokensPerModel" }, message: "must have required property 'enqueuedTokensPerModel'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.completionHours === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "completionHours" }, message: "must have required property 'completionHours'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.asOf === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "asOf" }, message: "must have required property 'asOf'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "enqueuedTokensPerModel" || key0 === "completionHours" || key0 === "source" || key0 === "asOf")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.enqueuedTokensPerModel !== void 0) {
      let data0 = data.enqueuedTokensPerModel;
      if (typeof data0 == "number") {
        if (data0 <= 0 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/enqueuedTokensPerModel", schemaPath: "#/properties/enqueuedTokensPerModel/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/enqueuedTokensPerModel", schemaPath: "#/properties/enqueuedTokensPerModel/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.completionHours !== void 0) {
      let data1 = data.completionHours;
      if (typeof data1 == "number") {
        if (data1 <= 0 || isNaN(data1)) {
          const err7 = { instancePath: instancePath + "/completionHours", schemaPath: "#/properties/completionHours/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/completionHours", schemaPath: "#/properties/completionHours/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      if (!validate24(data.source, { instancePath: instancePath + "/source", parentData: data, parentDataProperty: "source", rootData })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.asOf !== void 0) {
      if (!validate22(data.asOf, { instancePath: instancePath + "/asOf", parentData: data, parentDataProperty: "asOf", rootData })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate82.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.formatVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "formatVersion" }, message: "must have required property 'formatVersion'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.asOf === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "asOf" }, message: "must have required property 'asOf'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.currency === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.sources === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sources" }, message: "must have required property 'sources'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.models === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "models" }, message: "must have required property 'models'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.hardware === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hardware" }, message: "must have required property 'hardware'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema6.properties, key0)) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err8 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.formatVersion !== void 0) {
      if (1 !== data.formatVersion) {
        const err9 = { instancePath: instancePath + "/formatVersion", schemaPath: "#/properties/formatVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data2 = data.version;
      if (typeof data2 === "string") {
        if (!pattern0.test(data2)) {
          const err10 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}\\.[0-9]{1,2}\\.[0-9]+$" }, message: 'must match pattern "^[0-9]{4}\\.[0-9]{1,2}\\.[0-9]+$"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.asOf !== void 0) {
      if (!validate22(data.asOf, { instancePath: instancePath + "/asOf", parentData: data, parentDataProperty: "asOf", rootData })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.currency !== void 0) {
      if ("USD" !== data.currency) {
        const err12 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/const", keyword: "const", params: { allowedValue: "USD" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.sources !== void 0) {
      let data5 = data.sources;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          const _errs11 = errors;
          if (!validate24(key1, { instancePath: instancePath + "/sources", parentData: data5, parentDataProperty: "sources", rootData })) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
          var valid1 = _errs11 === errors;
          if (!valid1) {
            const err13 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        for (const key2 in data5) {
          if (!validate26(data5[key2], { instancePath: instancePath + "/sources/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data5, parentDataProperty: key2, rootData })) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.models !== void 0) {
      let data7 = data.models;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate29(data7[i0], { instancePath: instancePath + "/models/" + i0, parentData: data7, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.hardware !== void 0) {
      let data9 = data.hardware;
      if (Array.isArray(data9)) {
        const len1 = data9.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate73(data9[i1], { instancePath: instancePath + "/hardware/" + i1, parentData: data9, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/hardware", schemaPath: "#/properties/hardware/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.providers !== void 0) {
      let data11 = data.providers;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key3 in data11) {
          const _errs22 = errors;
          if (!validate30(key3, { instancePath: instancePath + "/providers", parentData: data11, parentDataProperty: "providers", rootData })) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
          var valid7 = _errs22 === errors;
          if (!valid7) {
            const err17 = { instancePath: instancePath + "/providers", schemaPath: "#/properties/providers/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        for (const key4 in data11) {
          let data12 = data11[key4];
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.name === void 0) {
              const err18 = { instancePath: instancePath + "/providers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/providers/additionalProperties/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            for (const key5 in data12) {
              if (!(key5 === "name" || key5 === "clusterGpuMultiple" || key5 === "batch" || key5 === "notes")) {
                const err19 = { instancePath: instancePath + "/providers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/providers/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data12.name !== void 0) {
              let data13 = data12.name;
              if (typeof data13 === "string") {
                if (func3(data13) < 1) {
                  const err20 = { instancePath: instancePath + "/providers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/properties/providers/additionalProperties/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/providers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/properties/providers/additionalProperties/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data12.clusterGpuMultiple !== void 0) {
              let data14 = data12.clusterGpuMultiple;
              if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)))) {
                const err22 = { instancePath: instancePath + "/providers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/clusterGpuMultiple", schemaPath: "#/properties/providers/additionalProperties/properties/clusterGpuMultiple/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
              if (typeof data14 == "number") {
                if (data14 < 1 || isNaN(data14)) {
                  const err23 = { instancePath: instancePath + "/providers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/clusterGpuMultiple", schemaPath: "#/properties/providers/additionalProperties/properties/clusterGpuMultiple/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              }
            }
            if (data12.batch !== void 0) {
              if (!validate82(data12.batch, { instancePath: instancePath + "/providers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/batch", parentData: data12, parentDataProperty: "batch", rootData })) {
                vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
                errors = vErrors.length;
              }
            }
            if (data12.notes !== void 0) {
              let data16 = data12.notes;
              if (Array.isArray(data16)) {
                const len2 = data16.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data17 = data16[i2];
                  if (typeof data17 === "string") {
                    if (func3(data17) < 1) {
                      const err24 = { instancePath: instancePath + "/providers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/notes/" + i2, schemaPath: "#/properties/providers/additionalProperties/properties/notes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err24];
                      } else {
                        vErrors.push(err24);
                      }
                      errors++;
                    }
                  } else {
                    const err25 = { instancePath: instancePath + "/providers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/notes/" + i2, schemaPath: "#/properties/providers/additionalProperties/properties/notes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
              } else {
                const err26 = { instancePath: instancePath + "/providers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/notes", schemaPath: "#/properties/providers/additionalProperties/properties/notes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/providers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/providers/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/providers", schemaPath: "#/properties/providers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
  } else {
    const err29 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err29];
    } else {
      vErrors.push(err29);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// src/core/json-error.ts
function jsonErrorAt(text2) {
  return new JsonScanner(text2).scan();
}
var NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
var JsonScanner = class {
  constructor(text2) {
    this.text = text2;
  }
  text;
  i = 0;
  stack = [];
  scan() {
    const { text: text2 } = this;
    let expectValue = true;
    for (; ; ) {
      this.ws();
      if (expectValue) {
        const problem = this.value();
        if (problem === OPENED) continue;
        if (problem) return this.fail(problem);
        expectValue = false;
        continue;
      }
      const close = this.stack[this.stack.length - 1];
      if (close === void 0) return this.i < text2.length ? this.fail("unexpected text after the JSON value") : void 0;
      if (text2[this.i] === close) {
        this.i++;
        this.stack.pop();
        continue;
      }
      if (text2[this.i] !== ",") return this.fail(this.i >= text2.length ? "unexpected end of input" : `expected ',' or '${close}'`);
      this.i++;
      if (close === "}") {
        this.ws();
        const problem = this.key("expected a quoted key");
        if (problem) return this.fail(problem);
      }
      expectValue = true;
    }
  }
  /** Reads a value, or opens a container (OPENED: its first value or key comes next); a problem otherwise. */
  value() {
    const { text: text2 } = this;
    const c = text2[this.i];
    if (c === "{" || c === "[") return this.open(c);
    if (c === '"') return this.string() ? void 0 : "unterminated or invalid string";
    if (c === "t" || c === "f" || c === "n") {
      const word = c === "t" ? "true" : c === "f" ? "false" : "null";
      if (text2.slice(this.i, this.i + word.length) !== word) return "expected a value";
      this.i += word.length;
      return void 0;
    }
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(text2);
    if (!m || m[0].length === 0) return this.i >= text2.length ? "unexpected end of input" : "expected a value";
    this.i += m[0].length;
    return void 0;
  }
  /** An opening bracket: an empty container closes at once (a value read); an object's first key is read. */
  open(c) {
    const close = c === "{" ? "}" : "]";
    this.stack.push(close);
    this.i++;
    this.ws();
    if (this.text[this.i] === close) {
      this.i++;
      this.stack.pop();
      return void 0;
    }
    return c === "{" ? this.key("expected a quoted key or '}'") ?? OPENED : OPENED;
  }
  /** A quoted key and its colon; a problem when either is missing. */
  key(missing) {
    if (this.text[this.i] !== '"') return missing;
    if (!this.string()) return "unterminated or invalid string";
    this.ws();
    if (this.text[this.i] !== ":") return "expected ':' after a key";
    this.i++;
    return void 0;
  }
  ws() {
    const { text: text2 } = this;
    while (this.i < text2.length && (text2[this.i] === " " || text2[this.i] === "	" || text2[this.i] === "\n" || text2[this.i] === "\r"))
      this.i++;
  }
  /** A string from its opening quote; false when it is unterminated or has a bad escape or control character. */
  string() {
    const { text: text2 } = this;
    this.i++;
    while (this.i < text2.length) {
      const c = text2.charCodeAt(this.i);
      if (c === 34) {
        this.i++;
        return true;
      }
      if (c < 32) return false;
      if (c === 92) {
        const e = text2[this.i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text2.slice(this.i + 2, this.i + 6))) return false;
          this.i += 6;
          continue;
        }
        if (e === void 0 || !'"\\/bfnrt'.includes(e)) return false;
        this.i += 2;
        continue;
      }
      this.i++;
    }
    return false;
  }
  /** Where the scan stopped, as line and column, and what was wrong there. */
  fail(problem) {
    const { text: text2 } = this;
    let line = 1;
    let lineStart = 0;
    for (let k = 0; k < Math.min(this.i, text2.length); k++) {
      if (text2.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
    return { line, col: this.i - lineStart + 1, problem };
  }
};
var OPENED = /* @__PURE__ */ Symbol("opened");

// src/core/prices/catalog-load.ts
var BUILTIN_LAYER = { origin: "built-in", catalog: builtin_default };
function unorderedTiers(catalog, skip = /* @__PURE__ */ new Map()) {
  const found = /* @__PURE__ */ new Map();
  const models = catalog.models;
  if (!Array.isArray(models)) return found;
  models.forEach((model, index) => {
    if (skip.has(index)) return;
    const lists = [
      ["longContext", model.longContext],
      ["batch/longContext", model.batch && "longContext" in model.batch ? model.batch.longContext : void 0]
    ];
    for (const [field, tiers = []] of lists) {
      let below = -Infinity;
      for (const tier of tiers) {
        if (tier.aboveInputTokens <= below) found.set(index, `${field} thresholds must rise from one tier to the next`);
        below = tier.aboveInputTokens;
      }
    }
  });
  return found;
}
function invalidModels(catalog) {
  const reasons = /* @__PURE__ */ new Map();
  if (!catalog_validator_default(catalog))
    for (const error of catalog_validator_default.errors ?? []) {
      const match = /^\/models\/(\d+)(\/.*)?$/.exec(error.instancePath);
      if (match && !reasons.has(Number(match[1])))
        reasons.set(Number(match[1]), `${match[2]?.slice(1) ?? "entry"} ${error.message ?? "is invalid"}`);
    }
  for (const [index, reason] of unorderedTiers(catalog, reasons)) reasons.set(index, reason);
  return [...reasons].map(([index, reason]) => ({ index, reason })).sort((a, b) => b.index - a.index);
}
function parseCatalog(origin, text2) {
  const fail2 = (message, at) => ({
    findings: [finding("catalog.invalid", placeIn(origin, at), message, "error")]
  });
  let data;
  try {
    data = JSON.parse(text2);
  } catch {
    const at = jsonErrorAt(text2);
    return at ? fail2(`price catalog is not valid JSON at line ${at.line}, column ${at.col}: ${at.problem}`, at) : fail2("price catalog is not valid JSON");
  }
  if (!catalog_validator_default(data)) {
    const problems = (catalog_validator_default.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || "(root)"} ${e.message ?? "is invalid"}`);
    return fail2(`price catalog does not match schemas/price-catalog.schema.json: ${problems.join("; ")}`);
  }
  const unordered = [...unorderedTiers(data)].slice(0, 5).map(([index, reason]) => `/models/${index} ${reason}`);
  if (unordered.length > 0) return fail2(`price catalog has long-context tiers out of order: ${unordered.join("; ")}`);
  return { layer: { origin, catalog: data } };
}

// src/core/prices/catalog.ts
var key = (provider, id) => `${provider.toLowerCase()}\0${id.toLowerCase()}`;
var PriceBook = class {
  layers;
  modelsByProvider = /* @__PURE__ */ new Map();
  hardware = /* @__PURE__ */ new Map();
  idsByProvider;
  nameIndex;
  constructor(layers) {
    this.layers = layers;
    for (const { origin, catalog } of layers) {
      for (const hw of catalog.hardware) {
        this.hardware.set(key(hw.provider, hw.id), { hardware: hw, origin, source: catalog.sources[hw.source] });
      }
    }
  }
  /** One provider's models by lowercased id and alias, the highest layer's entry winning. */
  modelsOf(provider) {
    const wanted = provider.toLowerCase();
    let models = this.modelsByProvider.get(wanted);
    if (models) return models;
    models = /* @__PURE__ */ new Map();
    for (const { origin, catalog } of this.layers) {
      for (const model of catalog.models) {
        if (model.provider.toLowerCase() !== wanted) continue;
        const found = { model, origin, source: catalog.sources[model.source] };
        models.set(model.id.toLowerCase(), found);
        for (const alias of model.aliases ?? []) models.set(alias.toLowerCase(), found);
      }
    }
    this.modelsByProvider.set(wanted, models);
    return models;
  }
  /** Model ids by provider, in book order (for suggestions and `providers()`). */
  ids() {
    if (this.idsByProvider) return this.idsByProvider;
    const byProvider = /* @__PURE__ */ new Map();
    for (const { catalog } of this.layers) {
      for (const model of catalog.models) {
        const provider = model.provider.toLowerCase();
        const ids = byProvider.get(provider);
        if (ids) ids.push(model.id);
        else byProvider.set(provider, [model.id]);
      }
    }
    return this.idsByProvider = byProvider;
  }
  /** The built-in catalog's version, or the joined versions when extra books are loaded. */
  get version() {
    return this.layers.map((l) => l.origin === "built-in" ? l.catalog.version : `${l.origin}@${l.catalog.version}`).join(" + ");
  }
  /** The oldest as-of date among the books: a report is only as fresh as its stalest book. */
  get asOf() {
    return this.layers.map((l) => l.catalog.asOf).sort()[0] ?? "unknown";
  }
  findModel(provider, id) {
    return this.modelsOf(provider).get(id.toLowerCase());
  }
  /** The spelling index, built on first use: a run that prices nothing exact-matched never pays for it. */
  get names() {
    return this.nameIndex ??= new NameIndex(this.layers);
  }
  /** How a spelling resolves (see resolve.ts): within `provider` when given, else among all providers. */
  resolve(spelling, provider) {
    return resolveModel(this.names, spelling, provider);
  }
  /** The model a workload names: its exact id or alias, else the one entry its spelling resolves to. */
  match(provider, spelling) {
    const exact = this.findModel(provider, spelling);
    if (exact) return exact;
    const resolved = this.resolve(spelling, provider);
    if (resolved.kind !== "found") return void 0;
    return {
      model: resolved.model,
      origin: resolved.origin,
      source: this.layers.find((l) => l.origin === resolved.origin)?.catalog.sources[resolved.model.source]
    };
  }
  findHardware(provider, id) {
    return this.hardware.get(key(provider, id));
  }
  hardwareIds(provider) {
    const ids = /* @__PURE__ */ new Set();
    for (const { catalog } of this.layers)
      for (const hw of catalog.hardware) if (hw.provider.toLowerCase() === provider.toLowerCase()) ids.add(hw.id);
    return [...ids];
  }
  providers() {
    return [...this.ids().keys()];
  }
  /** The providers whose books have exactly this model id, for "set provider: openai". */
  providersWith(id) {
    return this.providers().filter((provider) => this.findModel(provider, id) !== void 0);
  }
  /** Closest model ids, first within the provider, then anywhere (a wrong `provider:` is common). */
  suggestModels(provider, id, limit = 3) {
    const own = closest(id, new Set(this.ids().get(provider.toLowerCase()) ?? []), limit);
    if (own.length > 0) return own;
    const elsewhere = [];
    for (const [p, ids] of this.ids()) for (const found of closest(id, new Set(ids), limit)) elsewhere.push(`${found} (provider ${p})`);
    return elsewhere.slice(0, limit);
  }
};

// src/app/load.ts
import path from "node:path";
import { stat } from "node:fs/promises";

// src/adapters/manifest-parser.ts
var yaml;
async function parseManifest(file, bytes, limits) {
  const parsed = parseYaml(file, bytes, limits);
  return "text" in parsed ? parseFull(await (yaml ??= import("./dist-4QT65VRT.js").then((m) => m.default)), parsed, limits) : parsed;
}

// src/adapters/tokenizer.ts
var loading;
function loadPromptCounter() {
  loading ??= import("./o200k-YEFE2ZIL.js").then((o200k) => o200k.counter());
  return loading;
}

// src/core/prices/price.ts
function lifecycleOf(model) {
  if (!model || !model.deprecated && model.retires === void 0) return void 0;
  return { ...model.deprecated ? { deprecated: true } : {}, ...model.retires !== void 0 ? { retires: model.retires } : {} };
}
function originOf2(kind, book, source, asOf, note) {
  return {
    kind,
    book,
    ...source ? { source: source.title, url: source.url } : {},
    ...asOf ?? source?.asOf ? { asOf: asOf ?? source?.asOf } : {},
    ...note ? { note } : {}
  };
}
var ratesCache = /* @__PURE__ */ new WeakMap();
function ratesOf(prices) {
  let rates = ratesCache.get(prices);
  if (!rates) {
    rates = {
      input: dec(prices.input),
      output: dec(prices.output),
      ...prices.cachedInput !== void 0 ? { cachedInput: dec(prices.cachedInput) } : {},
      ...prices.cacheWrite !== void 0 ? { cacheWrite: dec(prices.cacheWrite) } : {}
    };
    ratesCache.set(prices, rates);
  }
  return rates;
}
function findOverride(workload, overrides) {
  const model = workload.model.toLowerCase();
  return overrides.find((o) => o.model.toLowerCase() === model && (o.provider === void 0 || o.provider === workload.provider));
}
function scale(rate, serverless, batch) {
  return serverless.input.isZero() ? rate : rate.times(batch.input).div(serverless.input);
}
function scaled(rate, serverless, batch) {
  return rate === void 0 ? void 0 : scale(rate, serverless, batch);
}
function batchRates(serverless, batch) {
  const cachedInput = batch.cachedInput ?? scaled(serverless.cachedInput, serverless, batch);
  const cacheWrite = batch.cacheWrite ?? scaled(serverless.cacheWrite, serverless, batch);
  return { input: batch.input, output: batch.output, ...cachedInput ? { cachedInput } : {}, ...cacheWrite ? { cacheWrite } : {} };
}
function batchTiers(tiers, listed, serverless, batch) {
  if (listed && listed.length > 0) return listed.map((tier) => ({ aboveInputTokens: tier.aboveInputTokens, rates: ratesOf(tier) }));
  return tiers.map(({ aboveInputTokens, rates }) => {
    const cachedInput = scaled(rates.cachedInput, serverless, batch);
    const cacheWrite = scaled(rates.cacheWrite, serverless, batch);
    return {
      aboveInputTokens,
      rates: {
        input: scale(rates.input, serverless, batch),
        output: scale(rates.output, serverless, batch),
        ...cachedInput ? { cachedInput } : {},
        ...cacheWrite ? { cacheWrite } : {}
      }
    };
  });
}
function limitsOf(model, contextWindow) {
  return {
    ...contextWindow !== void 0 ? { contextWindow } : {},
    ...model?.maxInputTokens !== void 0 ? { maxInputTokens: model.maxInputTokens } : {},
    ...model?.maxOutputTokens !== void 0 ? { maxOutputTokens: model.maxOutputTokens } : {},
    ...model ? { modelId: model.id } : {},
    ...lifecycleOf(model) ? { lifecycle: lifecycleOf(model) } : {}
  };
}
var resolvedCache = /* @__PURE__ */ new WeakMap();
function cacheEntry(cache, book, first, second, empty) {
  let byFirst = cache.get(book);
  if (!byFirst) {
    byFirst = /* @__PURE__ */ new Map();
    cache.set(book, byFirst);
  }
  let bySecond = byFirst.get(first);
  if (!bySecond) {
    bySecond = /* @__PURE__ */ new Map();
    byFirst.set(first, bySecond);
  }
  let entry = bySecond.get(second);
  if (!entry) {
    entry = empty();
    bySecond.set(second, entry);
  }
  return entry;
}
function resolveTokenPrice(workload, overrides, book) {
  const override = overrides.length > 0 ? findOverride(workload, overrides) : void 0;
  if (override) return resolveOverride(workload, override, book);
  const entry = cacheEntry(resolvedCache, book, workload.provider, workload.model, () => ({}));
  const mode = workload.mode === "batch" ? "batch" : "serverless";
  return entry[mode] ??= resolveCatalogPrice(workload, book);
}
function resolveOverride(workload, override, book) {
  const found = book.match(workload.provider, workload.model);
  const wantsBatch = workload.mode === "batch";
  const origin = { kind: "override", book: workload.file, note: `prices: entry at line ${override.line}` };
  const base = { origin, longContext: [], ...limitsOf(found?.model, override.contextWindow ?? found?.model.contextWindow) };
  const serverless = {
    input: override.input,
    output: override.output,
    ...override.cachedInput ? { cachedInput: override.cachedInput } : {},
    ...override.cacheWrite ? { cacheWrite: override.cacheWrite } : {}
  };
  if (!wantsBatch) return { ...base, rates: serverless };
  if (override.batchInput && override.batchOutput) {
    const listed = {
      input: override.batchInput,
      output: override.batchOutput,
      ...override.batchCachedInput ? { cachedInput: override.batchCachedInput } : {},
      ...override.batchCacheWrite ? { cacheWrite: override.batchCacheWrite } : {}
    };
    return { ...base, rates: batchRates(serverless, listed), batch: "discounted" };
  }
  if (found?.model.batch?.available === false) return { ...base, rates: serverless, batch: "unavailable" };
  return { ...base, rates: serverless, batch: "not-discounted" };
}
function unknownModel(workload, book) {
  const resolved = book.resolve(workload.model, workload.provider);
  const candidates = resolved.kind === "ambiguous" ? resolved.candidates.map((c) => c.id) : [];
  const elsewhere = book.resolve(workload.model);
  const providers = elsewhere.kind === "found" ? [elsewhere.provider] : book.providersWith(workload.model);
  return { problem: "unknown-model", suggestions: book.suggestModels(workload.provider, workload.model), providers, candidates };
}
function resolveCatalogPrice(workload, book) {
  const found = book.match(workload.provider, workload.model);
  const wantsBatch = workload.mode === "batch";
  if (!found) return unknownModel(workload, book);
  const { model, origin: bookName, source } = found;
  const origin = originOf2("catalog", bookName, source, model.asOf, model.note);
  if (!model.serverless) return { problem: "no-serverless-price", origin };
  const serverless = ratesOf(model.serverless);
  const base = {
    origin,
    longContext: (model.longContext ?? []).map((tier) => ({ aboveInputTokens: tier.aboveInputTokens, rates: ratesOf(tier) })),
    ...limitsOf(model, model.contextWindow)
  };
  if (!wantsBatch) return { ...base, rates: serverless };
  const batch = model.batch;
  if (!batch) return { ...base, rates: serverless, batch: "unknown" };
  if (!batch.available) return { ...base, rates: serverless, batch: "unavailable" };
  if (!batch.discounted) return { ...base, rates: serverless, batch: "not-discounted" };
  const listed = ratesOf(batch);
  return {
    ...base,
    longContext: batchTiers(base.longContext, batch.longContext, serverless, listed),
    rates: batchRates(serverless, listed),
    origin: batch.source ? originOf2(
      "catalog",
      bookName,
      book.layers.find((l) => l.origin === bookName)?.catalog.sources[batch.source],
      batch.asOf ?? model.asOf
    ) : origin,
    batch: "discounted"
  };
}
var gpuRateCache = /* @__PURE__ */ new WeakMap();
function resolveGpuRate(workload, kind, hardwareId, explicit, book) {
  if (explicit) {
    return {
      hourly: explicit,
      hardwareName: book.findHardware(workload.provider, hardwareId)?.hardware.name ?? hardwareId,
      origin: { kind: "override", book: workload.file, note: `${kind === "dedicated" ? "dedicated" : "cluster"}.hourly_rate` }
    };
  }
  const entry = cacheEntry(gpuRateCache, book, workload.provider, hardwareId, () => ({}));
  return entry[kind] ??= catalogGpuRate(workload.provider, kind, hardwareId, book);
}
function catalogGpuRate(provider, kind, hardwareId, book) {
  const found = book.findHardware(provider, hardwareId);
  if (!found) return { problem: "unknown-hardware", known: book.hardwareIds(provider) };
  const rate = kind === "dedicated" ? found.hardware.dedicatedHourly : found.hardware.clusterHourly;
  if (rate === void 0) return { problem: "no-rate", known: book.hardwareIds(provider) };
  return {
    hourly: dec(rate),
    hardwareName: found.hardware.name,
    origin: originOf2("catalog", found.origin, found.source, found.hardware.asOf, found.hardware.note)
  };
}

// src/core/manifest/generated/manifest-validator.js
var import_ucs2length2 = __toESM(require_ucs2length(), 1);
var manifest_validator_default = validate212;
var schema62 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/tokenbudget/tokenbudget/schemas/ai-workloads.schema.json", "title": "tokenbudget ai-workloads manifest, version 1", "description": "Declares LLM inference workloads (model, deployment mode, tokens per request, request volume, budget) so that tokenbudget can project and police their monthly cost.", "type": "object", "additionalProperties": false, "required": ["version", "workloads"], "properties": { "$schema": { "type": "string", "description": "Path or URL of this schema, for editors." }, "version": { "const": 1, "description": "Manifest format version. Only 1 exists." }, "defaults": { "type": "object", "additionalProperties": false, "description": "Merged into every workload; a workload's own value wins (tags are merged key by key).", "properties": { "provider": { "$ref": "#/definitions/provider" }, "mode": { "$ref": "#/definitions/mode" }, "latency": { "$ref": "#/definitions/latency" }, "tags": { "$ref": "#/definitions/tags" } } }, "catalogs": { "type": "array", "description": "Extra price books (paths relative to this file) that extend or override the built-in catalog, in order of increasing precedence.", "items": { "$ref": "#/definitions/path" }, "maxItems": 20 }, "prices": { "type": "array", "description": "Private or negotiated prices in USD per 1M tokens. They win over every catalog and are labelled as overrides in reports.", "maxItems": 1e3, "items": { "type": "object", "additionalProperties": false, "required": ["model", "input", "output"], "properties": { "model": { "$ref": "#/definitions/modelId" }, "provider": { "$ref": "#/definitions/provider" }, "input": { "$ref": "#/definitions/price" }, "output": { "$ref": "#/definitions/price" }, "cached_input": { "$ref": "#/definitions/price" }, "cache_write": { "$ref": "#/definitions/price", "description": "USD per 1M input tokens written to the prompt cache." }, "batch_input": { "$ref": "#/definitions/price" }, "batch_output": { "$ref": "#/definitions/price" }, "batch_cached_input": { "$ref": "#/definitions/price", "description": "USD per 1M cached input tokens in batch jobs." }, "batch_cache_write": { "$ref": "#/definitions/price", "description": "USD per 1M cache-write input tokens in batch jobs." }, "context_window": { "type": "integer", "minimum": 1, "maximum": 1e8 } } } }, "budgets": { "type": "array", "description": "Group budgets over the workloads of this file whose tags all match.", "maxItems": 1e3, "items": { "type": "object", "additionalProperties": false, "required": ["name", "monthly"], "properties": { "name": { "$ref": "#/definitions/name" }, "match": { "$ref": "#/definitions/tags" }, "monthly": { "$ref": "#/definitions/usd" } } } }, "policy": { "type": "object", "additionalProperties": false, "properties": { "warn_at_percent": { "type": "number", "exclusiveMinimum": 0, "maximum": 1e3, "description": "Warn when a workload or group uses this much of its budget (default 80)." }, "max_increase_percent": { "type": "number", "minimum": 0, "maximum": 1e6, "description": "Fail when a change raises this file's total by more than this percent (only with a base)." }, "max_increase": { "$ref": "#/definitions/usd", "description": "Fail when a change raises this file's total by more than this many USD a month (only with a base)." }, "require_budget": { "type": "boolean", "description": "When true, a workload with no budget (its own or a group's) is an error." }, "unknown_model": { "enum": ["error", "warning"], "description": "With warning, a workload whose model is not in any catalog is reported as unpriced (never $0)." }, "undeclared_models": { "enum": ["off", "warning", "error"], "description": "check scans the code for model uses (as tokenbudget scan does) and reports each model no manifest declares at the line that uses it (default off). With a base, only uses the change adds are warnings or errors." }, "max_price_age_days": { "type": "integer", "minimum": 1, "maximum": 36500, "description": "Warn when a price used is older than this many days." }, "forecast_months": { "type": "integer", "minimum": 1, "maximum": 12, "description": "Warn when growth takes a workload over its budget within this many months." }, "actuals_variance_percent": { "type": "number", "exclusiveMinimum": 0, "maximum": 1e5, "description": "tokenbudget actuals warns when a workload's measured monthly spend differs from its projection by more than this percent (default 25)." } } }, "scan": { "type": "object", "additionalProperties": false, "description": "What tokenbudget scan (and check's undeclared_models) reads below this file's folder. Under --trust base the base revision's scan settings apply.", "properties": { "include": { "type": "array", "maxItems": 200, "items": { "$ref": "#/definitions/glob" }, "description": "Globs (relative to this file's folder) of the files to scan; default every file below it." }, "exclude": { "type": "array", "maxItems": 200, "items": { "$ref": "#/definitions/glob" }, "description": "Globs (relative to this file's folder) of files or folders not to scan, e.g. a vendored dependency. Each one is counted in scan's summary of what was skipped." }, "tests": { "enum": ["ignore", "report", "count"], "description": "Model uses in test code (tests/, *_test.go, *.spec.ts, fixtures, ...): ignore them, report them without ever failing on them (default), or count them like any other use." } } }, "workloads": { "type": "array", "maxItems": 1e5, "items": { "$ref": "#/definitions/workload" } } }, "definitions": { "name": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^(?!\\s)[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]+(?<!\\s)$" }, "path": { "type": "string", "minLength": 1, "maxLength": 1024, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]+$" }, "glob": { "type": "string", "minLength": 1, "maxLength": 512, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]+$" }, "hardware": { "type": "string", "minLength": 1, "maxLength": 64, "pattern": "^(?!\\s)[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]+(?<!\\s)$" }, "provider": { "type": "string", "minLength": 1, "maxLength": 64, "pattern": "^[a-z0-9][a-z0-9._-]*$" }, "modelId": { "type": "string", "minLength": 1, "maxLength": 256, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb\\s]+$" }, "mode": { "enum": ["serverless", "batch", "dedicated", "gpu-cluster"] }, "latency": { "enum": ["interactive", "offline"] }, "price": { "type": "number", "minimum": 0, "maximum": 1e6 }, "usd": { "type": "number", "minimum": 0, "maximum": 1e12 }, "selector": { "oneOf": [{ "$ref": "#/definitions/name" }, { "type": "array", "minItems": 1, "maxItems": 100, "items": { "$ref": "#/definitions/name" } }] }, "tags": { "type": "object", "maxProperties": 50, "propertyNames": { "pattern": "^[A-Za-z0-9_.-]{1,64}$" }, "additionalProperties": { "type": "string", "maxLength": 200, "pattern": "^(?!\\s)[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]*(?<!\\s)$" } }, "tokenCount": { "oneOf": [{ "type": "integer", "minimum": 0, "maximum": 1e8 }, { "type": "object", "additionalProperties": false, "required": ["low", "expected", "high"], "properties": { "low": { "type": "integer", "minimum": 0, "maximum": 1e8 }, "expected": { "type": "integer", "minimum": 0, "maximum": 1e8 }, "high": { "type": "integer", "minimum": 0, "maximum": 1e8 } } }] }, "rate": { "oneOf": [{ "type": "number", "minimum": 0, "maximum": 1e12 }, { "type": "object", "additionalProperties": false, "required": ["low", "expected", "high"], "properties": { "low": { "type": "number", "minimum": 0, "maximum": 1e12 }, "expected": { "type": "number", "minimum": 0, "maximum": 1e12 }, "high": { "type": "number", "minimum": 0, "maximum": 1e12 } } }] }, "workload": { "type": "object", "additionalProperties": false, "required": ["name", "model", "tokens", "requests"], "properties": { "name": { "$ref": "#/definitions/name", "description": "Unique within the file." }, "description": { "type": "string", "maxLength": 2e3 }, "provider": { "$ref": "#/definitions/provider" }, "model": { "$ref": "#/definitions/modelId" }, "mode": { "$ref": "#/definitions/mode" }, "latency": { "$ref": "#/definitions/latency" }, "tokens": { "type": "object", "additionalProperties": false, "description": "Average tokens per request. input counts everything sent (system prompt, history, tool schemas) and includes cached_input and cache_write.", "anyOf": [{ "required": ["input"] }, { "required": ["input_from"] }], "required": ["output"], "properties": { "input": { "$ref": "#/definitions/tokenCount" }, "output": { "$ref": "#/definitions/tokenCount" }, "cached_input": { "$ref": "#/definitions/tokenCount", "description": "Input tokens read from the prompt cache (part of input)." }, "cache_write": { "$ref": "#/definitions/tokenCount", "description": "Input tokens written to the prompt cache (part of input), billed at the model's cache-write rate." }, "input_from": { "$ref": "#/definitions/path", "description": "A prompt template in the repository whose tokens are counted offline and added to input." } } }, "requests": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "per_month": { "$ref": "#/definitions/rate" }, "per_week": { "$ref": "#/definitions/rate" }, "per_day": { "$ref": "#/definitions/rate" }, "per_hour": { "$ref": "#/definitions/rate" }, "per_second": { "$ref": "#/definitions/rate" }, "growth_percent_per_month": { "type": "number", "minimum": -100, "maximum": 1e3 }, "peak_to_average": { "type": "number", "minimum": 1, "maximum": 1e3, "description": "Peak hourly request rate over the mean (default 1); dedicated and cluster capacity is checked and sized at the peak." } } }, "budget": { "type": "object", "additionalProperties": false, "required": ["monthly"], "properties": { "monthly": { "$ref": "#/definitions/usd" } } }, "tags": { "$ref": "#/definitions/tags" }, "match": { "type": "object", "additionalProperties": false, "minProperties": 1, "description": "Which real usage is this workload's, for tokenbudget actuals: every selector given must match (a list matches any of its values). Without match, usage is matched by model and by mode (batch or not).", "properties": { "model": { "$ref": "#/definitions/selector", "description": "Model as the usage data writes it (any spelling the catalog resolves to the same model)." }, "project_id": { "$ref": "#/definitions/selector", "description": "OpenAI project id." }, "api_key_id": { "$ref": "#/definitions/selector", "description": "OpenAI or Anthropic API key id, LiteLLM key hash." }, "workspace_id": { "$ref": "#/definitions/selector", "description": "Anthropic workspace id." }, "service.name": { "$ref": "#/definitions/selector", "description": "OpenTelemetry resource attribute service.name." }, "tags": { "type": "array", "minItems": 1, "maxItems": 50, "items": { "$ref": "#/definitions/name" }, "description": "Request tags (LiteLLM request_tags) the usage must all carry." }, "metadata": { "$ref": "#/definitions/tags", "description": "Metadata keys (LiteLLM metadata, OpenTelemetry span and resource attributes) and the values they must have." } } }, "dedicated": { "type": "object", "additionalProperties": false, "required": ["hardware"], "properties": { "hardware": { "$ref": "#/definitions/hardware" }, "gpus": { "type": "integer", "minimum": 1, "maximum": 1024, "description": "GPUs per replica (default 1)." }, "replicas": { "type": "integer", "minimum": 1, "maximum": 1e4, "description": "Replicas (default 1)." }, "hours": { "type": "number", "exclusiveMinimum": 0, "maximum": 744, "description": "Hours a month the endpoint runs (default 730)." }, "hourly_rate": { "type": "number", "exclusiveMinimum": 0, "maximum": 1e4, "description": "USD per GPU-hour; overrides the catalog." }, "tokens_per_second": { "type": "number", "exclusiveMinimum": 0, "maximum": 1e8, "description": "Input+output tokens per second one replica sustains." }, "contract": { "type": "object", "additionalProperties": false, "description": "A dedicated contract: max(monthly_minimum, GPU-hours cost) + max(0, monthly tokens - included_tokens) / 1e6 x overage_per_million.", "properties": { "monthly_minimum": { "$ref": "#/definitions/usd", "description": "USD a month paid whatever the use." }, "included_tokens": { "type": "number", "minimum": 0, "maximum": 1e16, "description": "Input + output tokens a month the minimum covers." }, "overage_per_million": { "$ref": "#/definitions/price", "description": "USD per 1M tokens above included_tokens." } } } } }, "cluster": { "type": "object", "additionalProperties": false, "required": ["hardware", "gpus"], "properties": { "hardware": { "$ref": "#/definitions/hardware" }, "gpus": { "type": "integer", "minimum": 1, "maximum": 1e5, "description": "GPUs; a provider that sells clusters in multiples (Together: 8) bills the next multiple." }, "hours": { "type": "number", "exclusiveMinimum": 0, "maximum": 744, "description": "Hours a month the cluster runs (default 730)." }, "hourly_rate": { "type": "number", "exclusiveMinimum": 0, "maximum": 1e4, "description": "USD per GPU-hour." }, "storage_monthly": { "$ref": "#/definitions/usd" }, "network_monthly": { "$ref": "#/definitions/usd" }, "tokens_per_second": { "type": "number", "exclusiveMinimum": 0, "maximum": 1e9, "description": "Input+output tokens per second the whole cluster sustains." } } } } } } };
var func22 = Object.prototype.hasOwnProperty;
var schema7 = { "type": "string", "minLength": 1, "maxLength": 64, "pattern": "^[a-z0-9][a-z0-9._-]*$" };
var func32 = import_ucs2length2.default.default ?? import_ucs2length2.default;
var pattern02 = new RegExp("^[a-z0-9][a-z0-9._-]*$", "u");
function validate222(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (func32(data) > 64) {
      const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema7, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (func32(data) < 1) {
      const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema7, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (!pattern02.test(data)) {
      const err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema7, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.type, parentSchema: schema7, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate222.errors = vErrors;
  return errors === 0;
}
var schema8 = { "enum": ["serverless", "batch", "dedicated", "gpu-cluster"] };
function validate242(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "serverless" || data === "batch" || data === "dedicated" || data === "gpu-cluster")) {
    const err0 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema8.enum }, message: "must be equal to one of the allowed values", schema: schema8.enum, parentSchema: schema8, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate242.errors = vErrors;
  return errors === 0;
}
var schema9 = { "enum": ["interactive", "offline"] };
function validate262(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "interactive" || data === "offline")) {
    const err0 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema9.enum }, message: "must be equal to one of the allowed values", schema: schema9.enum, parentSchema: schema9, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate262.errors = vErrors;
  return errors === 0;
}
var schema102 = { "type": "object", "maxProperties": 50, "propertyNames": { "pattern": "^[A-Za-z0-9_.-]{1,64}$" }, "additionalProperties": { "type": "string", "maxLength": 200, "pattern": "^(?!\\s)[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]*(?<!\\s)$" } };
var pattern12 = new RegExp("^[A-Za-z0-9_.-]{1,64}$", "u");
var pattern22 = new RegExp("^(?!\\s)[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]*(?<!\\s)$", "u");
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length > 50) {
      const err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 50 }, message: "must NOT have more than 50 properties", schema: 50, parentSchema: schema102, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (!pattern12.test(key0)) {
          const err1 = { instancePath, schemaPath: "#/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]{1,64}$" }, message: 'must match pattern "^[A-Za-z0-9_.-]{1,64}$"', schema: "^[A-Za-z0-9_.-]{1,64}$", parentSchema: schema102.propertyNames, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err2 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema102.propertyNames, parentSchema: schema102, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      if (typeof data0 === "string") {
        if (func32(data0) > 200) {
          const err3 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema102.additionalProperties, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern22.test(data0)) {
          const err4 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^(?!\\s)[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]*(?<!\\s)$" }, message: 'must match pattern "^(?!\\s)[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]*(?<!\\s)$"', schema: "^(?!\\s)[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]*(?<!\\s)$", parentSchema: schema102.additionalProperties, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema102.additionalProperties.type, parentSchema: schema102.additionalProperties, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema102.type, parentSchema: schema102, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
var schema11 = { "type": "string", "minLength": 1, "maxLength": 1024, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]+$" };
var pattern32 = new RegExp("^[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]+$", "u");
function validate302(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (func32(data) > 1024) {
      const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (func32(data) < 1) {
      const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (!pattern32.test(data)) {
      const err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]+$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]+$"', schema: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]+$", parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate302.errors = vErrors;
  return errors === 0;
}
var schema12 = { "type": "string", "minLength": 1, "maxLength": 256, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb\\s]+$" };
var pattern42 = new RegExp("^[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb\\s]+$", "u");
function validate322(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (func32(data) > 256) {
      const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (func32(data) < 1) {
      const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (!pattern42.test(data)) {
      const err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb\\s]+$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb\\s]+$"', schema: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb\\s]+$", parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate322.errors = vErrors;
  return errors === 0;
}
var schema13 = { "type": "number", "minimum": 0, "maximum": 1e6 };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data == "number") {
    if (data > 1e6 || isNaN(data)) {
      const err0 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000", schema: 1e6, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data < 0 || isNaN(data)) {
      const err1 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
var schema14 = { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^(?!\\s)[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]+(?<!\\s)$" };
var pattern52 = new RegExp("^(?!\\s)[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]+(?<!\\s)$", "u");
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (func32(data) > 200) {
      const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (func32(data) < 1) {
      const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (!pattern52.test(data)) {
      const err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^(?!\\s)[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]+(?<!\\s)$" }, message: 'must match pattern "^(?!\\s)[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]+(?<!\\s)$"', schema: "^(?!\\s)[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]+(?<!\\s)$", parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
var schema152 = { "type": "number", "minimum": 0, "maximum": 1e12 };
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data == "number") {
    if (data > 1e12 || isNaN(data)) {
      const err0 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema152, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data < 0 || isNaN(data)) {
      const err1 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema152, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema152.type, parentSchema: schema152, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate47.errors = vErrors;
  return errors === 0;
}
var schema16 = { "type": "string", "minLength": 1, "maxLength": 512, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]+$" };
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (func32(data) > 512) {
      const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters", schema: 512, parentSchema: schema16, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (func32(data) < 1) {
      const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (!pattern32.test(data)) {
      const err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]+$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]+$"', schema: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]+$", parentSchema: schema16, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
var schema172 = { "type": "object", "additionalProperties": false, "required": ["name", "model", "tokens", "requests"], "properties": { "name": { "$ref": "#/definitions/name", "description": "Unique within the file." }, "description": { "type": "string", "maxLength": 2e3 }, "provider": { "$ref": "#/definitions/provider" }, "model": { "$ref": "#/definitions/modelId" }, "mode": { "$ref": "#/definitions/mode" }, "latency": { "$ref": "#/definitions/latency" }, "tokens": { "type": "object", "additionalProperties": false, "description": "Average tokens per request. input counts everything sent (system prompt, history, tool schemas) and includes cached_input and cache_write.", "anyOf": [{ "required": ["input"] }, { "required": ["input_from"] }], "required": ["output"], "properties": { "input": { "$ref": "#/definitions/tokenCount" }, "output": { "$ref": "#/definitions/tokenCount" }, "cached_input": { "$ref": "#/definitions/tokenCount", "description": "Input tokens read from the prompt cache (part of input)." }, "cache_write": { "$ref": "#/definitions/tokenCount", "description": "Input tokens written to the prompt cache (part of input), billed at the model's cache-write rate." }, "input_from": { "$ref": "#/definitions/path", "description": "A prompt template in the repository whose tokens are counted offline and added to input." } } }, "requests": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "per_month": { "$ref": "#/definitions/rate" }, "per_week": { "$ref": "#/definitions/rate" }, "per_day": { "$ref": "#/definitions/rate" }, "per_hour": { "$ref": "#/definitions/rate" }, "per_second": { "$ref": "#/definitions/rate" }, "growth_percent_per_month": { "type": "number", "minimum": -100, "maximum": 1e3 }, "peak_to_average": { "type": "number", "minimum": 1, "maximum": 1e3, "description": "Peak hourly request rate over the mean (default 1); dedicated and cluster capacity is checked and sized at the peak." } } }, "budget": { "type": "object", "additionalProperties": false, "required": ["monthly"], "properties": { "monthly": { "$ref": "#/definitions/usd" } } }, "tags": { "$ref": "#/definitions/tags" }, "match": { "type": "object", "additionalProperties": false, "minProperties": 1, "description": "Which real usage is this workload's, for tokenbudget actuals: every selector given must match (a list matches any of its values). Without match, usage is matched by model and by mode (batch or not).", "properties": { "model": { "$ref": "#/definitions/selector", "description": "Model as the usage data writes it (any spelling the catalog resolves to the same model)." }, "project_id": { "$ref": "#/definitions/selector", "description": "OpenAI project id." }, "api_key_id": { "$ref": "#/definitions/selector", "description": "OpenAI or Anthropic API key id, LiteLLM key hash." }, "workspace_id": { "$ref": "#/definitions/selector", "description": "Anthropic workspace id." }, "service.name": { "$ref": "#/definitions/selector", "description": "OpenTelemetry resource attribute service.name." }, "tags": { "type": "array", "minItems": 1, "maxItems": 50, "items": { "$ref": "#/definitions/name" }, "description": "Request tags (LiteLLM request_tags) the usage must all carry." }, "metadata": { "$ref": "#/definitions/tags", "description": "Metadata keys (LiteLLM metadata, OpenTelemetry span and resource attributes) and the values they must have." } } }, "dedicated": { "type": "object", "additionalProperties": false, "required": ["hardware"], "properties": { "hardware": { "$ref": "#/definitions/hardware" }, "gpus": { "type": "integer", "minimum": 1, "maximum": 1024, "description": "GPUs per replica (default 1)." }, "replicas": { "type": "integer", "minimum": 1, "maximum": 1e4, "description": "Replicas (default 1)." }, "hours": { "type": "number", "exclusiveMinimum": 0, "maximum": 744, "description": "Hours a month the endpoint runs (default 730)." }, "hourly_rate": { "type": "number", "exclusiveMinimum": 0, "maximum": 1e4, "description": "USD per GPU-hour; overrides the catalog." }, "tokens_per_second": { "type": "number", "exclusiveMinimum": 0, "maximum": 1e8, "description": "Input+output tokens per second one replica sustains." }, "contract": { "type": "object", "additionalProperties": false, "description": "A dedicated contract: max(monthly_minimum, GPU-hours cost) + max(0, monthly tokens - included_tokens) / 1e6 x overage_per_million.", "properties": { "monthly_minimum": { "$ref": "#/definitions/usd", "description": "USD a month paid whatever the use." }, "included_tokens": { "type": "number", "minimum": 0, "maximum": 1e16, "description": "Input + output tokens a month the minimum covers." }, "overage_per_million": { "$ref": "#/definitions/price", "description": "USD per 1M tokens above included_tokens." } } } } }, "cluster": { "type": "object", "additionalProperties": false, "required": ["hardware", "gpus"], "properties": { "hardware": { "$ref": "#/definitions/hardware" }, "gpus": { "type": "integer", "minimum": 1, "maximum": 1e5, "description": "GPUs; a provider that sells clusters in multiples (Together: 8) bills the next multiple." }, "hours": { "type": "number", "exclusiveMinimum": 0, "maximum": 744, "description": "Hours a month the cluster runs (default 730)." }, "hourly_rate": { "type": "number", "exclusiveMinimum": 0, "maximum": 1e4, "description": "USD per GPU-hour." }, "storage_monthly": { "$ref": "#/definitions/usd" }, "network_monthly": { "$ref": "#/definitions/usd" }, "tokens_per_second": { "type": "number", "exclusiveMinimum": 0, "maximum": 1e9, "description": "Input+output tokens per second the whole cluster sustains." } } } } };
var schema18 = { "oneOf": [{ "type": "integer", "minimum": 0, "maximum": 1e8 }, { "type": "object", "additionalProperties": false, "required": ["low", "expected", "high"], "properties": { "low": { "type": "integer", "minimum": 0, "maximum": 1e8 }, "expected": { "type": "integer", "minimum": 0, "maximum": 1e8 }, "high": { "type": "integer", "minimum": 0, "maximum": 1e8 } } }] };
function validate59(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)))) {
    const err0 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.oneOf[0].type, parentSchema: schema18.oneOf[0], data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number") {
    if (data > 1e8 || isNaN(data)) {
      const err1 = { instancePath, schemaPath: "#/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema18.oneOf[0], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data < 0 || isNaN(data)) {
      const err2 = { instancePath, schemaPath: "#/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema18.oneOf[0], data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.low === void 0) {
      const err3 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "low" }, message: "must have required property 'low'", schema: schema18.oneOf[1].required, parentSchema: schema18.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.expected === void 0) {
      const err4 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "expected" }, message: "must have required property 'expected'", schema: schema18.oneOf[1].required, parentSchema: schema18.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.high === void 0) {
      const err5 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "high" }, message: "must have required property 'high'", schema: schema18.oneOf[1].required, parentSchema: schema18.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "low" || key0 === "expected" || key0 === "high")) {
        const err6 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18.oneOf[1], data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.low !== void 0) {
      let data0 = data.low;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err7 = { instancePath: instancePath + "/low", schemaPath: "#/oneOf/1/properties/low/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.oneOf[1].properties.low.type, parentSchema: schema18.oneOf[1].properties.low, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 > 1e8 || isNaN(data0)) {
          const err8 = { instancePath: instancePath + "/low", schemaPath: "#/oneOf/1/properties/low/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema18.oneOf[1].properties.low, data: data0 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err9 = { instancePath: instancePath + "/low", schemaPath: "#/oneOf/1/properties/low/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema18.oneOf[1].properties.low, data: data0 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.expected !== void 0) {
      let data1 = data.expected;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err10 = { instancePath: instancePath + "/expected", schemaPath: "#/oneOf/1/properties/expected/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.oneOf[1].properties.expected.type, parentSchema: schema18.oneOf[1].properties.expected, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data1 == "number") {
        if (data1 > 1e8 || isNaN(data1)) {
          const err11 = { instancePath: instancePath + "/expected", schemaPath: "#/oneOf/1/properties/expected/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema18.oneOf[1].properties.expected, data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err12 = { instancePath: instancePath + "/expected", schemaPath: "#/oneOf/1/properties/expected/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema18.oneOf[1].properties.expected, data: data1 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.high !== void 0) {
      let data2 = data.high;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
        const err13 = { instancePath: instancePath + "/high", schemaPath: "#/oneOf/1/properties/high/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.oneOf[1].properties.high.type, parentSchema: schema18.oneOf[1].properties.high, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data2 == "number") {
        if (data2 > 1e8 || isNaN(data2)) {
          const err14 = { instancePath: instancePath + "/high", schemaPath: "#/oneOf/1/properties/high/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema18.oneOf[1].properties.high, data: data2 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data2 < 0 || isNaN(data2)) {
          const err15 = { instancePath: instancePath + "/high", schemaPath: "#/oneOf/1/properties/high/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema18.oneOf[1].properties.high, data: data2 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.oneOf[1].type, parentSchema: schema18.oneOf[1], data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err17 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema18.oneOf, parentSchema: schema18, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate59.errors = vErrors;
  return errors === 0;
}
var schema19 = { "oneOf": [{ "type": "number", "minimum": 0, "maximum": 1e12 }, { "type": "object", "additionalProperties": false, "required": ["low", "expected", "high"], "properties": { "low": { "type": "number", "minimum": 0, "maximum": 1e12 }, "expected": { "type": "number", "minimum": 0, "maximum": 1e12 }, "high": { "type": "number", "minimum": 0, "maximum": 1e12 } } }] };
function validate65(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (typeof data == "number") {
    if (data > 1e12 || isNaN(data)) {
      const err0 = { instancePath, schemaPath: "#/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema19.oneOf[0], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data < 0 || isNaN(data)) {
      const err1 = { instancePath, schemaPath: "#/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.oneOf[0], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.oneOf[0].type, parentSchema: schema19.oneOf[0], data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.low === void 0) {
      const err3 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "low" }, message: "must have required property 'low'", schema: schema19.oneOf[1].required, parentSchema: schema19.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.expected === void 0) {
      const err4 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "expected" }, message: "must have required property 'expected'", schema: schema19.oneOf[1].required, parentSchema: schema19.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.high === void 0) {
      const err5 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "high" }, message: "must have required property 'high'", schema: schema19.oneOf[1].required, parentSchema: schema19.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "low" || key0 === "expected" || key0 === "high")) {
        const err6 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.oneOf[1], data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.low !== void 0) {
      let data0 = data.low;
      if (typeof data0 == "number") {
        if (data0 > 1e12 || isNaN(data0)) {
          const err7 = { instancePath: instancePath + "/low", schemaPath: "#/oneOf/1/properties/low/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema19.oneOf[1].properties.low, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err8 = { instancePath: instancePath + "/low", schemaPath: "#/oneOf/1/properties/low/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.oneOf[1].properties.low, data: data0 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/low", schemaPath: "#/oneOf/1/properties/low/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.oneOf[1].properties.low.type, parentSchema: schema19.oneOf[1].properties.low, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.expected !== void 0) {
      let data1 = data.expected;
      if (typeof data1 == "number") {
        if (data1 > 1e12 || isNaN(data1)) {
          const err10 = { instancePath: instancePath + "/expected", schemaPath: "#/oneOf/1/properties/expected/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema19.oneOf[1].properties.expected, data: data1 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err11 = { instancePath: instancePath + "/expected", schemaPath: "#/oneOf/1/properties/expected/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.oneOf[1].properties.expected, data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/expected", schemaPath: "#/oneOf/1/properties/expected/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.oneOf[1].properties.expected.type, parentSchema: schema19.oneOf[1].properties.expected, data: data1 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.high !== void 0) {
      let data2 = data.high;
      if (typeof data2 == "number") {
        if (data2 > 1e12 || isNaN(data2)) {
          const err13 = { instancePath: instancePath + "/high", schemaPath: "#/oneOf/1/properties/high/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema19.oneOf[1].properties.high, data: data2 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data2 < 0 || isNaN(data2)) {
          const err14 = { instancePath: instancePath + "/high", schemaPath: "#/oneOf/1/properties/high/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.oneOf[1].properties.high, data: data2 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/high", schemaPath: "#/oneOf/1/properties/high/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.oneOf[1].properties.high.type, parentSchema: schema19.oneOf[1].properties.high, data: data2 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.oneOf[1].type, parentSchema: schema19.oneOf[1], data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err17 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema19.oneOf, parentSchema: schema19, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate65.errors = vErrors;
  return errors === 0;
}
var schema20 = { "oneOf": [{ "$ref": "#/definitions/name" }, { "type": "array", "minItems": 1, "maxItems": 100, "items": { "$ref": "#/definitions/name" } }] };
function validate732(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate44(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs2 = errors;
  if (Array.isArray(data)) {
    if (data.length > 100) {
      const err0 = { instancePath, schemaPath: "#/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema20.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.length < 1) {
      const err1 = { instancePath, schemaPath: "#/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema20.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate44(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.oneOf[1].type, parentSchema: schema20.oneOf[1], data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema20.oneOf, parentSchema: schema20, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate732.errors = vErrors;
  return errors === 0;
}
var schema21 = { "type": "string", "minLength": 1, "maxLength": 64, "pattern": "^(?!\\s)[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]+(?<!\\s)$" };
function validate83(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (func32(data) > 64) {
      const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (func32(data) < 1) {
      const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (!pattern52.test(data)) {
      const err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^(?!\\s)[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]+(?<!\\s)$" }, message: 'must match pattern "^(?!\\s)[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]+(?<!\\s)$"', schema: "^(?!\\s)[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]+(?<!\\s)$", parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.type, parentSchema: schema21, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate83.errors = vErrors;
  return errors === 0;
}
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema172.required, parentSchema: schema172, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.model === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema172.required, parentSchema: schema172, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tokens === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tokens" }, message: "must have required property 'tokens'", schema: schema172.required, parentSchema: schema172, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.requests === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requests" }, message: "must have required property 'requests'", schema: schema172.required, parentSchema: schema172, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func22.call(schema172.properties, key0)) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema172, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (!validate44(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData })) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 === "string") {
        if (func32(data1) > 2e3) {
          const err5 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema172.properties.description, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema172.properties.description.type, parentSchema: schema172.properties.description, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.provider !== void 0) {
      if (!validate222(data.provider, { instancePath: instancePath + "/provider", parentData: data, parentDataProperty: "provider", rootData })) {
        vErrors = vErrors === null ? validate222.errors : vErrors.concat(validate222.errors);
        errors = vErrors.length;
      }
    }
    if (data.model !== void 0) {
      if (!validate322(data.model, { instancePath: instancePath + "/model", parentData: data, parentDataProperty: "model", rootData })) {
        vErrors = vErrors === null ? validate322.errors : vErrors.concat(validate322.errors);
        errors = vErrors.length;
      }
    }
    if (data.mode !== void 0) {
      if (!validate242(data.mode, { instancePath: instancePath + "/mode", parentData: data, parentDataProperty: "mode", rootData })) {
        vErrors = vErrors === null ? validate242.errors : vErrors.concat(validate242.errors);
        errors = vErrors.length;
      }
    }
    if (data.latency !== void 0) {
      if (!validate262(data.latency, { instancePath: instancePath + "/latency", parentData: data, parentDataProperty: "latency", rootData })) {
        vErrors = vErrors === null ? validate262.errors : vErrors.concat(validate262.errors);
        errors = vErrors.length;
      }
    }
    if (data.tokens !== void 0) {
      let data6 = data.tokens;
      const _errs11 = errors;
      let valid1 = false;
      const _errs12 = errors;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.input === void 0) {
          const err7 = { instancePath: instancePath + "/tokens", schemaPath: "#/properties/tokens/anyOf/0/required", keyword: "required", params: { missingProperty: "input" }, message: "must have required property 'input'", schema: schema172.properties.tokens.anyOf[0].required, parentSchema: schema172.properties.tokens.anyOf[0], data: data6 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      var _valid0 = _errs12 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const _errs13 = errors;
        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
          if (data6.input_from === void 0) {
            const err8 = { instancePath: instancePath + "/tokens", schemaPath: "#/properties/tokens/anyOf/1/required", keyword: "required", params: { missingProperty: "input_from" }, message: "must have required property 'input_from'", schema: schema172.properties.tokens.anyOf[1].required, parentSchema: schema172.properties.tokens.anyOf[1], data: data6 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        var _valid0 = _errs13 === errors;
        valid1 = valid1 || _valid0;
      }
      if (!valid1) {
        const err9 = { instancePath: instancePath + "/tokens", schemaPath: "#/properties/tokens/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema172.properties.tokens.anyOf, parentSchema: schema172.properties.tokens, data: data6 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      } else {
        errors = _errs11;
        if (vErrors !== null) {
          if (_errs11) {
            vErrors.length = _errs11;
          } else {
            vErrors = null;
          }
        }
      }
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.output === void 0) {
          const err10 = { instancePath: instancePath + "/tokens", schemaPath: "#/properties/tokens/required", keyword: "required", params: { missingProperty: "output" }, message: "must have required property 'output'", schema: schema172.properties.tokens.required, parentSchema: schema172.properties.tokens, data: data6 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        for (const key1 in data6) {
          if (!(key1 === "input" || key1 === "output" || key1 === "cached_input" || key1 === "cache_write" || key1 === "input_from")) {
            const err11 = { instancePath: instancePath + "/tokens", schemaPath: "#/properties/tokens/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema172.properties.tokens, data: data6 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data6.input !== void 0) {
          if (!validate59(data6.input, { instancePath: instancePath + "/tokens/input", parentData: data6, parentDataProperty: "input", rootData })) {
            vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
            errors = vErrors.length;
          }
        }
        if (data6.output !== void 0) {
          if (!validate59(data6.output, { instancePath: instancePath + "/tokens/output", parentData: data6, parentDataProperty: "output", rootData })) {
            vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
            errors = vErrors.length;
          }
        }
        if (data6.cached_input !== void 0) {
          if (!validate59(data6.cached_input, { instancePath: instancePath + "/tokens/cached_input", parentData: data6, parentDataProperty: "cached_input", rootData })) {
            vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
            errors = vErrors.length;
          }
        }
        if (data6.cache_write !== void 0) {
          if (!validate59(data6.cache_write, { instancePath: instancePath + "/tokens/cache_write", parentData: data6, parentDataProperty: "cache_write", rootData })) {
            vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
            errors = vErrors.length;
          }
        }
        if (data6.input_from !== void 0) {
          if (!validate302(data6.input_from, { instancePath: instancePath + "/tokens/input_from", parentData: data6, parentDataProperty: "input_from", rootData })) {
            vErrors = vErrors === null ? validate302.errors : vErrors.concat(validate302.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/tokens", schemaPath: "#/properties/tokens/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema172.properties.tokens.type, parentSchema: schema172.properties.tokens, data: data6 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.requests !== void 0) {
      let data12 = data.requests;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (Object.keys(data12).length < 1) {
          const err13 = { instancePath: instancePath + "/requests", schemaPath: "#/properties/requests/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema172.properties.requests, data: data12 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        for (const key2 in data12) {
          if (!(key2 === "per_month" || key2 === "per_week" || key2 === "per_day" || key2 === "per_hour" || key2 === "per_second" || key2 === "growth_percent_per_month" || key2 === "peak_to_average")) {
            const err14 = { instancePath: instancePath + "/requests", schemaPath: "#/properties/requests/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema172.properties.requests, data: data12 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data12.per_month !== void 0) {
          if (!validate65(data12.per_month, { instancePath: instancePath + "/requests/per_month", parentData: data12, parentDataProperty: "per_month", rootData })) {
            vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
            errors = vErrors.length;
          }
        }
        if (data12.per_week !== void 0) {
          if (!validate65(data12.per_week, { instancePath: instancePath + "/requests/per_week", parentData: data12, parentDataProperty: "per_week", rootData })) {
            vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
            errors = vErrors.length;
          }
        }
        if (data12.per_day !== void 0) {
          if (!validate65(data12.per_day, { instancePath: instancePath + "/requests/per_day", parentData: data12, parentDataProperty: "per_day", rootData })) {
            vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
            errors = vErrors.length;
          }
        }
        if (data12.per_hour !== void 0) {
          if (!validate65(data12.per_hour, { instancePath: instancePath + "/requests/per_hour", parentData: data12, parentDataProperty: "per_hour", rootData })) {
            vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
            errors = vErrors.length;
          }
        }
        if (data12.per_second !== void 0) {
          if (!validate65(data12.per_second, { instancePath: instancePath + "/requests/per_second", parentData: data12, parentDataProperty: "per_second", rootData })) {
            vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
            errors = vErrors.length;
          }
        }
        if (data12.growth_percent_per_month !== void 0) {
          let data18 = data12.growth_percent_per_month;
          if (typeof data18 == "number") {
            if (data18 > 1e3 || isNaN(data18)) {
              const err15 = { instancePath: instancePath + "/requests/growth_percent_per_month", schemaPath: "#/properties/requests/properties/growth_percent_per_month/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema172.properties.requests.properties.growth_percent_per_month, data: data18 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data18 < -100 || isNaN(data18)) {
              const err16 = { instancePath: instancePath + "/requests/growth_percent_per_month", schemaPath: "#/properties/requests/properties/growth_percent_per_month/minimum", keyword: "minimum", params: { comparison: ">=", limit: -100 }, message: "must be >= -100", schema: -100, parentSchema: schema172.properties.requests.properties.growth_percent_per_month, data: data18 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/requests/growth_percent_per_month", schemaPath: "#/properties/requests/properties/growth_percent_per_month/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema172.properties.requests.properties.growth_percent_per_month.type, parentSchema: schema172.properties.requests.properties.growth_percent_per_month, data: data18 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data12.peak_to_average !== void 0) {
          let data19 = data12.peak_to_average;
          if (typeof data19 == "number") {
            if (data19 > 1e3 || isNaN(data19)) {
              const err18 = { instancePath: instancePath + "/requests/peak_to_average", schemaPath: "#/properties/requests/properties/peak_to_average/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema172.properties.requests.properties.peak_to_average, data: data19 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data19 < 1 || isNaN(data19)) {
              const err19 = { instancePath: instancePath + "/requests/peak_to_average", schemaPath: "#/properties/requests/properties/peak_to_average/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema172.properties.requests.properties.peak_to_average, data: data19 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/requests/peak_to_average", schemaPath: "#/properties/requests/properties/peak_to_average/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema172.properties.requests.properties.peak_to_average.type, parentSchema: schema172.properties.requests.properties.peak_to_average, data: data19 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/requests", schemaPath: "#/properties/requests/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema172.properties.requests.type, parentSchema: schema172.properties.requests, data: data12 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.budget !== void 0) {
      let data20 = data.budget;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        if (data20.monthly === void 0) {
          const err22 = { instancePath: instancePath + "/budget", schemaPath: "#/properties/budget/required", keyword: "required", params: { missingProperty: "monthly" }, message: "must have required property 'monthly'", schema: schema172.properties.budget.required, parentSchema: schema172.properties.budget, data: data20 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        for (const key3 in data20) {
          if (!(key3 === "monthly")) {
            const err23 = { instancePath: instancePath + "/budget", schemaPath: "#/properties/budget/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema172.properties.budget, data: data20 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data20.monthly !== void 0) {
          if (!validate47(data20.monthly, { instancePath: instancePath + "/budget/monthly", parentData: data20, parentDataProperty: "monthly", rootData })) {
            vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/budget", schemaPath: "#/properties/budget/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema172.properties.budget.type, parentSchema: schema172.properties.budget, data: data20 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      if (!validate28(data.tags, { instancePath: instancePath + "/tags", parentData: data, parentDataProperty: "tags", rootData })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.match !== void 0) {
      let data23 = data.match;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        if (Object.keys(data23).length < 1) {
          const err25 = { instancePath: instancePath + "/match", schemaPath: "#/properties/match/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema172.properties.match, data: data23 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        for (const key4 in data23) {
          if (!(key4 === "model" || key4 === "project_id" || key4 === "api_key_id" || key4 === "workspace_id" || key4 === "service.name" || key4 === "tags" || key4 === "metadata")) {
            const err26 = { instancePath: instancePath + "/match", schemaPath: "#/properties/match/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema172.properties.match, data: data23 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data23.model !== void 0) {
          if (!validate732(data23.model, { instancePath: instancePath + "/match/model", parentData: data23, parentDataProperty: "model", rootData })) {
            vErrors = vErrors === null ? validate732.errors : vErrors.concat(validate732.errors);
            errors = vErrors.length;
          }
        }
        if (data23.project_id !== void 0) {
          if (!validate732(data23.project_id, { instancePath: instancePath + "/match/project_id", parentData: data23, parentDataProperty: "project_id", rootData })) {
            vErrors = vErrors === null ? validate732.errors : vErrors.concat(validate732.errors);
            errors = vErrors.length;
          }
        }
        if (data23.api_key_id !== void 0) {
          if (!validate732(data23.api_key_id, { instancePath: instancePath + "/match/api_key_id", parentData: data23, parentDataProperty: "api_key_id", rootData })) {
            vErrors = vErrors === null ? validate732.errors : vErrors.concat(validate732.errors);
            errors = vErrors.length;
          }
        }
        if (data23.workspace_id !== void 0) {
          if (!validate732(data23.workspace_id, { instancePath: instancePath + "/match/workspace_id", parentData: data23, parentDataProperty: "workspace_id", rootData })) {
            vErrors = vErrors === null ? validate732.errors : vErrors.concat(validate732.errors);
            errors = vErrors.length;
          }
        }
        if (data23["service.name"] !== void 0) {
          if (!validate732(data23["service.name"], { instancePath: instancePath + "/match/service.name", parentData: data23, parentDataProperty: "service.name", rootData })) {
            vErrors = vErrors === null ? validate732.errors : vErrors.concat(validate732.errors);
            errors = vErrors.length;
          }
        }
        if (data23.tags !== void 0) {
          let data29 = data23.tags;
          if (Array.isArray(data29)) {
            if (data29.length > 50) {
              const err27 = { instancePath: instancePath + "/match/tags", schemaPath: "#/properties/match/properties/tags/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: schema172.properties.match.properties.tags, data: data29 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data29.length < 1) {
              const err28 = { instancePath: instancePath + "/match/tags", schemaPath: "#/properties/match/properties/tags/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema172.properties.match.properties.tags, data: data29 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            const len0 = data29.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (!validate44(data29[i0], { instancePath: instancePath + "/match/tags/" + i0, parentData: data29, parentDataProperty: i0, rootData })) {
                vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/match/tags", schemaPath: "#/properties/match/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema172.properties.match.properties.tags.type, parentSchema: schema172.properties.match.properties.tags, data: data29 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data23.metadata !== void 0) {
          if (!validate28(data23.metadata, { instancePath: instancePath + "/match/metadata", parentData: data23, parentDataProperty: "metadata", rootData })) {
            vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/match", schemaPath: "#/properties/match/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema172.properties.match.type, parentSchema: schema172.properties.match, data: data23 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.dedicated !== void 0) {
      let data32 = data.dedicated;
      if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
        if (data32.hardware === void 0) {
          const err31 = { instancePath: instancePath + "/dedicated", schemaPath: "#/properties/dedicated/required", keyword: "required", params: { missingProperty: "hardware" }, message: "must have required property 'hardware'", schema: schema172.properties.dedicated.required, parentSchema: schema172.properties.dedicated, data: data32 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        for (const key5 in data32) {
          if (!(key5 === "hardware" || key5 === "gpus" || key5 === "replicas" || key5 === "hours" || key5 === "hourly_rate" || key5 === "tokens_per_second" || key5 === "contract")) {
            const err32 = { instancePath: instancePath + "/dedicated", schemaPath: "#/properties/dedicated/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema172.properties.dedicated, data: data32 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data32.hardware !== void 0) {
          if (!validate83(data32.hardware, { instancePath: instancePath + "/dedicated/hardware", parentData: data32, parentDataProperty: "hardware", rootData })) {
            vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
            errors = vErrors.length;
          }
        }
        if (data32.gpus !== void 0) {
          let data34 = data32.gpus;
          if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)))) {
            const err33 = { instancePath: instancePath + "/dedicated/gpus", schemaPath: "#/properties/dedicated/properties/gpus/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema172.properties.dedicated.properties.gpus.type, parentSchema: schema172.properties.dedicated.properties.gpus, data: data34 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          if (typeof data34 == "number") {
            if (data34 > 1024 || isNaN(data34)) {
              const err34 = { instancePath: instancePath + "/dedicated/gpus", schemaPath: "#/properties/dedicated/properties/gpus/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1024 }, message: "must be <= 1024", schema: 1024, parentSchema: schema172.properties.dedicated.properties.gpus, data: data34 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (data34 < 1 || isNaN(data34)) {
              const err35 = { instancePath: instancePath + "/dedicated/gpus", schemaPath: "#/properties/dedicated/properties/gpus/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema172.properties.dedicated.properties.gpus, data: data34 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
        }
        if (data32.replicas !== void 0) {
          let data35 = data32.replicas;
          if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)))) {
            const err36 = { instancePath: instancePath + "/dedicated/replicas", schemaPath: "#/properties/dedicated/properties/replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema172.properties.dedicated.properties.replicas.type, parentSchema: schema172.properties.dedicated.properties.replicas, data: data35 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          if (typeof data35 == "number") {
            if (data35 > 1e4 || isNaN(data35)) {
              const err37 = { instancePath: instancePath + "/dedicated/replicas", schemaPath: "#/properties/dedicated/properties/replicas/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema172.properties.dedicated.properties.replicas, data: data35 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data35 < 1 || isNaN(data35)) {
              const err38 = { instancePath: instancePath + "/dedicated/replicas", schemaPath: "#/properties/dedicated/properties/replicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema172.properties.dedicated.properties.replicas, data: data35 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          }
        }
        if (data32.hours !== void 0) {
          let data36 = data32.hours;
          if (typeof data36 == "number") {
            if (data36 > 744 || isNaN(data36)) {
              const err39 = { instancePath: instancePath + "/dedicated/hours", schemaPath: "#/properties/dedicated/properties/hours/maximum", keyword: "maximum", params: { comparison: "<=", limit: 744 }, message: "must be <= 744", schema: 744, parentSchema: schema172.properties.dedicated.properties.hours, data: data36 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (data36 <= 0 || isNaN(data36)) {
              const err40 = { instancePath: instancePath + "/dedicated/hours", schemaPath: "#/properties/dedicated/properties/hours/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema172.properties.dedicated.properties.hours, data: data36 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          } else {
            const err41 = { instancePath: instancePath + "/dedicated/hours", schemaPath: "#/properties/dedicated/properties/hours/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema172.properties.dedicated.properties.hours.type, parentSchema: schema172.properties.dedicated.properties.hours, data: data36 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data32.hourly_rate !== void 0) {
          let data37 = data32.hourly_rate;
          if (typeof data37 == "number") {
            if (data37 > 1e4 || isNaN(data37)) {
              const err42 = { instancePath: instancePath + "/dedicated/hourly_rate", schemaPath: "#/properties/dedicated/properties/hourly_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema172.properties.dedicated.properties.hourly_rate, data: data37 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data37 <= 0 || isNaN(data37)) {
              const err43 = { instancePath: instancePath + "/dedicated/hourly_rate", schemaPath: "#/properties/dedicated/properties/hourly_rate/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema172.properties.dedicated.properties.hourly_rate, data: data37 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          } else {
            const err44 = { instancePath: instancePath + "/dedicated/hourly_rate", schemaPath: "#/properties/dedicated/properties/hourly_rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema172.properties.dedicated.properties.hourly_rate.type, parentSchema: schema172.properties.dedicated.properties.hourly_rate, data: data37 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data32.tokens_per_second !== void 0) {
          let data38 = data32.tokens_per_second;
          if (typeof data38 == "number") {
            if (data38 > 1e8 || isNaN(data38)) {
              const err45 = { instancePath: instancePath + "/dedicated/tokens_per_second", schemaPath: "#/properties/dedicated/properties/tokens_per_second/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema172.properties.dedicated.properties.tokens_per_second, data: data38 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            if (data38 <= 0 || isNaN(data38)) {
              const err46 = { instancePath: instancePath + "/dedicated/tokens_per_second", schemaPath: "#/properties/dedicated/properties/tokens_per_second/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema172.properties.dedicated.properties.tokens_per_second, data: data38 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          } else {
            const err47 = { instancePath: instancePath + "/dedicated/tokens_per_second", schemaPath: "#/properties/dedicated/properties/tokens_per_second/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema172.properties.dedicated.properties.tokens_per_second.type, parentSchema: schema172.properties.dedicated.properties.tokens_per_second, data: data38 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data32.contract !== void 0) {
          let data39 = data32.contract;
          if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
            for (const key6 in data39) {
              if (!(key6 === "monthly_minimum" || key6 === "included_tokens" || key6 === "overage_per_million")) {
                const err48 = { instancePath: instancePath + "/dedicated/contract", schemaPath: "#/properties/dedicated/properties/contract/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema172.properties.dedicated.properties.contract, data: data39 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data39.monthly_minimum !== void 0) {
              if (!validate47(data39.monthly_minimum, { instancePath: instancePath + "/dedicated/contract/monthly_minimum", parentData: data39, parentDataProperty: "monthly_minimum", rootData })) {
                vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
                errors = vErrors.length;
              }
            }
            if (data39.included_tokens !== void 0) {
              let data41 = data39.included_tokens;
              if (typeof data41 == "number") {
                if (data41 > 1e16 || isNaN(data41)) {
                  const err49 = { instancePath: instancePath + "/dedicated/contract/included_tokens", schemaPath: "#/properties/dedicated/properties/contract/properties/included_tokens/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e16 }, message: "must be <= 10000000000000000", schema: 1e16, parentSchema: schema172.properties.dedicated.properties.contract.properties.included_tokens, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
                if (data41 < 0 || isNaN(data41)) {
                  const err50 = { instancePath: instancePath + "/dedicated/contract/included_tokens", schemaPath: "#/properties/dedicated/properties/contract/properties/included_tokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema172.properties.dedicated.properties.contract.properties.included_tokens, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              } else {
                const err51 = { instancePath: instancePath + "/dedicated/contract/included_tokens", schemaPath: "#/properties/dedicated/properties/contract/properties/included_tokens/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema172.properties.dedicated.properties.contract.properties.included_tokens.type, parentSchema: schema172.properties.dedicated.properties.contract.properties.included_tokens, data: data41 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data39.overage_per_million !== void 0) {
              if (!validate35(data39.overage_per_million, { instancePath: instancePath + "/dedicated/contract/overage_per_million", parentData: data39, parentDataProperty: "overage_per_million", rootData })) {
                vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err52 = { instancePath: instancePath + "/dedicated/contract", schemaPath: "#/properties/dedicated/properties/contract/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema172.properties.dedicated.properties.contract.type, parentSchema: schema172.properties.dedicated.properties.contract, data: data39 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/dedicated", schemaPath: "#/properties/dedicated/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema172.properties.dedicated.type, parentSchema: schema172.properties.dedicated, data: data32 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.cluster !== void 0) {
      let data43 = data.cluster;
      if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
        if (data43.hardware === void 0) {
          const err54 = { instancePath: instancePath + "/cluster", schemaPath: "#/properties/cluster/required", keyword: "required", params: { missingProperty: "hardware" }, message: "must have required property 'hardware'", schema: schema172.properties.cluster.required, parentSchema: schema172.properties.cluster, data: data43 };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        if (data43.gpus === void 0) {
          const err55 = { instancePath: instancePath + "/cluster", schemaPath: "#/properties/cluster/required", keyword: "required", params: { missingProperty: "gpus" }, message: "must have required property 'gpus'", schema: schema172.properties.cluster.required, parentSchema: schema172.properties.cluster, data: data43 };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
        for (const key7 in data43) {
          if (!(key7 === "hardware" || key7 === "gpus" || key7 === "hours" || key7 === "hourly_rate" || key7 === "storage_monthly" || key7 === "network_monthly" || key7 === "tokens_per_second")) {
            const err56 = { instancePath: instancePath + "/cluster", schemaPath: "#/properties/cluster/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema172.properties.cluster, data: data43 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data43.hardware !== void 0) {
          if (!validate83(data43.hardware, { instancePath: instancePath + "/cluster/hardware", parentData: data43, parentDataProperty: "hardware", rootData })) {
            vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
            errors = vErrors.length;
          }
        }
        if (data43.gpus !== void 0) {
          let data45 = data43.gpus;
          if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)))) {
            const err57 = { instancePath: instancePath + "/cluster/gpus", schemaPath: "#/properties/cluster/properties/gpus/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema172.properties.cluster.properties.gpus.type, parentSchema: schema172.properties.cluster.properties.gpus, data: data45 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
          if (typeof data45 == "number") {
            if (data45 > 1e5 || isNaN(data45)) {
              const err58 = { instancePath: instancePath + "/cluster/gpus", schemaPath: "#/properties/cluster/properties/gpus/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema172.properties.cluster.properties.gpus, data: data45 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data45 < 1 || isNaN(data45)) {
              const err59 = { instancePath: instancePath + "/cluster/gpus", schemaPath: "#/properties/cluster/properties/gpus/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema172.properties.cluster.properties.gpus, data: data45 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          }
        }
        if (data43.hours !== void 0) {
          let data46 = data43.hours;
          if (typeof data46 == "number") {
            if (data46 > 744 || isNaN(data46)) {
              const err60 = { instancePath: instancePath + "/cluster/hours", schemaPath: "#/properties/cluster/properties/hours/maximum", keyword: "maximum", params: { comparison: "<=", limit: 744 }, message: "must be <= 744", schema: 744, parentSchema: schema172.properties.cluster.properties.hours, data: data46 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            if (data46 <= 0 || isNaN(data46)) {
              const err61 = { instancePath: instancePath + "/cluster/hours", schemaPath: "#/properties/cluster/properties/hours/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema172.properties.cluster.properties.hours, data: data46 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
          } else {
            const err62 = { instancePath: instancePath + "/cluster/hours", schemaPath: "#/properties/cluster/properties/hours/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema172.properties.cluster.properties.hours.type, parentSchema: schema172.properties.cluster.properties.hours, data: data46 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data43.hourly_rate !== void 0) {
          let data47 = data43.hourly_rate;
          if (typeof data47 == "number") {
            if (data47 > 1e4 || isNaN(data47)) {
              const err63 = { instancePath: instancePath + "/cluster/hourly_rate", schemaPath: "#/properties/cluster/properties/hourly_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema172.properties.cluster.properties.hourly_rate, data: data47 };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
            if (data47 <= 0 || isNaN(data47)) {
              const err64 = { instancePath: instancePath + "/cluster/hourly_rate", schemaPath: "#/properties/cluster/properties/hourly_rate/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema172.properties.cluster.properties.hourly_rate, data: data47 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
          } else {
            const err65 = { instancePath: instancePath + "/cluster/hourly_rate", schemaPath: "#/properties/cluster/properties/hourly_rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema172.properties.cluster.properties.hourly_rate.type, parentSchema: schema172.properties.cluster.properties.hourly_rate, data: data47 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data43.storage_monthly !== void 0) {
          if (!validate47(data43.storage_monthly, { instancePath: instancePath + "/cluster/storage_monthly", parentData: data43, parentDataProperty: "storage_monthly", rootData })) {
            vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
            errors = vErrors.length;
          }
        }
        if (data43.network_monthly !== void 0) {
          if (!validate47(data43.network_monthly, { instancePath: instancePath + "/cluster/network_monthly", parentData: data43, parentDataProperty: "network_monthly", rootData })) {
            vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
            errors = vErrors.length;
          }
        }
        if (data43.tokens_per_second !== void 0) {
          let data50 = data43.tokens_per_second;
          if (typeof data50 == "number") {
            if (data50 > 1e9 || isNaN(data50)) {
              const err66 = { instancePath: instancePath + "/cluster/tokens_per_second", schemaPath: "#/properties/cluster/properties/tokens_per_second/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema172.properties.cluster.properties.tokens_per_second, data: data50 };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
            if (data50 <= 0 || isNaN(data50)) {
              const err67 = { instancePath: instancePath + "/cluster/tokens_per_second", schemaPath: "#/properties/cluster/properties/tokens_per_second/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema172.properties.cluster.properties.tokens_per_second, data: data50 };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
          } else {
            const err68 = { instancePath: instancePath + "/cluster/tokens_per_second", schemaPath: "#/properties/cluster/properties/tokens_per_second/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema172.properties.cluster.properties.tokens_per_second.type, parentSchema: schema172.properties.cluster.properties.tokens_per_second, data: data50 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
      } else {
        const err69 = { instancePath: instancePath + "/cluster", schemaPath: "#/properties/cluster/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema172.properties.cluster.type, parentSchema: schema172.properties.cluster, data: data43 };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
  } else {
    const err70 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema172.type, parentSchema: schema172, data };
    if (vErrors === null) {
      vErrors = [err70];
    } else {
      vErrors.push(err70);
    }
    errors++;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
function validate212(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema62.required, parentSchema: schema62, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.workloads === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "workloads" }, message: "must have required property 'workloads'", schema: schema62.required, parentSchema: schema62, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func22.call(schema62.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.properties.$schema.type, parentSchema: schema62.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (1 !== data1) {
        const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema62.properties.version, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.defaults !== void 0) {
      let data2 = data.defaults;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === "provider" || key1 === "mode" || key1 === "latency" || key1 === "tags")) {
            const err5 = { instancePath: instancePath + "/defaults", schemaPath: "#/properties/defaults/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62.properties.defaults, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data2.provider !== void 0) {
          if (!validate222(data2.provider, { instancePath: instancePath + "/defaults/provider", parentData: data2, parentDataProperty: "provider", rootData })) {
            vErrors = vErrors === null ? validate222.errors : vErrors.concat(validate222.errors);
            errors = vErrors.length;
          }
        }
        if (data2.mode !== void 0) {
          if (!validate242(data2.mode, { instancePath: instancePath + "/defaults/mode", parentData: data2, parentDataProperty: "mode", rootData })) {
            vErrors = vErrors === null ? validate242.errors : vErrors.concat(validate242.errors);
            errors = vErrors.length;
          }
        }
        if (data2.latency !== void 0) {
          if (!validate262(data2.latency, { instancePath: instancePath + "/defaults/latency", parentData: data2, parentDataProperty: "latency", rootData })) {
            vErrors = vErrors === null ? validate262.errors : vErrors.concat(validate262.errors);
            errors = vErrors.length;
          }
        }
        if (data2.tags !== void 0) {
          if (!validate28(data2.tags, { instancePath: instancePath + "/defaults/tags", parentData: data2, parentDataProperty: "tags", rootData })) {
            vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/defaults", schemaPath: "#/properties/defaults/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.properties.defaults.type, parentSchema: schema62.properties.defaults, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.catalogs !== void 0) {
      let data7 = data.catalogs;
      if (Array.isArray(data7)) {
        if (data7.length > 20) {
          const err7 = { instancePath: instancePath + "/catalogs", schemaPath: "#/properties/catalogs/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema62.properties.catalogs, data: data7 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate302(data7[i0], { instancePath: instancePath + "/catalogs/" + i0, parentData: data7, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate302.errors : vErrors.concat(validate302.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/catalogs", schemaPath: "#/properties/catalogs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema62.properties.catalogs.type, parentSchema: schema62.properties.catalogs, data: data7 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.prices !== void 0) {
      let data9 = data.prices;
      if (Array.isArray(data9)) {
        if (data9.length > 1e3) {
          const err9 = { instancePath: instancePath + "/prices", schemaPath: "#/properties/prices/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema62.properties.prices, data: data9 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        const len1 = data9.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data10 = data9[i1];
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.model === void 0) {
              const err10 = { instancePath: instancePath + "/prices/" + i1, schemaPath: "#/properties/prices/items/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema62.properties.prices.items.required, parentSchema: schema62.properties.prices.items, data: data10 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data10.input === void 0) {
              const err11 = { instancePath: instancePath + "/prices/" + i1, schemaPath: "#/properties/prices/items/required", keyword: "required", params: { missingProperty: "input" }, message: "must have required property 'input'", schema: schema62.properties.prices.items.required, parentSchema: schema62.properties.prices.items, data: data10 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (data10.output === void 0) {
              const err12 = { instancePath: instancePath + "/prices/" + i1, schemaPath: "#/properties/prices/items/required", keyword: "required", params: { missingProperty: "output" }, message: "must have required property 'output'", schema: schema62.properties.prices.items.required, parentSchema: schema62.properties.prices.items, data: data10 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            for (const key2 in data10) {
              if (!func22.call(schema62.properties.prices.items.properties, key2)) {
                const err13 = { instancePath: instancePath + "/prices/" + i1, schemaPath: "#/properties/prices/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62.properties.prices.items, data: data10 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data10.model !== void 0) {
              if (!validate322(data10.model, { instancePath: instancePath + "/prices/" + i1 + "/model", parentData: data10, parentDataProperty: "model", rootData })) {
                vErrors = vErrors === null ? validate322.errors : vErrors.concat(validate322.errors);
                errors = vErrors.length;
              }
            }
            if (data10.provider !== void 0) {
              if (!validate222(data10.provider, { instancePath: instancePath + "/prices/" + i1 + "/provider", parentData: data10, parentDataProperty: "provider", rootData })) {
                vErrors = vErrors === null ? validate222.errors : vErrors.concat(validate222.errors);
                errors = vErrors.length;
              }
            }
            if (data10.input !== void 0) {
              if (!validate35(data10.input, { instancePath: instancePath + "/prices/" + i1 + "/input", parentData: data10, parentDataProperty: "input", rootData })) {
                vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
                errors = vErrors.length;
              }
            }
            if (data10.output !== void 0) {
              if (!validate35(data10.output, { instancePath: instancePath + "/prices/" + i1 + "/output", parentData: data10, parentDataProperty: "output", rootData })) {
                vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
                errors = vErrors.length;
              }
            }
            if (data10.cached_input !== void 0) {
              if (!validate35(data10.cached_input, { instancePath: instancePath + "/prices/" + i1 + "/cached_input", parentData: data10, parentDataProperty: "cached_input", rootData })) {
                vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
                errors = vErrors.length;
              }
            }
            if (data10.cache_write !== void 0) {
              if (!validate35(data10.cache_write, { instancePath: instancePath + "/prices/" + i1 + "/cache_write", parentData: data10, parentDataProperty: "cache_write", rootData })) {
                vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
                errors = vErrors.length;
              }
            }
            if (data10.batch_input !== void 0) {
              if (!validate35(data10.batch_input, { instancePath: instancePath + "/prices/" + i1 + "/batch_input", parentData: data10, parentDataProperty: "batch_input", rootData })) {
                vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
                errors = vErrors.length;
              }
            }
            if (data10.batch_output !== void 0) {
              if (!validate35(data10.batch_output, { instancePath: instancePath + "/prices/" + i1 + "/batch_output", parentData: data10, parentDataProperty: "batch_output", rootData })) {
                vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
                errors = vErrors.length;
              }
            }
            if (data10.batch_cached_input !== void 0) {
              if (!validate35(data10.batch_cached_input, { instancePath: instancePath + "/prices/" + i1 + "/batch_cached_input", parentData: data10, parentDataProperty: "batch_cached_input", rootData })) {
                vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
                errors = vErrors.length;
              }
            }
            if (data10.batch_cache_write !== void 0) {
              if (!validate35(data10.batch_cache_write, { instancePath: instancePath + "/prices/" + i1 + "/batch_cache_write", parentData: data10, parentDataProperty: "batch_cache_write", rootData })) {
                vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
                errors = vErrors.length;
              }
            }
            if (data10.context_window !== void 0) {
              let data21 = data10.context_window;
              if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)))) {
                const err14 = { instancePath: instancePath + "/prices/" + i1 + "/context_window", schemaPath: "#/properties/prices/items/properties/context_window/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema62.properties.prices.items.properties.context_window.type, parentSchema: schema62.properties.prices.items.properties.context_window, data: data21 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
              if (typeof data21 == "number") {
                if (data21 > 1e8 || isNaN(data21)) {
                  const err15 = { instancePath: instancePath + "/prices/" + i1 + "/context_window", schemaPath: "#/properties/prices/items/properties/context_window/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema62.properties.prices.items.properties.context_window, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                if (data21 < 1 || isNaN(data21)) {
                  const err16 = { instancePath: instancePath + "/prices/" + i1 + "/context_window", schemaPath: "#/properties/prices/items/properties/context_window/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema62.properties.prices.items.properties.context_window, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/prices/" + i1, schemaPath: "#/properties/prices/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.properties.prices.items.type, parentSchema: schema62.properties.prices.items, data: data10 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/prices", schemaPath: "#/properties/prices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema62.properties.prices.type, parentSchema: schema62.properties.prices, data: data9 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.budgets !== void 0) {
      let data22 = data.budgets;
      if (Array.isArray(data22)) {
        if (data22.length > 1e3) {
          const err19 = { instancePath: instancePath + "/budgets", schemaPath: "#/properties/budgets/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema62.properties.budgets, data: data22 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        const len2 = data22.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data23 = data22[i2];
          if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            if (data23.name === void 0) {
              const err20 = { instancePath: instancePath + "/budgets/" + i2, schemaPath: "#/properties/budgets/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema62.properties.budgets.items.required, parentSchema: schema62.properties.budgets.items, data: data23 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data23.monthly === void 0) {
              const err21 = { instancePath: instancePath + "/budgets/" + i2, schemaPath: "#/properties/budgets/items/required", keyword: "required", params: { missingProperty: "monthly" }, message: "must have required property 'monthly'", schema: schema62.properties.budgets.items.required, parentSchema: schema62.properties.budgets.items, data: data23 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            for (const key3 in data23) {
              if (!(key3 === "name" || key3 === "match" || key3 === "monthly")) {
                const err22 = { instancePath: instancePath + "/budgets/" + i2, schemaPath: "#/properties/budgets/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62.properties.budgets.items, data: data23 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data23.name !== void 0) {
              if (!validate44(data23.name, { instancePath: instancePath + "/budgets/" + i2 + "/name", parentData: data23, parentDataProperty: "name", rootData })) {
                vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
                errors = vErrors.length;
              }
            }
            if (data23.match !== void 0) {
              if (!validate28(data23.match, { instancePath: instancePath + "/budgets/" + i2 + "/match", parentData: data23, parentDataProperty: "match", rootData })) {
                vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                errors = vErrors.length;
              }
            }
            if (data23.monthly !== void 0) {
              if (!validate47(data23.monthly, { instancePath: instancePath + "/budgets/" + i2 + "/monthly", parentData: data23, parentDataProperty: "monthly", rootData })) {
                vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/budgets/" + i2, schemaPath: "#/properties/budgets/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.properties.budgets.items.type, parentSchema: schema62.properties.budgets.items, data: data23 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/budgets", schemaPath: "#/properties/budgets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema62.properties.budgets.type, parentSchema: schema62.properties.budgets, data: data22 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.policy !== void 0) {
      let data27 = data.policy;
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        for (const key4 in data27) {
          if (!func22.call(schema62.properties.policy.properties, key4)) {
            const err25 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62.properties.policy, data: data27 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data27.warn_at_percent !== void 0) {
          let data28 = data27.warn_at_percent;
          if (typeof data28 == "number") {
            if (data28 > 1e3 || isNaN(data28)) {
              const err26 = { instancePath: instancePath + "/policy/warn_at_percent", schemaPath: "#/properties/policy/properties/warn_at_percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema62.properties.policy.properties.warn_at_percent, data: data28 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data28 <= 0 || isNaN(data28)) {
              const err27 = { instancePath: instancePath + "/policy/warn_at_percent", schemaPath: "#/properties/policy/properties/warn_at_percent/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema62.properties.policy.properties.warn_at_percent, data: data28 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = { instancePath: instancePath + "/policy/warn_at_percent", schemaPath: "#/properties/policy/properties/warn_at_percent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.policy.properties.warn_at_percent.type, parentSchema: schema62.properties.policy.properties.warn_at_percent, data: data28 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data27.max_increase_percent !== void 0) {
          let data29 = data27.max_increase_percent;
          if (typeof data29 == "number") {
            if (data29 > 1e6 || isNaN(data29)) {
              const err29 = { instancePath: instancePath + "/policy/max_increase_percent", schemaPath: "#/properties/policy/properties/max_increase_percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000", schema: 1e6, parentSchema: schema62.properties.policy.properties.max_increase_percent, data: data29 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data29 < 0 || isNaN(data29)) {
              const err30 = { instancePath: instancePath + "/policy/max_increase_percent", schemaPath: "#/properties/policy/properties/max_increase_percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.policy.properties.max_increase_percent, data: data29 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = { instancePath: instancePath + "/policy/max_increase_percent", schemaPath: "#/properties/policy/properties/max_increase_percent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.policy.properties.max_increase_percent.type, parentSchema: schema62.properties.policy.properties.max_increase_percent, data: data29 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data27.max_increase !== void 0) {
          if (!validate47(data27.max_increase, { instancePath: instancePath + "/policy/max_increase", parentData: data27, parentDataProperty: "max_increase", rootData })) {
            vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
            errors = vErrors.length;
          }
        }
        if (data27.require_budget !== void 0) {
          let data31 = data27.require_budget;
          if (typeof data31 !== "boolean") {
            const err32 = { instancePath: instancePath + "/policy/require_budget", schemaPath: "#/properties/policy/properties/require_budget/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema62.properties.policy.properties.require_budget.type, parentSchema: schema62.properties.policy.properties.require_budget, data: data31 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data27.unknown_model !== void 0) {
          let data32 = data27.unknown_model;
          if (!(data32 === "error" || data32 === "warning")) {
            const err33 = { instancePath: instancePath + "/policy/unknown_model", schemaPath: "#/properties/policy/properties/unknown_model/enum", keyword: "enum", params: { allowedValues: schema62.properties.policy.properties.unknown_model.enum }, message: "must be equal to one of the allowed values", schema: schema62.properties.policy.properties.unknown_model.enum, parentSchema: schema62.properties.policy.properties.unknown_model, data: data32 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data27.undeclared_models !== void 0) {
          let data33 = data27.undeclared_models;
          if (!(data33 === "off" || data33 === "warning" || data33 === "error")) {
            const err34 = { instancePath: instancePath + "/policy/undeclared_models", schemaPath: "#/properties/policy/properties/undeclared_models/enum", keyword: "enum", params: { allowedValues: schema62.properties.policy.properties.undeclared_models.enum }, message: "must be equal to one of the allowed values", schema: schema62.properties.policy.properties.undeclared_models.enum, parentSchema: schema62.properties.policy.properties.undeclared_models, data: data33 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data27.max_price_age_days !== void 0) {
          let data34 = data27.max_price_age_days;
          if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)))) {
            const err35 = { instancePath: instancePath + "/policy/max_price_age_days", schemaPath: "#/properties/policy/properties/max_price_age_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema62.properties.policy.properties.max_price_age_days.type, parentSchema: schema62.properties.policy.properties.max_price_age_days, data: data34 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          if (typeof data34 == "number") {
            if (data34 > 36500 || isNaN(data34)) {
              const err36 = { instancePath: instancePath + "/policy/max_price_age_days", schemaPath: "#/properties/policy/properties/max_price_age_days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 36500 }, message: "must be <= 36500", schema: 36500, parentSchema: schema62.properties.policy.properties.max_price_age_days, data: data34 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data34 < 1 || isNaN(data34)) {
              const err37 = { instancePath: instancePath + "/policy/max_price_age_days", schemaPath: "#/properties/policy/properties/max_price_age_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema62.properties.policy.properties.max_price_age_days, data: data34 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          }
        }
        if (data27.forecast_months !== void 0) {
          let data35 = data27.forecast_months;
          if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)))) {
            const err38 = { instancePath: instancePath + "/policy/forecast_months", schemaPath: "#/properties/policy/properties/forecast_months/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema62.properties.policy.properties.forecast_months.type, parentSchema: schema62.properties.policy.properties.forecast_months, data: data35 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          if (typeof data35 == "number") {
            if (data35 > 12 || isNaN(data35)) {
              const err39 = { instancePath: instancePath + "/policy/forecast_months", schemaPath: "#/properties/policy/properties/forecast_months/maximum", keyword: "maximum", params: { comparison: "<=", limit: 12 }, message: "must be <= 12", schema: 12, parentSchema: schema62.properties.policy.properties.forecast_months, data: data35 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (data35 < 1 || isNaN(data35)) {
              const err40 = { instancePath: instancePath + "/policy/forecast_months", schemaPath: "#/properties/policy/properties/forecast_months/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema62.properties.policy.properties.forecast_months, data: data35 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          }
        }
        if (data27.actuals_variance_percent !== void 0) {
          let data36 = data27.actuals_variance_percent;
          if (typeof data36 == "number") {
            if (data36 > 1e5 || isNaN(data36)) {
              const err41 = { instancePath: instancePath + "/policy/actuals_variance_percent", schemaPath: "#/properties/policy/properties/actuals_variance_percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema62.properties.policy.properties.actuals_variance_percent, data: data36 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data36 <= 0 || isNaN(data36)) {
              const err42 = { instancePath: instancePath + "/policy/actuals_variance_percent", schemaPath: "#/properties/policy/properties/actuals_variance_percent/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema62.properties.policy.properties.actuals_variance_percent, data: data36 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          } else {
            const err43 = { instancePath: instancePath + "/policy/actuals_variance_percent", schemaPath: "#/properties/policy/properties/actuals_variance_percent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.policy.properties.actuals_variance_percent.type, parentSchema: schema62.properties.policy.properties.actuals_variance_percent, data: data36 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
      } else {
        const err44 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.properties.policy.type, parentSchema: schema62.properties.policy, data: data27 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.scan !== void 0) {
      let data37 = data.scan;
      if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
        for (const key5 in data37) {
          if (!(key5 === "include" || key5 === "exclude" || key5 === "tests")) {
            const err45 = { instancePath: instancePath + "/scan", schemaPath: "#/properties/scan/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62.properties.scan, data: data37 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data37.include !== void 0) {
          let data38 = data37.include;
          if (Array.isArray(data38)) {
            if (data38.length > 200) {
              const err46 = { instancePath: instancePath + "/scan/include", schemaPath: "#/properties/scan/properties/include/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items", schema: 200, parentSchema: schema62.properties.scan.properties.include, data: data38 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            const len3 = data38.length;
            for (let i3 = 0; i3 < len3; i3++) {
              if (!validate50(data38[i3], { instancePath: instancePath + "/scan/include/" + i3, parentData: data38, parentDataProperty: i3, rootData })) {
                vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/scan/include", schemaPath: "#/properties/scan/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema62.properties.scan.properties.include.type, parentSchema: schema62.properties.scan.properties.include, data: data38 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data37.exclude !== void 0) {
          let data40 = data37.exclude;
          if (Array.isArray(data40)) {
            if (data40.length > 200) {
              const err48 = { instancePath: instancePath + "/scan/exclude", schemaPath: "#/properties/scan/properties/exclude/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items", schema: 200, parentSchema: schema62.properties.scan.properties.exclude, data: data40 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            const len4 = data40.length;
            for (let i4 = 0; i4 < len4; i4++) {
              if (!validate50(data40[i4], { instancePath: instancePath + "/scan/exclude/" + i4, parentData: data40, parentDataProperty: i4, rootData })) {
                vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err49 = { instancePath: instancePath + "/scan/exclude", schemaPath: "#/properties/scan/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema62.properties.scan.properties.exclude.type, parentSchema: schema62.properties.scan.properties.exclude, data: data40 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data37.tests !== void 0) {
          let data42 = data37.tests;
          if (!(data42 === "ignore" || data42 === "report" || data42 === "count")) {
            const err50 = { instancePath: instancePath + "/scan/tests", schemaPath: "#/properties/scan/properties/tests/enum", keyword: "enum", params: { allowedValues: schema62.properties.scan.properties.tests.enum }, message: "must be equal to one of the allowed values", schema: schema62.properties.scan.properties.tests.enum, parentSchema: schema62.properties.scan.properties.tests, data: data42 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/scan", schemaPath: "#/properties/scan/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.properties.scan.type, parentSchema: schema62.properties.scan, data: data37 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.workloads !== void 0) {
      let data43 = data.workloads;
      if (Array.isArray(data43)) {
        if (data43.length > 1e5) {
          const err52 = { instancePath: instancePath + "/workloads", schemaPath: "#/properties/workloads/maxItems", keyword: "maxItems", params: { limit: 1e5 }, message: "must NOT have more than 100000 items", schema: 1e5, parentSchema: schema62.properties.workloads, data: data43 };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
        const len5 = data43.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (!validate53(data43[i5], { instancePath: instancePath + "/workloads/" + i5, parentData: data43, parentDataProperty: i5, rootData })) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/workloads", schemaPath: "#/properties/workloads/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema62.properties.workloads.type, parentSchema: schema62.properties.workloads, data: data43 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
  } else {
    const err54 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.type, parentSchema: schema62, data };
    if (vErrors === null) {
      vErrors = [err54];
    } else {
      vErrors.push(err54);
    }
    errors++;
  }
  validate212.errors = vErrors;
  return errors === 0;
}

// src/core/invisible.ts
var INVISIBLE_CLASS = "\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb";
var HAS_INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`);

// src/core/manifest/schema-messages.ts
function describe(value) {
  if (typeof value === "number") {
    if (Number.isNaN(value)) return ".nan";
    if (!Number.isFinite(value)) return value > 0 ? ".inf" : "-.inf";
    return String(value);
  }
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "boolean") return String(value);
  return typeof value;
}
function valueAt(root, path3) {
  let node = root;
  for (const part of path3) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[part];
  }
  return node;
}
function pathOf(instancePath) {
  if (!instancePath) return [];
  return instancePath.slice(1).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~")).map((part) => /^\d+$/.test(part) ? Number(part) : part);
}
function numberProblem(value, rule, what) {
  if (typeof value !== "number") return `must be ${what}, got ${describe(value)}`;
  if (!Number.isFinite(value)) return `must be a finite number, got ${describe(value)}`;
  if (rule.type === "integer" && !Number.isInteger(value)) return `must be ${what}, got ${value}`;
  if (rule.minimum !== void 0 && value < rule.minimum) return `must be at least ${rule.minimum}, got ${value}`;
  if (rule.exclusiveMinimum !== void 0 && value <= rule.exclusiveMinimum)
    return `must be greater than ${rule.exclusiveMinimum}, got ${value}`;
  if (rule.maximum !== void 0 && value > rule.maximum) return `must be at most ${rule.maximum}, got ${value}`;
  return `must be ${what}, got ${describe(value)}`;
}
var paramOf = (error, name) => error.params[name];
var param = (e, name) => paramOf(e.error, name);
function unknownKey(e) {
  const key2 = String(param(e, "additionalProperty"));
  const properties = e.parent?.properties;
  const known = typeof properties === "object" && properties !== null ? Object.keys(properties) : [];
  const path3 = [...e.path, key2];
  const meant = e.misspelt?.get(key2);
  const hint = (meant ? ` (did you mean "${meant}"?)` : didYouMean(key2, known)) || (known.length > 0 ? `; allowed keys: ${known.join(", ")}` : "");
  return { message: `unknown key "${key2}" in ${e.where}${hint}`, path: path3, at: e.parsed.locateKey(path3) };
}
function missingKey(e) {
  return { message: `${e.where} is missing the required key "${String(param(e, "missingProperty"))}"` };
}
function numberOrRange(e) {
  const branches = e.parent?.oneOf ?? [];
  const numeric = branches.find((b) => b.type === "integer" || b.type === "number") ?? {};
  const what = numeric.type === "integer" ? "a whole number of tokens" : "a number";
  const { value, where } = e;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const problem = numberProblem(value, numeric, what);
    if (problem === `must be ${what}, got ${describe(value)}`)
      return { message: `${where} must be ${what} or a range { low, expected, high }, got ${describe(value)}` };
    return { message: `${where} ${problem}` };
  }
  const range = value;
  const parts = ["low", "expected", "high"];
  const extra = Object.keys(range).filter((k) => !parts.includes(k));
  const [unknown] = extra;
  if (unknown !== void 0) {
    const path3 = [...e.path, unknown];
    return { message: `unknown key "${unknown}" in ${where}; a range has low, expected and high`, path: path3, at: e.parsed.locateKey(path3) };
  }
  const missing = parts.filter((k) => !(k in range));
  if (missing.length > 0) return { message: `${where} is a range and needs low, expected and high (missing ${missing.join(", ")})` };
  const bad = parts.find((k) => numberProblem(range[k], numeric, what) !== `must be ${what}, got ${describe(range[k])}`);
  if (bad) {
    const path3 = [...e.path, bad];
    return { message: `${formatPath(path3)} ${numberProblem(range[bad], numeric, what)}`, path: path3 };
  }
  return { message: `${where} must be ${what} or a range { low, expected, high }` };
}
var NOUNS = { object: "a mapping", array: "a list", string: "text", boolean: "true or false" };
function wrongTypeOrNumber(e) {
  const rule = e.parent ?? {};
  const type = param(e, "type");
  const expected = typeof type === "string" ? type : rule.type ?? "number";
  if (e.error.keyword === "type" && !["number", "integer"].includes(expected)) {
    return { message: `${e.where} must be ${NOUNS[expected] ?? expected}, got ${describe(e.value)}` };
  }
  return { message: `${e.where} ${numberProblem(e.value, rule, rule.type === "integer" ? "a whole number" : "a number")}` };
}
function notAllowedValue(e) {
  const values = param(e, "allowedValues");
  const allowed = Array.isArray(values) ? values.map(String) : [];
  const hint = typeof e.value === "string" ? didYouMean(e.value, allowed) : "";
  return { message: `${e.where} must be one of ${allowed.join(", ")}, got ${describe(e.value)}${hint}` };
}
function badCharacters(e) {
  const value = typeof e.value === "string" ? e.value : "";
  if (HAS_INVISIBLE.test(value))
    return { message: `${e.where} contains invisible, bidirectional or control characters, which can hide what a reviewer reads` };
  if (/^\s|\s$/.test(value))
    return {
      message: `${e.where} starts or ends with a space (or another whitespace character); names are compared exactly, so write it without`
    };
  return { message: `${e.where} has characters that are not allowed here, got ${describe(e.value)}` };
}
var KEYWORD_MESSAGES = {
  additionalProperties: unknownKey,
  required: missingKey,
  oneOf: numberOrRange,
  type: wrongTypeOrNumber,
  minimum: wrongTypeOrNumber,
  maximum: wrongTypeOrNumber,
  exclusiveMinimum: wrongTypeOrNumber,
  enum: notAllowedValue,
  const: (e) => ({ message: `${e.where} must be ${JSON.stringify(param(e, "allowedValue"))}, got ${describe(e.value)}` }),
  pattern: badCharacters,
  propertyNames: (e) => ({
    message: `${e.where} has a key ${describe(String(param(e, "propertyName")))} that is not allowed; tag keys are 1-64 letters, digits, '_', '.' or '-'`
  }),
  minLength: (e) => ({ message: `${e.where} must not be empty` }),
  maxLength: (e) => ({ message: `${e.where} is too long (at most ${String(param(e, "limit"))} characters)` }),
  maxItems: (e) => ({ message: `${e.where} has too many entries (at most ${String(param(e, "limit"))})` }),
  maxProperties: (e) => ({ message: `${e.where} has too many entries (at most ${String(param(e, "limit"))})` }),
  minProperties: (e) => ({
    message: e.path[e.path.length - 1] === "requests" ? `${e.where} needs a volume: one of per_month, per_week, per_day, per_hour, per_second` : `${e.where} must not be empty`
  }),
  anyOf: (e) => ({
    message: e.path[e.path.length - 1] === "tokens" ? `${e.where} needs input (or input_from, a prompt template whose tokens are counted)` : `${e.where} does not match any allowed form`
  })
};
function withoutOneOfBranches(errors) {
  const oneOfPaths = errors.filter((e) => e.keyword === "oneOf").map((e) => e.instancePath);
  return errors.filter((e) => e.keyword === "oneOf" || !oneOfPaths.some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`)));
}
function misspellings(errors) {
  const missing = /* @__PURE__ */ new Map();
  for (const e of errors)
    if (e.keyword === "required")
      missing.set(e.instancePath, [...missing.get(e.instancePath) ?? [], String(paramOf(e, "missingProperty"))]);
  const byPlace = /* @__PURE__ */ new Map();
  for (const e of errors) {
    const candidates = e.keyword === "additionalProperties" ? missing.get(e.instancePath) : void 0;
    const key2 = String(paramOf(e, "additionalProperty"));
    const [meant] = candidates ? closest(key2, candidates, 1) : [];
    if (meant === void 0 || [...byPlace.get(e.instancePath)?.values() ?? []].includes(meant)) continue;
    byPlace.set(e.instancePath, (byPlace.get(e.instancePath) ?? /* @__PURE__ */ new Map()).set(key2, meant));
  }
  return byPlace;
}
function schemaFindings(parsed, errors) {
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  const misspelt = misspellings(errors);
  for (const error of withoutOneOfBranches(errors)) {
    const explainedBy = misspelt.get(error.instancePath);
    if (error.keyword === "required" && [...explainedBy?.values() ?? []].includes(String(paramOf(error, "missingProperty")))) continue;
    const path3 = pathOf(error.instancePath);
    const refused = {
      error,
      parsed,
      path: path3,
      where: formatPath(path3),
      value: valueAt(parsed.value, path3),
      parent: error.parentSchema,
      ...explainedBy ? { misspelt: explainedBy } : {}
    };
    const explain = KEYWORD_MESSAGES[error.keyword] ?? ((e) => ({ message: `${e.where} ${error.message ?? "is invalid"}` }));
    const explained = explain(refused);
    const findingPath = explained.path ?? path3;
    const at = explained.at ?? parsed.locate(findingPath);
    if (error.keyword === "propertyNames" && seen.has(`${error.instancePath}|propertyNames`)) continue;
    const key2 = `${formatPath(findingPath)}|${explained.message}`;
    if (seen.has(key2)) continue;
    seen.add(key2);
    seen.add(`${error.instancePath}|${error.keyword}`);
    findings.push({
      severity: "error",
      rule: "schema",
      message: explained.message,
      file: parsed.file,
      line: at.line,
      col: at.col,
      path: formatPath(findingPath)
    });
  }
  return findings;
}

// src/core/manifest/validate.ts
var VOLUME_UNITS = ["per_month", "per_week", "per_day", "per_hour", "per_second"];
var MONTHLY_FACTOR = {
  per_month: { numerator: 1, denominator: 1 },
  // A week is 168 of the month's 730 hours.
  per_week: { numerator: 730, denominator: 168 },
  per_day: { numerator: 730, denominator: 24 },
  per_hour: { numerator: 730, denominator: 1 },
  per_second: { numerator: 730 * 3600, denominator: 1 }
};
function toPerMonth(unit, value) {
  const { numerator, denominator } = MONTHLY_FACTOR[unit];
  return numerator === 1 && denominator === 1 ? value : value.times(numerator).div(denominator);
}
function counts(value) {
  if (typeof value === "object") return { low: value.low, expected: value.expected, high: value.high };
  const n = value ?? 0;
  return { low: n, expected: n, high: n };
}
var decimals = /* @__PURE__ */ new Map();
var MAX_DECIMALS = 1 << 16;
function decimal(n) {
  let d = decimals.get(n);
  if (d === void 0) {
    if (decimals.size >= MAX_DECIMALS) decimals.clear();
    d = dec(n);
    decimals.set(n, d);
  }
  return d;
}
function mapRange(r, f) {
  if (r.low === r.expected && r.high === r.expected) {
    const d = f(r.expected);
    return { low: d, expected: d, high: d };
  }
  return { low: f(r.low), expected: f(r.expected), high: f(r.high) };
}
var inOrder = (r) => !(r.low > r.expected || r.expected > r.high);
function tagsOf(value) {
  const out = /* @__PURE__ */ Object.create(null);
  if (value) for (const [k, v] of Object.entries(value)) out[k] = v;
  return out;
}
function setTag(tags, key2, value) {
  if (key2 === "__proto__") Object.defineProperty(tags, key2, { value, enumerable: true, writable: true, configurable: true });
  else tags[key2] = value;
}
function workloadTags(defaults, value) {
  const tags = {};
  for (const [key2, tag] of defaults) setTag(tags, key2, tag);
  if (value) for (const [key2, tag] of Object.entries(value)) setTag(tags, key2, tag);
  return tags;
}
var Findings = class {
  constructor(parsed) {
    this.parsed = parsed;
  }
  parsed;
  list = [];
  error(rule, path3, message, workload) {
    this.push("error", rule, path3, message, this.parsed.locate(path3), workload);
  }
  /** Warnings point at the key: the value they talk about is ignored. */
  warn(rule, path3, message, workload) {
    this.push("warning", rule, path3, message, this.parsed.locateKey(path3), workload);
  }
  get hasErrors() {
    return this.list.some((f) => f.severity === "error");
  }
  push(severity, rule, path3, message, at, workload) {
    this.list.push({ severity, rule, message, file: this.parsed.file, line: at.line, col: at.col, path: formatPath(path3), workload });
  }
};
var isMapping = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
function notAMapping(parsed, root) {
  const at = parsed.locate([]);
  if (root === null || root === void 0) {
    return {
      severity: "error",
      rule: "schema",
      message: "the file has no content, only comments or blank lines; a manifest is a mapping with version and workloads",
      file: parsed.file
    };
  }
  return {
    severity: "error",
    rule: "schema",
    message: `a manifest must be a mapping with version and workloads, got ${describe(root)}`,
    file: parsed.file,
    line: at.line,
    col: at.col,
    path: "(root)"
  };
}
function tooManyWorkloads(parsed, data, maxWorkloads) {
  if (!Array.isArray(data.workloads) || data.workloads.length <= maxWorkloads) return void 0;
  const at = parsed.locate(["workloads"]);
  return {
    severity: "error",
    rule: "input.too-many-workloads",
    message: `file declares ${data.workloads.length} workloads, over the limit of ${maxWorkloads} (raise it with --max-workloads)`,
    file: parsed.file,
    line: at.line,
    col: at.col,
    path: "workloads"
  };
}
function volumeUnit(w, findings) {
  const units = VOLUME_UNITS.filter((u) => u in w.raw.requests);
  if (units.length === 1) return units[0];
  findings.error(
    "requests.volume",
    [...w.base, "requests"],
    units.length === 0 ? `workloads[${w.index}].requests needs a volume: one of per_month, per_week, per_day, per_hour, per_second` : `workloads[${w.index}].requests gives ${units.join(" and ")}; give exactly one volume`,
    w.name
  );
  return void 0;
}
function checkRangeOrder(w, key2, range, findings) {
  if (w.raw.tokens[key2] !== void 0 && !inOrder(range)) {
    findings.error(
      "range.order",
      [...w.base, "tokens", key2],
      `workloads[${w.index}].tokens.${key2} must have low <= expected <= high`,
      w.name
    );
  }
}
function templateTokens(w, path3, ctx) {
  const counted = ctx.options.templates?.get(path3);
  const at = [...w.base, "tokens", "input_from"];
  if (!counted) {
    ctx.findings.error("tokens.input-from", at, `prompt template "${path3}" was not read`, w.name);
    return void 0;
  }
  if ("error" in counted) {
    ctx.findings.error("tokens.input-from", at, `prompt template "${path3}": ${counted.error}`, w.name);
    return void 0;
  }
  return { path: path3, tokens: counted.tokens, tokenizer: counted.tokenizer };
}
function checkCachedInput(w, input, cachedInput, cacheWrite, findings) {
  if (cachedInput.expected > input.expected || cachedInput.high > input.high) {
    findings.error(
      "tokens.cached-exceeds-input",
      [...w.base, "tokens", "cached_input"],
      `workloads[${w.index}].tokens.cached_input (${cachedInput.expected}) is part of input and cannot exceed it (${input.expected})`,
      w.name
    );
  } else if (cachedInput.expected + cacheWrite.expected > input.expected || cachedInput.high + cacheWrite.high > input.high) {
    findings.error(
      "tokens.cached-exceeds-input",
      [...w.base, "tokens", "cache_write"],
      `workloads[${w.index}].tokens.cache_write (${cacheWrite.expected}) and cached_input (${cachedInput.expected}) are part of input and together cannot exceed it (${input.expected})`,
      w.name
    );
  }
}
function checkModeSettings(w, mode, findings) {
  const { raw, index, base, name } = w;
  if (mode === "dedicated" && !raw.dedicated) {
    findings.error(
      "mode.settings",
      base,
      `workloads[${index}] runs on a dedicated endpoint and needs dedicated: { hardware, gpus, replicas }`,
      name
    );
  }
  if (mode === "gpu-cluster" && !raw.cluster) {
    findings.error(
      "mode.settings",
      base,
      `workloads[${index}] runs on a GPU cluster and needs cluster: { hardware, gpus, hourly_rate }`,
      name
    );
  }
  if (raw.dedicated && mode !== "dedicated") {
    findings.warn("mode.unused-settings", [...base, "dedicated"], `workloads[${index}].dedicated is ignored because mode is ${mode}`, name);
  }
  if (raw.cluster && mode !== "gpu-cluster") {
    findings.warn("mode.unused-settings", [...base, "cluster"], `workloads[${index}].cluster is ignored because mode is ${mode}`, name);
  }
}
function dedicatedSpec(raw) {
  const spec = {
    hardware: raw.hardware,
    gpus: raw.gpus ?? 1,
    replicas: raw.replicas ?? 1,
    hours: dec(raw.hours ?? HOURS_PER_MONTH)
  };
  if (raw.hourly_rate !== void 0) spec.hourlyRate = dec(raw.hourly_rate);
  if (raw.tokens_per_second !== void 0) spec.tokensPerSecond = dec(raw.tokens_per_second);
  if (raw.contract) spec.contract = contractOf(raw.contract);
  return spec;
}
function contractOf(raw) {
  return {
    ...raw.monthly_minimum !== void 0 ? { monthlyMinimum: dec(raw.monthly_minimum) } : {},
    ...raw.included_tokens !== void 0 ? { includedTokens: dec(raw.included_tokens) } : {},
    ...raw.overage_per_million !== void 0 ? { overagePerMillion: dec(raw.overage_per_million) } : {}
  };
}
function clusterSpec(raw) {
  const spec = {
    hardware: raw.hardware,
    gpus: raw.gpus,
    hours: dec(raw.hours ?? HOURS_PER_MONTH),
    storageMonthly: dec(raw.storage_monthly ?? 0),
    networkMonthly: dec(raw.network_monthly ?? 0)
  };
  if (raw.hourly_rate !== void 0) spec.hourlyRate = dec(raw.hourly_rate);
  if (raw.tokens_per_second !== void 0) spec.tokensPerSecond = dec(raw.tokens_per_second);
  return spec;
}
function readCounts(w, unit, findings) {
  const { tokens, requests } = w.raw;
  const read = {
    input: counts(tokens.input),
    output: counts(tokens.output),
    cachedInput: counts(tokens.cached_input),
    cacheWrite: counts(tokens.cache_write),
    declared: counts(requests[unit])
  };
  checkRangeOrder(w, "input", read.input, findings);
  checkRangeOrder(w, "output", read.output, findings);
  checkRangeOrder(w, "cached_input", read.cachedInput, findings);
  checkRangeOrder(w, "cache_write", read.cacheWrite, findings);
  if (!inOrder(read.declared)) {
    findings.error(
      "range.order",
      [...w.base, "requests", unit],
      `workloads[${w.index}].requests.${unit} must have low <= expected <= high`,
      w.name
    );
  }
  return read;
}
function withTemplate(w, read, ctx) {
  const path3 = w.raw.tokens.input_from;
  if (path3 === void 0) return { read };
  const template = templateTokens(w, path3, ctx);
  if (!template) return void 0;
  const { input } = read;
  const added = template.tokens;
  return { read: { ...read, input: { low: input.low + added, expected: input.expected + added, high: input.high + added } }, template };
}
function fieldPositions(w, parsed) {
  const locate = (field) => w.raw[field] === void 0 ? void 0 : parsed.locate([...w.base, field]);
  return {
    model: locate("model"),
    mode: locate("mode"),
    tokens: locate("tokens"),
    budget: locate("budget"),
    dedicated: locate("dedicated"),
    cluster: locate("cluster")
  };
}
function workloadTokens(read, template) {
  const tokens = {
    input: mapRange(read.input, decimal),
    output: mapRange(read.output, decimal),
    cachedInput: mapRange(read.cachedInput, decimal),
    cacheWrite: mapRange(read.cacheWrite, decimal)
  };
  if (template) tokens.template = template;
  return tokens;
}
function workloadRequests(raw, unit, declared) {
  const requests = {
    unit,
    declared: mapRange(declared, decimal),
    perMonth: mapRange(declared, (n) => toPerMonth(unit, decimal(n)))
  };
  if (raw.growth_percent_per_month !== void 0) requests.growthPercentPerMonth = dec(raw.growth_percent_per_month);
  if (raw.peak_to_average !== void 0) requests.peakToAverage = dec(raw.peak_to_average);
  return requests;
}
function addOptionalParts(workload, raw) {
  if (raw.budget) workload.budgetMonthly = dec(raw.budget.monthly);
  if (raw.match) workload.match = matchOf(raw.match);
  if (workload.mode === "dedicated" && raw.dedicated) workload.dedicated = dedicatedSpec(raw.dedicated);
  if (workload.mode === "gpu-cluster" && raw.cluster) workload.cluster = clusterSpec(raw.cluster);
}
function readWorkload(w, ctx) {
  const { raw, index, name, base } = w;
  const { parsed, defaults, findings } = ctx;
  const unit = volumeUnit(w, findings);
  if (!unit) return void 0;
  const counted = withTemplate(w, readCounts(w, unit, findings), ctx);
  if (!counted) return void 0;
  const { read, template } = counted;
  checkCachedInput(w, read.input, read.cachedInput, read.cacheWrite, findings);
  const mode = raw.mode ?? defaults.mode ?? "serverless";
  checkModeSettings(w, mode, findings);
  const start = parsed.locate(base);
  const workload = {
    id: `${parsed.file}#${name}`,
    file: parsed.file,
    name,
    index,
    line: start.line,
    col: start.col,
    at: fieldPositions(w, parsed),
    provider: raw.provider ?? defaults.provider ?? "together",
    model: raw.model,
    mode,
    latency: raw.latency ?? defaults.latency,
    tokens: workloadTokens(read, template),
    requests: workloadRequests(raw.requests, unit, read.declared),
    tags: workloadTags(ctx.defaultTags, raw.tags)
  };
  addOptionalParts(workload, raw);
  return workload;
}
var SELECTOR_KEYS = ["model", "project_id", "api_key_id", "workspace_id", "service.name"];
function matchOf(raw) {
  const match = {};
  for (const key2 of SELECTOR_KEYS) {
    const value = raw[key2];
    if (value !== void 0) match[key2] = Array.isArray(value) ? value : [value];
  }
  if (raw.tags) match.tags = raw.tags;
  if (raw.metadata) match.metadata = tagsOf(raw.metadata);
  return match;
}
function readWorkloads(data, ctx, refused) {
  const workloads = [];
  const templates = [];
  const names = /* @__PURE__ */ new Map();
  data.workloads.forEach((raw, index) => {
    if (refused.has(index)) return;
    const base = ["workloads", index];
    const { name } = raw;
    const first = names.get(name);
    if (first !== void 0) {
      ctx.findings.error(
        "workload.duplicate-name",
        [...base, "name"],
        `workload name "${name}" is already used by workloads[${first}]; names must be unique within a file`,
        name
      );
      return;
    }
    names.set(name, index);
    if (raw.tokens.input_from !== void 0) templates.push(raw.tokens.input_from);
    const workload = readWorkload({ raw, index, name, base }, ctx);
    if (workload) workloads.push(workload);
  });
  return { workloads, templates };
}
var decimalOrUndefined = (n) => n === void 0 ? void 0 : dec(n);
function readPrices(parsed, data, findings) {
  const prices = [];
  const priced = /* @__PURE__ */ new Map();
  (data.prices ?? []).forEach((raw, index) => {
    const key2 = `${raw.provider ?? ""}|${raw.model.toLowerCase()}`;
    const first = priced.get(key2);
    if (first !== void 0) {
      findings.error(
        "prices.duplicate",
        ["prices", index, "model"],
        `prices[${index}] repeats the price of ${raw.model} given in prices[${first}]`
      );
      return;
    }
    priced.set(key2, index);
    prices.push({
      ...raw.provider ? { provider: raw.provider } : {},
      model: raw.model,
      input: dec(raw.input),
      output: dec(raw.output),
      cachedInput: decimalOrUndefined(raw.cached_input),
      cacheWrite: decimalOrUndefined(raw.cache_write),
      batchInput: decimalOrUndefined(raw.batch_input),
      batchOutput: decimalOrUndefined(raw.batch_output),
      batchCachedInput: decimalOrUndefined(raw.batch_cached_input),
      batchCacheWrite: decimalOrUndefined(raw.batch_cache_write),
      ...raw.context_window !== void 0 ? { contextWindow: raw.context_window } : {},
      line: parsed.locate(["prices", index]).line
    });
  });
  return prices;
}
function readBudgets(parsed, data, findings) {
  const budgets = [];
  const names = /* @__PURE__ */ new Set();
  (data.budgets ?? []).forEach((raw, index) => {
    const { name } = raw;
    if (names.has(name)) {
      findings.error(
        "budgets.duplicate-name",
        ["budgets", index, "name"],
        `budget name "${name}" is used twice; group budget names must be unique`
      );
      return;
    }
    names.add(name);
    const at = parsed.locate(["budgets", index]);
    budgets.push({ name, match: tagsOf(raw.match), monthly: dec(raw.monthly), line: at.line, col: at.col, index });
  });
  return budgets;
}
function readScan(data) {
  const raw = data.scan ?? {};
  return { include: raw.include ?? [], exclude: raw.exclude ?? [], tests: raw.tests ?? "report" };
}
function readPolicy(data) {
  const raw = data.policy ?? {};
  return {
    warnAtPercent: dec(raw.warn_at_percent ?? 80),
    requireBudget: raw.require_budget === true,
    unknownModel: raw.unknown_model ?? "error",
    undeclaredModels: raw.undeclared_models ?? "off",
    ...raw.max_increase_percent !== void 0 ? { maxIncreasePercent: dec(raw.max_increase_percent) } : {},
    ...raw.max_increase !== void 0 ? { maxIncrease: dec(raw.max_increase) } : {},
    ...raw.max_price_age_days !== void 0 ? { maxPriceAgeDays: raw.max_price_age_days } : {},
    ...raw.forecast_months !== void 0 ? { forecastMonths: raw.forecast_months } : {},
    ...raw.actuals_variance_percent !== void 0 ? { actualsVariancePercent: dec(raw.actuals_variance_percent) } : {}
  };
}
function readManifest(parsed, data, options, findings, refused = /* @__PURE__ */ new Set()) {
  const defaults = data.defaults ?? {};
  const ctx = { parsed, defaults, defaultTags: Object.entries(tagsOf(defaults.tags)), options, findings };
  const { workloads, templates } = readWorkloads(data, ctx, refused);
  const catalogs = data.catalogs ?? [];
  return {
    file: parsed.file,
    workloads,
    prices: readPrices(parsed, data, findings),
    budgets: readBudgets(parsed, data, findings),
    policy: readPolicy(data),
    policyLine: data.policy ? parsed.locateKey(["policy"]).line : 1,
    catalogs,
    catalogsAt: catalogs.map((_, i) => parsed.locate(["catalogs", i])),
    scan: readScan(data),
    templates
  };
}
var SALVAGEABLE = /^(\/workloads\/\d+(\/.*)?|\/budgets(\/.*)?|\/policy(\/.*)?|\/version)?$/;
function salvage(parsed, data, errors, options) {
  const rootOnly = errors.filter((e) => e.instancePath === "");
  if (!Array.isArray(data.workloads) || !errors.every((e) => SALVAGEABLE.test(e.instancePath)) || rootOnly.some((e) => e.keyword !== "additionalProperties" && e.keyword !== "required"))
    return void 0;
  const refused = new Set(errors.flatMap((e) => /^\/workloads\/(\d+)/.exec(e.instancePath)?.[1] ?? []).map(Number));
  const refuses = (part) => errors.some((e) => e.instancePath.startsWith(part));
  const usable = {
    ...data,
    budgets: refuses("/budgets") ? void 0 : data.budgets,
    policy: refuses("/policy") ? void 0 : data.policy
  };
  const findings = new Findings(parsed);
  const manifest = readManifest(parsed, usable, options, findings, refused);
  return { manifest, findings: findings.list };
}
function validateManifest(parsed, options = {}) {
  if (parsed.findings.length > 0) return { findings: parsed.findings };
  const data = parsed.value;
  if (!isMapping(data)) return { findings: [notAMapping(parsed, data)] };
  const overLimit2 = tooManyWorkloads(parsed, data, options.maxWorkloads ?? Infinity);
  if (overLimit2) return { findings: [overLimit2] };
  if (!manifest_validator_default(data)) {
    const errors = manifest_validator_default.errors ?? [];
    const findings2 = schemaFindings(parsed, errors);
    const partial = salvage(parsed, data, errors, options);
    return partial ? { findings: [...findings2, ...partial.findings], partial: partial.manifest } : { findings: findings2 };
  }
  const findings = new Findings(parsed);
  const manifest = readManifest(parsed, data, options, findings);
  if (findings.hasErrors) return { findings: findings.list, partial: manifest };
  return { manifest, findings: findings.list };
}

// src/core/cost/estimate.ts
function finding2(workload, severity, rule, message, field, subpath = "") {
  const at = field && workload.at[field] || { line: workload.line, col: workload.col };
  return {
    severity,
    rule,
    message,
    file: workload.file,
    line: at.line,
    col: at.col,
    path: `workloads[${workload.index}]${field ? `.${field}${subpath}` : ""}`,
    workload: workload.name
  };
}
function monthlyOf(workload, declared, divisor = 1) {
  const { numerator, denominator } = MONTHLY_FACTOR[workload.requests.unit];
  return { volume: numerator === 1 ? declared : declared.times(numerator), by: denominator * divisor };
}
function perMonth(monthly, perRequest) {
  const total = monthly.volume.times(perRequest);
  return monthly.by === 1 ? total : total.div(monthly.by);
}
function isFlat(r) {
  return (r.low === r.expected || r.low.eq(r.expected)) && (r.high === r.expected || r.high.eq(r.expected));
}
function hasRange(workload) {
  const { tokens, requests } = workload;
  return !(isFlat(tokens.input) && isFlat(tokens.output) && isFlat(tokens.cachedInput) && isFlat(tokens.cacheWrite) && isFlat(requests.perMonth));
}
function requestTokens(workload, scenario) {
  const { input, output, cachedInput, cacheWrite } = workload.tokens;
  return { input: input[scenario], output: output[scenario], cached: cachedInput[scenario], write: cacheWrite[scenario] };
}
function tierFor(price, inputTokens) {
  let found;
  for (const tier of price.longContext) {
    if (inputTokens.gt(tier.aboveInputTokens) && (!found || tier.aboveInputTokens > found.aboveInputTokens)) found = tier;
  }
  return found;
}
function requestLines(rates, t) {
  const lines = [["input", t.input.minus(t.cached).minus(t.write), rates.input]];
  if (t.cached.gt(0)) lines.push(["cached input", t.cached, rates.cachedInput ?? rates.input]);
  if (t.write.gt(0)) lines.push(["cache write", t.write, rates.cacheWrite ?? rates.input]);
  lines.push(["output", t.output, rates.output]);
  return lines;
}
function ratesFor(price, t) {
  return tierFor(price, t.input)?.rates ?? price.rates;
}
function requestMicros(price, t) {
  let total = ZERO;
  for (const [, tokens, rate] of requestLines(ratesFor(price, t), t)) total = total.plus(tokens.times(rate));
  return total;
}
function tokenMonthlyCost(workload, price, t, declared) {
  const monthly = monthlyOf(workload, declared, 1e6);
  let monthlyCost = ZERO;
  for (const [, tokens, rate] of requestLines(ratesFor(price, t), t)) monthlyCost = monthlyCost.plus(perMonth(monthly, tokens.times(rate)));
  return monthlyCost;
}
function tokenCost(workload, price, t, declared) {
  const tier = tierFor(price, t.input);
  const detail = tier ? `long-context rate: input above ${formatNumber(dec(tier.aboveInputTokens))} tokens` : void 0;
  const monthly = monthlyOf(workload, declared, 1e6);
  const components = [];
  let perRequest = ZERO;
  let monthlyCost = ZERO;
  for (const [name, tokens, unitPrice] of requestLines(tier?.rates ?? price.rates, t)) {
    const lineCost = tokens.times(unitPrice);
    const component2 = {
      name,
      quantity: perMonth(monthly, tokens),
      unit: "1M tokens",
      unitPrice,
      monthlyCost: perMonth(monthly, lineCost)
    };
    if (detail) component2.detail = detail;
    components.push(component2);
    perRequest = perRequest.plus(lineCost);
    monthlyCost = monthlyCost.plus(component2.monthlyCost);
  }
  const monthlyTokens = perMonth(monthlyOf(workload, declared), t.input.plus(t.output));
  const cost2 = { perRequestCost: perRequest.div(MILLION), monthlyCost, monthlyTokens, components };
  if (monthlyTokens.gt(0)) cost2.effectivePerMillionTokens = monthlyCost.div(monthlyTokens.div(MILLION));
  return cost2;
}
function ends(...values) {
  return values.filter((v, i) => values.findIndex((w) => w.eq(v)) === i);
}
function extremeRequests(workload, price) {
  const { input, output, cachedInput, cacheWrite } = workload.tokens;
  const inputs = ends(input.low, input.expected, input.high);
  for (const tier of price.longContext) {
    const threshold = dec(tier.aboveInputTokens);
    if (threshold.gte(input.low) && threshold.lt(input.high)) inputs.push(threshold);
  }
  const cachedEnds = ends(cachedInput.low, cachedInput.high);
  const writeEnds = ends(cacheWrite.low, cacheWrite.high);
  let cheapest;
  let dearest;
  for (const i of inputs) {
    for (const c0 of cachedEnds) {
      const cached = lesser(c0, i);
      for (const w0 of writeEnds) {
        const write = lesser(w0, i.minus(cached));
        cheapest = extreme(cheapest, { input: i, cached, write, output: output.low }, price, -1);
        dearest = extreme(dearest, { input: i, cached, write, output: output.high }, price, 1);
      }
    }
  }
  return { cheapest: cheapest.t, dearest: dearest.t };
}
function lesser(a, b) {
  return b.lt(a) ? b : a;
}
function extreme(best, t, price, sign) {
  const micros = requestMicros(price, t);
  return best === void 0 || micros.comparedTo(best.micros) === sign ? { t, micros } : best;
}
function tokenScenarios(workload, price, expected) {
  const declared = workload.requests.declared;
  const { cheapest, dearest } = extremeRequests(workload, price);
  const low = tokenMonthlyCost(workload, price, cheapest, declared.low);
  const high = tokenMonthlyCost(workload, price, dearest, declared.high);
  return { low: low.gt(expected) ? expected : low, high: high.lt(expected) ? expected : high };
}
function need(workload, limit, s) {
  const { input, output } = workload.tokens;
  return limit === "contextWindow" ? input[s].plus(output[s]) : limit === "maxInputTokens" ? input[s] : output[s];
}
function overLimit(workload, key2, limit, what, name, scenario, findings) {
  if (limit === void 0) return false;
  const tokens = need(workload, key2, scenario);
  if (!tokens.gt(limit)) return false;
  if (scenario === "expected")
    findings.push(
      finding2(workload, "error", "context.exceeded", `${tokens} ${what} exceed the ${limit}-token ${name} of ${workload.model}`, "tokens")
    );
  else
    findings.push(
      finding2(
        workload,
        "warning",
        "context.exceeded",
        `the high estimate of ${tokens} ${what} exceeds the ${limit}-token ${name} of ${workload.model}`,
        "tokens"
      )
    );
  return true;
}
function contextFindings(workload, limits, findings) {
  for (const scenario of ["expected", "high"]) {
    if (overLimit(
      workload,
      "contextWindow",
      limits.contextWindow,
      "tokens per request (input + output)",
      "context window",
      scenario,
      findings
    ))
      return;
    if (overLimit(workload, "maxInputTokens", limits.maxInputTokens, "input tokens per request", "maximum input", scenario, findings))
      return;
    if (overLimit(workload, "maxOutputTokens", limits.maxOutputTokens, "output tokens per request", "maximum output", scenario, findings))
      return;
  }
}
function rateFindings(workload, price, findings) {
  const t = requestTokens(workload, "expected");
  const tier = tierFor(price, t.input);
  const rates = tier?.rates ?? price.rates;
  const inputRate = workload.mode === "batch" && price.batch === "discounted" ? "batch input rate" : "input rate";
  if (t.cached.gt(0) && rates.cachedInput === void 0) {
    findings.push(
      finding2(
        workload,
        "notice",
        "cache.no-rate",
        `${workload.model} has no cached-input rate; cached tokens are billed at the ${inputRate}`,
        "tokens",
        ".cached_input"
      )
    );
  }
  if (t.write.gt(0) && rates.cacheWrite === void 0) {
    findings.push(
      finding2(
        workload,
        "notice",
        "cache.no-write-rate",
        `${workload.model} has no cache-write rate; cache writes are billed at the ${inputRate}`,
        "tokens",
        ".cache_write"
      )
    );
  }
  if (tier) {
    findings.push(
      finding2(
        workload,
        "notice",
        "price.long-context",
        `${formatNumber(t.input)} input tokens per request are above the ${formatNumber(dec(tier.aboveInputTokens))}-token long-context threshold of ${workload.model}: the whole request pays ${formatUnitPrice(tier.rates.input)}/1M input and ${formatUnitPrice(tier.rates.output)}/1M output instead of ${formatUnitPrice(price.rates.input)} and ${formatUnitPrice(price.rates.output)}`,
        "tokens",
        ".input"
      )
    );
  } else {
    const highTier = tierFor(price, workload.tokens.input.high);
    if (highTier) {
      findings.push(
        finding2(
          workload,
          "notice",
          "price.long-context",
          `the high estimate of ${formatNumber(workload.tokens.input.high)} input tokens is above the ${formatNumber(dec(highTier.aboveInputTokens))}-token long-context threshold of ${workload.model}, where the whole request pays ${formatUnitPrice(highTier.rates.input)}/1M input`,
          "tokens",
          ".input"
        )
      );
    }
  }
}
function tokenPrice(workload, manifest, book, findings, full) {
  const resolved = resolveTokenPrice(workload, manifest.prices, book);
  if ("problem" in resolved) {
    findings.push(priceProblemFinding(workload, manifest.policy, resolved));
    return void 0;
  }
  if (workload.mode === "batch") batchFindings(workload, resolved.batch, full, findings);
  contextFindings(workload, resolved, findings);
  if (full) rateFindings(workload, resolved, findings);
  return resolved;
}
function priceProblemFinding(workload, policy, resolved) {
  if (resolved.problem === "no-serverless-price") {
    return finding2(
      workload,
      "error",
      "price.missing",
      `the catalog has no per-token price for ${workload.model}; add it under prices:`,
      "model"
    );
  }
  return finding2(workload, policy.unknownModel, "model.unknown", unknownModelMessage(workload, resolved), "model");
}
function unknownModelMessage(workload, resolved) {
  const { model, provider } = workload;
  if (resolved.candidates.length > 0) {
    return `ambiguous model "${model}" for provider ${provider}: it could be ${resolved.candidates.join(" or ")}; write the one you mean`;
  }
  const elsewhere = resolved.providers;
  const [first] = elsewhere;
  if (first !== void 0) {
    const has = elsewhere.length === 1 ? "has" : "have";
    return `unknown model "${model}" for provider ${provider}, but ${elsewhere.join(" and ")} ${has} it; set provider: ${first} on the workload (or in defaults)`;
  }
  const guess = resolved.suggestions.length > 0 ? ` (did you mean ${resolved.suggestions.join(", ")}?)` : "";
  return `unknown model "${model}" for provider ${provider}${guess}; add it under prices: with your rates, or load a catalog that has it`;
}
function batchFindings(workload, batch, full, findings) {
  const at = (severity, rule, message) => findings.push(finding2(workload, severity, rule, message, "mode"));
  if (batch === "unavailable") {
    at(
      "error",
      "batch.unavailable",
      `${workload.provider} does not offer batch inference for ${workload.model}; use serverless or a dedicated endpoint`
    );
  } else if (full && batch === "not-discounted") {
    at("notice", "batch.no-discount", `batch has no discount for ${workload.model}; it is billed at the serverless price`);
  } else if (full && batch === "unknown") {
    at("notice", "batch.no-discount", `the catalog does not list a batch discount for ${workload.model}; billed at the serverless price`);
  }
  if (workload.latency === "interactive" && full) {
    at("warning", "batch.interactive", `workload is marked latency: interactive, but batch jobs complete within 24 hours`);
  }
}
function estimateTokenWorkload(workload, manifest, book) {
  const findings = [];
  const resolved = tokenPrice(workload, manifest, book, findings, true);
  if (!resolved) return { workload, priced: false, findings };
  const cost2 = tokenCost(workload, resolved, requestTokens(workload, "expected"), workload.requests.declared.expected);
  if (cost2.monthlyCost.isZero() && cost2.monthlyTokens.gt(0)) {
    findings.push(
      finding2(
        workload,
        "notice",
        "price.zero",
        `${resolved.origin.source ?? resolved.origin.book} prices ${workload.model} at $0; check that it is really free`,
        "model"
      )
    );
  }
  const estimate = { workload, priced: !hasError(findings), cost: cost2, findings };
  if (hasRange(workload)) {
    const { low, high } = tokenScenarios(workload, resolved, cost2.monthlyCost);
    estimate.range = { low, expected: cost2.monthlyCost, high };
  }
  estimate.price = resolved.origin;
  if (resolved.contextWindow !== void 0) estimate.contextWindow = resolved.contextWindow;
  if (resolved.batch) estimate.batch = resolved.batch;
  if (resolved.modelId !== void 0) estimate.modelId = resolved.modelId;
  if (resolved.lifecycle) estimate.lifecycle = resolved.lifecycle;
  return estimate;
}
function hasError(findings) {
  for (const f of findings) if (f.severity === "error") return true;
  return false;
}
var ONE = dec(1);
function peakFactor(workload) {
  return workload.requests.peakToAverage ?? ONE;
}
function monthlyTokensOf(workload, scenario) {
  return perMonth(
    monthlyOf(workload, workload.requests.declared[scenario]),
    workload.tokens.input[scenario].plus(workload.tokens.output[scenario])
  );
}
function capacityCost(workload, cost2, requests, capacity, contractUse) {
  const out = { monthlyCost: cost2.monthlyCost, monthlyTokens: cost2.monthlyTokens, components: cost2.components };
  const served = capacity.tokensPerSecond?.times(capacity.units).times(capacity.hours).times(SECONDS_PER_HOUR);
  if (served && !served.isZero()) {
    out.capacityTokens = served;
    out.utilization = cost2.monthlyTokens.div(served);
    out.peakUtilization = out.utilization.times(peakFactor(workload));
  }
  if (contractUse) out.contractUse = contractUse;
  if (requests.gt(0)) out.perRequestCost = cost2.monthlyCost.div(requests);
  if (cost2.monthlyTokens.gt(0)) out.effectivePerMillionTokens = cost2.monthlyCost.div(cost2.monthlyTokens.div(MILLION));
  return out;
}
function dedicatedMonth(d, hourly, monthlyTokens, replicas) {
  const gpuHours = hourly ? d.hours.times(d.gpus).times(replicas) : void 0;
  const gpuCost = gpuHours && hourly ? gpuHours.times(hourly) : ZERO;
  const month = { gpuCost, monthlyCost: gpuCost };
  if (gpuHours) month.gpuHours = gpuHours;
  const contract = d.contract;
  if (!contract) return month;
  const minimum = contract.monthlyMinimum ?? ZERO;
  if (minimum.gt(gpuCost)) {
    const topUp = minimum.minus(gpuCost);
    month.topUp = topUp;
    month.monthlyCost = month.monthlyCost.plus(topUp);
  }
  const perMillion = contract.overagePerMillion;
  if (perMillion) {
    const tokens = Decimal.max(ZERO, monthlyTokens.minus(contract.includedTokens ?? ZERO));
    if (tokens.gt(0)) {
      const cost2 = tokens.times(perMillion).div(MILLION);
      month.overage = { tokens, perMillion, cost: cost2 };
      month.monthlyCost = month.monthlyCost.plus(cost2);
    }
  }
  return month;
}
function dedicatedCost(workload, d, hourly, monthlyTokens, replicas, requests) {
  const month = dedicatedMonth(d, hourly, monthlyTokens, replicas);
  const components = [];
  if (month.gpuHours && hourly) {
    components.push({
      name: "GPU time",
      quantity: month.gpuHours,
      unit: "GPU-hours",
      unitPrice: hourly,
      monthlyCost: month.gpuCost,
      detail: `${d.gpus} GPU${d.gpus === 1 ? "" : "s"} x ${replicas} replica${replicas === 1 ? "" : "s"} x ${formatNumber(d.hours)} hours`
    });
  }
  const contract = d.contract;
  let contractUse;
  if (contract) {
    const minimum = contract.monthlyMinimum ?? ZERO;
    if (month.topUp) {
      components.push({
        name: "contract minimum",
        quantity: ONE,
        unit: "month",
        unitPrice: month.topUp,
        monthlyCost: month.topUp,
        detail: hourly ? `monthly minimum ${formatUsd(minimum)} less ${formatUsd(month.gpuCost)} of GPU time` : `monthly minimum ${formatUsd(minimum)}`
      });
    }
    const included = contract.includedTokens ?? ZERO;
    if (month.overage) {
      components.push({
        name: "overage",
        quantity: month.overage.tokens.div(MILLION),
        unit: "1M tokens",
        unitPrice: month.overage.perMillion,
        monthlyCost: month.overage.cost,
        detail: `tokens above the ${formatCount(included)} included`
      });
    }
    if (included.gt(0)) contractUse = monthlyTokens.div(included);
  }
  return capacityCost(
    workload,
    { monthlyCost: month.monthlyCost, monthlyTokens, components },
    requests,
    { tokensPerSecond: d.tokensPerSecond, hours: d.hours, units: replicas },
    contractUse
  );
}
function billedGpus(gpus, multiple) {
  return multiple ? Math.ceil(gpus / multiple) * multiple : gpus;
}
function clusterMonth(c, hourly, multiple) {
  const billed = billedGpus(c.gpus, multiple);
  const gpuHours = c.hours.times(billed);
  const gpuCost = gpuHours.times(hourly);
  let monthlyCost = gpuCost;
  if (c.storageMonthly.gt(0)) monthlyCost = monthlyCost.plus(c.storageMonthly);
  if (c.networkMonthly.gt(0)) monthlyCost = monthlyCost.plus(c.networkMonthly);
  return { billed, gpuHours, gpuCost, monthlyCost };
}
function clusterCost(workload, c, hourly, multiple, scenario) {
  const { billed, gpuHours, gpuCost, monthlyCost } = clusterMonth(c, hourly, multiple);
  const monthlyTokens = monthlyTokensOf(workload, scenario);
  const components = [
    {
      name: "GPU time",
      quantity: gpuHours,
      unit: "GPU-hours",
      unitPrice: hourly,
      monthlyCost: gpuCost,
      detail: `${billed} GPUs x ${formatNumber(c.hours)} hours${billed !== c.gpus ? `; ${c.gpus} declared, billed in multiples of ${multiple}` : ""}`
    }
  ];
  for (const [name, amount] of [
    ["storage", c.storageMonthly],
    ["network", c.networkMonthly]
  ]) {
    if (amount.gt(0)) components.push({ name, quantity: ONE, unit: "month", unitPrice: amount, monthlyCost: amount });
  }
  return capacityCost(workload, { monthlyCost, monthlyTokens, components }, workload.requests.perMonth[scenario], {
    tokensPerSecond: c.tokensPerSecond,
    hours: c.hours,
    units: 1
  });
}
function clusterMultiple(workload, book) {
  return book.layers.map((l) => l.catalog.providers?.[workload.provider]?.clusterGpuMultiple).find((m) => m !== void 0);
}
function hasContractPrice(contract) {
  return contract?.monthlyMinimum !== void 0 || contract?.overagePerMillion !== void 0;
}
function capacityFindings(workload, cost2, high, findings) {
  const kind = workload.dedicated ? "dedicated" : "cluster";
  const peak = cost2.peakUtilization;
  const factor = peakFactor(workload);
  const who = workload.dedicated ? `${workload.dedicated.replicas} replica(s)` : "the cluster";
  const { capacityTokens: serve, utilization } = cost2;
  if (peak?.gt(1) && serve && utilization) {
    const atPeak = factor.gt(1) ? `at its peak (${formatNumber(factor)}x the average rate) it needs ${formatPercent(peak.times(100))} of what ${who} can serve (${formatPercent(utilization.times(100))} on average)` : `needs ${formatCount(cost2.monthlyTokens)} tokens a month but ${who} can serve ${formatCount(serve)} (${formatPercent(peak.times(100))} utilization)`;
    findings.push(finding2(workload, "error", "capacity.exceeded", `${atPeak}; add replicas or lower the volume`, kind));
  } else if (high.peakUtilization?.gt(1)) {
    findings.push(
      finding2(
        workload,
        "warning",
        "capacity.exceeded",
        `the high estimate needs ${formatPercent(high.peakUtilization.times(100))} of the capacity${factor.gt(1) ? " at peak" : ""}`,
        kind
      )
    );
  }
}
function capacityOf(workload) {
  if (workload.dedicated) return { kind: "dedicated", spec: workload.dedicated };
  if (workload.cluster) return { kind: "cluster", spec: workload.cluster };
  return void 0;
}
function capacityPrice(workload, book, findings, full) {
  const capacity = capacityOf(workload);
  if (!capacity) return void 0;
  const { kind, spec } = capacity;
  const catalogModel = book.match(workload.provider, workload.model);
  if (catalogModel) contextFindings(workload, catalogModel.model, findings);
  else if (full)
    findings.push(
      finding2(
        workload,
        "notice",
        "model.uncatalogued",
        `${workload.model} is not in the price books; GPU-hours price it all the same, but its context window is not checked`,
        "model"
      )
    );
  const model = catalogModel ? { catalogModel } : {};
  const rate = resolveGpuRate(workload, kind, spec.hardware, spec.hourlyRate, book);
  if (!("problem" in rate)) {
    const priced = { price: rate.origin, hardwareName: rate.hardwareName, hourly: rate.hourly, ...model };
    if (capacity.kind === "dedicated") return { ...capacity, ...priced };
    const multiple = clusterMultiple(workload, book);
    return { ...capacity, ...priced, ...multiple !== void 0 ? { multiple } : {} };
  }
  if (capacity.kind === "cluster" || !hasContractPrice(capacity.spec.contract)) {
    findings.push(gpuRateFinding(workload, capacity, rate));
    return void 0;
  }
  if (full) {
    const message = `no GPU-hour rate for ${spec.hardware}: the contract alone prices this endpoint`;
    findings.push(finding2(workload, "notice", "contract.no-gpu-rate", message, kind, ".contract"));
  }
  return {
    ...capacity,
    price: { kind: "override", book: workload.file, note: "dedicated.contract" },
    hardwareName: spec.hardware,
    ...model
  };
}
function gpuRateFinding(workload, { kind, spec }, rate) {
  if (rate.problem === "unknown-hardware") {
    const known = rate.known.length > 0 ? ` (known: ${rate.known.join(", ")})` : "";
    const message2 = `unknown hardware "${spec.hardware}" for provider ${workload.provider}${known}; set ${kind}.hourly_rate to price it`;
    return finding2(workload, "error", "hardware.unknown", message2, kind, ".hardware");
  }
  const what = kind === "dedicated" ? "dedicated endpoint" : "GPU cluster";
  const message = `the catalog has no ${what} rate for ${spec.hardware}; set ${kind}.hourly_rate (USD per GPU-hour)`;
  return finding2(workload, "error", "price.missing", message, kind);
}
function estimateCapacityWorkload(workload, book) {
  const findings = [];
  const priced = capacityPrice(workload, book, findings, true);
  if (!priced) return { workload, priced: false, findings };
  const { spec, hourly, catalogModel } = priced;
  const scenarioCost = (s) => priced.kind === "dedicated" ? dedicatedCost(workload, priced.spec, hourly, monthlyTokensOf(workload, s), priced.spec.replicas, workload.requests.perMonth[s]) : clusterCost(workload, priced.spec, priced.hourly, priced.multiple, s);
  const expected = scenarioCost("expected");
  const ranged = hasRange(workload);
  const high = ranged ? scenarioCost("high") : expected;
  capacityFindings(workload, expected, high, findings);
  if (priced.kind === "cluster" && priced.multiple && priced.spec.gpus % priced.multiple !== 0) {
    const { gpus } = priced.spec;
    const { multiple } = priced;
    const message = `${workload.provider} clusters come in multiples of ${multiple} GPUs (minimum ${multiple}); ${gpus} are billed as ${billedGpus(gpus, multiple)}`;
    findings.push(finding2(workload, "warning", "cluster.gpu-multiple", message, "cluster", ".gpus"));
  }
  const estimate = {
    workload,
    // An endpoint over capacity still costs its GPU-hours: price it, and let its budget be checked.
    priced: !findings.some((f) => f.severity === "error" && f.rule !== "capacity.exceeded"),
    cost: expected,
    findings
  };
  if (ranged) estimate.range = { low: scenarioCost("low").monthlyCost, expected: expected.monthlyCost, high: high.monthlyCost };
  estimate.price = priced.price;
  estimate.hardware = { id: spec.hardware, name: priced.hardwareName };
  if (hourly) estimate.gpuHourly = hourly;
  if (catalogModel?.model.contextWindow !== void 0) estimate.contextWindow = catalogModel.model.contextWindow;
  if (catalogModel) estimate.modelId = catalogModel.model.id;
  const lifecycle = lifecycleOf(catalogModel?.model);
  if (lifecycle) estimate.lifecycle = lifecycle;
  return estimate;
}
function estimateManifest(manifest, book) {
  return manifest.workloads.map((workload) => estimateWorkload(workload, manifest, book));
}
function estimateWorkload(workload, manifest, book) {
  return workload.mode === "serverless" || workload.mode === "batch" ? estimateTokenWorkload(workload, manifest, book) : estimateCapacityWorkload(workload, book);
}
function pricedMonthlyCost(workload, manifest, book) {
  const findings = [];
  if (workload.mode === "serverless" || workload.mode === "batch") {
    const price = tokenPrice(workload, manifest, book, findings, false);
    return price && !hasError(findings) ? tokenMonthlyCost(workload, price, requestTokens(workload, "expected"), workload.requests.declared.expected) : void 0;
  }
  const priced = capacityPrice(workload, book, findings, false);
  if (!priced || hasError(findings)) return void 0;
  return priced.kind === "dedicated" ? dedicatedMonth(priced.spec, priced.hourly, monthlyTokensOf(workload, "expected"), priced.spec.replicas).monthlyCost : clusterMonth(priced.spec, priced.hourly, priced.multiple).monthlyCost;
}
function forecast(estimate, months) {
  const { workload, cost: cost2 } = estimate;
  const growth = workload.requests.growthPercentPerMonth;
  if (!growth || !cost2 || !estimate.priced) return void 0;
  if (workload.mode === "serverless" || workload.mode === "batch") {
    return compound(cost2.monthlyCost, growth, months).map((monthlyCost, i) => ({ month: i + 1, monthlyCost }));
  }
  const d = workload.dedicated;
  return compound(ONE, growth, months).map((factor, i) => {
    const peakUtilization = cost2.peakUtilization?.times(factor);
    const step = { month: i + 1, monthlyCost: cost2.monthlyCost };
    let replicas;
    if (d) {
      replicas = peakUtilization ? Math.max(d.replicas, peakUtilization.times(d.replicas).ceil().toNumber()) : d.replicas;
      step.monthlyCost = dedicatedMonth(d, estimate.gpuHourly, cost2.monthlyTokens.times(factor), replicas).monthlyCost;
    }
    if (peakUtilization) step.peakUtilization = peakUtilization;
    if (replicas !== void 0) step.replicas = replicas;
    return step;
  });
}
function mathUsd(value) {
  return value.eq(value.toDecimalPlaces(2)) ? formatUsd(value) : formatUsdPrecise(value);
}
function componentMath(component2) {
  const detail = component2.detail ? ` (${component2.detail})` : "";
  switch (component2.unit) {
    case "1M tokens":
      return `${formatCount(component2.quantity.times(MILLION))} ${component2.name} tok x ${formatUnitPrice(component2.unitPrice)}/1M${detail} = ${mathUsd(component2.monthlyCost)}`;
    case "GPU-hours":
      return `${formatNumber(component2.quantity)} GPU-hours${detail} x ${formatUnitPrice(component2.unitPrice)}/GPU-hour = ${mathUsd(component2.monthlyCost)}`;
    case "month":
      return `${component2.name} ${formatUsd(component2.monthlyCost)}/month${detail}`;
  }
}

// src/core/review/evaluate.ts
function budgetUse(projected, monthly, warnAtPercent) {
  const percent = monthly.isZero() ? projected.isZero() ? new Decimal(0) : null : projected.div(monthly).times(100);
  const status = projected.gt(monthly) ? "over" : percent?.gte(warnAtPercent) ? "near" : "ok";
  return { monthly, projected, percent, status };
}
function percentText(use) {
  return use.percent ? formatPercent(use.percent) : "no budget";
}
function budgetMessage(subject, use) {
  if (use.status === "over") {
    return `${subject} projected ${formatUsd(use.projected)}/mo exceeds budget ${formatUsd(use.monthly)}/mo by ${formatUsd(use.projected.minus(use.monthly))} (${percentText(use)})`;
  }
  return `${subject} projected ${formatUsd(use.projected)}/mo uses ${percentText(use)} of budget ${formatUsd(use.monthly)}/mo`;
}
function matches(match, tags) {
  for (const [k, v] of match) if (!Object.hasOwn(tags, k) || tags[k] !== v) return false;
  return true;
}
function daysBetween(from, to) {
  return Math.floor((Date.parse(to) - Date.parse(from)) / 864e5);
}
function workloadPlace(workload, at, path3) {
  return { file: workload.file, line: at.line, col: at.col, path: path3, workload: workload.name };
}
function workloadBudget(judge, estimate, monthly, projected) {
  const { workload } = estimate;
  const use = budgetUse(projected, monthly, judge.policy.warnAtPercent);
  const place = workloadPlace(workload, workload.at.budget ?? workload, `workloads[${workload.index}].budget.monthly`);
  if (use.status === "over")
    judge.findings.push(finding("budget.workload.exceeded", place, budgetMessage(`workload ${workload.name}`, use)));
  else if (use.status === "near")
    judge.findings.push(finding("budget.workload.near", place, budgetMessage(`workload ${workload.name}`, use)));
  return use;
}
function rangeOverBudget(judge, estimate, monthly) {
  const { workload, range } = estimate;
  if (!range?.high.gt(monthly)) return;
  const place = workloadPlace(workload, workload.at.budget ?? workload, `workloads[${workload.index}].budget.monthly`);
  judge.findings.push(
    finding(
      "budget.workload.range",
      place,
      `workload ${workload.name}: the high estimate ${formatUsd(range.high)}/mo exceeds budget ${formatUsd(monthly)}/mo`
    )
  );
}
function forecastOverBudget(judge, estimate, monthly) {
  const { workload } = estimate;
  const growth = workload.requests.growthPercentPerMonth;
  const months = judge.policy.forecastMonths;
  if (!months || !growth?.gt(0)) return;
  const over = forecast(estimate, months)?.find((step) => step.monthlyCost.gt(monthly));
  if (!over) return;
  const declared = workload.dedicated?.replicas;
  const cause = declared === void 0 ? "" : over.replicas !== void 0 && over.replicas > declared ? `: at its peak its dedicated endpoint needs ${over.replicas} replicas by then (${declared} declared),` : ": its contract overage grows with the tokens,";
  const place = workloadPlace(workload, workload.at.budget ?? workload, `workloads[${workload.index}].budget.monthly`);
  judge.findings.push(
    finding(
      "budget.forecast",
      place,
      `workload ${workload.name} grows ${growth}%/month${cause} and will exceed its budget ${formatUsd(monthly)}/mo in month ${over.month} (${formatUsd(over.monthlyCost)}/mo)`
    )
  );
}
function capacityForecast(judge, estimate) {
  const { workload } = estimate;
  const months = judge.policy.forecastMonths;
  if (!months || !workload.cluster || !workload.requests.growthPercentPerMonth?.gt(0)) return;
  if (estimate.cost?.peakUtilization?.gt(1)) return;
  const full = forecast(estimate, months)?.find((step) => step.peakUtilization?.gt(1));
  if (!full?.peakUtilization) return;
  judge.findings.push(
    finding(
      "capacity.forecast",
      workloadPlace(workload, workload.at.cluster ?? workload, `workloads[${workload.index}].cluster`),
      `workload ${workload.name} grows ${workload.requests.growthPercentPerMonth}%/month and its GPU cluster passes 100% utilization in month ${full.month} (${formatPercent(full.peakUtilization.times(100))}); its cost stays flat, so add GPUs before then`
    )
  );
}
function judgeWorkload(judge, estimate) {
  const { workload, cost: cost2 } = estimate;
  let use;
  if (workload.budgetMonthly && cost2 && estimate.priced) {
    use = workloadBudget(judge, estimate, workload.budgetMonthly, cost2.monthlyCost);
    if (use.status !== "over") {
      rangeOverBudget(judge, estimate, workload.budgetMonthly);
      forecastOverBudget(judge, estimate, workload.budgetMonthly);
    }
  }
  capacityForecast(judge, estimate);
  return use;
}
function judgeGroup(judge, group, match, estimates) {
  const members = estimates.filter((e) => {
    const before = judge.context.baseTags?.get(e.workload);
    return matches(match, e.workload.tags) || before !== void 0 && matches(match, before);
  });
  let projected = ZERO;
  for (const e of members) if (e.priced && e.cost) projected = projected.plus(e.cost.monthlyCost);
  const use = budgetUse(projected, group.monthly, judge.policy.warnAtPercent);
  const place = { file: judge.manifest.file, line: group.line, col: group.col, path: `budgets[${group.index}]` };
  const subject = `budget ${group.name} (${members.length} workload${members.length === 1 ? "" : "s"})`;
  if (use.status === "over") judge.findings.push(finding("budget.group.exceeded", place, budgetMessage(subject, use)));
  else if (use.status === "near") judge.findings.push(finding("budget.group.near", place, budgetMessage(subject, use)));
  if (members.length === 0)
    judge.findings.push(
      finding("budget.group.empty", place, `budget ${group.name} matches no workload in this file; check its match tags`)
    );
  return {
    name: group.name,
    file: judge.manifest.file,
    line: group.line,
    match: group.match,
    budget: use,
    workloads: members.map((e) => e.workload.name),
    unpriced: members.filter((e) => !e.priced).map((e) => e.workload.name)
  };
}
function requireBudget(judge, estimates, groupMatches) {
  if (!judge.policy.requireBudget) return;
  for (const { workload } of estimates) {
    if (workload.budgetMonthly || groupMatches.some((match) => matches(match, workload.tags))) continue;
    judge.findings.push(
      finding(
        "budget.missing",
        workloadPlace(workload, workload),
        `workload ${workload.name} has no budget (its own or a group's), and policy.require_budget is on`
      )
    );
  }
}
function stalePrices(judge, estimates) {
  const maxAge = judge.policy.maxPriceAgeDays;
  const today = judge.context.today;
  if (!maxAge || !today) return;
  for (const { workload, price } of estimates) {
    if (!price?.asOf || price.kind === "override") continue;
    const age = daysBetween(price.asOf, today);
    if (age <= maxAge) continue;
    judge.findings.push(
      finding(
        "price.stale",
        workloadPlace(workload, workload.at.model ?? workload),
        `the price of ${workload.model} is ${age} days old (as of ${price.asOf}), over policy.max_price_age_days ${maxAge}`
      )
    );
  }
}
function modelLifecycle(judge, estimates) {
  const today = judge.context.today;
  if (!today) return;
  for (const { workload, lifecycle } of estimates) {
    if (!lifecycle) continue;
    const place = workloadPlace(workload, workload.at.model ?? workload);
    const { retires } = lifecycle;
    if (retires !== void 0 && today > retires) {
      judge.findings.push(
        finding(
          "model.retired",
          place,
          `${workload.model} was retired by ${workload.provider} on ${retires}: requests to it fail; move the workload to a current model`
        )
      );
    } else if (retires !== void 0) {
      judge.findings.push(
        finding(
          "model.deprecated",
          place,
          `${workload.model} is deprecated: ${workload.provider} retires it on ${retires}; plan the move to a current model`
        )
      );
    } else if (lifecycle.deprecated) {
      judge.findings.push(
        finding("model.deprecated", place, `${workload.model} is deprecated by ${workload.provider}; plan the move to a current model`)
      );
    }
  }
}
function evaluateManifest(manifest, estimates, context = {}) {
  const judge = { manifest, policy: manifest.policy, context, findings: [] };
  const workloadBudgets = /* @__PURE__ */ new Map();
  for (const estimate of estimates) {
    const use = judgeWorkload(judge, estimate);
    if (use) workloadBudgets.set(estimate.workload.id, use);
  }
  const groupMatches = manifest.budgets.map((group) => Object.entries(group.match));
  const groups = manifest.budgets.map((group, g) => judgeGroup(judge, group, groupMatches[g] ?? [], estimates));
  requireBudget(judge, estimates, groupMatches);
  stalePrices(judge, estimates);
  modelLifecycle(judge, estimates);
  return { workloadBudgets, groups, findings: judge.findings };
}

// src/core/review/analyze.ts
function analyzeValidated(file, validated, book, options = {}) {
  const manifest = validated.manifest;
  if ("findings" in book) return { file, estimates: [], findings: [...validated.findings, ...book.findings] };
  if (!manifest) {
    const checked = validated.partial ? estimateManifest(validated.partial, book).flatMap((e) => e.findings.filter((f) => f.severity !== "notice")) : [];
    return { file, estimates: [], findings: [...validated.findings, ...checked] };
  }
  const estimates = estimateManifest(manifest, book);
  const evaluation = evaluateManifest(manifest, estimates, options);
  return {
    file,
    manifest,
    estimates,
    evaluation,
    book,
    findings: [...validated.findings, ...estimates.flatMap((e) => e.findings), ...evaluation.findings]
  };
}
function unreadableFile(file, rule, message) {
  return { file, estimates: [], findings: [{ severity: "error", rule, message, file }] };
}

// src/core/cost/batch-queue.ts
function dailyBatchTokens(estimate) {
  return (estimate.cost?.monthlyTokens ?? ZERO).times(24).div(730);
}
function batchTerms(book, provider) {
  for (const layer of [...book.layers].reverse()) {
    const terms = layer.catalog.providers?.[provider.toLowerCase()]?.batch;
    if (terms) return terms;
  }
  return void 0;
}
function queueOverage(daily, terms) {
  const limit = dec(terms.enqueuedTokensPerModel);
  const fills = daily.div(limit);
  return `over the ${formatCount(limit)} enqueued tokens per model per user by ${formatCount(daily.minus(limit))}: a day's volume is ${formatNumber(fills)} queues' worth, so it needs ${fills.ceil()} batch windows of ${terms.completionHours} hours`;
}
function batchQueueFindings(files) {
  const groups = /* @__PURE__ */ new Map();
  for (const file of files) {
    if (!file.book) continue;
    for (const estimate of file.estimates) {
      const { workload } = estimate;
      if (workload.mode !== "batch" || !estimate.priced || !estimate.cost) continue;
      const terms = batchTerms(file.book, workload.provider);
      if (!terms) continue;
      const key2 = `${workload.provider.toLowerCase()}\0${(estimate.modelId ?? workload.model).toLowerCase()}`;
      const group = groups.get(key2);
      if (group) group.members.push(estimate);
      else groups.set(key2, { terms, members: [estimate] });
    }
  }
  const findings = [];
  for (const { terms, members } of groups.values()) {
    const daily = sum(members.map(dailyBatchTokens));
    if (!daily.gt(terms.enqueuedTokensPerModel)) continue;
    const [lead] = members;
    const first = lead.workload;
    const at = first.at.mode ?? first;
    const who = members.length === 1 ? `batch workload ${first.name} enqueues` : `${members.length} batch workloads (${members.map((m) => `${m.workload.name} ${formatCount(dailyBatchTokens(m))}`).join(", ")}) enqueue`;
    findings.push({
      severity: "warning",
      rule: "batch.queue-limit",
      message: `${who} ${formatCount(daily)} tokens a day on ${first.provider} ${lead.modelId ?? first.model}, ${queueOverage(daily, terms)}`,
      file: first.file,
      line: at.line,
      col: at.col,
      path: `workloads[${first.index}].mode`,
      workload: first.name
    });
  }
  return findings;
}

// src/core/review/report.ts
function isPolicyFinding(finding3) {
  return RULES[finding3.rule].kind === "policy";
}
function validationReport(report2) {
  const findings = report2.findings.filter((f) => !isPolicyFinding(f));
  const count2 = (severity) => findings.filter((f) => f.severity === severity).length;
  const errors = count2("error");
  const warnings = count2("warning");
  return {
    ...report2,
    findings,
    summary: {
      ...report2.summary,
      status: errors > 0 ? "fail" : warnings > 0 ? "warn" : "pass",
      errors,
      warnings,
      notices: count2("notice")
    }
  };
}
var DEFAULT_GROUP_TAGS = ["team", "tenant", "feature"];
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
var lastForecast;
var FORECAST_MONTHS = 12;
function identityOf(w) {
  return { id: w.id, file: w.file, name: w.name, line: w.line, provider: w.provider, model: w.model, mode: w.mode };
}
var WorkloadRow = class {
  constructor(estimate, use, change, baseMonthlyCost, diffMonthlyCost, drivers) {
    this.estimate = estimate;
    this.use = use;
    this.change = change;
    this.baseMonthlyCost = baseMonthlyCost;
    this.diffMonthlyCost = diffMonthlyCost;
    this.drivers = drivers;
    this.removed = change === "removed";
    Object.assign(this, identityOf(estimate.workload));
    this.tags = estimate.workload.tags;
  }
  estimate;
  use;
  change;
  baseMonthlyCost;
  diffMonthlyCost;
  drivers;
  /** A removed workload shows its base's identity with no cost of its own. */
  removed;
  tags;
  get latency() {
    return this.estimate.workload.latency ?? null;
  }
  get hardware() {
    return this.estimate.hardware?.id ?? null;
  }
  get requests() {
    const { unit, declared, perMonth: perMonth2 } = this.estimate.workload.requests;
    return { unit, declared: declared.expected, perMonth: perMonth2.expected };
  }
  get tokens() {
    const t = this.estimate.workload.tokens;
    return {
      input: t.input.expected,
      output: t.output.expected,
      cachedInput: t.cachedInput.expected,
      cacheWrite: t.cacheWrite.expected,
      template: t.template ?? null
    };
  }
  /** The estimate's cost when it is priced and shown: never for a removed workload. */
  get pricedCost() {
    return this.estimate.priced && !this.removed ? this.estimate.cost : void 0;
  }
  get perRequestCost() {
    return this.pricedCost?.perRequestCost ?? null;
  }
  get monthlyCost() {
    if (this.removed) return ZERO;
    return this.pricedCost?.monthlyCost ?? null;
  }
  get monthlyTokens() {
    return this.estimate.cost?.monthlyTokens ?? null;
  }
  get effectivePerMillionTokens() {
    return (this.estimate.priced ? this.estimate.cost?.effectivePerMillionTokens : void 0) ?? null;
  }
  get utilization() {
    return this.estimate.cost?.utilization ?? null;
  }
  get peakUtilization() {
    return this.estimate.cost?.peakUtilization ?? null;
  }
  get contractUse() {
    return this.estimate.cost?.contractUse ?? null;
  }
  get costComponents() {
    return this.pricedCost?.components.map(reportComponent) ?? [];
  }
  get range() {
    return (this.pricedCost && this.estimate.range) ?? null;
  }
  get price() {
    return this.estimate.price ?? null;
  }
  get contextWindow() {
    return this.estimate.contextWindow ?? null;
  }
  get budget() {
    const monthly = this.estimate.workload.budgetMonthly;
    if (!monthly || this.removed) return null;
    return { monthly, percentUsed: this.use?.percent ?? null, status: this.use?.status ?? "ok" };
  }
  get status() {
    if (this.removed) return "ok";
    if (this.estimate.findings.some((f) => f.severity === "error")) return "error";
    if (!this.estimate.priced) return "unpriced";
    return this.use && this.estimate.workload.budgetMonthly ? this.use.status : "ok";
  }
  forecastSteps() {
    if (lastForecast?.row !== this)
      lastForecast = { row: this, steps: this.removed ? void 0 : forecast(this.estimate, FORECAST_MONTHS) };
    return lastForecast.steps;
  }
  get forecast() {
    return this.forecastSteps()?.map((s) => s.monthlyCost) ?? null;
  }
  get forecastReplicas() {
    if (!this.estimate.workload.dedicated || !this.estimate.cost?.peakUtilization) return null;
    return this.forecastSteps()?.flatMap((s) => s.replicas === void 0 ? [] : [s.replicas]) ?? null;
  }
  /** The row as a plain object: its fields are getters, which a generic JSON.stringify would not see. */
  toJSON() {
    const row = {
      ...identityOf(this),
      latency: this.latency,
      hardware: this.hardware,
      tags: this.tags,
      requests: this.requests,
      tokens: this.tokens,
      perRequestCost: this.perRequestCost,
      monthlyCost: this.monthlyCost,
      monthlyTokens: this.monthlyTokens,
      effectivePerMillionTokens: this.effectivePerMillionTokens,
      utilization: this.utilization,
      peakUtilization: this.peakUtilization,
      contractUse: this.contractUse,
      costComponents: this.costComponents,
      range: this.range,
      price: this.price,
      contextWindow: this.contextWindow,
      budget: this.budget,
      status: this.status,
      forecast: this.forecast,
      forecastReplicas: this.forecastReplicas
    };
    if (this.change === void 0) return row;
    return {
      ...row,
      change: this.change,
      baseMonthlyCost: this.baseMonthlyCost ?? null,
      diffMonthlyCost: this.diffMonthlyCost ?? null,
      drivers: this.drivers ?? []
    };
  }
};
function reportComponent(c) {
  const { name, quantity, unit, unitPrice, monthlyCost, detail } = c;
  const math = componentMath(c);
  return detail === void 0 ? { name, quantity, unit, unitPrice, monthlyCost, math } : { name, quantity, unit, unitPrice, monthlyCost, detail, math };
}
var GROUP_DIMENSIONS = ["model", "provider", "mode", "file"];
function groupValue(w, by) {
  if (GROUP_DIMENSIONS.includes(by)) return w[by];
  const tag = by.startsWith("tag:") ? by.slice(4) : by;
  return (Object.hasOwn(w.tags, tag) ? w.tags[tag] : void 0) ?? "(untagged)";
}
function groupsOf(workloads, tags) {
  const groups = [];
  const live = workloads.filter((w) => w.change !== "removed");
  const costs = live.map((w) => w.monthlyCost);
  for (const tag of tags) {
    const values = /* @__PURE__ */ new Map();
    live.forEach((w, i) => {
      const value = groupValue(w, tag);
      let entry = values.get(value);
      if (!entry) values.set(value, entry = { monthlyCost: ZERO, workloads: 0, unpriced: 0 });
      entry.workloads++;
      const cost2 = costs[i];
      if (cost2) entry.monthlyCost = entry.monthlyCost.plus(cost2);
      else entry.unpriced++;
    });
    if ([...values.keys()].every((v) => v === "(untagged)")) continue;
    groups.push({
      tag,
      values: [...values.entries()].map(([value, entry]) => ({ value, ...entry })).sort((a, b) => b.monthlyCost.comparedTo(a.monthlyCost) || a.value.localeCompare(b.value))
    });
  }
  return groups;
}
var byText = (a, b) => a === b ? 0 : a.localeCompare(b);
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || byText(a.file, b.file) || // A finding about the whole file comes before those at a place in it.
    (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0) || byText(a.rule, b.rule)
  );
}
function buildReport(head, options) {
  const diff = options.base?.diff;
  const workloads = diff ? diffRows(head, diff) : head.flatMap((f) => f.estimates.map((e) => new WorkloadRow(e, budgetUse2(f, e))));
  const findings = sortFindings([
    ...head.flatMap((f) => f.findings),
    ...batchQueueFindings(head),
    ...diff?.findings ?? [],
    ...options.codeFindings ?? []
  ]);
  const summary = summarize(head, workloads, findings, diff);
  const tags = [.../* @__PURE__ */ new Set([...DEFAULT_GROUP_TAGS, ...options.groupBy ?? []])];
  return {
    schemaVersion: 1,
    tool: { name: "tokenbudget", version: options.toolVersion },
    currency: "USD",
    catalog: {
      version: options.book.version,
      asOf: options.book.asOf,
      books: options.book.layers.map((l) => ({ origin: l.origin, version: l.catalog.version, asOf: l.catalog.asOf }))
    },
    base: options.base ? { ref: options.base.ref, trust: options.base.trust } : null,
    summary,
    groups: groupsOf(workloads, tags),
    budgets: head.flatMap(groupBudgets),
    workloads,
    findings,
    notes: diff?.notes ?? []
  };
}
function budgetUse2(file, e) {
  return file?.evaluation?.workloadBudgets.get(e.workload.id);
}
function diffRows(head, diff) {
  const byFile = new Map(head.map((f) => [f.file, f]));
  return diff.workloads.flatMap((d) => {
    const estimate = d.head ?? d.base;
    if (!estimate) return [];
    const use = d.head ? budgetUse2(byFile.get(d.file), d.head) : void 0;
    return [new WorkloadRow(estimate, use, d.change, d.baseMonthlyCost ?? null, d.diffMonthlyCost ?? null, d.drivers)];
  });
}
function groupBudgets(file) {
  return (file.evaluation?.groups ?? []).map((g) => ({
    name: g.name,
    file: g.file,
    line: g.line,
    match: g.match,
    monthly: g.budget.monthly,
    projected: g.budget.projected,
    percentUsed: g.budget.percent,
    status: g.budget.status,
    workloads: g.workloads,
    unpriced: g.unpriced
  }));
}
function summarize(head, workloads, findings, diff) {
  const count2 = (s) => findings.filter((f) => f.severity === s).length;
  const live = workloads.filter((w) => w.change !== "removed");
  const priced = live.flatMap((w) => {
    const cost2 = w.monthlyCost;
    return cost2 === null ? [] : [{ cost: cost2, range: w.range }];
  });
  const monthlyCost = sum(priced.map((p) => p.cost));
  const errors = count2("error");
  const warnings = count2("warning");
  const summary = {
    status: errors > 0 ? "fail" : warnings > 0 ? "warn" : "pass",
    monthlyCost,
    // An invalid manifest's workloads are unknown: the total cannot be complete without them.
    complete: priced.length === live.length && head.every((f) => f.manifest) && !diff?.unknownWorkloads,
    files: head.length,
    invalidFiles: head.filter((f) => !f.manifest).length,
    workloads: live.length,
    pricedWorkloads: priced.length,
    unpricedWorkloads: live.length - priced.length,
    errors,
    warnings,
    notices: count2("notice"),
    // A workload without a range of its own adds its expected cost to both ends.
    range: priced.some((p) => p.range) ? {
      low: sum(priced.map((p) => p.range?.low ?? p.cost)),
      expected: monthlyCost,
      high: sum(priced.map((p) => p.range?.high ?? p.cost))
    } : null
  };
  if (diff) {
    summary.baseMonthlyCost = diff.baseMonthlyCost;
    summary.diffMonthlyCost = diff.diffMonthlyCost;
    summary.diffPercent = diff.baseMonthlyCost.isZero() ? null : diff.diffMonthlyCost.div(diff.baseMonthlyCost).times(100);
    summary.changes = { added: 0, removed: 0, changed: 0, unchanged: 0 };
    for (const w of diff.workloads) summary.changes[w.change]++;
  }
  return summary;
}

// src/app/load.ts
var MAX_CATALOG_BYTES = 64 * 1024 * 1024;
var MAX_TOTAL_CATALOG_BYTES = 256 * 1024 * 1024;
function isInputError(finding3) {
  return finding3.severity === "error" && !isPolicyFinding(finding3);
}
var CatalogFiles = class {
  /** `root`: the repository every book a manifest names must lie in. */
  constructor(cwd, root = cwd, totalBytes = MAX_TOTAL_CATALOG_BYTES) {
    this.cwd = cwd;
    this.root = root;
    this.totalBytes = totalBytes;
  }
  cwd;
  root;
  totalBytes;
  loaded = /* @__PURE__ */ new Map();
  used = 0;
  /**
   * A book a manifest names: `written` is relative to `from` (a directory relative to cwd) and
   * must lie in the root; `refused` words a refused path as findings.
   */
  async load(written, from, refused) {
    return this.layer(await resolveUnderRoot(this.root, written, path.resolve(this.cwd, from)), toPosix(path.join(from, written)), refused);
  }
  /** A book the operator named (`--catalog`, the Action's `catalog:`), relative to cwd: it may lie anywhere. */
  async loadOperator(written, refused) {
    return this.layer(await resolveOperatorPath(this.cwd, written), written, refused);
  }
  async layer(resolved, label, refused) {
    if ("problem" in resolved) return { findings: refused(resolved.problem) };
    let entry = this.loaded.get(resolved.absolute);
    if (!entry) {
      entry = this.read(resolved.absolute, label);
      this.loaded.set(resolved.absolute, entry);
    }
    const result = await entry;
    return "catalog" in result ? { layer: { origin: label, catalog: result.catalog } } : result;
  }
  async read(absolute, label) {
    const fail2 = (rule, message) => ({
      findings: [{ severity: "error", rule, message: `price catalog ${label} ${message}`, file: label }]
    });
    const size = (await stat(absolute).catch(() => void 0))?.size ?? 0;
    if (size <= MAX_CATALOG_BYTES && this.used + size > this.totalBytes) {
      return fail2("catalog.too-large", `would take the price books of this run past ${this.totalBytes} bytes together; it was not read`);
    }
    const read = await readCapped(absolute, MAX_CATALOG_BYTES);
    if (!("bytes" in read)) return fail2(read.problem.rule, read.problem.message);
    this.used += read.bytes.length;
    const parsed = parseCatalog(label, new TextDecoder().decode(read.bytes));
    return "layer" in parsed ? { catalog: parsed.layer.catalog } : parsed;
  }
};
async function loadCatalogFile(cwd, file, files = new CatalogFiles(cwd)) {
  return files.loadOperator(file, (problem) => [
    { severity: "error", rule: problem.rule, message: `price catalog ${file} ${problem.message}`, file }
  ]);
}
async function loadLayers(cwd, catalogFiles, files = new CatalogFiles(cwd)) {
  const layers = [BUILTIN_LAYER];
  const findings = [];
  for (const file of catalogFiles) {
    const loaded = await loadCatalogFile(cwd, file, files);
    if ("layer" in loaded) layers.push(loaded.layer);
    else findings.push(...loaded.findings);
  }
  return { layers, findings };
}
function templatePaths(parsed) {
  const workloads = parsed.value?.workloads;
  if (!Array.isArray(workloads)) return [];
  return workloads.map((w) => w && typeof w === "object" ? w.tokens?.input_from : void 0).filter((p) => typeof p === "string");
}
async function countTemplates(paths, read) {
  const out = /* @__PURE__ */ new Map();
  if (paths.length === 0) return out;
  const countPromptTokens = await loadPromptCounter();
  for (const p of new Set(paths)) {
    const result = await read(p);
    if ("bytes" in result) {
      const counted = countPromptTokens(new TextDecoder().decode(result.bytes));
      out.set(p, { tokens: counted.tokens, tokenizer: counted.tokenizer });
    } else {
      out.set(p, { error: typeof result.problem === "string" ? result.problem : result.problem.message });
    }
  }
  return out;
}
function manifestCatalogReader(files) {
  return (manifestFile, rel) => files.load(rel, path.dirname(manifestFile), (problem) => [
    {
      severity: "error",
      rule: "catalog.unreadable",
      message: `catalogs: ${rel} ${problem.message}`,
      file: manifestFile,
      path: "catalogs"
    }
  ]);
}
function atEntry(f, manifest, i) {
  const at = manifest.catalogsAt?.[i];
  return at && f.file === manifest.file ? { ...f, line: at.line, col: at.col, path: `catalogs[${i}]` } : f;
}
var Books = class {
  /** `read` loads one `catalogs:` entry of a manifest; by default from the working tree. */
  constructor(cwd, layers, read = manifestCatalogReader(new CatalogFiles(cwd))) {
    this.cwd = cwd;
    this.layers = layers;
    this.read = read;
    this.global = new PriceBook(layers);
  }
  cwd;
  layers;
  read;
  global;
  cache = /* @__PURE__ */ new Map();
  async for(manifest) {
    if (manifest.catalogs.length === 0) return this.global;
    const key2 = `${manifest.file}\0${manifest.catalogs.join("\0")}`;
    const cached = this.cache.get(key2);
    if (cached) return cached;
    const layers = [...this.layers];
    const findings = [];
    for (const [i, rel] of manifest.catalogs.entries()) {
      const loaded = await this.read(manifest.file, rel);
      if ("layer" in loaded) layers.push(loaded.layer);
      else findings.push(...loaded.findings.map((f) => atEntry(f, manifest, i)));
    }
    const unique = layers.filter((layer, i) => !layers.some((other, j) => j > i && other.catalog === layer.catalog));
    const book = findings.length > 0 ? { findings } : new PriceBook(unique);
    this.cache.set(key2, book);
    return book;
  }
};
function catalogPaths(parsed) {
  const listed = parsed.value?.catalogs;
  const entries = Array.isArray(listed) ? [...listed.entries()].filter((e) => typeof e[1] === "string") : [];
  return { file: parsed.file, catalogs: entries.map(([, rel]) => rel), catalogsAt: entries.map(([i]) => parsed.locate(["catalogs", i])) };
}
async function analyzeParsed(parsed, templates, context, fixedBook) {
  const validated = validateManifest(parsed, { templates, maxWorkloads: context.limits.maxWorkloads });
  if (!validated.manifest && !fixedBook && parsed.findings.length === 0) {
    const named = catalogPaths(parsed);
    const book2 = named.catalogs.length > 0 ? await context.books.for(named) : context.books.global;
    if ("findings" in book2) return analyzeValidated(parsed.file, validated, book2, { today: context.today });
  }
  const target = validated.manifest ?? validated.partial;
  const book = target ? fixedBook ?? await context.books.for(target) : context.books.global;
  return analyzeValidated(parsed.file, validated, book, { today: context.today });
}
async function loadHead(options) {
  const { cwd, stdin } = options;
  const root = options.root ?? cwd;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const catalogFiles = new CatalogFiles(cwd, root);
  const catalogs = await loadLayers(cwd, options.catalogFiles ?? [], catalogFiles);
  const context = {
    books: new Books(cwd, catalogs.layers, manifestCatalogReader(catalogFiles)),
    limits,
    today: options.today
  };
  const discovered = stdin && options.paths.length === 0 ? [] : await discover(cwd, options.paths, root);
  const files = [];
  const blobs = /* @__PURE__ */ new Map();
  const analyze = async (file, read) => {
    if (!("bytes" in read)) {
      files.push(unreadableFile(file, read.problem.rule, read.problem.message));
      return;
    }
    if (options.blobIds) blobs.set(file, blobId(read.bytes));
    const parsed = await parseManifest(file, read.bytes, limits);
    const templates = await countTemplates(templatePaths(parsed), async (rel) => {
      const inside = await resolveInside(root, path.resolve(cwd, file), rel);
      return "problem" in inside ? inside : readCapped(inside.absolute, limits.maxFileBytes);
    });
    files.push(await analyzeParsed(parsed, templates, context));
  };
  for (const entry of discovered) {
    if ("problem" in entry) files.push(unreadableFile(entry.file, entry.problem.rule, `${entry.file} ${entry.problem.message}`));
    else await analyze(entry.file, await readCapped(path.resolve(cwd, entry.file), limits.maxFileBytes));
  }
  if (stdin) await analyze(stdin.file, stdin.read);
  const [firstCatalogProblem] = catalogs.findings;
  if (firstCatalogProblem) files.push({ file: firstCatalogProblem.file, estimates: [], findings: catalogs.findings });
  return { files, discovered: [...discovered.map((d) => d.file), ...stdin ? [stdin.file] : []], blobs, context };
}

// src/core/render/json.ts
var CHUNK_CHARS = 1 << 16;
function* jsonChunks(value) {
  const stack = [];
  let buffer = "";
  const open = (v, indent) => {
    const scalar = scalarJson(v);
    if (scalar !== void 0) return scalar;
    if (Array.isArray(v)) {
      if (v.length === 0) return "[]";
      stack.push({ values: v, keys: void 0, index: 0, indent, inner: `${indent}  ` });
      return "[";
    }
    const keys = keptKeys(v);
    if (keys.length === 0) return "{}";
    stack.push({ values: v, keys, index: 0, indent, inner: `${indent}  ` });
    return "{";
  };
  buffer += open(withToJson(value, ""), "");
  for (let frame = stack.at(-1); frame; frame = stack.at(-1)) {
    const { keys, index } = frame;
    const length = keys ? keys.length : frame.values.length;
    if (index === length) {
      stack.pop();
      buffer += `
${frame.indent}${keys ? "}" : "]"}`;
    } else {
      frame.index++;
      const separator = index === 0 ? "\n" : ",\n";
      if (keys) {
        const key2 = keys[index] ?? "";
        buffer += `${separator}${frame.inner}${JSON.stringify(key2)}: `;
        buffer += open(withToJson(frame.values[key2], key2), frame.inner);
      } else {
        buffer += separator + frame.inner;
        const item = withToJson(frame.values[index], String(index));
        buffer += open(item === void 0 || typeof item === "function" || typeof item === "symbol" ? null : item, frame.inner);
      }
    }
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = "";
    }
  }
  yield `${buffer}
`;
}
function withToJson(v, key2) {
  if (v === null || typeof v !== "object" || v instanceof Decimal) return v;
  const toJson = v.toJSON;
  return typeof toJson === "function" ? toJson.call(v, key2) : v;
}
function scalarJson(v) {
  if (v === null) return "null";
  switch (typeof v) {
    case "string":
      return JSON.stringify(v);
    case "number":
      return Number.isFinite(v) ? String(v) : "null";
    case "boolean":
      return v ? "true" : "false";
    case "object":
      if (v instanceof Decimal) return toJsonMoneyText(v);
      return void 0;
    case "bigint":
      return v.toString();
    default:
      return "null";
  }
}
function keptKeys(object) {
  const keys = Object.keys(object);
  return keys.some((k) => skipped(object[k])) ? keys.filter((k) => !skipped(object[k])) : keys;
}
function skipped(item) {
  return item === void 0 || typeof item === "function" || typeof item === "symbol";
}
function jsonText(value) {
  let text2 = "";
  for (const chunk of jsonChunks(value)) text2 += chunk;
  return text2;
}
function money(value) {
  return value === null ? "null" : toJsonMoneyText(value);
}
var QUOTED = /* @__PURE__ */ new Map();
function quoted3(value) {
  let json = QUOTED.get(value);
  if (json === void 0) {
    json = JSON.stringify(value);
    if (QUOTED.size >= 4096) QUOTED.clear();
    QUOTED.set(value, json);
  }
  return json;
}
function text(value) {
  return value === null ? "null" : quoted3(value);
}
function count(value) {
  return value !== null && Number.isFinite(value) ? String(value) : "null";
}
function nested(value, indent) {
  const json = jsonText(value).slice(0, -1);
  return indent === "" ? json : json.replaceAll("\n", `
${indent}`);
}
function flat(object, indent) {
  const inner = `${indent}  `;
  let out = "";
  for (const key2 of Object.keys(object)) {
    const v = object[key2];
    let json;
    if (typeof v === "string") json = quoted3(v);
    else if (typeof v === "number") json = count(v);
    else if (v instanceof Decimal) json = money(v);
    else if (v === void 0 || typeof v === "function" || typeof v === "symbol") continue;
    else json = nested(v, inner);
    out += `${out === "" ? "\n" : ",\n"}${inner}${quoted3(key2)}: ${json}`;
  }
  return out === "" ? "{}" : `{${out}
${indent}}`;
}
function list(items, indent, item) {
  if (items.length === 0) return "[]";
  const inner = `${indent}  `;
  let out = "[";
  for (const [i, value] of items.entries()) out += `${i === 0 ? "\n" : ",\n"}${inner}${item(value, inner)}`;
  return `${out}
${indent}]`;
}
function scenarios(range, indent) {
  const inner = `${indent}  `;
  return `{
${inner}"low": ${money(range.low)},
${inner}"expected": ${money(range.expected)},
${inner}"high": ${money(range.high)}
${indent}}`;
}
function component(c, indent) {
  const inner = `${indent}  `;
  const detail = c.detail === void 0 ? "" : `,
${inner}"detail": ${JSON.stringify(c.detail)}`;
  return `{
${inner}"name": ${quoted3(c.name)},
${inner}"quantity": ${money(c.quantity)},
${inner}"unit": ${quoted3(c.unit)},
${inner}"unitPrice": ${money(c.unitPrice)},
${inner}"monthlyCost": ${money(c.monthlyCost)}${detail},
${inner}"math": ${JSON.stringify(c.math)}
${indent}}`;
}
function workloadJson(w) {
  const i = "      ";
  const j = "        ";
  const { requests, tokens, budget } = w;
  let out = `{
${i}"id": ${JSON.stringify(w.id)},
${i}"file": ${quoted3(w.file)},
${i}"name": ${JSON.stringify(w.name)},
${i}"line": ${count(w.line)}`;
  out += `,
${i}"provider": ${quoted3(w.provider)},
${i}"model": ${quoted3(w.model)},
${i}"mode": ${quoted3(w.mode)},
${i}"latency": ${text(w.latency)},
${i}"hardware": ${text(w.hardware)}`;
  out += `,
${i}"tags": ${flat(w.tags, i)}`;
  out += `,
${i}"requests": {
${j}"unit": ${quoted3(requests.unit)},
${j}"declared": ${money(requests.declared)},
${j}"perMonth": ${money(requests.perMonth)}
${i}}`;
  out += `,
${i}"tokens": {
${j}"input": ${money(tokens.input)},
${j}"output": ${money(tokens.output)},
${j}"cachedInput": ${money(tokens.cachedInput)},
${j}"cacheWrite": ${money(tokens.cacheWrite)},
${j}"template": ${tokens.template === null ? "null" : flat(tokens.template, j)}
${i}}`;
  out += `,
${i}"perRequestCost": ${money(w.perRequestCost)},
${i}"monthlyCost": ${money(w.monthlyCost)},
${i}"monthlyTokens": ${money(w.monthlyTokens)},
${i}"effectivePerMillionTokens": ${money(w.effectivePerMillionTokens)}`;
  out += `,
${i}"utilization": ${money(w.utilization)},
${i}"peakUtilization": ${money(w.peakUtilization)},
${i}"contractUse": ${money(w.contractUse)}`;
  out += `,
${i}"costComponents": ${list(w.costComponents, i, component)}`;
  out += `,
${i}"range": ${w.range === null ? "null" : scenarios(w.range, i)},
${i}"price": ${w.price === null ? "null" : flat(w.price, i)},
${i}"contextWindow": ${count(w.contextWindow)}`;
  out += `,
${i}"budget": ${budget === null ? "null" : `{
${j}"monthly": ${money(budget.monthly)},
${j}"percentUsed": ${money(budget.percentUsed)},
${j}"status": ${quoted3(budget.status)}
${i}}`}`;
  out += `,
${i}"status": ${quoted3(w.status)}`;
  const forecast2 = w.forecast;
  const replicas = w.forecastReplicas;
  out += `,
${i}"forecast": ${forecast2 === null ? "null" : list(forecast2, i, money)},
${i}"forecastReplicas": ${replicas === null ? "null" : list(replicas, i, count)}`;
  if (w.change !== void 0) out += `,
${i}"change": ${quoted3(w.change)}`;
  if (w.baseMonthlyCost !== void 0) out += `,
${i}"baseMonthlyCost": ${money(w.baseMonthlyCost)}`;
  if (w.diffMonthlyCost !== void 0) out += `,
${i}"diffMonthlyCost": ${money(w.diffMonthlyCost)}`;
  if (w.drivers !== void 0) out += `,
${i}"drivers": ${list(w.drivers, i, flat)}`;
  return `${out}
    }`;
}
function* reportJsonChunks(report2) {
  let buffer = `{
  "schemaVersion": ${nested(report2.schemaVersion, "  ")},
  "tool": ${nested(report2.tool, "  ")},
  "currency": ${nested(report2.currency, "  ")}`;
  buffer += `,
  "catalog": ${nested(report2.catalog, "  ")},
  "base": ${nested(report2.base, "  ")},
  "summary": ${nested(report2.summary, "  ")}`;
  const pieces = function* (key2, items, item, last = false) {
    const end = last ? "\n}\n" : "";
    if (items.length === 0) {
      buffer += `,
  ${JSON.stringify(key2)}: []${end}`;
      return;
    }
    buffer += `,
  ${JSON.stringify(key2)}: [`;
    for (const [n, value] of items.entries()) {
      buffer += `${n === 0 ? "\n" : ",\n"}    ${item(value)}`;
      if (buffer.length >= CHUNK_CHARS) {
        yield buffer;
        buffer = "";
      }
    }
    buffer += `
  ]${end}`;
  };
  yield* pieces("groups", report2.groups, (g) => nested(g, "    "));
  yield* pieces("budgets", report2.budgets, (b) => nested(b, "    "));
  yield* pieces("workloads", report2.workloads, workloadJson);
  yield* pieces("findings", report2.findings, (f) => flat(f, "    "));
  yield* pieces("notes", report2.notes, (n) => JSON.stringify(n), true);
  yield buffer;
}

// src/core/render/escape.ts
var LINE_BREAKS = /[\r\n\u2028\u2029]+/g;
var CONTROL_AND_BIDI = new RegExp(`(?![\\t\\r\\n\\u2028\\u2029])[${INVISIBLE_CLASS}]`, "g");
var ZERO_WIDTH_SPACE = "\u200B";
function escapeMarkdown(text2) {
  return text2.replace(CONTROL_AND_BIDI, "").replace(/[\r\n\t\u2028\u2029]+/g, " ").replace(/@/g, `@${ZERO_WIDTH_SPACE}`).replace(/#(?=\w)/g, `#${ZERO_WIDTH_SPACE}`).replace(/([!%&~])(?=[\w"])/g, `$1${ZERO_WIDTH_SPACE}`).replace(/\$(?=\d+(?![\d.,]))/g, `$$${ZERO_WIDTH_SPACE}`).replace(/\b(GH-)(?=\d)/gi, `$1${ZERO_WIDTH_SPACE}`).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/`/g, "&#96;").replace(/\|/g, "&#124;").replace(/([\\*_[\]~])/g, "\\$1").replace(/:(?=\w+:)/g, `:${ZERO_WIDTH_SPACE}`);
}
function sanitizePlain(text2) {
  return text2.replace(CONTROL_AND_BIDI, "").replace(LINE_BREAKS, " ");
}
function escapeHtml(text2) {
  return text2.replace(CONTROL_AND_BIDI, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

// src/core/render/validation.ts
function positionText(at) {
  return at.line === void 0 ? "" : `:${at.line}:${at.col}`;
}
function formatProblem(f) {
  return `${sanitizePlain(f.file)}${positionText(f)}: ${f.severity}: ${sanitizePlain(f.message)}${f.path ? ` [${sanitizePlain(f.path)}]` : ""} (${f.rule})`;
}
var VERDICT = { pass: "valid", warn: "valid", fail: "invalid" };
function plural(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
function validationSummary(report2) {
  const s = report2.summary;
  const counts2 = [s.errors ? plural(s.errors, "error") : "", s.warnings ? plural(s.warnings, "warning") : ""].filter(Boolean);
  return `${s.files} file(s), ${s.workloads} workload(s): ${VERDICT[s.status]}${counts2.length ? `, ${counts2.join(", ")}` : ""}`;
}
function renderValidationMarkdown(report2) {
  const out = [`### tokenbudget validate: ${VERDICT[report2.summary.status]}`, "", escapeMarkdown(validationSummary(report2))];
  if (report2.findings.length > 0) {
    out.push("", "| Severity | Location | Message | Rule |", "|---|---|---|---|");
    for (const f of report2.findings) {
      out.push(
        `| ${f.severity} | ${escapeMarkdown(f.file)}${positionText(f)} | ${escapeMarkdown(f.message)}${f.path ? ` [${escapeMarkdown(f.path)}]` : ""} | \`${f.rule}\` |`
      );
    }
  }
  return `${out.join("\n")}
`;
}

// src/cli/manifests.ts
var STDIN_PATHS = /* @__PURE__ */ new Set(["-", "/dev/stdin"]);
var DEFAULT_STDIN_NAME = "<stdin>";
async function operatorPaths(io, positionals, stdinName, maxFileBytes = DEFAULT_LIMITS.maxFileBytes) {
  const paths = positionals.filter((p) => !STDIN_PATHS.has(p));
  const dashes = positionals.length - paths.length;
  if (dashes > 1) throw new UsageError("- (standard input) may be given once: it holds one manifest");
  if (dashes === 0 && stdinName !== void 0) throw new UsageError("--stdin-name names standard input: give - as a path too");
  const file = stdinName ?? DEFAULT_STDIN_NAME;
  if (dashes === 1 && file.trim() === "") throw new UsageError("--stdin-name must not be empty");
  const root = runRoot(
    io.cwd,
    positionals.map((p) => STDIN_PATHS.has(p) ? file : p)
  );
  if (dashes === 0) return { root, paths };
  if (!io.stdin) throw new UsageError("- reads standard input, which this run does not have");
  return { root, paths, stdin: { file, read: await readStreamCapped(io.stdin, maxFileBytes) } };
}
async function loadManifests(io, positionals, catalogFiles, stdinName) {
  const named = await operatorPaths(io, positionals, stdinName);
  const { files } = await loadHead({ cwd: io.cwd, ...named, catalogFiles, today: io.today });
  return { files, inputErrors: files.flatMap((f) => f.findings).filter(isInputError) };
}
function noManifests(command, paths) {
  const where = paths.length ? `in ${paths.join(" ")} (a folder is searched for ${DEFAULT_PATTERN}; a file or glob is read as given)` : `below the current directory (looked for ${DEFAULT_PATTERN}, skipping node_modules and .git)`;
  return new UsageError(
    `no manifests found ${where}; name manifests, folders or globs, e.g. tokenbudget ${command} services/ or tokenbudget ${command} 'infra/**/*.yaml'`
  );
}

// src/cli/command.ts
var GLOBAL_OPTIONS = [
  { name: "no-color", type: "boolean", help: "plain output, no ANSI colors (also NO_COLOR=1)" },
  { name: "help", short: "h", type: "boolean", help: "show this help" }
];
var STDIN_NAME = {
  name: "stdin-name",
  type: "string",
  value: "NAME",
  help: "with - as a path: the name of the manifest read from standard input, in findings and for the paths it names (default <stdin>)"
};
function defineCommand(command) {
  return command;
}
function flag(o) {
  return `${o.short ? `-${o.short}, ` : ""}--${o.name}${o.type === "string" ? ` ${o.choices ? o.choices.join("|") : o.value ?? "VALUE"}` : ""}`;
}
function optionLines(options) {
  const flags = options.map(flag);
  const width2 = Math.max(...flags.map((f) => f.length));
  return options.map((o) => {
    const notes = [o.default !== void 0 ? `default ${o.default}` : "", o.multiple ? "repeatable" : ""].filter(Boolean);
    return `  ${flag(o).padEnd(width2)}  ${o.help}${notes.length ? ` (${notes.join(", ")})` : ""}`;
  });
}
function commandHelp(command) {
  const out = [`Usage: tokenbudget ${command.name}${command.usage ? ` ${command.usage}` : ""}`, "", command.summary];
  if (command.description) out.push("", command.description);
  out.push("", "Options:", ...optionLines([...command.options, ...GLOBAL_OPTIONS]));
  if (command.examples.length > 0) out.push("", "Examples:", ...command.examples.map((e) => `  ${e}`));
  return `${out.join("\n")}
`;
}
function suggestFlag(written, options) {
  const names = options.map((o) => o.name);
  if (/^-[^-]$/.test(written)) {
    const match = options.find((o) => o.name.startsWith(written.charAt(1).toLowerCase()));
    return match && `--${match.name}`;
  }
  const [best] = closest(written.replace(/^-+/, "").split("=", 1).join(""), names, 1);
  return best && `--${best}`;
}
function unknownFlag(written, where, options, elsewhere) {
  const hint = suggestFlag(written, options);
  const name = written.split("=", 1).join("");
  const notes = [elsewhere ? `it is an option of ${elsewhere}` : "", hint ? `did you mean ${hint}?` : ""].filter(Boolean);
  return new UsageError(
    `unknown option ${name} for ${where}${notes.length ? ` (${notes.join("; ")})` : ""}; see tokenbudget ${where === "tokenbudget" ? "" : `${where} `}--help`
  );
}
function nearChoice(value, choices) {
  const lower = value.toLowerCase();
  return choices.find((c) => editDistance(c, value) <= Math.max(1, Math.floor(value.length / 3))) ?? (lower.length >= 3 ? choices.find((c) => c.toLowerCase().startsWith(lower)) : void 0);
}
function parseCommand(command, args, owners2) {
  const options = [...command.options, ...GLOBAL_OPTIONS];
  const values = {};
  const positionals = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const written = eq === -1 ? arg : arg.slice(0, eq);
    const option = written.startsWith("--") ? options.find((o) => o.name === written.slice(2)) : options.find((o) => o.short !== void 0 && `-${o.short}` === written);
    if (!option) throw unknownFlag(arg, command.name, options, owners2?.(written.replace(/^-+/, "")));
    if (option.type === "boolean") {
      if (eq !== -1) throw new UsageError(`--${option.name} takes no value; see tokenbudget ${command.name} --help`);
      values[option.name] = true;
      continue;
    }
    let value;
    if (eq !== -1) value = arg.slice(eq + 1);
    else if (i + 1 < args.length && !(args[i + 1] ?? "").startsWith("--")) value = args[++i];
    if (value === void 0)
      throw new UsageError(`--${option.name} needs a value (${flag(option)}); see tokenbudget ${command.name} --help`);
    if (option.choices && !option.choices.includes(value)) {
      const best = nearChoice(value, option.choices);
      throw new UsageError(
        `--${option.name} must be one of ${option.choices.join(", ")}, got "${value}"${best ? ` (did you mean "${best}"?)` : ""}`
      );
    }
    if (option.multiple) values[option.name] = [...values[option.name] ?? [], value];
    else values[option.name] = value;
  }
  for (const o of options) {
    if (values[o.name] !== void 0) continue;
    values[o.name] = o.type === "boolean" ? false : o.multiple ? [] : o.default;
  }
  return { values, positionals };
}

// src/cli/options.ts
var CATALOG = {
  name: "catalog",
  type: "string",
  value: "FILE",
  multiple: true,
  help: "extra price book, over the built-in one"
};
var FAIL_ON = {
  name: "fail-on",
  type: "string",
  choices: ["error", "warning", "never"],
  default: "error",
  help: "which status exits 1"
};

// src/app/run.ts
import { readFile, realpath } from "node:fs/promises";
import path2 from "node:path";

// src/core/review/base-prices.ts
var rateKey = (kind, provider, hardware) => `${kind}\0${provider}\0${hardware}`;
function baseRatesOf(manifest) {
  const rates = /* @__PURE__ */ new Map();
  for (const w of manifest.workloads) {
    for (const [kind, spec] of [
      ["dedicated", w.dedicated],
      ["cluster", w.cluster]
    ]) {
      if (!spec?.hourlyRate) continue;
      const key2 = rateKey(kind, w.provider, spec.hardware);
      const known = rates.get(key2);
      if (!known || spec.hourlyRate.gt(known)) rates.set(key2, spec.hourlyRate);
    }
  }
  return rates;
}
var usd = (d) => d === void 0 ? "none" : formatUnitPrice(d);
function contractText(c) {
  if (!c) return "no contract";
  const terms = [
    c.monthlyMinimum && `minimum ${usd(c.monthlyMinimum)}`,
    c.includedTokens && `${formatCount(c.includedTokens)} tokens included`,
    c.overagePerMillion && `overage ${usd(c.overagePerMillion)}/1M`
  ];
  return terms.filter(Boolean).join(", ") || "a contract without terms";
}
var sameDecimal = (a, b) => a === void 0 ? b === void 0 : b !== void 0 && a.eq(b);
var sameContract = (a, b) => a === void 0 === (b === void 0) && sameDecimal(a?.monthlyMinimum, b?.monthlyMinimum) && sameDecimal(a?.includedTokens, b?.includedTokens) && sameDecimal(a?.overagePerMillion, b?.overagePerMillion);
function report(ctx, severity, field, message) {
  const at = ctx.head.at[field] ?? { line: ctx.head.line, col: ctx.head.col };
  ctx.findings.push(
    finding(
      "price.changed-by-change",
      { file: ctx.head.file, line: at.line, col: at.col, path: `workloads[${ctx.head.index}].${field}`, workload: ctx.head.name },
      message,
      severity
    )
  );
}
function baseRate(ctx, kind, hardware) {
  const base = ctx.base;
  const matched = kind === "dedicated" ? base?.dedicated : base?.cluster;
  if (base && matched && matched.hardware === hardware && base.provider === ctx.head.provider && matched.hourlyRate)
    return matched.hourlyRate;
  return ctx.rates.get(rateKey(kind, ctx.head.provider, hardware));
}
function rebaseRate(ctx, kind, spec, contractPrices) {
  const stated = spec.hourlyRate;
  if (stated === void 0) return spec;
  const fromBase = baseRate(ctx, kind, spec.hardware);
  const { hourlyRate: _dropped, ...bookPriced } = spec;
  if (fromBase) {
    if (!fromBase.eq(stated))
      report(
        ctx,
        "warning",
        kind,
        `workload ${ctx.head.name} states ${kind}.hourly_rate ${usd(stated)}; under --trust base the base's ${usd(fromBase)} for ${spec.hardware} was applied`
      );
    return { ...spec, hourlyRate: fromBase };
  }
  const books = resolveGpuRate(ctx.head, kind, spec.hardware, void 0, ctx.book);
  if (!("problem" in books)) {
    report(
      ctx,
      "warning",
      kind,
      `workload ${ctx.head.name} states ${kind}.hourly_rate ${usd(stated)}, which the base does not; under --trust base the base's price books' ${usd(books.hourly)} for ${spec.hardware} was applied`
    );
    return bookPriced;
  }
  if (contractPrices) {
    report(
      ctx,
      "warning",
      kind,
      `workload ${ctx.head.name} states ${kind}.hourly_rate ${usd(stated)} for ${spec.hardware}, which the base does not price; under --trust base the base's contract alone prices it`
    );
    return bookPriced;
  }
  report(
    ctx,
    "error",
    kind,
    `workload ${ctx.head.name} states ${kind}.hourly_rate ${usd(stated)} for ${spec.hardware}, which the base revision does not price; under --trust base a rate only the head states cannot pass: price ${spec.hardware} at the base first (a base workload or price book)`
  );
  return spec;
}
function gpuPriced(ctx, kind, spec) {
  return spec.hourlyRate !== void 0 || !("problem" in resolveGpuRate(ctx.head, kind, spec.hardware, void 0, ctx.book));
}
function rebaseDedicated(ctx, d) {
  const matched = ctx.base?.dedicated && ctx.base.dedicated.hardware === d.hardware && ctx.base.provider === ctx.head.provider ? ctx.base.dedicated : void 0;
  const { contract: stated, ...rest } = d;
  const contract = matched ? matched.contract : stated;
  if (matched && !sameContract(stated, contract)) {
    report(
      ctx,
      "warning",
      "dedicated",
      `workload ${ctx.head.name} states ${contractText(stated)}; under --trust base the base's terms (${contractText(contract)}) were applied`
    );
  }
  const prices = contract !== void 0 && (contract.monthlyMinimum !== void 0 || contract.overagePerMillion !== void 0);
  const spec = rebaseRate(ctx, "dedicated", contract ? { ...rest, contract } : rest, prices && matched !== void 0);
  if (!matched && prices && d.hourlyRate === void 0 && !gpuPriced(ctx, "dedicated", spec)) {
    report(
      ctx,
      "error",
      "dedicated",
      `workload ${ctx.head.name} is priced only by a dedicated.contract (${contractText(stated)}) that the base revision does not have; under --trust base contract terms only the head states cannot pass`
    );
  }
  return spec;
}
function rebaseCluster(ctx, c) {
  const base = ctx.base;
  const matched = base?.cluster;
  let out = rebaseRate(ctx, "cluster", c, false);
  if (base && matched && base.provider === ctx.head.provider) {
    for (const [field, name] of [
      ["storageMonthly", "storage_monthly"],
      ["networkMonthly", "network_monthly"]
    ]) {
      if (out[field].eq(matched[field])) continue;
      report(
        ctx,
        "warning",
        "cluster",
        `workload ${ctx.head.name} states cluster.${name} ${usd(out[field])}; under --trust base the base's ${usd(matched[field])} was applied`
      );
      out = { ...out, [field]: matched[field] };
    }
  }
  return out;
}
function withBasePrices(head, base, rates, book) {
  if (!head.dedicated && !head.cluster) return { workload: head, findings: [] };
  const ctx = { head, base, rates, book, findings: [] };
  const workload = { ...head };
  if (head.dedicated) workload.dedicated = rebaseDedicated(ctx, head.dedicated);
  if (head.cluster) workload.cluster = rebaseCluster(ctx, head.cluster);
  return ctx.findings.length === 0 ? { workload: head, findings: [] } : { workload, findings: ctx.findings };
}

// src/core/review/diff.ts
var MONEY_DUST = new Decimal("1e-18");
var cost = (e) => e?.priced && e.cost ? e.cost.monthlyCost : void 0;
var collator;
var byId = (a, b) => (collator ??= new Intl.Collator()).compare(a, b);
function jsonKeys(value, skip) {
  return Object.keys(value).filter((k) => {
    const v = value[k];
    return v !== void 0 && typeof v !== "function" && !skip?.has(k);
  });
}
function sameJson(a, b, skip) {
  if (a === b) return true;
  if (a instanceof Decimal || b instanceof Decimal) {
    return a instanceof Decimal && b instanceof Decimal && a.eq(b);
  }
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  }
  const keys = jsonKeys(a, skip);
  const other = jsonKeys(b, skip);
  return keys.length === other.length && keys.every((k, i) => k === other[i] && sameJson(a[k], b[k]));
}
function modeFields(w) {
  return { mode: w.mode, dedicated: w.dedicated, cluster: w.cluster };
}
function describeVolume(base, head) {
  const from = base.requests.perMonth.expected;
  const to = head.requests.perMonth.expected;
  const pct = from.isZero() ? "" : ` (${formatPercentChange(to.minus(from).div(from).times(100))})`;
  return `requests ${formatCount(from)} -> ${formatCount(to)}/month${pct}`;
}
function describeTokens(base, head) {
  const parts = [];
  const pairs = [
    ["input", base.tokens.input.expected, head.tokens.input.expected],
    ["output", base.tokens.output.expected, head.tokens.output.expected],
    ["cached input", base.tokens.cachedInput.expected, head.tokens.cachedInput.expected]
  ];
  for (const [name, from, to] of pairs) if (!from.eq(to)) parts.push(`${name} ${from} -> ${to}`);
  return `tokens per request: ${parts.join(", ")}`;
}
function describeContract(base, head) {
  const terms = (c) => c ? [
    c.monthlyMinimum ? `minimum ${formatUsd(c.monthlyMinimum)}` : "",
    c.includedTokens ? `${formatCount(c.includedTokens)} tokens included` : "",
    c.overagePerMillion ? `overage ${formatUnitPrice(c.overagePerMillion)}/1M` : ""
  ].filter(Boolean).join(", ") || "no terms" : "none";
  return `dedicated contract ${terms(base)} -> ${terms(head)}`;
}
function describeMode(base, head) {
  if (base.mode !== head.mode) return `mode ${base.mode} -> ${head.mode}`;
  const spec = (w) => {
    const d = w.dedicated;
    const c = w.cluster;
    if (d) return `${d.gpus}x ${d.hardware} x ${d.replicas} replica(s), ${d.hours}h${d.hourlyRate ? ` @ $${d.hourlyRate}/GPU-h` : ""}`;
    if (c) return `${c.gpus}x ${c.hardware}, ${c.hours}h${c.hourlyRate ? ` @ $${c.hourlyRate}/GPU-h` : ""}`;
    return w.mode;
  };
  return `hardware ${spec(base)} -> ${spec(head)}`;
}
var describePrice = (b) => `price override for ${b.model} changed`;
var describeContractStep = (b, h) => describeContract(b.dedicated?.contract, h.dedicated?.contract);
var describeModel = (b, h) => `model ${b.model} -> ${h.model}`;
function attribute(b, h, costs, pricesChanged, headManifest, book) {
  const total = costs.head.minus(costs.base);
  const steps = [];
  if (pricesChanged) steps.push({ cause: "price", workload: b, describe: describePrice });
  let current = b;
  if (b.dedicated !== void 0 && h.dedicated !== void 0 && !sameJson(b.dedicated.contract, h.dedicated.contract)) {
    current = { ...b, dedicated: { ...b.dedicated, contract: h.dedicated.contract } };
    steps.push({ cause: "price", workload: current, describe: describeContractStep });
  }
  if (!sameJson(modeFields(current), modeFields(h))) {
    current = { ...current, ...modeFields(h) };
    steps.push({ cause: b.mode !== h.mode ? "mode" : "hardware", workload: current, describe: describeMode });
  }
  if (b.model !== h.model || b.provider !== h.provider) {
    current = { ...current, model: h.model, provider: h.provider };
    steps.push({ cause: "model", workload: current, describe: describeModel });
  }
  if (!sameJson(b.tokens, h.tokens)) {
    current = { ...current, tokens: h.tokens };
    steps.push({ cause: "tokens", workload: current, describe: describeTokens });
  }
  if (!sameJson(b.requests, h.requests)) {
    current = { ...current, requests: h.requests };
    steps.push({ cause: "volume", workload: current, describe: describeVolume });
  }
  const drivers = [];
  let previous = costs.base;
  for (const [i, step] of steps.entries()) {
    const stepCost = i === steps.length - 1 ? costs.head : pricedMonthlyCost(step.workload, headManifest, book);
    if (stepCost === void 0) {
      drivers.push({ cause: "other", amount: costs.head.minus(previous), detail: "the remaining changes together" });
      return drivers;
    }
    drivers.push({ cause: step.cause, amount: stepCost.minus(previous), detail: step.describe(b, h) });
    previous = stepCost;
  }
  const rest = total.minus(drivers.reduce((acc, d) => acc.plus(d.amount), ZERO));
  if (rest.abs().gt(MONEY_DUST)) drivers.push({ cause: "other", amount: rest, detail: "other changes (tags, hours, settings)" });
  return drivers;
}
var POSITION_KEYS = /* @__PURE__ */ new Set(["line", "col", "index", "at"]);
function workloadsChanged(a, b) {
  return !sameJson(a, b, POSITION_KEYS);
}
function budgetLoosened(base, head) {
  const reasons = [];
  const headWorkloads = new Map(head.workloads.map((w) => [w.name, w]));
  for (const w of base.workloads) {
    const now = headWorkloads.get(w.name);
    if (w.budgetMonthly && now && (!now.budgetMonthly || now.budgetMonthly.gt(w.budgetMonthly))) {
      reasons.push(
        `workload ${w.name} budget ${formatUsd(w.budgetMonthly)} -> ${now.budgetMonthly ? formatUsd(now.budgetMonthly) : "none"}`
      );
    }
  }
  const headGroups = new Map(head.budgets.map((g) => [g.name, g]));
  for (const g of base.budgets) {
    const now = headGroups.get(g.name);
    if (!now) reasons.push(`group budget ${g.name} (${formatUsd(g.monthly)}) removed`);
    else if (now.monthly.gt(g.monthly)) reasons.push(`group budget ${g.name} ${formatUsd(g.monthly)} -> ${formatUsd(now.monthly)}`);
    else if (!sameJson(now.match, g.match))
      reasons.push(`group budget ${g.name} now matches ${JSON.stringify(now.match)} instead of ${JSON.stringify(g.match)}`);
  }
  const p = base.policy;
  const q = head.policy;
  const looser = (name, from, to) => {
    if (from && (!to || to.gt(from))) reasons.push(`policy.${name} ${from} -> ${to ?? "none"}`);
  };
  looser("max_increase_percent", p.maxIncreasePercent, q.maxIncreasePercent);
  looser("max_increase", p.maxIncrease, q.maxIncrease);
  if (q.warnAtPercent.gt(p.warnAtPercent)) reasons.push(`policy.warn_at_percent ${p.warnAtPercent} -> ${q.warnAtPercent}`);
  if (p.requireBudget && !q.requireBudget) reasons.push("policy.require_budget true -> false");
  if (p.unknownModel === "error" && q.unknownModel === "warning") reasons.push("policy.unknown_model error -> warning");
  const strictness = { off: 0, warning: 1, error: 2 };
  if (strictness[q.undeclaredModels] < strictness[p.undeclaredModels])
    reasons.push(`policy.undeclared_models ${p.undeclaredModels} -> ${q.undeclaredModels}`);
  if (p.maxPriceAgeDays !== void 0 && (q.maxPriceAgeDays === void 0 || q.maxPriceAgeDays > p.maxPriceAgeDays)) {
    reasons.push(`policy.max_price_age_days ${p.maxPriceAgeDays} -> ${q.maxPriceAgeDays ?? "none"}`);
  }
  return reasons;
}
function matchWorkloads(base, head) {
  const baseFiles = new Set(base);
  const headFilesSet = new Set(head);
  const headById = /* @__PURE__ */ new Map();
  for (const analysis of head)
    if (!baseFiles.has(analysis)) for (const estimate of analysis.estimates) headById.set(estimate.workload.id, { estimate, analysis });
  const pairs = [];
  const pairedHead = /* @__PURE__ */ new Set();
  const leftover = [];
  for (const analysis of base) {
    const shared = headFilesSet.has(analysis);
    for (const estimate of analysis.estimates) {
      const b = { estimate, analysis };
      const h = shared ? b : headById.get(estimate.workload.id);
      if (!h) leftover.push(b);
      else {
        pairs.push({ base: b, head: h });
        pairedHead.add(h.estimate);
      }
    }
  }
  const countNames = (list2) => {
    const counts2 = /* @__PURE__ */ new Map();
    for (const s of list2) counts2.set(s.estimate.workload.name, (counts2.get(s.estimate.workload.name) ?? 0) + 1);
    return counts2;
  };
  const unpairedHead = [...headById.values()].filter((s) => !pairedHead.has(s.estimate));
  const headByName = /* @__PURE__ */ new Map();
  for (const s of unpairedHead) {
    const list2 = headByName.get(s.estimate.workload.name);
    if (list2) list2.push(s);
    else headByName.set(s.estimate.workload.name, [s]);
  }
  const baseNames = countNames(leftover);
  const moved = [];
  const ambiguous = /* @__PURE__ */ new Set();
  const headInvalid = head.some((f) => !f.manifest);
  const unknown = [];
  for (const b of leftover) {
    const name = b.estimate.workload.name;
    const candidates = headByName.get(name) ?? [];
    const [only] = candidates;
    if (only && candidates.length === 1 && baseNames.get(name) === 1) {
      pairs.push({ base: b, head: only });
      pairedHead.add(only.estimate);
      moved.push({ from: b, to: only });
    } else {
      if (candidates.length > 0) ambiguous.add(name);
      if (headInvalid) unknown.push(b);
      else pairs.push({ base: b });
    }
  }
  for (const h of unpairedHead) if (!pairedHead.has(h.estimate)) pairs.push({ head: h });
  const successors = /* @__PURE__ */ new Map();
  const origins = /* @__PURE__ */ new Map();
  const link = (from, to) => {
    const s = successors.get(from) ?? [];
    if (!s.includes(to)) s.push(to);
    successors.set(from, s);
    const o = origins.get(to) ?? [];
    if (!o.includes(from)) o.push(from);
    origins.set(to, o);
  };
  const headFiles = new Set(head.filter((f) => f.manifest).map((f) => f.file));
  for (const f of base) if (f.manifest && headFiles.has(f.file)) link(f.file, f.file);
  for (const p of pairs) if (p.base && p.head) link(p.base.analysis.file, p.head.analysis.file);
  return { pairs, unknown, successors, origins, moved, ambiguous: [...ambiguous].sort() };
}
function withBudget(workload, budget) {
  const rest = { ...workload };
  delete rest.budgetMonthly;
  return budget ? { ...rest, budgetMonthly: budget } : rest;
}
function judgeWorkload2(head, base, rules, findings) {
  const workload = base ? withBudget(head.workload, base.budgetMonthly) : head.workload;
  const priced = withBasePrices(workload, base, rules.rates, rules.book);
  const judged = estimateWorkload(priced.workload, rules.manifest, rules.book);
  findings.push(...priced.findings);
  if (!judged.priced && head.priced) {
    const w = head.workload;
    const message = `workload ${w.name} is priced only by prices the head states (${w.provider}/${w.model}); under --trust base the base's price sources cannot price it, so it cannot pass`;
    findings.push(finding("price.changed-by-change", { file: w.file, line: w.line, col: w.col, workload: w.name }, message, "error"));
  }
  return judged;
}
function governingFiles(base, head, matching) {
  const byFolder = /* @__PURE__ */ new Map();
  const folderOf = (file) => file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "";
  for (const f of [...base].sort((a, b) => byId(a.file, b.file)))
    if (f.manifest && !byFolder.has(folderOf(f.file))) byFolder.set(folderOf(f.file), f);
  const baseFiles = new Set(base.map((f) => f.file));
  const governing = /* @__PURE__ */ new Map();
  for (const f of head) {
    if (!f.manifest || baseFiles.has(f.file) || (matching.origins.get(f.file) ?? []).length > 0) continue;
    for (let folder = folderOf(f.file); ; folder = folderOf(folder)) {
      const found = byFolder.get(folder);
      if (found) governing.set(f.file, found);
      if (found || folder === "") break;
    }
  }
  return governing;
}
var noBudgets = () => /* @__PURE__ */ new Map();
function evaluateUnits(units, matching, context, findings) {
  const budgets = /* @__PURE__ */ new Map();
  const groups = /* @__PURE__ */ new Map();
  const said = /* @__PURE__ */ new Set();
  for (const [key2, unit] of units) {
    const evaluation = evaluateManifest({ ...unit.manifest, workloads: unit.estimates.map((e) => e.workload) }, unit.estimates, context);
    for (const finding3 of evaluation.findings) {
      const once = `${finding3.rule}\0${finding3.file}\0${finding3.workload ?? finding3.message}`;
      if (!said.has(once))
        findings.push(
          unit.fresh || !finding3.rule.startsWith("budget.") ? finding3 : { ...finding3, message: `${finding3.message} (base budget)` }
        );
      said.add(once);
    }
    const shownIn = unit.fresh ? key2.slice(1) : (matching.successors.get(key2) ?? [])[0];
    if (shownIn !== void 0) groups.set(shownIn, [...groups.get(shownIn) ?? [], ...evaluation.groups]);
    for (const e of unit.estimates) {
      const use = evaluation.workloadBudgets.get(e.workload.id);
      if (!use) continue;
      const map = budgets.get(e.workload.file) ?? noBudgets();
      map.set(e.workload.id, use);
      budgets.set(e.workload.file, map);
    }
  }
  return { budgets, groups };
}
function isPriced(file) {
  return file?.manifest !== void 0 && file.book !== void 0;
}
function judgeByBase(base, head, matching, governing, options) {
  const rulesFileOf = originFiles(base, matching, governing);
  const baseOf = /* @__PURE__ */ new Map();
  for (const p of matching.pairs) if (p.head && p.base) baseOf.set(p.head.estimate, p.base);
  const rates = /* @__PURE__ */ new Map();
  const judging = {
    rejudged: /* @__PURE__ */ new Map(),
    pricing: /* @__PURE__ */ new Map(),
    units: /* @__PURE__ */ new Map(),
    baseTags: /* @__PURE__ */ new Map(),
    findings: [],
    ratesOf: (manifest) => {
      const known = rates.get(manifest);
      if (known) return known;
      const own = baseRatesOf(manifest);
      rates.set(manifest, own);
      return own;
    }
  };
  const judgedFiles = /* @__PURE__ */ new Map();
  for (const file of head) {
    if (!isPriced(file)) continue;
    const origin = rulesFileOf(file.file);
    const book = options.book ?? file.book;
    const estimates = file.estimates.map((estimate) => {
      const from = baseOf.get(estimate);
      const rules = from?.analysis ?? origin;
      const judged = isPriced(rules) ? judgeByOrigin(estimate, file, from, rules, judging) : judgeAlone(estimate, file, book, judging);
      judging.rejudged.set(estimate, judged);
      return judged;
    });
    judgedFiles.set(file, estimates);
  }
  for (const [file, estimates] of judgedFiles) {
    if (governing.has(file.file))
      judging.units.set(`\0${file.file}`, { manifest: { ...file.manifest, prices: [] }, estimates, fresh: true });
  }
  const { units, baseTags, findings } = judging;
  const { budgets, groups } = evaluateUnits(units, matching, { ...options.today ? { today: options.today } : {}, baseTags }, findings);
  const judgedHead = head.map((file) => {
    const estimates = isPriced(file) ? judgedFiles.get(file) : void 0;
    if (!estimates) return file;
    const stale = /* @__PURE__ */ new Set([...file.estimates.flatMap((e) => e.findings), ...file.evaluation?.findings ?? []]);
    return {
      ...file,
      estimates,
      evaluation: { workloadBudgets: budgets.get(file.file) ?? noBudgets(), groups: groups.get(file.file) ?? [], findings: [] },
      findings: [...file.findings.filter((f) => !stale.has(f)), ...estimates.flatMap((e) => e.findings)]
    };
  });
  return { head: judgedHead, rejudged: judging.rejudged, pricing: judging.pricing, findings };
}
function originFiles(base, matching, governing) {
  const baseFiles = new Map(base.filter((f) => f.manifest).map((f) => [f.file, f]));
  return (headFile) => {
    const same = baseFiles.get(headFile);
    if (same) return same;
    const from = (matching.origins.get(headFile) ?? []).map((f) => baseFiles.get(f)).filter((f) => f !== void 0);
    return from.sort((a, b) => byId(a.file, b.file))[0] ?? governing.get(headFile);
  };
}
function judgeByOrigin(estimate, file, from, rules, judging) {
  const same = from?.estimate === estimate && rules.manifest === file.manifest && rules.book === file.book;
  const judged = same ? estimate : judgeWorkload2(
    estimate,
    from?.estimate.workload,
    { manifest: rules.manifest, book: rules.book, rates: judging.ratesOf(rules.manifest) },
    judging.findings
  );
  if (from) judging.baseTags.set(judged.workload, from.estimate.workload.tags);
  judging.pricing.set(estimate, { manifest: rules.manifest, book: rules.book });
  addToUnit(judging.units, rules.file, { manifest: rules.manifest, fresh: false }, judged);
  return judged;
}
function judgeAlone(estimate, file, book, judging) {
  const own = { ...file.manifest, prices: [] };
  const judged = judgeWorkload2(estimate, void 0, { manifest: own, book, rates: /* @__PURE__ */ new Map() }, judging.findings);
  judging.pricing.set(estimate, { manifest: own, book });
  addToUnit(judging.units, `\0${file.file}`, { manifest: own, fresh: true }, judged);
  return judged;
}
function addToUnit(units, key2, unit, judged) {
  const found = units.get(key2) ?? { ...unit, estimates: [] };
  found.estimates.push(judged);
  units.set(key2, found);
}
function attributeChanges(matching, judged) {
  let last = { differ: false };
  const pricesDiffer = (base, head) => {
    if (base !== last.base || head !== last.head) last = { base, head, differ: base !== head && !sameJson(base?.prices, head?.prices) };
    return last.differ;
  };
  return matching.pairs.flatMap(({ head: h, base: b }) => {
    const estimate = h && (judged?.rejudged.get(h.estimate) ?? h.estimate);
    if (h && estimate && b) return [pairDiff(b, h, estimate, judged, pricesDiffer)];
    if (estimate) return [addedDiff(estimate)];
    return b ? [removedDiff(b.estimate)] : [];
  });
}
function addedDiff(estimate) {
  const { id, file, name } = estimate.workload;
  const added = { id, file, name, change: "added", head: estimate, drivers: [] };
  const headCost = cost(estimate);
  if (headCost) {
    added.headMonthlyCost = headCost;
    added.baseMonthlyCost = ZERO;
    added.diffMonthlyCost = headCost;
    added.drivers.push({ cause: "volume", amount: headCost, detail: "new workload" });
  }
  return added;
}
function removedDiff(estimate) {
  const { id, file, name } = estimate.workload;
  const removed = { id, file, name, change: "removed", base: estimate, drivers: [] };
  const baseCost = cost(estimate);
  if (baseCost) {
    removed.baseMonthlyCost = baseCost;
    removed.headMonthlyCost = ZERO;
    removed.diffMonthlyCost = baseCost.negated();
    removed.drivers.push({ cause: "volume", amount: removed.diffMonthlyCost, detail: "workload removed" });
  }
  return removed;
}
function pairDiff(before, h, estimate, judged, pricesDiffer) {
  const headManifest = h.analysis.manifest;
  const baseManifest = before.analysis.manifest;
  const rules = judged?.pricing.get(h.estimate);
  const prices = rules ? { base: rules.manifest, head: rules.manifest, book: rules.book } : headManifest && baseManifest && h.analysis.book ? { base: baseManifest, head: headManifest, book: h.analysis.book } : void 0;
  const changed = before.estimate !== h.estimate && (workloadsChanged(before.estimate.workload, h.estimate.workload) || !rules && pricesDiffer(baseManifest, headManifest));
  const headCost = cost(estimate);
  const baseCost = cost(before.estimate);
  const diff = headCost && baseCost ? headCost.minus(baseCost) : void 0;
  const moved = diff && !diff.isZero();
  const pair = {
    id: estimate.workload.id,
    file: estimate.workload.file,
    name: estimate.workload.name,
    change: changed || moved ? "changed" : "unchanged",
    head: estimate,
    base: before.estimate,
    drivers: moved && prices && headCost && baseCost ? attribute(
      before.estimate.workload,
      estimate.workload,
      { base: baseCost, head: headCost },
      pricesDiffer(prices.base, prices.head),
      prices.head,
      prices.book
    ) : []
  };
  if (baseCost) pair.baseMonthlyCost = baseCost;
  if (headCost) pair.headMonthlyCost = headCost;
  if (diff) pair.diffMonthlyCost = diff;
  return pair;
}
function increaseLimits(change, fileDiffs, trust) {
  const before = sum(fileDiffs.map((w) => w.baseMonthlyCost ?? ZERO));
  const after = sum(fileDiffs.map((w) => w.headMonthlyCost ?? ZERO));
  const increase = after.minus(before);
  if (!increase.gt(0)) return [];
  const findings = [];
  const added = change.governor ? [change.governor.policy, change.head.policy] : [];
  const policies = trust === "base" ? [...change.origins.map((o) => o.policy), ...added] : [change.head.policy];
  const seen = /* @__PURE__ */ new Set();
  const once = (key2) => !seen.has(key2) && Boolean(seen.add(key2));
  for (const policy of policies) {
    if (policy.maxIncrease && increase.gt(policy.maxIncrease) && once(`a${policy.maxIncrease}`)) {
      findings.push(
        finding(
          "increase.absolute",
          { ...change.at, path: "policy.max_increase" },
          `this change raises ${change.file} by ${formatUsdChange(increase)}/mo (${formatUsd(before)} -> ${formatUsd(after)}), over policy.max_increase ${formatUsd(policy.maxIncrease)}/mo`
        )
      );
    }
    const limit = policy.maxIncreasePercent;
    if (limit === void 0 || before.isZero()) continue;
    const pct = increase.div(before).times(100);
    if (pct.gt(limit) && once(`p${limit}`)) {
      findings.push(
        finding(
          "increase.percent",
          { ...change.at, path: "policy.max_increase_percent" },
          `this change raises ${change.file} by ${formatPercentChange(pct)} (${formatUsd(before)} -> ${formatUsd(after)}/mo), over policy.max_increase_percent ${limit}%`
        )
      );
    }
  }
  return findings;
}
function loosenedLimits(change, base) {
  return budgetLoosened(base, change.head).map(
    (reason) => finding("budget.raised", change.at, `this change loosens a limit: ${reason}; a reviewer should approve the higher spend explicitly`)
  );
}
function priceEdits(change, base, trust, out) {
  const pricesDiffer = !sameJson(base.prices, change.head.prices);
  const catalogsDiffer = !sameJson(base.catalogs, change.head.catalogs);
  if (trust === "base" && (pricesDiffer || catalogsDiffer)) {
    const what = `${pricesDiffer ? "prices: overrides" : "catalogs: list"}${pricesDiffer && catalogsDiffer ? " and the catalogs: list" : ""}`;
    out.findings.push(
      finding(
        "price.changed-by-change",
        // About the file's prices as a whole: an edit may as well have removed every entry.
        { file: change.file },
        `this change edits the ${what} of ${base.file}; under --trust base the base's prices were applied, not these`
      )
    );
    return;
  }
  if (pricesDiffer) out.notes.push(`${change.file}: the prices: overrides differ between base and head`);
  if (catalogsDiffer)
    out.notes.push(`${change.file}: the catalogs: list differs between base and head; both revisions were priced with the head's`);
}
function moveNotes(matching) {
  const moves = /* @__PURE__ */ new Map();
  for (const { from, to } of matching.moved) {
    const key2 = `${from.analysis.file}\0${to.analysis.file}`;
    const move = moves.get(key2) ?? { from: from.analysis.file, to: to.analysis.file, names: [] };
    move.names.push(to.estimate.workload.name);
    moves.set(key2, move);
  }
  return [...moves.values()].map(
    ({ from, to, names }) => `${names.length === 1 ? `workload ${names[0]}` : `${names.length} workloads`} moved from ${from} to ${to}`
  );
}
function unmatchedUnderTrust(base, head, matching, workloads) {
  const findings = [];
  const added = workloads.filter((w) => w.change === "added");
  if (added.length > 0) {
    const newNames = `${added.slice(0, 5).map((a) => a.name).join(", ")}${added.length > 5 ? ` and ${added.length - 5} more` : ""} ${added.length === 1 ? "is" : "are"} new`;
    const budgeted = new Set(base.filter((f) => (f.manifest?.budgets.length ?? 0) > 0).map((f) => f.file));
    for (const w of workloads) {
      if (w.change !== "removed" || w.base?.workload.budgetMonthly === void 0 && !budgeted.has(w.file)) continue;
      findings.push(
        finding(
          "trust.unmatched",
          // The workload is gone from the head: nothing there to point at.
          { file: w.file, workload: w.name },
          `under --trust base, base workload ${w.name} (${w.file}) has no counterpart in the head while ${newNames}; a rename cannot shed a base budget, so keep the name or remove and add in separate changes`
        )
      );
    }
  }
  for (const name of matching.ambiguous) {
    const named = head.flatMap((f) => f.estimates).find((e) => e.workload.name === name)?.workload;
    findings.push(
      finding(
        "trust.unmatched",
        named ? { file: named.file, line: named.line, col: named.col, workload: name } : { file: base[0]?.file ?? "", workload: name },
        `under --trust base, workload ${name} appears in several manifests, so the one that moved cannot be matched to its base budget`
      )
    );
  }
  return findings;
}
function fileChanges(base, head, matching, workloads, governing) {
  const baseManifests = new Map(base.flatMap((f) => f.manifest ? [[f.file, f.manifest]] : []));
  const diffsByFile = /* @__PURE__ */ new Map();
  for (const w of workloads) {
    const list2 = diffsByFile.get(w.file);
    if (list2) list2.push(w);
    else diffsByFile.set(w.file, [w]);
  }
  const changes = [];
  for (const { file, manifest } of head) {
    if (!manifest) continue;
    const origins = (matching.origins.get(file) ?? []).flatMap((f) => baseManifests.get(f) ?? []);
    const governor = governing.get(file)?.manifest;
    if (origins.length === 0 && !governor) continue;
    const own = diffsByFile.get(file) ?? [];
    if (origins.length === 1 && origins[0] === manifest && own.every((w) => w.head === w.base)) continue;
    const left = origins.filter((o) => o.file !== file).flatMap((o) => (diffsByFile.get(o.file) ?? []).filter((w) => w.change === "removed"));
    changes.push({
      change: { file, head: manifest, origins, ...governor ? { governor } : {}, at: { file, line: manifest.policyLine, col: 1 } },
      diffs: [...own, ...left]
    });
  }
  return changes;
}
function evaluatePolicy(base, head, matching, workloads, trust, governing) {
  const out = { findings: [], notes: [] };
  for (const { change, diffs } of fileChanges(base, head, matching, workloads, governing)) {
    out.findings.push(...increaseLimits(change, diffs, trust));
    for (const origin of change.origins.filter((o) => o !== change.head)) {
      out.findings.push(...loosenedLimits(change, origin));
      priceEdits(change, origin, trust, out);
    }
  }
  out.notes.push(...moveNotes(matching));
  if (matching.unknown.length > 0) {
    const files = [...new Set(head.filter((f) => !f.manifest).map((f) => f.file))];
    out.notes.push(
      `${matching.unknown.length} base workload(s) could not be matched because ${files.join(", ")} is invalid at the head; they are left out of both totals, not counted as removed`
    );
  }
  if (trust === "base") out.findings.push(...unmatchedUnderTrust(base, head, matching, workloads));
  return out;
}
function summarize2(workloads) {
  const order = { changed: 0, added: 1, removed: 2, unchanged: 3 };
  const keyed = workloads.map((w) => ({ w, order: order[w.change], size: w.diffMonthlyCost?.abs() ?? ZERO }));
  keyed.sort((a, b) => a.order - b.order || b.size.comparedTo(a.size) || byId(a.w.id, b.w.id));
  let baseMonthlyCost = ZERO;
  let headMonthlyCost = ZERO;
  keyed.forEach((k, i) => {
    workloads[i] = k.w;
    baseMonthlyCost = baseMonthlyCost.plus(cost(k.w.base) ?? ZERO);
    headMonthlyCost = headMonthlyCost.plus(cost(k.w.head) ?? ZERO);
  });
  return { workloads, baseMonthlyCost, headMonthlyCost, diffMonthlyCost: headMonthlyCost.minus(baseMonthlyCost) };
}
function diffRevisions(base, head, trustOrOptions = "head") {
  const options = typeof trustOrOptions === "string" ? { trust: trustOrOptions } : trustOrOptions;
  const trust = options.trust ?? "head";
  const matching = matchWorkloads(base, head);
  const governing = trust === "base" ? governingFiles(base, head, matching) : /* @__PURE__ */ new Map();
  const judged = trust === "base" ? judgeByBase(base, head, matching, governing, options) : void 0;
  const workloads = attributeChanges(matching, judged);
  const policy = evaluatePolicy(base, head, matching, workloads, trust, governing);
  return {
    ...summarize2(workloads),
    head: judged?.head ?? [...head],
    findings: [...judged?.findings ?? [], ...policy.findings],
    notes: policy.notes,
    unknownWorkloads: matching.unknown.length
  };
}

// src/app/run.ts
function gitBaseSource(cwd, ref, root = cwd) {
  let entries;
  const named = root === cwd ? (p) => p : (p) => toPosix(path2.relative(cwd, path2.join(root, p)));
  return {
    ref,
    async list() {
      const { repo, commit } = await resolveInRepo(root, ref);
      const tree = await listTree(root, commit, repo.prefix);
      const files = tree.filter((e) => e.mode !== "120000").map((e) => ({ ...e, path: named(e.path) }));
      entries = new Map(files.map((e) => [e.path, e.blob]));
      return files.map((e) => ({ path: e.path, blob: e.blob, size: e.size }));
    },
    async read(paths) {
      const blobs = paths.map((p) => entries?.get(p)).filter((b) => b !== void 0);
      const contents = await readBlobs(root, blobs);
      const out = /* @__PURE__ */ new Map();
      for (const p of paths) {
        const blob = entries?.get(p);
        const bytes = blob ? contents.get(blob) : void 0;
        if (bytes) out.set(p, bytes);
      }
      return out;
    }
  };
}
async function changedPriceBooks({ cwd, root }, head, source) {
  const books = /* @__PURE__ */ new Map();
  for (const file of head) {
    for (const [i, rel] of (file.manifest?.catalogs ?? []).entries()) {
      const inside = await resolveInside(root, path2.resolve(cwd, file.file), rel);
      const entry = { ...placeIn(file.file, file.manifest?.catalogsAt?.[i]), path: `catalogs[${i}]` };
      if ("absolute" in inside) books.set(toPosix(path2.join(path2.dirname(file.file), rel)), { absolute: inside.absolute, entry });
    }
  }
  if (books.size === 0) return [];
  const before = await source.read([...books.keys()]);
  const changed = [];
  for (const [book, { absolute, entry }] of books) {
    const now = await readFile(absolute).catch(() => void 0);
    const then = before.get(book);
    if (!now || !then || !Buffer.from(then).equals(now)) changed.push({ entry, book, was: then ? "changed" : "new" });
  }
  return changed;
}
function baseCatalogReader(source, { cwd, root } = { cwd: ".", root: "." }) {
  return async (manifestFile, rel) => {
    const file = toPosix(path2.posix.normalize(path2.posix.join(path2.posix.dirname(manifestFile), rel)));
    const fail2 = (why) => ({
      findings: [
        {
          severity: "error",
          rule: "catalog.unreadable",
          message: `catalogs: ${rel} ${why} at ${source.ref}`,
          file: manifestFile,
          path: "catalogs"
        }
      ]
    });
    const inRoot = path2.relative(root, path2.resolve(cwd, file));
    if (path2.posix.isAbsolute(rel) || path2.isAbsolute(inRoot) || inRoot === ".." || inRoot.startsWith(`..${path2.sep}`))
      return fail2("points outside the repository");
    const bytes = (await source.read([file])).get(file);
    if (!bytes) return fail2("does not exist");
    return parseCatalog(file, new TextDecoder().decode(bytes));
  };
}
async function baseCatalogLayers({ cwd, root }, files, source, sizes) {
  const layers = [BUILTIN_LAYER];
  const findings = [];
  const realCwd = await realpath(cwd).catch(() => cwd);
  const realRoot = await realpath(root).catch(() => root);
  for (const file of files) {
    const finding3 = (severity, rule, why) => findings.push({ severity, rule, message: `price catalog ${file} ${why}`, file });
    const resolved = await resolveOperatorPath(cwd, file);
    if ("problem" in resolved) continue;
    const inRoot = path2.relative(realRoot, resolved.absolute);
    if (inRoot.startsWith("..") || path2.isAbsolute(inRoot)) {
      const loaded = await loadCatalogFile(cwd, file);
      if ("layer" in loaded) layers.push(loaded.layer);
      continue;
    }
    const rel = toPosix(path2.relative(realCwd, resolved.absolute));
    if (!sizes.has(rel)) {
      finding3(
        "error",
        "catalog.not-at-base",
        `does not exist at ${source.ref}; under --trust base only a price book of the base revision may price the change, so it was not used`
      );
      continue;
    }
    if ((sizes.get(rel) ?? 0) > MAX_CATALOG_BYTES) {
      finding3("error", "catalog.too-large", `is over ${MAX_CATALOG_BYTES} bytes at ${source.ref}; it was not read`);
      continue;
    }
    const then = (await source.read([rel])).get(rel);
    if (!then) {
      finding3("error", "catalog.not-at-base", `could not be read at ${source.ref}; it was not used`);
      continue;
    }
    const parsed = parseCatalog(file, new TextDecoder().decode(then));
    if ("findings" in parsed) findings.push(...parsed.findings);
    else layers.push(parsed.layer);
    const now = await readFile(resolved.absolute).catch(() => void 0);
    if (!now || !Buffer.from(then).equals(now))
      finding3("warning", "price.changed-by-change", "changed since the base; under --trust base the base's copy was applied");
  }
  return { layers, findings };
}
async function baseMatcher(cwd, inputs) {
  const { default: picomatch } = await import("./picomatch-J4TJ6TZU.js");
  const patterns = inputs.length === 0 ? [DEFAULT_PATTERN] : inputs.map((input) => {
    const rel = toPosix(path2.relative(cwd, path2.resolve(cwd, input)));
    if (picomatch.scan(input).isGlob) return toPosix(input).replace(/^\.\//, "");
    return /\.ya?ml$/i.test(rel) ? rel : `${rel ? `${rel}/` : ""}${DEFAULT_PATTERN}`;
  });
  const ignored = picomatch(["**/node_modules/**", "**/.git/**"]);
  const wanted = picomatch(patterns, { dot: true });
  return (p) => wanted(p) && !ignored(p);
}
async function run(options) {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const cwd = options.cwd;
  const root = options.root ?? cwd;
  const listing = options.base?.list();
  listing?.catch(() => void 0);
  const loaded = await loadHead({
    cwd,
    root,
    paths: options.paths,
    ...options.stdin ? { stdin: options.stdin } : {},
    catalogFiles: options.catalogFiles ?? [],
    limits,
    today: options.today,
    blobIds: options.base !== void 0
  });
  const judged = options.base ? await diffWithBase(options, options.base, loaded, await listing ?? []) : void 0;
  const report2 = buildReport(judged?.head ?? loaded.files, {
    toolVersion: options.toolVersion,
    book: loaded.context.books.global,
    groupBy: options.groupBy ?? [],
    codeFindings: await undeclaredModels(options, loaded, judged?.manifests ?? []),
    ...judged ? { base: judged.base } : {}
  });
  return { report: report2, inputErrors: report2.findings.some(isInputError), files: loaded.discovered };
}
async function diffWithBase(options, source, { files: head, blobs: headBlobs, context }, listed) {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const { cwd } = options;
  const root = options.root ?? cwd;
  const trust = options.trust ?? "head";
  const matches2 = await baseMatcher(cwd, options.stdin ? [...options.paths, options.stdin.file] : options.paths);
  const selected = listed.filter((e) => matches2(e.path));
  const global = trust === "base" ? await baseCatalogLayers({ cwd, root }, options.catalogFiles ?? [], source, new Map(listed.map((e) => [e.path, e.size]))) : { layers: context.books.layers, findings: [] };
  const headByFile = new Map(head.map((f) => [f.file, f]));
  const same = selected.filter((e) => {
    const manifest = headByFile.get(e.path)?.manifest;
    return e.blob !== void 0 && headBlobs.get(e.path) === e.blob && manifest && (trust === "head" || manifest.catalogs.length === 0 && (options.catalogFiles ?? []).length === 0);
  });
  const notes = [...global.findings];
  const baseNotice = (file, why) => notes.push({
    severity: "notice",
    rule: "base.invalid",
    message: `at ${source.ref} this manifest ${why}; its base is treated as empty`,
    file
  });
  const reused = new Set(same);
  const toRead = selected.filter((e) => {
    if (reused.has(e)) return false;
    if (e.size !== void 0 && e.size > limits.maxFileBytes) {
      baseNotice(e.path, `is ${e.size} bytes, over the ${limits.maxFileBytes}-byte limit`);
      return false;
    }
    return true;
  });
  const baseContext = trust === "base" ? { ...context, books: new Books(cwd, global.layers, baseCatalogReader(source, { cwd, root })) } : void 0;
  const analyze = (parsed, templates) => baseContext ? analyzeParsed(parsed, templates, baseContext) : analyzeParsed(parsed, templates, context, headByFile.get(parsed.file)?.book);
  const read = await readBaseFiles(
    source,
    toRead.map((e) => e.path),
    limits,
    analyze,
    baseNotice
  );
  const baseFiles = [...same.flatMap((e) => headByFile.get(e.path) ?? []), ...read];
  const diff = diffRevisions(baseFiles, head, { trust, today: options.today, book: baseContext?.books.global ?? context.books.global });
  diff.findings.push(...notes);
  judgePriceBooks(diff, trust, await changedPriceBooks({ cwd, root }, head, source));
  return { base: { ref: source.ref, trust, diff }, manifests: baseFiles.flatMap((f) => f.manifest ? [f.manifest] : []), head: diff.head };
}
async function readBaseFiles(source, files, limits, analyze, baseNotice) {
  const templateWanted = /* @__PURE__ */ new Map();
  const contents = await source.read(files);
  const parsedBase = [];
  for (const file of files) {
    const bytes = contents.get(file);
    if (!bytes) continue;
    const parsed = await parseManifest(file, bytes, limits);
    parsedBase.push(parsed);
    templateWanted.set(
      file,
      templatePaths(parsed).map((t) => toPosix(path2.join(path2.dirname(file), t)))
    );
  }
  const templateBytes = await source.read([...new Set([...templateWanted.values()].flat())]);
  const analyses = [];
  for (const parsed of parsedBase) {
    const templates = await countTemplates(templatePaths(parsed), (rel) => {
      const bytes = templateBytes.get(toPosix(path2.join(path2.dirname(parsed.file), rel)));
      return Promise.resolve(bytes ? { bytes } : { problem: "does not exist at the base revision" });
    });
    const analysis = await analyze(parsed, templates);
    const firstError = analysis.findings.find(isInputError);
    if (!analysis.manifest || firstError) {
      const first = firstError ?? analysis.findings[0];
      const why = first ? ` (${first.line === void 0 ? "" : `${first.line}:${first.col} `}${first.message})` : "";
      baseNotice(parsed.file, `was invalid${why}`);
      continue;
    }
    analyses.push(analysis);
  }
  return analyses;
}
function judgePriceBooks(diff, trust, changed) {
  for (const { entry, book, was } of changed) {
    const what = `price book ${book} ${was === "changed" ? "changed" : "is new"} since the base`;
    if (trust === "head") diff.notes.push(`${what}; both revisions were priced with the head's`);
    else
      diff.findings.push(
        finding("price.changed-by-change", entry, `${what}; under --trust base the base's price books were applied`, "warning")
      );
  }
}
async function undeclaredModels(options, { files: head, context }, baseManifests) {
  const headManifests = head.flatMap((f) => f.manifest ? [f.manifest] : []);
  const trustBase = options.trust === "base" && options.base !== void 0;
  const setting = strictestSetting(trustBase ? baseManifests : headManifests);
  if (setting === "off") return [];
  const { undeclaredModelFindings } = await import("./scan-EN5W3DYY.js");
  return undeclaredModelFindings({
    cwd: options.cwd,
    paths: [],
    maxFileBytes: (options.limits ?? DEFAULT_LIMITS).maxFileBytes,
    layers: [...new Set(head.flatMap((f) => f.book?.layers ?? context.books.global.layers))],
    manifests: headManifests,
    settingsFrom: trustBase ? baseManifests : headManifests,
    trustBase,
    setting,
    ...options.base ? { base: options.base } : {}
  });
}

// src/core/render/table.ts
function palette(color) {
  const wrap = (open, close) => color ? (t) => `\x1B[${open}m${t}\x1B[${close}m` : (t) => t;
  return { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}
function width(cell) {
  let n = cell.length;
  for (let i = 1; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 56320 && c <= 57343 && (cell.charCodeAt(i - 1) & 64512) === 55296) n--;
  }
  return n;
}
function columns(rows) {
  const widths = [];
  for (const row of rows) row.forEach((cell, i) => widths[i] = Math.max(widths[i] ?? 0, width(cell)));
  return rows.map(
    (row) => row.map((cell, i) => i === row.length - 1 ? cell : cell + " ".repeat((widths[i] ?? 0) - width(cell))).join("  ").trimEnd()
  );
}
function budgetText(w, p) {
  if (!w.budget || w.status === "unpriced" || w.status === "error") return "";
  const text2 = `${w.budget.percentUsed ? `${formatPercent(w.budget.percentUsed)} of ` : "over "}${formatUsd(w.budget.monthly)} budget`;
  return w.budget.status === "over" ? p.red(text2) : w.budget.status === "near" ? p.yellow(text2) : p.green(text2);
}
function volumeLine(w, monthly, perRequest) {
  const per = w.perRequestCost ? ` x ${perRequest ?? formatUsdPrecise(w.perRequestCost)}/request` : "";
  return `${formatCount(w.requests.perMonth)} requests/month${per} = ${monthly}/month`;
}
function workloadDetail(w, monthly, perRequest, p) {
  const detail = [];
  if (w.monthlyCost) detail.push(volumeLine(w, monthly, perRequest));
  for (const c of w.costComponents) detail.push(`  ${c.math}`);
  if (w.effectivePerMillionTokens && w.monthlyTokens && (w.mode === "dedicated" || w.mode === "gpu-cluster")) {
    const peak = w.peakUtilization && w.utilization && !w.peakUtilization.eq(w.utilization) ? ` (${formatPercent(w.peakUtilization.times(100), 1)} at peak)` : "";
    const util = w.utilization ? `, utilization ${formatPercent(w.utilization.times(100), 1)}${peak}` : "";
    const use = w.contractUse ? `, ${formatPercent(w.contractUse.times(100), 1)} of the contract's included tokens` : "";
    detail.push(
      `  effective ${formatUnitPrice(w.effectivePerMillionTokens.toDecimalPlaces(4))}/1M tokens over ${formatCount(w.monthlyTokens)} tokens${util}${use}`
    );
  }
  if (w.range)
    detail.push(`  range: low ${formatUsd(w.range.low)} / expected ${formatUsd(w.range.expected)} / high ${formatUsd(w.range.high)}`);
  if (w.price) {
    const origin = w.price.kind === "override" ? `price override (${sanitizePlain(w.price.note ?? w.price.book)})` : `${sanitizePlain(w.price.source ?? w.price.book)}${w.price.asOf ? `, as of ${w.price.asOf}` : ""}`;
    detail.push(`  ${p.dim(`price: ${origin}`)}`);
  }
  const budget = budgetText(w, p);
  if (budget) detail.push(`  ${budget}`);
  for (const d of w.drivers ?? []) detail.push(`  why: ${sanitizePlain(d.detail)} ${formatUsdChange(d.amount)}`);
  return detail.map((line) => `      ${line}`);
}
function fileBlock(file, rows, withBase, p) {
  const cells = rows.map((w) => {
    const monthly = w.monthlyCost ? formatUsd(w.monthlyCost) : "unpriced";
    const perRequest = !withBase && w.perRequestCost ? formatUsdPrecise(w.perRequestCost) : void 0;
    const change = withBase ? w.diffMonthlyCost ? formatUsdChange(w.diffMonthlyCost) : "n/a" : perRequest ?? "-";
    const budget = w.status === "error" ? "error" : w.status === "unpriced" ? "unpriced" : w.budget ? `${w.budget.status}${w.budget.percentUsed ? ` ${formatPercent(w.budget.percentUsed)}` : ""}` : "-";
    const mark = w.change === "added" ? "+" : w.change === "removed" ? "-" : w.change === "changed" ? "~" : " ";
    return {
      w,
      monthly,
      perRequest,
      row: [mark, sanitizePlain(w.name), sanitizePlain(w.model), w.mode + (w.hardware ? ` (${sanitizePlain(w.hardware)})` : ""), monthly, change, budget]
    };
  });
  const [header = "", ...lines] = columns([
    ["", "WORKLOAD", "MODEL", "MODE", "MONTHLY", withBase ? "CHANGE" : "PER REQUEST", "BUDGET"],
    ...cells.map((c) => c.row)
  ]);
  const out = [p.bold(sanitizePlain(file)), `  ${p.dim(header)}`];
  cells.forEach(({ w, monthly, perRequest }, i) => {
    out.push(`  ${lines[i] ?? ""}`);
    if (w.change !== "removed") out.push(...workloadDetail(w, monthly, perRequest, p));
  });
  out.push("");
  return out;
}
function* tableChunks(report2, options) {
  const p = palette(options.color);
  const out = [];
  const s = report2.summary;
  const byFile = /* @__PURE__ */ new Map();
  for (const w of report2.workloads) {
    const rows = byFile.get(w.file);
    if (rows) rows.push(w);
    else byFile.set(w.file, [w]);
  }
  for (const [file, rows] of byFile) {
    yield `${fileBlock(file, rows, report2.base !== null, p).join("\n")}
`;
  }
  if (report2.budgets.length > 0) {
    out.push(p.bold("Group budgets"));
    const rows = report2.budgets.map((b) => [
      sanitizePlain(b.name),
      sanitizePlain(b.file),
      formatUsd(b.projected),
      `of ${formatUsd(b.monthly)}`,
      b.percentUsed ? formatPercent(b.percentUsed) : "-",
      b.status
    ]);
    for (const line of columns(rows)) out.push(`  ${line}`);
    out.push("");
  }
  for (const g of report2.groups) {
    out.push(`${p.bold(`By ${sanitizePlain(g.tag)}:`)} ${g.values.map((v) => `${sanitizePlain(v.value)} ${formatUsd(v.monthlyCost)}`).join(", ")}`);
  }
  if (report2.groups.length) out.push("");
  if (report2.findings.length > 0) {
    out.push(p.bold("Findings"));
    for (const f of report2.findings) {
      const sev = f.severity === "error" ? p.red("error") : f.severity === "warning" ? p.yellow("warning") : p.dim("notice");
      out.push(
        `  ${sanitizePlain(f.file)}${positionText(f)}: ${sev}: ${sanitizePlain(f.message)}${f.path ? p.dim(` [${sanitizePlain(f.path)}]`) : ""} ${p.dim(`(${f.rule})`)}`
      );
    }
    out.push("");
  }
  for (const note of report2.notes) out.push(`note: ${sanitizePlain(note)}`);
  const verdict = s.status === "fail" ? p.red("FAIL") : s.status === "warn" ? p.yellow("WARN") : p.green("PASS");
  const invalid = s.invalidFiles > 0 ? ` + ${s.invalidFiles} invalid file(s) not counted` : "";
  const total = `${formatUsd(s.monthlyCost)}/month${s.unpricedWorkloads === 0 ? "" : ` + ${s.unpricedWorkloads} unpriced`}${invalid}`;
  const diff = s.diffMonthlyCost !== void 0 && s.baseMonthlyCost !== void 0 ? ` (base ${formatUsd(s.baseMonthlyCost)}, ${formatUsdChange(s.diffMonthlyCost)}${s.diffPercent ? `, ${formatPercentChange(s.diffPercent, 1)}` : ""})` : "";
  const range = s.range ? `; range ${formatUsd(s.range.low)} - ${formatUsd(s.range.high)}` : "";
  out.push(`Total: ${p.bold(total)}${diff}${range} across ${s.workloads} workload(s) in ${s.files} file(s) \xB7 ${verdict}`);
  out.push(p.dim(`Prices: catalog ${sanitizePlain(report2.catalog.version)}, as of ${report2.catalog.asOf}; a month is 730 hours.`));
  yield `${out.join("\n")}
`;
}

// src/cli/formats.ts
var REPORT_FORMATS = {
  table: { render: (report2, { color }) => tableChunks(report2, { color }), showsInputProblems: true },
  json: { render: (report2) => reportJsonChunks(report2) },
  markdown: { render: async (report2) => (await import("./renderers-QTQQB67B.js")).renderMarkdown(report2) },
  html: {
    render: async (report2, { io, workloads }) => {
      const { pageMeta, reportHtml } = await import("./renderers-QTQQB67B.js");
      return reportHtml(report2, {
        meta: await pageMeta({ cwd: io.cwd, env: io.env, now: io.now ?? io.today }),
        ...workloads ? { workloads } : {}
      });
    },
    help: "one self-contained page with charts"
  },
  csv: { render: async (report2) => (await import("./renderers-QTQQB67B.js")).csvChunks(report2), help: "one row per workload" },
  sarif: { render: async (report2) => (await import("./renderers-QTQQB67B.js")).renderSarif(report2), help: "SARIF 2.1.0 for code scanning" },
  codequality: { render: async (report2) => (await import("./renderers-QTQQB67B.js")).renderCodeQuality(report2), help: "GitLab Code Quality" },
  slack: {
    render: async (report2, { link }) => (await import("./renderers-QTQQB67B.js")).renderSlack(report2, link === void 0 ? {} : { link }),
    help: "a Slack Block Kit message (--link URL)"
  }
};
var REPORT_FORMAT_NAMES = Object.keys(REPORT_FORMATS);
async function writeReport(format, report2, context) {
  const out = await format.render(report2, context);
  if (typeof out === "string") context.io.stdout.write(out);
  else for (const chunk of out) context.io.stdout.write(chunk);
}
function wantsColor(io, noColor) {
  return !noColor && io.stdout.isTTY === true && !io.env.NO_COLOR;
}

// src/cli/review.ts
var FORMAT_NOTES = Object.entries(REPORT_FORMATS).flatMap(([name, f]) => "help" in f ? [`${name}: ${f.help}`] : []);
var FORMAT = {
  name: "format",
  type: "string",
  choices: REPORT_FORMAT_NAMES,
  default: "table",
  help: `output format${FORMAT_NOTES.length ? `; ${FORMAT_NOTES.join(", ")}` : ""}`
};
var VALIDATE_FORMAT = {
  name: "format",
  type: "string",
  choices: ["table", "json", "markdown", "sarif", "codequality"],
  default: "table",
  help: "output format; sarif: SARIF 2.1.0 for code scanning, codequality: GitLab Code Quality"
};
var LINK = {
  name: "link",
  type: "string",
  value: "URL",
  help: "with --format slack: where the full report is (the pull request, the pipeline)"
};
var GROUP_BY = {
  name: "group-by",
  type: "string",
  value: "DIMENSION",
  multiple: true,
  help: `also total spend by ${GROUP_DIMENSIONS.join(", ")} or a tag (tag:NAME for a tag named like one of those); ${DEFAULT_GROUP_TAGS.join(", ")} are always totalled when present`
};
var LIMITS = [
  { name: "max-file-bytes", type: "string", value: "N", default: String(DEFAULT_LIMITS.maxFileBytes), help: "refuse larger manifests" },
  {
    name: "max-alias-count",
    type: "string",
    value: "N",
    default: String(DEFAULT_LIMITS.maxAliasCount),
    help: "refuse YAML whose aliases expand to more nodes"
  },
  {
    name: "max-workloads",
    type: "string",
    value: "N",
    default: String(DEFAULT_LIMITS.maxWorkloads),
    help: "refuse files with more workloads"
  }
];
var BASE = { name: "base", type: "string", value: "REF", help: "git revision to diff against" };
var TRUST = {
  name: "trust",
  type: "string",
  choices: ["head", "base"],
  default: "head",
  help: "whose budgets and policy judge the change"
};
var PATHS = `Paths are files, directories or globs, anywhere; - reads one manifest from standard input (named by --stdin-name).
Default: **/ai-workloads.{yaml,yml} below the current directory. What a manifest names (catalogs:,
input_from) must lie in the repository of the first path: its git top-level; outside git, the current
directory, or the path's own folder when it lies elsewhere.`;
async function review(command, values, positionals, io) {
  const limits = {
    maxFileBytes: positiveInt("max-file-bytes", values["max-file-bytes"], DEFAULT_LIMITS.maxFileBytes),
    maxAliasCount: positiveInt("max-alias-count", values["max-alias-count"], DEFAULT_LIMITS.maxAliasCount),
    maxWorkloads: positiveInt("max-workloads", values["max-workloads"], DEFAULT_LIMITS.maxWorkloads)
  };
  const named = await operatorPaths(io, positionals, values["stdin-name"], limits.maxFileBytes);
  const result = await run({
    cwd: io.cwd,
    ...named,
    ...values.base ? { base: gitBaseSource(io.cwd, values.base, named.root) } : {},
    trust: values.trust ?? "head",
    catalogFiles: values.catalog,
    groupBy: values["group-by"] ?? [],
    limits,
    today: io.today,
    toolVersion: TOOL_VERSION
  });
  if (result.files.length === 0 && result.report.findings.length === 0) {
    throw noManifests(command, positionals);
  }
  warnUnknownGroups(values["group-by"] ?? [], result, io);
  return result;
}
function warnUnknownGroups(groupBy, result, io) {
  const dimensions = GROUP_DIMENSIONS;
  const tags = new Set(result.report.workloads.flatMap((w) => Object.keys(w.tags)));
  for (const by of new Set(groupBy)) {
    const tag = by.startsWith("tag:") ? by.slice(4) : by;
    if (dimensions.includes(by) || tags.has(tag)) continue;
    const hint = didYouMean(tag, [...dimensions, ...tags]);
    io.stderr.write(
      `tokenbudget: warning: --group-by ${by}: no workload has a tag "${tag}"${hint}; group by ${dimensions.join(", ")} or a tag
`
    );
  }
}
function printInputProblems(result, io) {
  for (const f of result.report.findings) if (isInputError(f)) io.stderr.write(`${formatProblem(f)}
`);
}
async function printReport(result, values, io, workloads) {
  const format = REPORT_FORMATS[values.format];
  if (values.link !== void 0 && values.format !== "slack") throw new UsageError("--link is for --format slack");
  if (values.link !== void 0 && !/^https?:\/\/\S+$/.test(values.link))
    throw new UsageError(`--link must be an http(s) URL, got "${values.link}"`);
  await writeReport(format, result.report, {
    io,
    color: wantsColor(io, values["no-color"]),
    ...values.link === void 0 ? {} : { link: values.link },
    ...workloads ? { workloads } : {}
  });
  if (!format.showsInputProblems) printInputProblems(result, io);
}
function exitCode(result, failOn) {
  if (result.inputErrors) return 2;
  const status = result.report.summary.status;
  if (failOn === "never") return 0;
  if (status === "fail" || failOn === "warning" && status === "warn") return 1;
  return 0;
}
var validateCommand = defineCommand({
  name: "validate",
  usage: "[paths...]",
  summary: "check manifests against the schema and the price catalog",
  description: `${PATHS}
Exits 2 when a manifest is invalid; the other files' results are still printed.`,
  options: [VALIDATE_FORMAT, CATALOG, STDIN_NAME, ...LIMITS],
  examples: ["tokenbudget validate", "tokenbudget validate services/*/ai-workloads.yaml --format json"],
  async run({ values, positionals }, io) {
    const result = await review("validate", values, positionals, io);
    const report2 = validationReport(result.report);
    if (values.format === "json") for (const chunk of reportJsonChunks(report2)) io.stdout.write(chunk);
    else if (values.format === "sarif") io.stdout.write((await import("./renderers-QTQQB67B.js")).renderSarif(report2));
    else if (values.format === "codequality") io.stdout.write((await import("./renderers-QTQQB67B.js")).renderCodeQuality(report2));
    else if (values.format === "markdown") io.stdout.write(renderValidationMarkdown(report2));
    else {
      for (const f of report2.findings) io.stderr.write(`${formatProblem(f)}
`);
      io.stdout.write(`${validationSummary(report2)}
`);
    }
    return result.inputErrors ? 2 : 0;
  }
});
var estimateCommand = defineCommand({
  name: "estimate",
  usage: "[paths...]",
  summary: "project monthly spend per workload, with the math",
  description: `${PATHS}
Exits 0 whatever the budgets say (check enforces them), 2 on invalid input.`,
  options: [FORMAT, LINK, GROUP_BY, CATALOG, STDIN_NAME, ...LIMITS],
  examples: [
    "tokenbudget estimate",
    "tokenbudget estimate examples/ai-workloads.yaml --format markdown",
    "tokenbudget estimate --group-by env --group-by team"
  ],
  async run({ values, positionals }, io) {
    const result = await review("estimate", values, positionals, io);
    await printReport(result, values, io);
    return result.inputErrors ? 2 : 0;
  }
});
var checkCommand = defineCommand({
  name: "check",
  usage: "[paths...] [--base REF]",
  summary: "estimate, enforce budgets and policy, and diff against a base revision",
  description: `${PATHS}
Exits 1 when a budget or policy fails (see --fail-on), 2 on invalid input.`,
  options: [FORMAT, LINK, BASE, TRUST, FAIL_ON, GROUP_BY, CATALOG, STDIN_NAME, ...LIMITS],
  examples: ["tokenbudget check", "tokenbudget check --base origin/main --format markdown", "tokenbudget check --fail-on warning"],
  async run({ values, positionals }, io) {
    const result = await review("check", values, positionals, io);
    await printReport(result, values, io);
    return exitCode(result, values["fail-on"]);
  }
});
var diffCommand = defineCommand({
  name: "diff",
  usage: "--base REF [paths...]",
  summary: "only the workloads that changed against a base revision",
  description: `${PATHS}
Exits like check.`,
  options: [BASE, FORMAT, LINK, TRUST, FAIL_ON, GROUP_BY, CATALOG, STDIN_NAME, ...LIMITS],
  examples: ["tokenbudget diff --base origin/main", "tokenbudget diff --base HEAD~1 --format json"],
  async run({ values, positionals }, io) {
    if (!values.base) throw new UsageError("diff needs --base REF");
    const result = await review("diff", values, positionals, io);
    const { report: report2 } = result;
    const all = report2.workloads;
    report2.workloads = report2.workloads.filter((w) => w.change !== "unchanged");
    if (report2.workloads.length === 0) report2.notes.push(`no workload changed against ${values.base}`);
    await printReport(result, values, io, all);
    return exitCode(result, values["fail-on"]);
  }
});

// src/cli/commands.ts
var FORMAT2 = {
  name: "format",
  type: "string",
  choices: ["table", "json"],
  default: "table",
  help: "output format"
};
var PROVIDER = { name: "provider", type: "string", value: "ID", help: "only this provider" };
function byteLimit(name, help) {
  return { name, type: "string", value: "N", help };
}
var CALIBRATE_OPTIONS = [
  { name: "workload", type: "string", value: "NAME", help: "the workload to compare with (and to update with --write)" },
  { name: "manifest", type: "string", value: "FILE", help: "the manifest that declares it (default: search **/ai-workloads.{yaml,yml})" },
  { name: "write", type: "boolean", help: "write the measured values into the manifest" },
  FORMAT2,
  CATALOG,
  byteLimit("max-line-bytes", `refuse a log line longer than this (default ${DEFAULT_LOG_LIMITS.maxLineBytes})`),
  byteLimit("max-log-bytes", `refuse a log file past this many bytes after decompression (default ${DEFAULT_LOG_LIMITS.maxBytes})`)
];
var calibrateCommand = defineCommand({
  name: "calibrate",
  usage: "LOGS... [--workload NAME] [--manifest FILE] [--write] [--max-line-bytes N] [--max-log-bytes N]",
  summary: "measure tokens and request volume from usage logs, and put them in a workload",
  description: `LOGS are usage data, plain or gzipped: JSON Lines of provider responses or usage records, or
any format actuals reads (OpenAI usage pages, OTLP GenAI spans, LiteLLM spend logs, CSV; buckets
count in the means and the rate, percentiles come from per-request records; Anthropic's usage
report has no request counts and is skipped with a note).
Without --workload, prints the measurements per model; with it, prices them against that workload;
--write updates the workload's tokens and requests in its manifest, keeping its layout and comments.`,
  options: CALIBRATE_OPTIONS,
  examples: ["tokenbudget calibrate logs/usage.jsonl.gz", "tokenbudget calibrate logs/*.jsonl --workload support-assistant --write"],
  run: (parsed, io) => import("./calibrate-DSRPRNZS.js").then((m) => m.calibrate(parsed, io))
});
var ACTUALS_OPTIONS = [
  {
    name: "usage",
    type: "string",
    value: "FILE",
    multiple: true,
    help: "usage data: OpenAI usage or costs pages, Anthropic usage or cost reports, OTLP JSON spans, LiteLLM spend logs, usage-log JSON Lines or CSV; plain or gzip"
  },
  {
    name: "format",
    type: "string",
    choices: ["table", "json", "markdown", "csv", "html"],
    default: "table",
    help: "output format; html is one self-contained page with a projected-against-actual chart"
  },
  {
    name: "from",
    type: "string",
    choices: ["openai", "anthropic"],
    help: "also fetch the organization's usage and costs live (OPENAI_ADMIN_KEY / ANTHROPIC_ADMIN_KEY)"
  },
  { name: "since", type: "string", value: "Nd", default: "30d", help: "with --from: the last N whole days (UTC)" },
  {
    name: "api-url",
    type: "string",
    value: "URL",
    help: "with --from: another origin for the API (https, or http on loopback); the key is sent only there"
  },
  { name: "timeout", type: "string", value: "SECONDS", default: "30", help: "with --from: per HTTP attempt" },
  {
    name: "retries",
    type: "string",
    value: "N",
    default: "3",
    help: "with --from: retries on 429, 5xx and broken connections, honouring Retry-After"
  },
  FAIL_ON,
  CATALOG,
  byteLimit("max-usage-bytes", `refuse a usage file past this many bytes after decompression (default ${DEFAULT_USAGE_LIMITS.maxBytes})`),
  STDIN_NAME
];
var actualsCommand = defineCommand({
  name: "actuals",
  usage: "--usage FILE... | --from openai|anthropic [--since 30d] [paths...]",
  summary: "what was really used and spent, per workload, against the manifest's projection",
  description: `Paths are manifests as for estimate. Usage is attributed to workloads by their match: selectors,
or by model and mode (batch or not); what matches none or several is listed with its cost.
Each workload's usage over the data's period is normalised to a 730-hour month and priced with
the same catalog and rules as the estimate. Exit codes as for check.`,
  options: ACTUALS_OPTIONS,
  examples: [
    "tokenbudget actuals --usage usage.jsonl.gz",
    "tokenbudget actuals --usage openai-usage.json --usage openai-costs.json services/ --format markdown",
    "tokenbudget actuals --from openai --since 30d --fail-on warning"
  ],
  run: (parsed, io) => import("./actuals-2K3TFUEJ.js").then((m) => m.actuals(parsed, io))
});
var COMPARE_OPTIONS = [
  { name: "workload", type: "string", value: "NAME", help: "only this workload" },
  {
    name: "format",
    type: "string",
    choices: ["table", "json", "html"],
    default: "table",
    help: "output format; html is one self-contained page with charts"
  },
  { name: "catalog", type: "string", value: "FILE", multiple: true, help: "extra price book, over the built-in one" },
  {
    name: "tokens-per-second",
    type: "string",
    value: "N",
    help: "tokens (input + output) one dedicated replica serves per second; sizes the replica count"
  },
  { name: "gpus", type: "string", value: "N", help: "GPUs per dedicated replica, when the workload has no dedicated.gpus (default 1)" },
  STDIN_NAME
];
var compareCommand = defineCommand({
  name: "compare",
  usage: "[paths...] [--workload NAME]",
  summary: "every mode's monthly cost for each workload, the cheapest that fits, and the break-even volume",
  description: `Paths are files, directories or globs; default: **/ai-workloads.{yaml,yml} below the current directory.
Dedicated options are sized from the workload's dedicated: block (gpus, tokens_per_second). For
other workloads --tokens-per-second and --gpus state the replica's size; without a throughput the
capacity is unknown, one replica is assumed and dedicated is never recommended.`,
  options: COMPARE_OPTIONS,
  examples: [
    "tokenbudget compare",
    "tokenbudget compare --workload support-assistant --tokens-per-second 2500 --gpus 2",
    "tokenbudget compare examples/ai-workloads.yaml --format json"
  ],
  run: (parsed, io) => import("./compare-62BTUQ44.js").then((m) => m.compare(parsed, io))
});
var MODES = ["serverless", "batch", "dedicated", "gpu-cluster"];
var LIST_OPTIONS = [
  PROVIDER,
  { name: "mode", type: "string", choices: MODES, help: "only entries priced for this mode" },
  FORMAT2,
  CATALOG
];
var catalogListCommand = defineCommand({
  name: "catalog list",
  usage: "[--provider ID] [--mode MODE]",
  summary: "list the models and hardware the price books know, with their rates",
  options: LIST_OPTIONS,
  examples: ["tokenbudget catalog list --provider together", "tokenbudget catalog list --mode dedicated --format json"],
  run: (parsed, io) => import("./catalog-PLCV5MQ7.js").then((m) => m.list(parsed, io))
});
var SHOW_OPTIONS = [
  { ...PROVIDER, help: "the provider, when several offer the model" },
  FORMAT2,
  CATALOG
];
var catalogShowCommand = defineCommand({
  name: "catalog show",
  usage: "MODEL [--provider ID]",
  summary: "one model's rates, batch terms, long-context tiers, source and date",
  options: SHOW_OPTIONS,
  examples: ["tokenbudget catalog show openai/gpt-oss-120b", "tokenbudget catalog show gpt-4o --provider openai --format json"],
  run: (parsed, io) => import("./catalog-PLCV5MQ7.js").then((m) => m.show(parsed, io))
});
var COVERAGE_OPTIONS = [PROVIDER, FORMAT2, CATALOG];
var catalogCoverageCommand = defineCommand({
  name: "catalog coverage",
  usage: "[--provider ID]",
  summary: "per provider and vendored source: priced text models, how many the books cover, why the rest are left out",
  description: `The vendored community sources (genai-prices, LiteLLM, models.dev) list models per provider;
catalog/coverage.json records them. A model counts as covered when the price books in force resolve it
(as estimate would: by id, alias or another spelling); the rest are listed with the reason they are left out.`,
  options: COVERAGE_OPTIONS,
  examples: ["tokenbudget catalog coverage", "tokenbudget catalog coverage --provider bedrock --format json"],
  run: (parsed, io) => import("./catalog-PLCV5MQ7.js").then((m) => m.coverage(parsed, io))
});
var DIFF_OPTIONS = [FORMAT2, STDIN_NAME];
var catalogDiffCommand = defineCommand({
  name: "catalog diff",
  usage: "OLD NEW [paths...]",
  summary: "the prices that differ between two price books, and what that does to your workloads",
  description: `OLD and NEW are price book files, or "built-in". Each is layered over the built-in catalog, as
--catalog does; the manifests found in paths are priced with both and their costs compared
(their own prices: apply on both sides; their catalogs: are not loaded).`,
  options: DIFF_OPTIONS,
  examples: [
    "tokenbudget catalog diff built-in prices/new-book.json",
    "tokenbudget catalog diff old.json new.json services/ --format json"
  ],
  run: (parsed, io) => import("./catalog-PLCV5MQ7.js").then((m) => m.diff(parsed, io))
});
var IMPORT_OPTIONS = [
  { name: "from", type: "string", choices: FEED_NAMES, help: "the source to read (required)" },
  { name: "out", type: "string", value: "FILE", help: "where to write the price book (required); left as it was on any failure" },
  { name: "provider", type: "string", value: "ID", help: "import only this provider" },
  { name: "as-of", type: "string", value: "YYYY-MM-DD", help: "the prices' date (default: the retrieval day, or FILE's modification day)" },
  { name: "timeout", type: "string", value: "SECONDS", default: "30", help: "per HTTP attempt" },
  { name: "retries", type: "string", value: "N", default: "3", help: "retries on 429, 5xx and broken connections, honouring Retry-After" },
  {
    name: "key-origin",
    type: "string",
    value: "ORIGIN",
    help: "also send the API key to this origin (https://host), e.g. a proxy; never sent elsewhere"
  }
];
var catalogImportCommand = defineCommand({
  name: "catalog import",
  usage: "--from SOURCE [URL|FILE] --out FILE",
  summary: "turn a live price feed (Together, OpenRouter, LiteLLM, models.dev, genai-prices) into a price book",
  description: `Without URL or FILE it reads the source's public address: together needs TOGETHER_API_KEY,
OPENROUTER_API_KEY is sent to OpenRouter when set; a key goes only to its source's own origin (or
--key-origin), over https. Only chat/completion models are kept. On any
failure (401/403, 5xx after retries, HTML or truncated bodies, a feed nested deeper than any price list, most
prices above $${MAX_PLAUSIBLE_PER_MILLION} per 1M tokens) it exits 2 and --out is left as it was; single entries with
an implausible, negative or missing price are skipped with a warning naming them. The book is schema-checked, then
renamed into place.
Every price records the URL, retrieval time and SHA-256 of what was read.`,
  options: IMPORT_OPTIONS,
  examples: [
    "tokenbudget catalog import --from together --out prices/together.json   # with TOGETHER_API_KEY set",
    "tokenbudget catalog import --from litellm model_prices.json --provider together --out prices/together.json"
  ],
  run: (parsed, io) => import("./catalog-PLCV5MQ7.js").then((m) => m.importFeed(parsed, io))
});
var VERIFY_OPTIONS = [
  { name: "tolerance", type: "string", value: "PERCENT", default: "0.5", help: "report prices that differ by more than this percentage" },
  FORMAT2
];
var catalogVerifyCommand = defineCommand({
  name: "catalog verify",
  usage: "BOOK BOOK...",
  summary: "compare price books model by model and list where their sources disagree",
  description: `Each BOOK is a price book file or "built-in", read on its own. Every price of the first book
that another book states differently (beyond --tolerance) is listed with both values, sources
and dates. Exit 1 when the first book disagrees with a newer source.`,
  options: VERIFY_OPTIONS,
  examples: ["tokenbudget catalog verify built-in fresh-together.json fresh-litellm.json"],
  run: (parsed, io) => import("./catalog-PLCV5MQ7.js").then((m) => m.verify(parsed, io))
});
var SCAN_OPTIONS = [
  { name: "format", type: "string", choices: ["table", "json", "markdown", "sarif"], default: "table", help: "output format" },
  {
    name: "manifest",
    type: "string",
    value: "PATH",
    multiple: true,
    help: "manifests that declare models (default **/ai-workloads.{yaml,yml})"
  },
  { name: "catalog", type: "string", value: "FILE", multiple: true, help: "extra price book whose model names count too" },
  {
    name: "max-file-bytes",
    type: "string",
    value: "N",
    default: String(DEFAULT_LIMITS.maxFileBytes),
    help: "skip larger files (each one is named)"
  },
  { name: "verbose", type: "boolean", help: "list every file left out and why, not just the counts" }
];
var scanCommand = defineCommand({
  name: "scan",
  usage: "[paths...]",
  summary: "the models the code uses, and whether a manifest declares them",
  description: `Reads code and configuration as text (never runs it): Python, TypeScript/JavaScript, Go,
Java/Kotlin, C#, Ruby, notebooks (.ipynb code cells), YAML (Compose, Kubernetes, Helm, workflow
env:), JSON (ARM/azd parameters with \${VAR=default}), Bicep, Terraform, TOML and .env files. It
lists each string that chooses a model: a model=/model:/"model": value, deployment_name=, a
provider factory such as openai("\u2026"), an SDK call that takes a model, a list of models, or a
constant such a place names. A model no price book knows is listed as unknown, with suggestions.
Inside git it reads the files git lists (a .gitignore line never hides a tracked file); comments,
docstrings, Markdown, dependency folders (node_modules, .venv) and lock files are left out, and
what was left out is summed up on stderr. A manifest's scan: section sets include/exclude globs
and whether test code counts.

Paths are files or folders to scan (default: the current directory). Exit code 0 unless the
input is unusable (2).`,
  options: SCAN_OPTIONS,
  examples: ["tokenbudget scan", "tokenbudget scan services/ --format sarif > scan.sarif"],
  run: (parsed, io) => import("./scan-VJQ3KATC.js").then((m) => m.scanTree(parsed, io))
});
var COMMENT_OPTIONS = [
  {
    name: "mode",
    type: "string",
    choices: COMMENT_MODES,
    default: "update",
    help: "update: one comment edited in place; new: another each run; hide-and-new: minimize (GitLab: delete) earlier ones, post a new one; off: none"
  },
  {
    name: "pr",
    type: "string",
    value: "N",
    help: "the pull/merge request (default: GitHub's event payload, GitLab's CI_MERGE_REQUEST_IID)"
  },
  {
    name: "working-directory",
    type: "string",
    value: "DIR",
    default: ".",
    help: "the directory the report covers; names the comment like the Action's working-directory input"
  },
  {
    name: "comment-threshold",
    type: "string",
    value: "USD|PERCENT",
    help: "post a new comment only when a file's or the total's change reaches 100 (USD) or 5%, or on an error or warning"
  },
  { name: "timeout", type: "string", value: "SECONDS", default: String(DEFAULT_TIMEOUT_MS / 1e3), help: "per API request" }
];
var commentCommand = defineCommand({
  name: "comment",
  usage: "github|gitlab REPORT.json",
  summary: "the sticky pull/merge request comment, from a JSON report, in any CI",
  description: `Posts (or keeps current) the pull/merge request comment from a report written by
check --format json: the same body and marker as the GitHub Action, rendered from the file.

GitHub: GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_EVENT_PATH.
GitLab: GITLAB_TOKEN (a project or personal access token with the api scope; CI_JOB_TOKEN cannot
write notes), CI_API_V4_URL, CI_PROJECT_ID, CI_MERGE_REQUEST_IID, CI_PROJECT_URL.
Exit codes: 0 written or nothing to write, 2 bad input or an API error (the API's message on stderr).`,
  options: COMMENT_OPTIONS,
  examples: [
    'tokenbudget check --base "$CI_MERGE_REQUEST_DIFF_BASE_SHA" --format json > report.json; tokenbudget comment gitlab report.json',
    "tokenbudget comment github report.json --pr 7 --comment-threshold 5%"
  ],
  run: ({ values, positionals }, io) => import("./comment-UXGYKP5P.js").then((m) => m.comment(values, positionals, io))
});
var EXPLAIN_OPTIONS = [];
var explainCommand = defineCommand({
  name: "explain",
  usage: "[RULE...]",
  summary: "what a finding's rule checks and what to do about it",
  description: `RULE is the id in parentheses at the end of a finding, e.g. budget.workload.exceeded. Without
one, lists every rule with its default severity.`,
  options: EXPLAIN_OPTIONS,
  examples: ["tokenbudget explain budget.workload.exceeded", "tokenbudget explain"],
  run: (parsed, io) => import("./explain-TSFW3GVJ.js").then((m) => m.explain(parsed, io))
});
var HISTORY_OPTIONS = [
  { name: "branch", type: "string", value: "REF", default: "HEAD", help: "the branch (any revision) whose first-parent history is walked" },
  { name: "since", type: "string", value: "YYYY-MM-DD", help: "only commits from this day on (UTC)" },
  { name: "every", type: "string", value: "N", default: "1", help: "price every N-th commit, counted back from the newest" },
  { name: "max-commits", type: "string", value: "N", default: "1000", help: "price at most the newest N of them" },
  { name: "group-by", type: "string", value: "TAG", multiple: true, help: "also total spend by this tag (team and model always are)" },
  {
    name: "format",
    type: "string",
    choices: ["table", "json", "csv", "html"],
    default: "table",
    help: "output format; html is one page with charts"
  },
  CATALOG
];
var historyCommand = defineCommand({
  name: "history",
  usage: "[paths...] [--branch REF] [--since DATE] [--every N]",
  summary: "projected monthly spend over a branch's commits, by team, tag and model, and the commits that moved it",
  description: `Reads each commit's manifests from git (ls-tree, cat-file; nothing is checked out) and
prices every commit with today's price books, so the line moves only with the code. Paths select
manifests as in estimate.`,
  options: HISTORY_OPTIONS,
  examples: ["tokenbudget history --since 2026-01-01", "tokenbudget history --branch origin/main --every 10 --format html > history.html"],
  run: (parsed, io) => import("./history-B5QF6BSL.js").then((m) => m.history(parsed, io))
});
var MERGE_OPTIONS = [
  {
    name: "format",
    type: "string",
    choices: ["markdown", "json", "html"],
    default: "markdown",
    help: "output format; html is one page with charts"
  }
];
var mergeCommand = defineCommand({
  name: "merge",
  usage: "REPORT.json...",
  summary: "one org roll-up from many repositories' JSON reports: totals, budgets at risk, top movers",
  description: `Each REPORT.json is written by check --format json (the Action's report output). A report
named report.json is named after its folder, any other after its file. Reports are read one at a
time: the cost is linear in their number.`,
  options: MERGE_OPTIONS,
  examples: ["tokenbudget merge reports/*/report.json --format html > rollup.html"],
  run: (parsed, io) => import("./merge-VBL4NQRN.js").then((m) => m.merge(parsed, io))
});
var COMMANDS = [
  validateCommand,
  estimateCommand,
  checkCommand,
  diffCommand,
  compareCommand,
  historyCommand,
  mergeCommand,
  calibrateCommand,
  actualsCommand,
  catalogListCommand,
  catalogShowCommand,
  catalogCoverageCommand,
  catalogDiffCommand,
  catalogImportCommand,
  catalogVerifyCommand,
  scanCommand,
  commentCommand,
  explainCommand
];

// src/cli/main.ts
var TOP_OPTIONS = [
  ...GLOBAL_OPTIONS,
  { name: "version", type: "boolean", help: "print the version" }
];
function commandLines(commands, group = "") {
  const width2 = Math.max(...commands.map((c) => c.name.length - group.length));
  return commands.map((c) => `  ${c.name.slice(group.length).padEnd(width2)}  ${c.summary}`);
}
function topHelp() {
  return `tokenbudget: cost policy for LLM inference, as code

Usage: tokenbudget [--no-color] COMMAND [options] [paths...]

Commands:
${commandLines(COMMANDS).join("\n")}

Options:
${optionLines(TOP_OPTIONS).join("\n")}

Run tokenbudget COMMAND --help for a command's options and examples.
Exit codes: 0 fine, 1 a budget or policy failure, 2 invalid input or usage.
`;
}
function groupHelp(group, commands) {
  return `Usage: tokenbudget ${group} COMMAND [options]

Commands:
${commandLines(commands, `${group} `).join("\n")}

Run tokenbudget ${group} COMMAND --help for its options and examples.
`;
}
function owners(name) {
  const found = COMMANDS.filter((c) => c.options.some((o) => o.name === name)).map((c) => c.name);
  return found.length > 0 ? found.join(", ") : void 0;
}
var FIRST_WORDS = [...new Set(COMMANDS.map((c) => c.name.split(" ", 1)[0] ?? c.name)), "help", "version"];
function unknownCommand(word, group) {
  const candidates = group ? COMMANDS.filter((c) => c.name.startsWith(`${group} `)).map((c) => c.name.slice(group.length + 1)) : FIRST_WORDS;
  const [best] = closest(word, candidates, 1);
  const prefix = group ? `${group} ` : "";
  return new UsageError(
    `unknown command "${prefix}${word}"${best ? `; did you mean "${prefix}${best}"?` : ""}; see tokenbudget ${prefix}--help`
  );
}
async function dispatch(argv, io) {
  const leading = [];
  let i = 0;
  for (let arg = argv[0]; arg?.startsWith("-"); arg = argv[++i]) {
    if (arg === "--version") {
      io.stdout.write(`tokenbudget ${TOOL_VERSION}
`);
      return 0;
    }
    if (!TOP_OPTIONS.some((o) => `--${o.name}` === arg || "short" in o && `-${o.short}` === arg)) {
      const elsewhere = owners(arg.replace(/^-+/, "").split("=", 1)[0] ?? "");
      if (elsewhere)
        throw new UsageError(`${arg.split("=")[0]} goes after the command: it is an option of ${elsewhere}; see tokenbudget --help`);
      throw unknownFlag(arg, "tokenbudget", [...TOP_OPTIONS, ...COMMANDS.flatMap((c) => c.options)]);
    }
    leading.push(arg);
  }
  const words = argv.slice(i);
  const askedHelp = words[0] === "help" && words.length > 1;
  const [word, ...rest] = askedHelp ? words.slice(1) : words;
  if (askedHelp) leading.push("--help");
  const help = leading.includes("--help") || leading.includes("-h");
  if (word === void 0 || word === "help") {
    io.stdout.write(topHelp());
    return word === void 0 && !help ? 2 : 0;
  }
  if (word === "version") {
    io.stdout.write(`tokenbudget ${TOOL_VERSION}
`);
    return 0;
  }
  const group = COMMANDS.filter((c) => c.name.startsWith(`${word} `));
  let command = COMMANDS.find((c) => c.name === word);
  let args = rest;
  if (!command && group.length > 0) {
    const [sub, ...subArgs] = rest;
    if (sub === void 0 || sub === "help" || sub === "--help" || sub === "-h") {
      io.stdout.write(groupHelp(word, group));
      return sub === void 0 && !help ? 2 : 0;
    }
    command = group.find((c) => c.name === `${word} ${sub}`);
    if (!command) throw unknownCommand(sub, word);
    args = subArgs;
  }
  if (!command) throw unknownCommand(word);
  const parsed = parseCommand(command, [...args, ...leading], owners);
  if (parsed.values.help || args[0] === "help" && parsed.positionals[0] === "help") {
    io.stdout.write(commandHelp(command));
    return 0;
  }
  return command.run(parsed, io);
}
async function main(argv, io) {
  if (io.env.GITHUB_ACTIONS !== "true") return runGuarded(argv, io);
  const stdout = new CommandGuard(io.stdout);
  const stderr = new CommandGuard(io.stderr);
  try {
    return await runGuarded(argv, {
      ...io,
      stdout: { write: (t) => stdout.write(t), ...io.stdout.isTTY !== void 0 ? { isTTY: io.stdout.isTTY } : {} },
      stderr
    });
  } finally {
    stdout.end();
    stderr.end();
  }
}
async function runGuarded(argv, io) {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof GitError || error instanceof PublishError || error instanceof HttpError) {
      io.stderr.write(`tokenbudget: ${error.message}
`);
      return 2;
    }
    throw error;
  }
}

export {
  HttpError,
  DEFAULT_TIMEOUT_MS,
  codeHostPolicy,
  checkCredential,
  originOf,
  createHttpClient,
  fetchJson,
  PublishError,
  publishSticky,
  TOOL_VERSION,
  UsageError,
  positiveInt,
  notFound,
  neutralizeCommands,
  DEFAULT_LOG_LIMITS,
  DEFAULT_USAGE_LIMITS,
  LineLimitError,
  nonBlankLines,
  RULES,
  RULE_IDS,
  isRuleId,
  ruleDocsUrl,
  PROJECT_URL,
  finding,
  DEFAULT_LIMITS,
  Decimal,
  ZERO,
  MILLION,
  HOURS_PER_MONTH,
  SECONDS_PER_HOUR,
  dec,
  sum,
  toJsonMoney,
  formatUsd,
  formatUsdChange,
  formatUsdPrecise,
  formatUnitPrice,
  formatCount,
  formatPercent,
  formatPercentChange,
  compound,
  formatNumber,
  mapProviderId,
  perTokenToPerMillion,
  isRecord,
  finiteNumber,
  FREE_NOTE,
  tokenPrices,
  asIs,
  setLimits,
  emptyCatalog,
  addUnique,
  MAX_PLAUSIBLE_PER_MILLION,
  screenImplausible,
  MAX_FEED_DEPTH,
  nestsDeeper,
  withProvenance,
  FEEDS,
  FEED_NAMES,
  parseManifest,
  resolveGpuRate,
  peakFactor,
  dedicatedCost,
  estimateWorkload,
  dailyBatchTokens,
  batchTerms,
  queueOverage,
  jsonErrorAt,
  BUILTIN_LAYER,
  invalidModels,
  parseCatalog,
  PriceBook,
  isInputError,
  loadCatalogFile,
  loadLayers,
  templatePaths,
  countTemplates,
  Books,
  analyzeParsed,
  loadHead,
  gitBaseSource,
  baseCatalogReader,
  baseMatcher,
  jsonText,
  escapeMarkdown,
  sanitizePlain,
  escapeHtml,
  positionText,
  formatProblem,
  columns,
  loadManifests,
  noManifests,
  main
};
