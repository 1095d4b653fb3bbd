import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

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
    throw new PublishError(`${publisher.platform} API: ${step} on ${publisher.where} failed (${message})`, error instanceof PublishError ? error.status : void 0);
  }
}
function forbiddenWarning(publisher) {
  if (publisher.platform === "GitHub") {
    return "tokenbudget could not write the pull request comment: the token is not allowed to (403). This is expected for pull requests from forks, whose GITHUB_TOKEN is read-only; otherwise grant the workflow `permissions: pull-requests: write`.";
  }
  return `tokenbudget could not write the ${publisher.platform} comment on ${publisher.where}: the token is not allowed to (403). Give it the api scope and at least the Reporter role.`;
}

// src/adapters/http.ts
var HttpError = class extends Error {
  name = "HttpError";
};
var sleepFor = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function retryAfterMs(header, now) {
  if (header === null) return void 0;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
async function readCapped(response, max) {
  if (!response.body) return new Uint8Array();
  const chunks = [];
  let total = 0;
  const reader = response.body.getReader();
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
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
function looksLikeHtml(contentType, text) {
  return /\btext\/html\b/i.test(contentType) || /^\s*<(!doctype|html|head|body)\b/i.test(text);
}
function parseJson(text, url) {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error.message;
    if (/end of JSON input|Unterminated|Expected .* after/i.test(message) && !/position 0\b/.test(message)) {
      throw new HttpError(`${url} sent JSON that ends early (${text.length} characters): the response was cut short; try again`);
    }
    throw new HttpError(`${url} did not send valid JSON`);
  }
}
async function fetchJson(url, options) {
  const sleep = options.sleep ?? sleepFor;
  const attempts = options.retries + 1;
  let lastProblem = "";
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let response;
    try {
      response = await fetch(url, {
        headers: { accept: "application/json", ...options.headers },
        signal: AbortSignal.timeout(options.timeoutMs),
        redirect: "follow"
      });
    } catch (error) {
      const cause = error.name === "TimeoutError" ? `no answer within ${options.timeoutMs / 1e3} s` : `the connection failed or broke off (${error.cause?.code ?? error.message})`;
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
      const fix = options.authEnv ? options.headers?.authorization ? `check the API key in ${options.authEnv}` : `set ${options.authEnv} to an API key` : "this address needs credentials tokenbudget does not send; download the file and pass its path";
      throw new HttpError(`${url} answered ${status}: ${fix}`);
    }
    if (response.status === 429 || response.status >= 500) {
      const wait = retryAfterMs(response.headers.get("retry-after"), Date.now());
      await response.body?.cancel();
      lastProblem = `answered ${status}`;
      if (attempt < attempts && (wait === void 0 || wait <= options.maxRetryAfterMs)) {
        await sleep(wait ?? options.backoffMs * 2 ** (attempt - 1));
        continue;
      }
      const why = wait !== void 0 && wait > options.maxRetryAfterMs ? `; it asks to wait ${Math.ceil(wait / 1e3)} s, longer than tokenbudget waits` : "";
      throw new HttpError(`${url} ${lastProblem} (${attempt} attempt${attempt === 1 ? "" : "s"})${why}; try again later`);
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new HttpError(`${url} answered ${status}`);
    }
    const body = await readCapped(response, options.maxBytes).catch((error) => {
      throw new HttpError(`${url}: the response broke off (${error.message}); try again`);
    });
    if (body === void 0) throw new HttpError(`${url} sent more than ${options.maxBytes} bytes; refused`);
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
      attempts: attempt
    };
  }
  throw new HttpError(`${url}: ${lastProblem}`);
}
var DEFAULT_TIMEOUT_MS = 3e4;
function fetchWithTimeout(timeoutMs) {
  return (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    return fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline }).catch((error) => {
      if (deadline.aborted) throw new Error(`no answer within ${timeoutMs / 1e3} s`, { cause: error });
      throw error;
    });
  };
}

export {
  COMMENT_MODES,
  PublishError,
  publishSticky,
  HttpError,
  fetchJson,
  DEFAULT_TIMEOUT_MS,
  fetchWithTimeout
};
