import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/adapters/git.ts
import { createRequire } from "node:module";
var childProcess = () => import("node:child_process");
var crypto;
var GitError = class extends Error {
  name = "GitError";
};
var GIT_TIMEOUT_MS = 12e4;
var MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
async function runGit(cwd, args, options = {}) {
  const { spawn } = await childProcess();
  const timeoutMs = options.timeoutMs ?? GIT_TIMEOUT_MS;
  return new Promise((resolve) => {
    const child = spawn("git", args, {
      cwd,
      stdio: ["pipe", "pipe", "pipe"],
      timeout: timeoutMs,
      killSignal: "SIGKILL",
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0" }
    });
    const chunks = [];
    let size = 0;
    let stderr = "";
    let problem;
    child.stdout.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_OUTPUT_BYTES) {
        problem ??= `git ${args[0]} wrote more than ${MAX_OUTPUT_BYTES} bytes`;
        child.kill("SIGKILL");
      } else chunks.push(chunk);
    });
    child.stderr.on("data", (chunk) => stderr += chunk.toString());
    child.stdin.on("error", () => void 0);
    child.on(
      "error",
      (error) => resolve({
        code: null,
        stdout: Buffer.alloc(0),
        stderr,
        problem: `git could not be run (${error.code ?? error.message})`
      })
    );
    child.on("exit", (_code, signal) => {
      if (signal)
        resolve({
          code: null,
          stdout: Buffer.alloc(0),
          stderr,
          problem: problem ?? `git ${args[0]} gave no answer within ${timeoutMs / 1e3} s`
        });
    });
    child.on(
      "close",
      (code) => resolve({ code: problem ? null : code, stdout: Buffer.concat(chunks), stderr, ...problem ? { problem } : {} })
    );
    child.stdin.end(options.input ?? "");
  });
}
async function git(cwd, args) {
  const result = await runGit(cwd, args);
  if (result.code !== 0) throw new GitError(result.problem ?? (result.stderr.trim().split("\n")[0] || `git ${args[0]} failed`));
  return result.stdout.toString("utf8");
}
var notARepository = (cwd) => new GitError(`${cwd} is not inside a git repository; --base needs one`);
var unknownRevision = (ref) => new GitError(`unknown revision "${ref}" (is it fetched? in CI use fetch-depth: 2 or fetch the base branch)`);
async function repoInfo(cwd) {
  const out = await git(cwd, ["rev-parse", "--show-toplevel", "--show-prefix"]).catch(() => {
    throw notARepository(cwd);
  });
  const [top = "", prefix = ""] = out.split("\n");
  return { top, prefix };
}
async function resolveInRepo(cwd, ref) {
  if (ref.startsWith("-") || ref.length === 0) throw new GitError(`"${ref}" is not a revision`);
  const run = await runGit(cwd, [
    "rev-parse",
    "--show-toplevel",
    "--show-prefix",
    "--verify",
    "--quiet",
    "--end-of-options",
    `${ref}^{commit}`
  ]);
  const [top = "", prefix, commit = ""] = run.stdout.toString("utf8").split("\n");
  if (prefix === void 0) throw run.problem ? new GitError(run.problem) : notARepository(cwd);
  if (run.code !== 0 || !commit) throw run.problem ? new GitError(run.problem) : unknownRevision(ref);
  return { repo: { top, prefix }, commit };
}
async function listTree(cwd, commit, prefix) {
  const args = ["ls-tree", "-r", "-l", "-z", "--full-tree", commit];
  if (prefix) args.push("--", prefix);
  const out = await git(cwd, args);
  const entries = [];
  for (const record of out.split("\0")) {
    if (!record) continue;
    const tab = record.indexOf("	");
    const [mode = "", type, blob = "", size = "0"] = record.slice(0, tab).split(/ +/);
    if (type !== "blob") continue;
    entries.push({ path: record.slice(tab + 1).slice(prefix.length), blob, mode, size: Number(size) });
  }
  return entries;
}
async function readBlobs(cwd, blobs) {
  const wanted = [...new Set(blobs)];
  if (wanted.length === 0) return /* @__PURE__ */ new Map();
  const run = await runGit(cwd, ["cat-file", "--batch"], { input: `${wanted.join("\n")}
` });
  if (run.code !== 0) throw new GitError(run.problem ?? `git cat-file failed: ${run.stderr.trim()}`);
  const out = run.stdout;
  const result = /* @__PURE__ */ new Map();
  let offset = 0;
  for (const blob of wanted) {
    const newline = out.indexOf(10, offset);
    const header = out.subarray(offset, newline).toString();
    const [, type, size] = header.split(" ");
    offset = newline + 1;
    if (type === "missing" || size === void 0) continue;
    const length = Number(size);
    result.set(blob, out.subarray(offset, offset + length));
    offset += length + 1;
  }
  return result;
}
async function listWorkTree(cwd, trackedOnly) {
  const staged = await git(cwd, ["ls-files", "-z", "--stage"]).catch(() => void 0);
  if (staged === void 0) return void 0;
  const files = /* @__PURE__ */ new Map();
  for (const record of staged.split("\0")) {
    const tab = record.indexOf("	");
    if (tab > 0) files.set(record.slice(tab + 1), { path: record.slice(tab + 1), link: record.startsWith("120000 ") });
  }
  if (!trackedOnly) {
    const others = await git(cwd, ["ls-files", "-z", "--others", "--exclude-standard"]);
    for (const file of others.split("\0")) if (file && !files.has(file)) files.set(file, { path: file });
  }
  return [...files.values()];
}
function blobId(bytes) {
  crypto ??= createRequire(import.meta.url)("node:crypto");
  return crypto.createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

// src/core/scan/declared.ts
var key = (m) => `${m.provider.toLowerCase()}\0${m.model.toLowerCase()}`;
function declaredModels(manifests) {
  return manifests.flatMap(
    (m) => m.workloads.map((w) => ({ file: w.file, line: (w.at.model ?? w).line, workload: w.name, provider: w.provider, model: w.model }))
  );
}
function crossCheck(uses, declared, index) {
  const declaredKeys = /* @__PURE__ */ new Map();
  for (const d of declared) {
    const k = key(index.find(d.provider, d.model) ?? d);
    declaredKeys.set(k, [...declaredKeys.get(k) ?? [], d]);
  }
  const used = new Set(uses.map(key));
  return {
    uses: uses.map((u) => ({ ...u, declared: declaredKeys.has(key(u)) })),
    unused: [...declaredKeys].filter(([k]) => !used.has(k)).flatMap(([, ds]) => ds)
  };
}
function strictestSetting(manifests) {
  const settings = new Set(manifests.map((m) => m.policy.undeclaredModels));
  return settings.has("error") ? "error" : settings.has("warning") ? "warning" : "off";
}
function addedUses(head, base) {
  if (!base) return new Set(head);
  const remaining = /* @__PURE__ */ new Map();
  for (const uses of base.values()) {
    for (const u of uses) {
      const k = `${u.file}\0${key(u)}`;
      remaining.set(k, (remaining.get(k) ?? 0) + 1);
    }
  }
  const added = /* @__PURE__ */ new Set();
  for (const u of head) {
    const k = `${u.file}\0${key(u)}`;
    const left = remaining.get(k) ?? 0;
    if (left > 0) remaining.set(k, left - 1);
    else added.add(u);
  }
  return added;
}
function describe(u) {
  if (!u.known) return `unknown model ${u.text} (no price book knows it)`;
  return `${u.provider} model ${u.text}${u.text === u.model ? "" : ` (${u.model})`}`;
}
function undeclaredFindings(uses, added, setting, countTests = false) {
  return uses.filter((u) => !u.declared).map((u) => {
    const isNew = added.has(u);
    const counted = isNew && (countTests || !u.test);
    const why = !isNew ? " (already so at the base, so not failed)" : counted ? "" : " (in test code, so not failed)";
    return {
      severity: counted ? setting : "notice",
      rule: "model.undeclared",
      message: `${describe(u)} is used here and no manifest declares it${why}`,
      file: u.file,
      line: u.line,
      col: u.col,
      model: `${u.provider}/${u.model}`
    };
  });
}

// src/adapters/fs.ts
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync
} from "node:fs";
import path from "node:path";
function attempt(f) {
  try {
    return f();
  } catch {
    return void 0;
  }
}
var lstatOf = (p) => attempt(() => lstatSync(p));
var realpathOf = (p) => attempt(() => realpathSync.native(p));
var DEFAULT_PATTERN = "**/ai-workloads.{yaml,yml}";
var IGNORE = ["**/node_modules/**", "**/.git/**"];
var MANIFEST_NAME = /^ai-workloads\.ya?ml$/;
function toPosix(p) {
  return p.split(path.sep).join("/");
}
function isGlob(p) {
  return p.includes("\\") || /[*?]|^!/.test(p) || /\[[^[]*]/.test(p) || /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/.test(p) || /[!*+?@]\([^(]*\)/.test(p) || /\{[^{}]*(?:,|\.\.)[^{}]*\}/.test(p);
}
function walk(dir, found, problems, cwd) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") return;
    problems.push({
      file: toPosix(path.relative(cwd, dir)) || ".",
      problem: { rule: "input.unreadable", message: `directory cannot be read (${code ?? "unknown error"})` }
    });
    return;
  }
  for (const entry of entries) {
    if (MANIFEST_NAME.test(entry.name)) found.push(path.join(dir, entry.name));
    if (entry.isDirectory() && entry.name !== ".git" && entry.name !== "node_modules")
      walk(path.join(dir, entry.name), found, problems, cwd);
  }
}
function label(cwd, absolute, written) {
  const rel = path.relative(cwd, absolute);
  return toPosix(path.isAbsolute(written) && outside(rel) ? absolute : rel);
}
async function discover(cwd, inputs, root = cwd) {
  const found = /* @__PURE__ */ new Map();
  const add = (d) => {
    if (!found.has(d.file)) found.set(d.file, d);
  };
  const realRoot = realpathOf(root) ?? root;
  const classify = (file) => classified(file, checkUnderRoot(root, realRoot, path.resolve(cwd, file)));
  const glob = async (patterns, base) => {
    const { default: fg } = await import("./out-BTVLLEGY.js");
    const entries = await fg(patterns, {
      cwd: base,
      ignore: IGNORE,
      followSymbolicLinks: false,
      onlyFiles: false,
      dot: true,
      unique: true
    });
    for (const entry of entries) add(classify(label(cwd, path.resolve(base, entry), entry)));
  };
  const manifestsBelow = (base, written) => {
    const files = [];
    const problems = [];
    walk(base, files, problems, cwd);
    for (const file of files) add(classify(label(cwd, file, written)));
    for (const d of problems) add(d);
  };
  if (inputs.length === 0) manifestsBelow(cwd, ".");
  for (const input of inputs) {
    if (isGlob(input)) {
      await glob([toPosix(input)], cwd);
      continue;
    }
    const absolute = path.resolve(cwd, input);
    const info = lstatOf(absolute);
    if (info?.isDirectory()) {
      const real = realpathOf(absolute) ?? absolute;
      if (outside(path.relative(realRoot, real)) || outside(path.relative(root, absolute)))
        add({ file: toPosix(input), problem: { rule: "input.outside-root", message: OUTSIDE_RUN } });
      else manifestsBelow(absolute, input);
    } else
      add(
        info ? classify(label(cwd, absolute, input)) : { file: toPosix(input), problem: { rule: "input.not-found", message: "no such file or directory" } }
      );
  }
  return [...found.values()].sort((a, b) => a.file.localeCompare(b.file));
}
function classified(file, resolved) {
  if (!("problem" in resolved)) return { file };
  const { problem } = resolved;
  return { file, problem: problem.rule === "input.directory" ? { ...problem, message: "is a directory, not a manifest file" } : problem };
}
var outside = (rel) => rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
var inGit = (rel) => rel.split(path.sep).includes(".git");
var OUTSIDE_RUN = "is outside this run's repository; name the paths of one repository per run";
function gitTop(dir) {
  for (let at = dir; ; at = path.dirname(at)) {
    if (!lstatOf(at)?.isSymbolicLink() && lstatOf(path.join(at, ".git"))) return at;
    if (path.dirname(at) === at) return void 0;
  }
}
function repositoryRoot(cwd, dir) {
  const absolute = path.resolve(cwd, dir);
  return gitTop(absolute) ?? (outside(path.relative(cwd, absolute)) ? absolute : cwd);
}
function resolveOperatorPath(cwd, written) {
  const absolute = path.resolve(cwd, written);
  const root = repositoryRoot(cwd, path.dirname(absolute));
  return Promise.resolve(checkUnderRoot(root, realpathOf(root) ?? root, absolute));
}
function resolveUnderRoot(root, written, from = root) {
  const refuse = (message) => Promise.resolve({ problem: { rule: "input.outside-root", message } });
  if (path.isAbsolute(written)) return refuse("must be a path inside the repository, not an absolute path");
  const absolute = path.resolve(root, from, written);
  if (outside(path.relative(root, absolute))) return refuse("points outside the repository");
  return Promise.resolve(checkUnderRoot(root, realpathOf(root) ?? root, absolute));
}
function checkUnderRoot(root, realRoot, absolute) {
  const refuse = (rule, message) => ({ problem: { rule, message } });
  const rel = path.relative(root, absolute);
  if (outside(rel)) return refuse("input.outside-root", OUTSIDE_RUN);
  if (inGit(rel)) return refuse("input.git-dir", "is inside .git, which is never read as data");
  const info = lstatOf(absolute);
  const real = realpathOf(absolute);
  if (!real) {
    return info?.isSymbolicLink() ? refuse(
      "input.symlink",
      "is a symbolic link that cannot be resolved (a loop or a missing target); tokenbudget does not follow links"
    ) : refuse("input.not-found", "no such file or directory");
  }
  const realRel = path.relative(realRoot, real);
  if (outside(realRel)) return refuse("input.outside-root", "resolves outside the repository (through a symbolic link)");
  if (inGit(realRel)) return refuse("input.git-dir", "is inside .git, which is never read as data");
  if (info?.isSymbolicLink()) {
    return refuse(
      "input.symlink",
      `is a symbolic link (to ${toPosix(realRel)}); tokenbudget does not follow links, list the real file instead`
    );
  }
  const target = real === absolute ? info : attempt(() => statSync(real));
  if (!target) return refuse("input.not-found", "no such file or directory");
  if (target.isDirectory()) return refuse("input.directory", "is a directory, not a file");
  if (!target.isFile()) return refuse("input.not-a-file", "is not a regular file");
  return { absolute: real };
}
function readCapped(absolute, maxBytes) {
  return Promise.resolve(readCappedSync(absolute, maxBytes));
}
function readCappedSync(absolute, maxBytes) {
  try {
    const fd = openSync(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const info = fstatSync(fd);
      if (!info.isFile()) return { problem: { rule: "input.not-a-file", message: "is not a regular file" } };
      if (info.size > maxBytes) {
        return {
          problem: {
            rule: "input.too-large",
            message: `file is ${info.size} bytes, over the ${maxBytes}-byte limit (raise it with --max-file-bytes)`
          }
        };
      }
      const buffer = Buffer.allocUnsafe(Math.min(info.size, maxBytes) + 1);
      const bytesRead = readSync(fd, buffer, 0, buffer.length, 0);
      return { bytes: buffer.subarray(0, bytesRead) };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = error.code;
    const message = code === "EACCES" || code === "EPERM" ? "cannot be read: permission denied" : code === "ENOENT" ? "no such file or directory" : code === "EISDIR" ? "is a directory, not a file" : `cannot be read (${code ?? "unknown error"})`;
    return { problem: { rule: "input.unreadable", message } };
  }
}
async function resolveInside(root, manifestFile, relative) {
  const resolved = await resolveUnderRoot(root, relative, path.resolve(root, path.dirname(manifestFile)));
  return "problem" in resolved ? { problem: resolved.problem.message } : resolved;
}

// src/core/suggest.ts
function editDistance(a, b) {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  let distance = t.length;
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let left = i;
    let diagonal = i - 1;
    for (const [k, above] of previous.slice(1).entries()) {
      left = Math.min(above + 1, left + 1, diagonal + (s[i - 1] === t[k] ? 0 : 1));
      diagonal = above;
      current.push(left);
    }
    previous = current;
    distance = left;
  }
  return distance;
}
function closest(input, candidates, limit = 3) {
  const needle = input.toLowerCase();
  const scored = [];
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    const distance = editDistance(needle, hay);
    const contains = Math.min(needle.length, hay.length) >= 4 && (hay.includes(needle) || needle.includes(hay));
    if (distance <= Math.max(2, Math.floor(needle.length / 3)) || contains) {
      scored.push({ candidate, score: contains ? Math.min(distance, Math.abs(hay.length - needle.length)) : distance });
    }
  }
  scored.sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate));
  return scored.slice(0, limit).map((s) => s.candidate);
}
function didYouMean(input, candidates) {
  const [best] = closest(input, candidates, 1);
  return best ? ` (did you mean "${best}"?)` : "";
}

