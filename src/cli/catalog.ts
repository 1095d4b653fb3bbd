import { createHash, randomBytes } from "node:crypto";
import { rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { readCapped } from "../adapters/fs.js";
import { fetchJson, HttpError, originOf } from "../adapters/http.js";
import { BUILTIN_LAYER, invalidModels, parseCatalog } from "../core/prices/catalog-load.js";
import { diffCatalogs } from "../core/review/catalog-diff.js";
import { listCatalog, showModel } from "../core/prices/catalog-view.js";
import { PriceBook, type CatalogLayer } from "../core/prices/catalog.js";
import type { PriceCatalog } from "../core/prices/catalog-types.js";
import { coverage as coverageRows } from "../core/prices/coverage.js";
import { renderCoverage } from "../core/render/catalog-coverage.js";
import {
  renderCatalogDiff,
  renderCatalogList,
  renderImportSummary,
  renderImportWarnings,
  renderModelDetails,
  renderVerify,
} from "../core/render/catalog.js";
import coverageLedger from "../../catalog/coverage.json" with { type: "json" };
import {
  IMPORTERS,
  MAX_FEED_DEPTH,
  MAX_PLAUSIBLE_PER_MILLION,
  nestsDeeper,
  screenImplausible,
  withProvenance,
} from "../core/prices/import/index.js";
import { verifyBooks, type VerifyBook } from "../core/prices/verify.js";
import { sanitizePlain as plain } from "../core/render/escape.js";
import type { Manifest } from "../core/manifest/types.js";
import { notFound, positiveInt, UsageError, type Io } from "./args.js";
import type { Parsed } from "./command.js";
import type { COVERAGE_OPTIONS, DIFF_OPTIONS, IMPORT_OPTIONS, LIST_OPTIONS, SHOW_OPTIONS, VERIFY_OPTIONS } from "./commands.js";
import { FEED_NAMES, FEEDS, type FeedName } from "./feeds.js";
import { formatProblem, loadCatalogFile, loadLayers, loadManifests } from "./manifests.js";
import { jsonText } from "./output.js";

async function bookFromFlags(io: Io, catalogFiles: readonly string[]): Promise<PriceBook> {
  const { layers, findings } = await loadLayers(io.cwd, catalogFiles);
  if (findings.length > 0) throw new UsageError(findings.map((f) => f.message).join("; "));
  return new PriceBook(layers);
}

export async function list({ values, positionals }: Parsed<typeof LIST_OPTIONS>, io: Io): Promise<number> {
  if (positionals.length > 0) throw new UsageError(`catalog list takes no arguments, got ${positionals.join(" ")}`);
  const mode = values.mode;
  const book = await bookFromFlags(io, values.catalog);
  const listing = listCatalog(book, { ...(values.provider ? { provider: values.provider } : {}), ...(mode ? { mode } : {}) });
  if (values.provider && listing.models.length === 0 && listing.hardware.length === 0) {
    const all = listCatalog(book, {});
    const providers = new Set([...all.models, ...all.hardware].map((entry) => entry.provider));
    if (!providers.has(values.provider)) throw notFound("no provider", values.provider, providers, " in the price books");
  }
  io.stdout.write(values.format === "json" ? jsonText(listing) : renderCatalogList(listing));
  return 0;
}

export async function show({ values, positionals }: Parsed<typeof SHOW_OPTIONS>, io: Io): Promise<number> {
  if (positionals.length !== 1) throw new UsageError("catalog show needs exactly one MODEL");
  const [id] = positionals as [string];
  const book = await bookFromFlags(io, values.catalog);
  const shown = showModel(book, id, values.provider);
  if ("ambiguous" in shown) {
    throw new UsageError(
      `"${plain(id)}" is ambiguous: it could be ${shown.ambiguous.map((c) => `${plain(c.provider)}/${plain(c.id)}`).join(", ")}; give the full id or --provider`,
    );
  }
  const { details } = shown;
  if (details.length === 0) {
    const suggestions = book.suggestModels(values.provider ?? "together", id);
    throw new UsageError(
      `no model "${id}"${values.provider ? ` for provider ${values.provider}` : ""} in the price books${suggestions.length ? ` (did you mean ${suggestions.join(", ")}?)` : ""}`,
    );
  }
  io.stdout.write(values.format === "json" ? jsonText(details) : renderModelDetails(details, id));
  return 0;
}

export async function coverage({ values, positionals }: Parsed<typeof COVERAGE_OPTIONS>, io: Io): Promise<number> {
  if (positionals.length > 0) throw new UsageError(`catalog coverage takes no arguments, got ${positionals.join(" ")}`);
  const book = await bookFromFlags(io, values.catalog);
  const rows = coverageRows(coverageLedger, book, values.provider);
  if (rows.length === 0)
    throw new UsageError(
      `no vendored source lists provider ${plain(values.provider ?? "")}; known: ${Object.keys(coverageLedger.providers).join(", ")}`,
    );
  io.stdout.write(values.format === "json" ? jsonText(rows) : renderCoverage(rows));
  return 0;
}

/** "built-in", or a price book file layered over the built-in catalog. */
async function sideBook(io: Io, name: string): Promise<{ book: PriceBook; label: string }> {
  if (name === "built-in") return { book: new PriceBook([BUILTIN_LAYER]), label: `built-in ${BUILTIN_LAYER.catalog.version}` };
  const loaded = await loadCatalogFile(io.cwd, name);
  if (!("layer" in loaded)) throw new UsageError(loaded.findings.map((f) => f.message).join("; "));
  const layers: CatalogLayer[] = [BUILTIN_LAYER, loaded.layer];
  return { book: new PriceBook(layers), label: `${plain(name)} ${plain(loaded.layer.catalog.version)} (over built-in)` };
}

export async function diff({ values, positionals }: Parsed<typeof DIFF_OPTIONS>, io: Io): Promise<number> {
  const fmt = values.format;
  const [oldName, newName, ...paths] = positionals;
  if (!oldName || !newName) throw new UsageError("catalog diff needs OLD and NEW (price book files or built-in)");
  const before = await sideBook(io, oldName);
  const after = await sideBook(io, newName);
  let manifests: Manifest[] = [];
  let failed = false;
  if (paths.length > 0) {
    const loaded = await loadManifests(io, paths, [], values["stdin-name"]);
    for (const f of loaded.inputErrors) io.stderr.write(`${formatProblem(f)}\n`);
    failed = loaded.inputErrors.length > 0;
    manifests = loaded.files.flatMap((f) => (f.manifest ? [f.manifest] : []));
  }
  const result = diffCatalogs(before.book, after.book, manifests);
  io.stdout.write(
    fmt === "json" ? jsonText({ old: before.label, new: after.label, ...result }) : renderCatalogDiff(result, before.label, after.label),
  );
  return failed ? 2 : 0;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Feeds are tens of MB at most; a larger answer is not a price list. */
const MAX_FEED_BYTES = 256 * 1024 * 1024;

interface Read {
  data: unknown;
  sha256: string;
  /** Where the data came from: the URL fetched, or the canonical address of the feed for a file. */
  url?: string;
  retrievedAt?: string;
  /** Default snapshot date: the retrieval day for a URL, the file's modification day for a file. */
  date: string;
}

async function readFeedUrl(
  url: string,
  feed: (typeof FEEDS)[FeedName],
  io: Io,
  options: { timeoutMs: number; retries: number; keyOrigin: string | undefined },
): Promise<Read> {
  const authEnv = "authEnv" in feed ? feed.authEnv : undefined;
  const key = authEnv ? io.env[authEnv] : undefined;
  try {
    // The key goes to the feed's own origin, or to one the operator names with --key-origin; never elsewhere.
    const origins = [originOf(feed.url), ...(options.keyOrigin ? [originOf(options.keyOrigin)] : [])];
    const fetched = await fetchJson(url, {
      ...(authEnv && key
        ? { credential: { name: authEnv, value: key, header: "authorization", prefix: "Bearer ", origins, allowWith: "--key-origin" } }
        : {}),
      ...(authEnv ? { keyName: authEnv } : {}),
      timeoutMs: options.timeoutMs,
      retries: options.retries,
      backoffMs: 500,
      maxRetryAfterMs: 60_000,
      maxBytes: MAX_FEED_BYTES,
    });
    const retrievedAt = new Date().toISOString();
    return { data: fetched.data, sha256: fetched.sha256, url: fetched.url, retrievedAt, date: retrievedAt.slice(0, 10) };
  } catch (error) {
    if (error instanceof HttpError) throw new UsageError(error.message);
    throw error;
  }
}

async function readFeedFile(io: Io, input: string): Promise<Read> {
  const absolute = path.resolve(io.cwd, input);
  const read = await readCapped(absolute, MAX_FEED_BYTES);
  if (!("bytes" in read)) throw new UsageError(`${input} ${read.problem.message}`);
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(read.bytes));
  } catch {
    // V8's message quotes the file; say what is wrong without echoing it.
    throw new UsageError(`${input} is not valid JSON`);
  }
  const sha256 = createHash("sha256").update(read.bytes).digest("hex");
  // Feeds carry no single snapshot date; the file's modification day stands in unless --as-of says otherwise.
  return { data, sha256, date: (await stat(absolute)).mtime.toISOString().slice(0, 10) };
}

