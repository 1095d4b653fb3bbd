import { execFileSync } from "node:child_process";
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { tempDir } from "./temp.js";

const GIT_SETTINGS = `[user]
	email = test@example.test
	name = Test
[commit]
	gpgsign = false
[maintenance]
	auto = false
`;

/** A real git repository in a temporary folder. */
export class TempRepo {
  readonly dir = tempDir("repo");

  constructor(init = true) {
    if (init) {
      // One process instead of four (each git costs a fork of the test worker): no sample hooks
      // copied, and the settings appended to the new config file. Without auto maintenance, a
      // commit does not start `git maintenance` in the background.
      this.git("init", "-q", "-b", "main", "--template=");
      appendFileSync(path.join(this.dir, ".git/config"), GIT_SETTINGS);
    }
  }

  git(...args: string[]): string {
    return execFileSync("git", args, { cwd: this.dir, encoding: "utf8" }).trim();
  }

  write(file: string, text: string | Uint8Array): this {
    const absolute = path.join(this.dir, file);
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, text);
    return this;
  }

  remove(file: string): this {
    rmSync(path.join(this.dir, file), { recursive: true, force: true });
    return this;
  }

  /** Commits everything and returns the commit id. */
  commit(message: string): string {
    this.git("add", "-A");
    this.git("commit", "-q", "--allow-empty", "-m", message);
    return this.git("rev-parse", "HEAD");
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The pull request scenario as examples/pr-scenario/demo.sh replays it: the base committed, the head in the work tree. */
export function prScenarioRepo(): TempRepo {
  const examples = path.join(import.meta.dirname, "../../examples/pr-scenario");
  const repo = new TempRepo();
  repo.write("ai-workloads.yaml", readFileSync(path.join(examples, "base.yaml")));
  repo.commit("base");
  repo.write("ai-workloads.yaml", readFileSync(path.join(examples, "head.yaml")));
  return repo;
}