// src/core/collections.ts
function isNonEmpty(list) {
  return list.length > 0;
}

// src/core/prices/resolve.ts
var RESELLERS = /* @__PURE__ */ new Set(["bedrock", "azure", "vertex", "openrouter"]);
var PREFIXES = /* @__PURE__ */ new Map([
  ["openai", "openai"],
  ["azure", "azure"],
  ["azure_ai", "azure"],
  ["anthropic", "anthropic"],
  ["google", "google"],
  ["gemini", "google"],
  ["google_genai", "google"],
  ["google-genai", "google"],
  ["models", "google"],
  ["vertex_ai", "vertex"],
  ["vertex", "vertex"],
  ["google-vertex", "vertex"],
  ["together_ai", "together"],
  ["together", "together"],
  ["togetherai", "together"],
  ["bedrock", "bedrock"],
  ["bedrock_converse", "bedrock"],
  ["amazon-bedrock", "bedrock"],
  ["mistral", "mistral"],
  ["mistralai", "mistral"],
  ["deepseek", "deepseek"],
  ["xai", "xai"],
  ["x-ai", "xai"],
  ["cohere", "cohere"],
  ["cohere_chat", "cohere"],
  ["groq", "groq"],
  ["fireworks_ai", "fireworks"],
  ["fireworks", "fireworks"],
  ["perplexity", "perplexity"],
  ["openrouter", void 0]
]);
var BEDROCK_VENDORS = /* @__PURE__ */ new Map([
  ["anthropic", "anthropic"],
  ["meta", void 0],
  ["amazon", void 0],
  ["mistral", "mistral"],
  ["cohere", "cohere"],
  ["ai21", void 0],
  ["deepseek", "deepseek"],
  ["openai", "openai"],
  ["qwen", void 0],
  ["writer", void 0]
]);
var BEDROCK_REGION = /^(?:us|eu|apac|ap|au|ca|jp|us-gov|global)\./;
var BEDROCK_ID = /^([a-z0-9-]+)\.([a-z0-9][a-z0-9.\-_]*?)(?:-v\d+(?::\d+)?)?(?::\d+k?)?$/;
var SNAPSHOT = /(?:[-@](?:\d{4}-\d{2}-\d{2}|\d{8}|\d{4}|latest|\d{3}))$/;
var MAX_SPELLING = 300;
var fold = (name) => name.toLowerCase().replace(/[._]/g, "-");
function push(map, key2, entry) {
  const list = map.get(key2);
  if (!list) map.set(key2, [entry]);
  else if (!list.some((e) => e.provider === entry.provider && e.id === entry.id)) list.push(entry);
}
var NameIndex = class {
  layers;
  byProvider = /* @__PURE__ */ new Map();
  everywhere;
  constructor(layers) {
    this.layers = layers;
  }
  /** The names of one provider's models, or of every provider's when `provider` is undefined. */
  names(provider) {
    if (provider === void 0) return this.everywhere ??= this.build(void 0);
    let names = this.byProvider.get(provider);
    if (!names) this.byProvider.set(provider, names = this.build(provider));
    return names;
  }
  build(provider) {
    const winners = /* @__PURE__ */ new Map();
    for (const { origin, catalog } of this.layers) {
      for (const model of catalog.models) {
        const owner = model.provider.toLowerCase();
        if (provider !== void 0 && owner !== provider) continue;
        const entry = { provider: owner, id: model.id, model, origin };
        for (const name of [model.id, ...model.aliases ?? []]) winners.set(`${owner}\0${name.toLowerCase()}`, entry);
      }
    }
    const names = { exact: /* @__PURE__ */ new Map(), folded: /* @__PURE__ */ new Map() };
    for (const [key2, entry] of winners) {
      const name = key2.slice(key2.indexOf("\0") + 1);
      push(names.exact, name, entry);
      push(names.folded, fold(name), entry);
    }
    return names;
  }
};
function buildNameIndex(layers) {
  return new NameIndex(layers);
}
function stripPrefixes(form, given) {
  const forms = [form];
  let current = form;
  for (let i = 0; i < 3; i++) {
    const cut = current.name.search(/[/:]/);
    if (cut <= 0) break;
    const prefix = current.name.slice(0, cut).toLowerCase();
    if (!PREFIXES.has(prefix)) break;
    const implied = PREFIXES.get(prefix);
    if (given !== void 0 && implied !== void 0 && implied !== given && !RESELLERS.has(given) && !RESELLERS.has(implied)) break;
    current = { name: current.name.slice(cut + 1), provider: given ?? implied ?? current.provider, rules: [...current.rules, "prefix"] };
    forms.push(current);
  }
  return forms;
}
function platformForms(form) {
  const out = [];
  const lower = form.name.toLowerCase();
  const regionless = lower.replace(BEDROCK_REGION, "");
  const [bedrock, vendor, model] = BEDROCK_ID.exec(regionless) ?? [];
  if (bedrock !== void 0 && vendor !== void 0 && model !== void 0 && BEDROCK_VENDORS.has(vendor)) {
    const provider = form.provider ?? "bedrock";
    const rules = [...form.rules, "bedrock-id"];
    out.push({ name: lower, provider, rules });
    if (regionless !== lower) out.push({ name: regionless, provider, rules });
    const maker = provider === "bedrock" ? BEDROCK_VENDORS.get(vendor) : provider;
    if (maker !== void 0) out.push({ name: model, provider: maker, rules: [...rules, "maker"] });
  }
  const at = lower.indexOf("@");
  if (at > 0) {
    const provider = form.provider ?? "vertex";
    const rules = [...form.rules, "vertex-id"];
    const base = lower.slice(0, at).replace(/-v\d+$/, "");
    out.push({ name: lower, provider, rules });
    out.push({ name: `${lower.slice(0, at)}-${lower.slice(at + 1)}`, provider, rules });
    out.push({ name: `${base}-${lower.slice(at + 1)}`, provider, rules });
    out.push({ name: base, provider, rules: [...rules, "dated-snapshot"] });
  }
  return out;
}
function snapshotForms(form) {
  const out = [{ name: `${form.name}-latest`, provider: form.provider, rules: [...form.rules, "dated-snapshot"] }];
  let name = form.name;
  for (let i = 0; i < 2; i++) {
    const base = name.replace(SNAPSHOT, "");
    if (base === name || base.length < 2) break;
    name = base;
    out.push({ name, provider: form.provider, rules: [...form.rules, "dated-snapshot"] });
  }
  return out;
}
function pick(entries, provider, resellers) {
  if (!entries) return [];
  if (provider !== void 0) return entries.filter((e) => e.provider === provider);
  return resellers ? entries : entries.filter((e) => !RESELLERS.has(e.provider));
}
var refOf = ({ provider, id }) => ({ provider, id });
function answer(hits, rules) {
  const [hit, ...others] = hits;
  if (others.length === 0) {
    return {
      kind: "found",
      provider: hit.provider,
      id: hit.id,
      model: hit.model,
      origin: hit.origin,
      rules: rules.length > 0 ? rules : ["exact"]
    };
  }
  return { kind: "ambiguous", candidates: [refOf(hit), ...others.map(refOf)], rules };
}
function lookup(index, form, resellers = false) {
  const names = index.names(form.provider);
  const exact = pick(names.exact.get(form.name.toLowerCase()), form.provider, resellers);
  if (isNonEmpty(exact)) {
    const [{ model }, ...others] = exact;
    const cased = others.length === 0 && model.id !== form.name && !(model.aliases ?? []).includes(form.name);
    return answer(exact, cased && form.rules.length === 0 ? ["case"] : form.rules);
  }
  const folded = pick(names.folded.get(fold(form.name)), form.provider, resellers);
  if (isNonEmpty(folded)) return answer(folded, [...form.rules, "dots-dashes"]);
  return void 0;
}
function resolveModel(index, spelling, provider) {
  const name = spelling.trim();
  if (name.length === 0 || name.length > MAX_SPELLING) return { kind: "unknown" };
  const given = provider?.toLowerCase();
  const start = { name, provider: given, rules: [] };
  const prefixed = stripPrefixes(start, given);
  const readings = [];
  for (const form of [...prefixed].reverse()) {
    readings.push(form);
    const platform = platformForms(form);
    readings.push(...platform);
    for (const f of [form, ...platform]) readings.push(...snapshotForms(f));
  }
  readings.sort((a, b) => a.rules.length - b.rules.length);
  for (const form of readings) {
    const found = lookup(index, form);
    if (found) return found;
    if (form.provider !== void 0 && RESELLERS.has(form.provider)) {
      const maker = lookup(index, { ...form, provider: void 0, rules: [...form.rules, "maker"] });
      if (maker) return maker;
    }
  }
  for (const form of readings) {
    const found = form.provider === void 0 ? lookup(index, form, true) : void 0;
    if (found) return found;
  }
  return { kind: "unknown" };
}

export {
  DEFAULT_PATTERN,
  toPosix,
  discover,
  resolveOperatorPath,
  resolveUnderRoot,
  readCapped,
  resolveInside,
  runGit,
  repoInfo,
  resolveInRepo,
  listTree,
  readBlobs,
  listWorkTree,
  blobId,
  closest,
  didYouMean,
  declaredModels,
  crossCheck,
  strictestSetting,
  addedUses,
  undeclaredFindings,
  NameIndex,
  buildNameIndex,
  resolveModel
};
