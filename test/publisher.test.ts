import { describe, expect, it } from "vitest";
import { publishSticky, PublishError, type PostedComment, type Publisher, type StickyOptions } from "../src/adapters/publish/publisher.js";

/**
 * The sticky-comment rules against an in-memory platform: what an Azure Repos or Bitbucket
 * adapter would have to provide is exactly this interface.
 */
function memoryPublisher(options: { me: string | null; maxBodyChars?: number; comments?: Array<{ body: string; author: string }> }) {
  let next = 1;
  const comments: PostedComment[] = (options.comments ?? []).map((c) => ({ id: String(next++), url: `mem://${next}`, ...c }));
  const calls: string[] = [];
  const publisher: Publisher = {
    platform: "Memory",
    where: "repo!1",
    maxBodyChars: options.maxBodyChars ?? 1000,
    hideVerb: "deleted",
    identity: async () => options.me,
    list: async () => {
      calls.push("list");
      return comments.map((c) => ({ ...c }));
    },
    create: async (body) => {
      if (body.length > publisher.maxBodyChars) throw new PublishError("HTTP 400: too long", 400);
      calls.push("create");
      const c = { id: String(next++), body, author: options.me ?? "someone", url: `mem://${next}` };
      comments.push(c);
      return c;
    },
    update: async (comment, body) => {
      calls.push(`update ${comment.id}`);
      const c = comments.find((x) => x.id === comment.id)!;
      c.body = body;
      return c;
    },
    hide: async (hidden) => {
      calls.push(`hide ${hidden.map((c) => c.id).join(",")}`);
      for (const h of hidden)
        comments.splice(
          comments.findIndex((c) => c.id === h.id),
          1,
        );
    },
  };
  return { publisher, comments, calls };
}

const MARK = "<!-- tokenbudget:. -->";
const sticky = (over: Partial<StickyOptions> = {}): StickyOptions => ({
  marker: ".",
  mode: "update",
  render: () => "report",
  worthAComment: true,
  log: () => {},
  ...over,
});

describe("publishSticky", () => {
  it("renders to fit the platform's limit, marker included", async () => {
    const { publisher, comments } = memoryPublisher({ me: "bot", maxBodyChars: 100 });
    const asked: number[] = [];
    await publishSticky(publisher, sticky({ render: (max) => (asked.push(max), "x".repeat(max)) }));
    expect(asked).toEqual([100 - MARK.length - 1]);
    expect(comments[0]!.body).toHaveLength(100);
    expect(comments[0]!.body.startsWith(`${MARK}\n`)).toBe(true);
  });

  it("ours is the newest comment that starts with the marker and is by the token's account", async () => {
    const { publisher, comments, calls } = memoryPublisher({
      me: "bot",
      comments: [
        { body: `${MARK}\nolder`, author: "bot" },
        { body: `> ${MARK}\nquoted`, author: "reviewer" },
        { body: `${MARK}\nother bot`, author: "other-bot" },
        { body: `${MARK}\nnewer`, author: "bot" },
        { body: `see ${MARK}`, author: "bot" },
      ],
    });
    expect(await publishSticky(publisher, sticky())).toEqual({ action: "updated", url: expect.any(String) });
    expect(calls).toEqual(["list", "update 4"]);
    expect(comments.map((c) => c.body)).toEqual([
      `${MARK}\nolder`,
      `> ${MARK}\nquoted`,
      `${MARK}\nother bot`,
      `${MARK}\nreport`,
      `see ${MARK}`,
    ]);
    // hide-and-new takes both of ours, and only ours.
    expect((await publishSticky(publisher, sticky({ mode: "hide-and-new", render: () => "again" }))).action).toBe("hidden-and-created");
    expect(calls.slice(2)).toEqual(["list", "hide 1,4", "create"]);
  });

  it("a quiet run keeps an existing comment current with the quiet body, whatever the mode, and starts none", async () => {
    const { publisher, comments, calls } = memoryPublisher({ me: "bot" });
    const quiet = sticky({ worthAComment: false, renderQuiet: () => "under the threshold" });
    expect(await publishSticky(publisher, { ...quiet, mode: "new" })).toEqual({ action: "skipped" });
    await publishSticky(publisher, sticky());
    expect((await publishSticky(publisher, { ...quiet, mode: "new" })).action).toBe("updated");
    expect(comments.map((c) => c.body)).toEqual([`${MARK}\nunder the threshold`]);
    expect((await publishSticky(publisher, quiet)).action).toBe("unchanged");
    expect(calls.filter((c) => c !== "list")).toEqual(["create", `update ${comments[0]!.id}`]);
  });

  it("an unknown identity lists nothing and edits nothing", async () => {
    const { publisher, calls } = memoryPublisher({ me: null, comments: [{ body: `${MARK}\nold`, author: "bot" }] });
    const result = await publishSticky(publisher, sticky({ mode: "hide-and-new" }));
    expect(result).toMatchObject({ action: "created", warning: expect.stringMatching(/could not tell which Memory account/) });
    expect(calls).toEqual(["create"]);
  });

  it("mode off makes no call; an API failure names the platform, the step and the pull request", async () => {
    const { publisher, calls } = memoryPublisher({ me: "bot", maxBodyChars: 10 });
    expect(await publishSticky(publisher, sticky({ mode: "off" }))).toEqual({ action: "skipped" });
    expect(calls).toEqual([]);
    // A renderer that ignores the limit is refused by the platform: the error says so.
    await expect(publishSticky(publisher, sticky({ render: () => "far too long for ten" }))).rejects.toThrow(
      "Memory API: creating the comment on repo!1 failed (HTTP 400: too long)",
    );
    await expect(publishSticky(publisher, sticky({ marker: "a --> b" }))).rejects.toThrow(/invalid comment marker/);
  });
});