/** Writes next to the target and renames, so a reader never sees half a file and a failure leaves the old one. */
async function writeAtomically(target: string, text: string): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, text, { flag: "wx" });
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw new UsageError(`could not write ${target}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

type ImportValues = Parsed<typeof IMPORT_OPTIONS>["values"];

/** What to read and how: the feed, its URL or file, the date to stamp, and the HTTP limits. */
function importSettings(values: ImportValues, positionals: readonly string[], io: Io) {
  const name = values.from;
  if (!name) throw new UsageError(`catalog import needs --from ${FEED_NAMES.join("|")}`);
  const feed = FEEDS[name];
  if (positionals.length > 1) throw new UsageError("catalog import takes at most one URL or FILE");
  const out = values.out;
  if (!out) throw new UsageError("catalog import needs --out FILE");
  const asOf = values["as-of"];
  if (asOf !== undefined && !DATE.test(asOf)) throw new UsageError(`--as-of must be a date YYYY-MM-DD, got "${asOf}"`);
  const timeoutMs = positiveInt("timeout", values.timeout, 30) * 1000;
  const retries = values.retries === "0" ? 0 : positiveInt("retries", values.retries, 3);
  const input = positionals[0] ?? feed.url;
  const isUrl = /^https?:\/\//i.test(input);
  if (isUrl && input === feed.url && "needsKey" in feed && feed.needsKey && !io.env[feed.authEnv]) {
    throw new UsageError(`${input} needs an API key: set ${feed.authEnv}, or pass a downloaded copy of the response as FILE`);
  }
  return { feed, out, asOf, input, isUrl, http: { timeoutMs, retries, keyOrigin: values["key-origin"] } };
}

type ImportSettings = ReturnType<typeof importSettings>;

async function readFeed(settings: ImportSettings, io: Io): Promise<Read> {
  const { input } = settings;
  const read = settings.isUrl ? await readFeedUrl(input, settings.feed, io, settings.http) : await readFeedFile(io, input);
  // Importers walk the feed recursively; a hostile nesting must not reach them (or the stack).
  if (nestsDeeper(read.data))
    throw new UsageError(`${plain(input)} nests deeper than ${MAX_FEED_DEPTH} levels; no price feed does, so it is not read`);
  return read;
}

/**
 * Leaves out the entries a price book cannot hold, each with a warning: one malformed entry in a
 * feed of hundreds should not cost the whole import. A feed whose prices are mostly implausible is
 * refused whole: it is mis-scaled, not a few bad entries.
 */
function dropUnusable(catalog: PriceCatalog, warnings: string[], settings: ImportSettings, provider: string | undefined): void {
  for (const { index, reason } of invalidModels(catalog)) {
    const [bad] = catalog.models.splice(index, 1);
    warnings.push(`${bad?.provider}/${bad?.id}: ${reason}; skipped`);
  }
  if (catalog.models.length === 0)
    throw new UsageError(`no models imported from ${settings.input}${provider ? ` for provider ${provider}` : ""}`);
  const screened = screenImplausible(catalog.models);
  if (screened.misScaled) {
    throw new UsageError(
      `refusing to write ${settings.out}: ${screened.skipped.length} of ${catalog.models.length} models have prices above $${MAX_PLAUSIBLE_PER_MILLION} per 1M tokens, so the feed looks mis-scaled ` +
        `(${screened.skipped.slice(0, 3).map(plain).join("; ")}${screened.skipped.length > 3 ? "; ..." : ""}); is it in USD per token where per 1M was expected?`,
    );
  }
  // A few absurd entries in a sound feed (LiteLLM's azure_ai/jais-30b-chat at $3,200 per 1M) are left out, by name.
  catalog.models = screened.kept;
  warnings.unshift(
    ...screened.skipped.map(
      (skipped) => `${skipped}: above $${MAX_PLAUSIBLE_PER_MILLION} per 1M tokens, likely a unit error in the feed; skipped`,
    ),
  );
}

export async function importFeed({ values, positionals }: Parsed<typeof IMPORT_OPTIONS>, io: Io): Promise<number> {
  const settings = importSettings(values, positionals, io);
  const { feed, input, out } = settings;
  const read = await readFeed(settings, io);
  const sourceDate = settings.asOf ?? read.date;
  const result = IMPORTERS[feed.importer](read.data, {
    sourceFile: settings.isUrl ? new URL(input).host : path.basename(input),
    sourceDate,
    ...(values.provider ? { provider: values.provider } : {}),
  });
  const { warnings } = result;
  const canonical = Object.values(result.catalog.sources)[0]?.url ?? feed.url;
  const catalog = withProvenance(result.catalog, {
    url: read.url ?? canonical,
    sha256: read.sha256,
    ...(read.retrievedAt ? { retrievedAt: read.retrievedAt } : {}),
  });
  dropUnusable(catalog, warnings, settings, values.provider);
  const text = `${JSON.stringify(catalog, null, 2)}\n`;
  // The result must load as a price book, or writing it would only move the failure to later.
  const checked = parseCatalog(out, text);
  if ("findings" in checked) throw new UsageError(`the imported catalog is invalid: ${checked.findings.map((f) => f.message).join("; ")}`);
  await writeAtomically(path.resolve(io.cwd, out), text);
  io.stderr.write(renderImportWarnings(warnings));
  io.stdout.write(
    renderImportSummary({
      out,
      providers: [...new Set(catalog.models.map((m) => m.provider))].sort(),
      models: catalog.models.length,
      importer: feed.importer,
      input,
      sourceDate,
      warnings: warnings.length,
    }),
  );
  return 0;
}

/** A book named on the command line, read on its own (not layered): "built-in" or a price book file. */
async function plainBook(io: Io, name: string): Promise<VerifyBook> {
  if (name === "built-in") return { label: "built-in", catalog: BUILTIN_LAYER.catalog };
  const loaded = await loadCatalogFile(io.cwd, name);
  if (!("layer" in loaded)) throw new UsageError(loaded.findings.map((f) => f.message).join("; "));
  return { label: name, catalog: loaded.layer.catalog };
}

export async function verify({ values, positionals }: Parsed<typeof VERIFY_OPTIONS>, io: Io): Promise<number> {
  const fmt = values.format;
  const tolerance = Number(values.tolerance);
  if (!Number.isFinite(tolerance) || tolerance < 0 || tolerance > 100)
    throw new UsageError(`--tolerance must be a percentage from 0 to 100, got "${values.tolerance}"`);
  if (positionals.length < 2) throw new UsageError("catalog verify needs at least two price books (files or built-in)");
  const books: VerifyBook[] = [];
  for (const name of positionals) books.push(await plainBook(io, name));
  const result = verifyBooks(books, tolerance);
  io.stdout.write(fmt === "json" ? jsonText(result) : renderVerify(result));
  return result.outdated ? 1 : 0;
}
