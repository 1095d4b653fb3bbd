/**
 * Live usage for `actuals --from openai|anthropic --since 30d`: the organization usage and cost
 * endpoints, page by page, through the project's HTTP client. The admin key goes only to the
 * API's own origin (or the --api-url the operator names); a page's `next_page` is a cursor sent
 * back as a query parameter, never an address to follow. Paging is bounded by a page count.
 */
import { checkCredential, createHttpClient, HttpError, type Credential, type HttpPolicy } from "./http.js";

export type LiveSource = "openai" | "anthropic";

interface Endpoint {
  path: string;
  /** Query parameters besides the period and the page cursor. */
  params: Array<[string, string]>;
}

interface LiveApi {
  origin: string;
  keyEnv: string;
  /** The header that carries the key, and what is written before it. */
  keyHeader: { header: string; prefix?: string };
  /** Other headers every request sends. */
  headers: Record<string, string>;
  /** The period as query parameters. */
  period(since: number, until: number): Array<[string, string]>;
  endpoints: Endpoint[];
}

const seconds = (ms: number) => String(Math.floor(ms / 1000));
const rfc3339 = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

export const LIVE_APIS: Record<LiveSource, LiveApi> = {
  openai: {
    origin: "https://api.openai.com",
    keyEnv: "OPENAI_ADMIN_KEY",
    keyHeader: { header: "authorization", prefix: "Bearer " },
    headers: {},
    period: (since, until) => [
      ["start_time", seconds(since)],
      ["end_time", seconds(until)],
    ],
    endpoints: [
      {
        path: "/v1/organization/usage/completions",
        params: [
          ["bucket_width", "1d"],
          ["limit", "31"],
          ...["model", "project_id", "api_key_id", "batch", "service_tier"].map((g): [string, string] => ["group_by", g]),
        ],
      },
      {
        path: "/v1/organization/costs",
        params: [
          ["bucket_width", "1d"],
          ["limit", "31"],
          ["group_by", "line_item"],
          ["group_by", "project_id"],
        ],
      },
    ],
  },
  anthropic: {
    origin: "https://api.anthropic.com",
    keyEnv: "ANTHROPIC_ADMIN_KEY",
    keyHeader: { header: "x-api-key" },
    headers: { "anthropic-version": "2023-06-01" },
    period: (since, until) => [
      ["starting_at", rfc3339(since)],
      ["ending_at", rfc3339(until)],
    ],
    endpoints: [
      {
        path: "/v1/organizations/usage_report/messages",
        params: [
          ["bucket_width", "1d"],
          ["limit", "31"],
          ...["model", "workspace_id", "api_key_id", "service_tier"].map((g): [string, string] => ["group_by[]", g]),
        ],
      },
      {
        path: "/v1/organizations/cost_report",
        params: [
          ["bucket_width", "1d"],
          ["limit", "31"],
          ["group_by[]", "workspace_id"],
          ["group_by[]", "description"],
        ],
      },
    ],
  },
};

/** A month of daily buckets is one or two pages; this many per endpoint is years. */
export const MAX_PAGES = 200;

export interface LiveOptions {
  source: LiveSource;
  key: string;
  since: number;
  until: number;
  /** Another origin for the API (a proxy, a test server): https, or http on loopback. */
  apiUrl?: string;
  http: HttpPolicy;
}

/** The origin credentials go to; refuses plain http except on loopback. */
export function apiOrigin(source: LiveSource, apiUrl?: string): string {
  if (apiUrl === undefined) return LIVE_APIS[source].origin;
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    throw new HttpError("--api-url must be an absolute URL");
  }
  const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback))
    throw new HttpError("--api-url must use https (plain http only on loopback)");
  return url.origin;
}

/** Every page of every endpoint of the source for the period, in order; each is a usage or cost page. */
export async function* livePages(options: LiveOptions): AsyncGenerator<{ url: string; page: unknown }> {
  const api = LIVE_APIS[options.source];
  const origin = apiOrigin(options.source, options.apiUrl);
  checkCredential(api.keyEnv, options.key);
  // The key goes to this one origin, and the client drops it on any redirect away from it.
  const credential: Credential = { name: api.keyEnv, value: options.key, ...api.keyHeader, origins: [origin], allowWith: "--api-url" };
  const client = createHttpClient({ ...options.http, maxPages: MAX_PAGES }, credential);
  for (const endpoint of api.endpoints) {
    let cursor: string | undefined;
    for (let n = 0; ; n++) {
      if (n === MAX_PAGES) throw new HttpError(`${origin}${endpoint.path} sent more than ${MAX_PAGES} pages; narrow --since`);
      const query = new URLSearchParams([
        ...api.period(options.since, options.until),
        ...endpoint.params,
        ...(cursor ? [["page", cursor] as [string, string]] : []),
      ]);
      const fetched = await client.getJson(`${origin}${endpoint.path}?${query.toString()}`, { headers: api.headers, keyName: api.keyEnv });
      yield { url: `${origin}${endpoint.path}`, page: fetched.data };
      const page = fetched.data;
      const next =
        typeof page === "object" && page !== null && "has_more" in page && page.has_more === true && "next_page" in page
          ? page.next_page
          : undefined;
      if (typeof next !== "string" || next === "" || next === cursor) break;
      cursor = next;
    }
  }
}
