import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  addedUses,
  blobId,
  buildNameIndex,
  closest,
  crossCheck,
  declaredModels,
  listWorkTree,
  readCapped,
  resolveModel,
  toPosix,
  undeclaredFindings
} from "./chunk-2IK5AYSC.js";
import {
  __commonJS,
  __toESM
} from "./chunk-LZQXQOPJ.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH2 = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key2, value) => {
      Object.defineProperty(object, key2, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH2 && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH2
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH2
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH2 ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH2) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH2);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path3) => {
      const end = path3.length - 1;
      const index = path3.lastIndexOf(
        SLASH2,
        path3[end] === SLASH2 ? end - 1 : end
      );
      return index < 0 ? path3 : path3.slice(index + 1);
    };
    var parentOf = (path3) => {
      if (path3.charCodeAt(0) === SLASH_CODE || path3.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path3.split(SLASH2).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH2) + SLASH2 : EMPTY;
      }
      const end = path3.length - 1;
      const cut = path3.lastIndexOf(
        SLASH2,
        path3.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path3.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key2 = UNDERSCORE + MODE_IGNORE;
        if (this[key2]) {
          return this[key2];
        }
        return this._make(MODE_IGNORE, key2);
      }
      get checkRegex() {
        const key2 = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key2]) {
          return this[key2];
        }
        return this._make(MODE_CHECK_IGNORE, key2);
      }
      _make(mode, key2) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key2, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd2 = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd2 - 1] === "\r") {
          lineEnd2--;
        }
        end = lineEnd2;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd2 = end - 1;
      }
      if (end === lineEnd2) {
        return body.slice(0, lineEnd2);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path3) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH2 ? 2 : 1)] === "*"
        ));
        let ignored2 = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path3)) {
            ignored2 = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored: ignored2,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path3, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path3) : path3;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path3
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path3, originalPath, doThrow) => {
      if (!isString(path3)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path3) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path3)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path3) => {
      const first = path3.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path3.length === 1) {
        return true;
      }
      const second = path3.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path3.length === 2 || path3.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path3) {
        checkPath(
          path3,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path3 ? this._t(path3, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path3 = convertPath(target);
        if (!path3 || path3.charCodeAt(path3.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path3);
        }
        const dir = this._t(path3, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path3);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path3, cache) {
        const cached = cache[path3];
        if (cached) {
          return cached;
        }
        const parentPath = parentOf(path3);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path3] = parent && parent.ignored ? parent : this._rules.test(path3, MODE_IGNORE);
      }
      ignores(path3) {
        return this._test(path3, this._ignoreCache, convertPath(path3)).ignored;
      }
      createFilter() {
        return (path3) => !this.ignores(path3);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path3) {
        return this._test(path3, this._testCache, convertPath(path3));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path3) => checkPath(convertPath(path3), path3, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path3) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path3) || isNotRelative(path3);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/adapters/sources.ts
var import_ignore = __toESM(require_ignore(), 1);
import { lstat, opendir, readFile, realpath } from "node:fs/promises";
import path from "node:path";

// src/core/scan/keys.ts
function words(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
var MAX_KEY_CHARS = 64;
function isModelKey(name) {
  if (name.length > MAX_KEY_CHARS || !/model|deployment|engine/i.test(name)) return false;
  const w = words(name);
  const last = w[w.length - 1];
  const before = w[w.length - 2];
  if (last === "model" || (last === "name" || last === "id") && before === "model") return true;
  if (last === "deployment" || (last === "name" || last === "id") && before === "deployment") return true;
  return last === "engine" && w.length === 1;
}
function isModelListKey(name) {
  if (name.length > MAX_KEY_CHARS || !/model/i.test(name)) return false;
  const w = words(name);
  const last = w[w.length - 1];
  return last === "models" || w[w.length - 2] === "model" && (last === "list" || last === "ids" || last === "names" || last === "options" || last === "choices");
}
function isIdKey(name) {
  return name === "id" || name === "name" || name === "default" || name === "value" || name === "model_id" || name === "modelId";
}

// src/core/scan/lex.ts
var SLASH = 47;
var STAR = 42;
var HASH = 35;
var DQUOTE = 34;
var SQUOTE = 39;
var BACKTICK = 96;
var BACKSLASH = 92;
var NEWLINE = 10;
var EQUALS = 61;
var DOLLAR = 36;
var LBRACE = 123;
var RBRACE = 125;
var MAX_TEMPLATE_DEPTH = 16;
function lineEnd(text, from) {
  const e = text.indexOf("\n", from);
  return e < 0 ? text.length : e;
}
function quotedEnd(text, open, quote, multiline) {
  const n = text.length;
  for (let i = open + 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === quote) return i + 1;
    else if (c === NEWLINE && !multiline) return i;
  }
  return n;
}
function templateEnd(text, open, depth) {
  const n = text.length;
  let interpolated = false;
  for (let i = open + 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === BACKTICK) return { end: i + 1, interpolated };
    else if (c === DOLLAR && text.charCodeAt(i + 1) === LBRACE) {
      interpolated = true;
      let braces = 1;
      for (i += 2; i < n && braces > 0; i++) {
        const d = text.charCodeAt(i);
        if (d === LBRACE) braces++;
        else if (d === RBRACE) braces--;
        else if (d === DQUOTE || d === SQUOTE) i = quotedEnd(text, i, d, false) - 1;
        else if (d === BACKTICK && depth < MAX_TEMPLATE_DEPTH) i = templateEnd(text, i, depth + 1).end - 1;
      }
      i--;
    }
  }
  return { end: n, interpolated };
}
function starts(syntax) {
  const chars = ['"', "'"];
  if (syntax.slash) chars.push("/");
  if (syntax.hash) chars.push("#");
  if (syntax.backtick !== "none") chars.push("`");
  if (syntax.rubyBlock) chars.push("=");
  return new RegExp(`[${chars.map((c) => `\\${c}`).join("")}]`, "g");
}
function lex(text, syntax) {
  const spans = [];
  const n = text.length;
  const comment = (start, end) => spans.push({ kind: "comment", start, end, valueStart: start, valueEnd: end });
  const next = starts(syntax);
  for (let i = 0; i < n; ) {
    next.lastIndex = i;
    if (!next.exec(text)) break;
    i = next.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === SLASH && syntax.slash) {
      const d = text.charCodeAt(i + 1);
      if (d === SLASH) {
        const e = lineEnd(text, i);
        comment(i, e);
        i = e;
        continue;
      }
      if (d === STAR) {
        const close = text.indexOf("*/", i + 2);
        const e = close < 0 ? n : close + 2;
        comment(i, e);
        i = e;
        continue;
      }
    } else if (c === HASH && syntax.hash) {
      const e = lineEnd(text, i);
      comment(i, e);
      i = e;
      continue;
    } else if (c === DQUOTE || c === SQUOTE) {
      if (syntax.triple && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c) {
        const delimiter = c === DQUOTE ? '"""' : "'''";
        let close = i + 3;
        for (; ; ) {
          close = text.indexOf(delimiter, close);
          if (close < 0 || text.charCodeAt(close - 1) !== BACKSLASH) break;
          close++;
        }
        const e2 = close < 0 ? n : close + 3;
        spans.push({ kind: "opaque", start: i, end: e2, valueStart: i + 3, valueEnd: Math.max(i + 3, e2 - 3) });
        i = e2;
        continue;
      }
      const e = quotedEnd(text, i, c, syntax.multilineQuotes);
      const closed = text.charCodeAt(e - 1) === c && e - 1 > i;
      spans.push({ kind: "literal", start: i, end: e, valueStart: i + 1, valueEnd: closed ? e - 1 : e });
      i = e;
      continue;
    } else if (c === BACKTICK && syntax.backtick !== "none") {
      if (syntax.backtick === "raw") {
        const close = text.indexOf("`", i + 1);
        const e = close < 0 ? n : close + 1;
        spans.push({ kind: "literal", start: i, end: e, valueStart: i + 1, valueEnd: close < 0 ? n : close });
        i = e;
      } else {
        const { end, interpolated } = templateEnd(text, i, 0);
        spans.push({ kind: interpolated ? "opaque" : "literal", start: i, end, valueStart: i + 1, valueEnd: Math.max(i + 1, end - 1) });
        i = end;
      }
      continue;
    } else if (c === EQUALS && syntax.rubyBlock && (i === 0 || text.charCodeAt(i - 1) === NEWLINE) && text.startsWith("=begin", i)) {
      const close = text.indexOf("\n=end", i);
      const e = close < 0 ? n : lineEnd(text, close + 1);
      comment(i, e);
      i = e;
      continue;
    }
    i++;
  }
  return spans;
}
function codeBefore(text, spans, index, from, to = spans[index]?.start ?? text.length) {
  let first = index;
  while (first > 0 && (spans[first - 1]?.end ?? 0) > from) first--;
  let out = "";
  let at = from;
  for (const s of spans.slice(first, index)) {
    const start = Math.max(s.start, from);
    out += text.slice(at, start);
    out += s.kind === "comment" ? " ".repeat(s.end - start) : start === s.start ? `"${" ".repeat(Math.max(0, s.end - s.start - 2))}"` : " ".repeat(s.end - start);
    at = s.end;
  }
  return out + text.slice(at, to);
}

// src/core/scan/code.ts
var FACTORIES = /* @__PURE__ */ new Set([
  "openai",
  "anthropic",
  "togetherai",
  "together",
  "google",
  "vertex",
  "azure",
  "gemini",
  "mistral",
  "groq",
  "xai",
  "deepseek",
  "bedrock",
  "cohere",
  "fireworks",
  "perplexity"
]);
var MODEL_CALLS = /* @__PURE__ */ new Set([
  "init_chat_model",
  "initChatModel",
  "Agent",
  "completion",
  "acompletion",
  "text_completion",
  "generateContent",
  "generateContentStream",
  "GenerateContent",
  "GenerateContentStream",
  "CreateAssistant",
  "CreateAssistantAsync",
  "GetChatClient",
  "GetResponsesClient",
  "GetOpenAIResponseClient",
  "CreateResponse",
  "CreateResponseAsync",
  "CreateResponseStreaming",
  "CreateResponseStreamingAsync",
  "CreateResponseOptions"
]);
var PROVIDER_METHODS = /* @__PURE__ */ new Set(["chat", "responses", "completion", "messages", "embedding"]);
var MODEL_CLASS = /(openai|anthropic|claude|gemini|google|vertex|together|bedrock|groq|mistral|cohere|deepseek|xai|grok|fireworks|perplexity|litellm|azure|llm|chat|model|chatclient)$/i;
var IDENT = "[A-Za-z_$][\\w$]*";
var KEY_ASSIGN = new RegExp(`(${IDENT})[ \\t]*(?::=|=>|=|:)[ \\t]*$`);
var TYPED_ASSIGN = new RegExp(
  `(${IDENT})\\??[ \\t]*:[ \\t]*[A-Za-z_][\\w.]*(?:\\[[^\\]\\n]*\\]|<[^>\\n]*>)?(?:[ \\t]*\\|[ \\t]*[A-Za-z_][\\w.]*)*[ \\t]*=[ \\t]*$`
);
var DECLARED = new RegExp(`\\b(?:var|const|param)[ \\t]+(${IDENT})(?:[ \\t]+[A-Za-z_][\\w.]*)?[ \\t]*=[ \\t]*$`);
var STRING_DECLARED = new RegExp(`\\b(?:String|string)[ \\t]+(${IDENT})[ \\t]*=[ \\t]*$`);
var FALLBACK = new RegExp(`(${IDENT})[ \\t]*(?:\\?\\?|\\|\\|)[ \\t]*$`);
var CALL = new RegExp(`(${IDENT}(?:\\s*\\.\\s*${IDENT})*)\\s*\\(\\s*(?:(?:ctx|context)\\s*,\\s*)?$`);
var TARGET_TYPED_NEW = new RegExp(`(${IDENT})(?:<[^>\\n]*>)?[ \\t]+${IDENT}[ \\t]*=[ \\t]*new[ \\t]*$`);
var LITERAL_TYPE = new RegExp(`(${IDENT})[ \\t]*:[ \\t]*(?:typing\\.)?Literal[ \\t]*$`);
var RSPEC_LET = /\blet!?\s*\(\s*:(\w+)\s*\)\s*$/;
var AFTER_KEY = /^\s*(?:\]?[ \t]*(?::|=>|=|,|to)|[)\]][ \t]*(?:or|\|\||\?\?))\s*$/;
var OTHER_BRANCH = /^(?:\s+if\s[^\n]*\selse\s+|\s*(?::|\|\||\?\?|or)\s*)$/;
var TERNARY = new RegExp(`(${IDENT})[ \\t]*(?::=|=|:)[ \\t]*[\\w$.!()\\[\\] \\t&|<>=]*?\\?[ \\t]*$`);
var CONSTANT = new RegExp(`(${IDENT})[ \\t]*(?::[ \\t]*[A-Za-z_][\\w.]*[ \\t]*)?(?::=|=)[ \\t]*$`);
function keyOf(pattern, before) {
  return pattern.exec(before)?.[1];
}
function assignedKey(before, last) {
  if (last === "=")
    return keyOf(TYPED_ASSIGN, before) ?? keyOf(DECLARED, before) ?? keyOf(STRING_DECLARED, before) ?? keyOf(KEY_ASSIGN, before);
  if (last === ":" || last === ">") return keyOf(KEY_ASSIGN, before);
  if (last === "?") return keyOf(FALLBACK, before) ?? keyOf(TERNARY, before);
  if (last === "|") return keyOf(FALLBACK, before);
  return void 0;
}
function modelKeyAssigned(before, last) {
  const key2 = assignedKey(before, last);
  return key2 !== void 0 && isModelKey(key2) ? key2 : void 0;
}
function lastCode(before) {
  let i = before.length - 1;
  while (i >= 0 && (before[i] === " " || before[i] === "	" || before[i] === "\n" || before[i] === "\r")) i--;
  return before.charAt(i);
}
function isModelCall(callee) {
  const dot = callee.lastIndexOf(".");
  const last = callee.slice(dot + 1).trim();
  if (isModelKey(last) || MODEL_CALLS.has(last) || FACTORIES.has(last)) return true;
  if (dot < 0) return false;
  if (FACTORIES.has(callee.slice(0, callee.indexOf(".")).trim()) && PROVIDER_METHODS.has(last)) return true;
  return (last === "of" || last === "from") && isModelKey(callee.slice(callee.lastIndexOf(".", dot - 1) + 1, dot).trim());
}
function factoryResultCallee(before) {
  if (!/\)\s*\(\s*$/.test(before)) return void 0;
  let depth = 0;
  for (let i = before.lastIndexOf(")"); i >= 0; i--) {
    const c = before[i];
    if (c === ")") depth++;
    else if (c === "(" && --depth === 0) return new RegExp(`(${IDENT})\\s*$`).exec(before.slice(0, i))?.[1];
  }
  return void 0;
}
var WINDOW = 160;
var CALL_TAIL = 100;
function calleeOf(before) {
  const tail = before.slice(-CALL_TAIL);
  const callee = CALL.exec(tail)?.[1];
  if (callee !== "new") return callee;
  return TARGET_TYPED_NEW.exec(tail.slice(0, tail.lastIndexOf("new") + 3))?.[1];
}
function directPosition(text, spans, { index, span }, chosen) {
  const prev = spans[index - 1];
  if (prev && prev.kind === "literal") {
    const between = text.slice(prev.end, span.start);
    const branch = chosen.get(index - 1);
    if (branch !== void 0 && OTHER_BRANCH.test(between)) return branch;
    const quotedKey = text.slice(prev.valueStart, prev.valueEnd);
    if (AFTER_KEY.test(between) && isModelKey(quotedKey)) return quotedKey;
  }
  const before = codeBefore(text, spans, index, Math.max(0, span.start - WINDOW)).replace(/(?<=\s):$/, "");
  const last = lastCode(before);
  if (last !== "(" && last !== ",") return modelKeyAssigned(before, last);
  const callee = calleeOf(before);
  if (callee !== void 0) {
    if (isModelCall(callee)) return callee;
    const tail = before.slice(-CALL_TAIL);
    const outer = before.slice(0, before.length - tail.length + (CALL.exec(tail)?.index ?? tail.length));
    return modelKeyAssigned(outer, lastCode(outer));
  }
  const factory = factoryResultCallee(before);
  return factory !== void 0 && (factory.startsWith("create") || FACTORIES.has(factory)) ? factory : void 0;
}
function ownerOf(text, spans, b) {
  if (b.owner) return b.owner;
  const before = codeBefore(text, spans, b.span, Math.max(0, b.at - WINDOW), b.at);
  const last = lastCode(before);
  let owner;
  if (b.char === "(") {
    const callee = calleeOf(`${before}(`);
    const tail = before.slice(-CALL_TAIL);
    const outer = before.slice(0, before.length - tail.length + (CALL.exec(`${tail}(`)?.index ?? tail.length));
    owner = { callee, key: assignedKey(outer, lastCode(outer)) };
  } else {
    const prev = spans[b.span - 1];
    const quoted = prev && prev.kind === "literal" && prev.end <= b.at && /^\s*(?::|=>|=)?\s*$/.test(text.slice(prev.end, b.at)) ? text.slice(prev.valueStart, prev.valueEnd) : void 0;
    const typed = b.char === "[" ? keyOf(LITERAL_TYPE, before) : void 0;
    owner = {
      key: quoted ?? typed ?? assignedKey(before, last) ?? keyOf(RSPEC_LET, before) ?? (b.char === "{" ? keyOf(new RegExp(`(${IDENT})[ \\t]*$`), before) : void 0)
    };
  }
  b.owner = owner;
  return owner;
}
function localKey(text, spans, { index, span }) {
  const prev = spans[index - 1];
  if (prev && prev.kind === "literal" && /^\s*(?::|=>|=)\s*$/.test(text.slice(prev.end, span.start)))
    return text.slice(prev.valueStart, prev.valueEnd);
  const before = codeBefore(text, spans, index, Math.max(0, span.start - 64));
  const last = lastCode(before);
  if (last === "(" || last === "[" || last === "{" || last === ",") return "";
  return last === "=" || last === ":" ? keyOf(KEY_ASSIGN, before) : void 0;
}
function describesModel(callee, key2) {
  if (MODEL_CLASS.test(callee)) return key2 === "" || key2 === "id";
  return key2 === "id" && /model/i.test(callee);
}
var ANCESTORS = 3;
function enclosedPosition(text, spans, literal, stack) {
  if (stack.length === 0) return void 0;
  if (/^\s*(?:=>|=(?!=)|:(?!:))/.test(text.slice(literal.span.end, literal.span.end + 8))) return void 0;
  const key2 = localKey(text, spans, literal);
  if (key2 === void 0) return void 0;
  if (key2 !== "" && !isIdKey(key2) && !isModelKey(key2)) return void 0;
  for (let level = 0; level < ANCESTORS; level++) {
    const bracket = stack[stack.length - 1 - level];
    if (bracket === void 0) break;
    const owner = ownerOf(text, spans, bracket);
    if (owner.key !== void 0 && isModelListKey(owner.key) && key2 !== "name") return owner.key;
    if (owner.key !== void 0 && isModelKey(owner.key)) return owner.key;
    if (level === 0 && owner.callee !== void 0 && describesModel(owner.callee.slice(owner.callee.lastIndexOf(".") + 1), key2))
      return owner.callee;
  }
  return void 0;
}
var OPENER = { ")": "(", "]": "[", "}": "{" };
var MAX_DEPTH = 256;
var BRACKETS = /[()[\]{}]/g;
var BracketTracker = class {
  constructor(text, spans) {
    this.text = text;
    this.spans = spans;
    for (const m of text.matchAll(BRACKETS)) this.positions.push(m.index);
  }
  text;
  spans;
  stack = [];
  positions = [];
  next = 0;
  /** The spans whose preceding code has been applied, and where the code after the last of them starts. */
  spansDone = 0;
  codeFrom = 0;
  /** Applies the code between the spans up to span `index`: brackets inside comments and literals do not count. */
  advanceTo(index) {
    while (this.spansDone <= index) {
      const span = this.spans[this.spansDone];
      if (span === void 0) return;
      this.advance(this.codeFrom, span.start, this.spansDone);
      this.codeFrom = span.end;
      this.spansDone++;
    }
  }
  /** Applies the brackets of the code in [from, to); `span` is the first span after it. */
  advance(from, to, span) {
    const { positions, stack, text } = this;
    for (let at = positions[this.next]; at !== void 0 && at < to; at = positions[++this.next]) {
      if (at < from) continue;
      const c = text.charAt(at);
      const opener = OPENER[c];
      if (opener === void 0) {
        if (stack.length < MAX_DEPTH) stack.push({ at, char: c, span });
        continue;
      }
      let k = stack.length - 1;
      while (k >= 0 && stack[k]?.char !== opener) k--;
      if (k >= 0) stack.length = k;
    }
  }
};
function constantName(text, spans, { index, span }) {
  const before = codeBefore(text, spans, index, Math.max(0, span.start - 64));
  return lastCode(before) === "=" ? keyOf(CONSTANT, before) : void 0;
}
function codeFacts(text, syntax, plausible2, imported = /* @__PURE__ */ new Set()) {
  const spans = lex(text, syntax);
  const wanted = [];
  for (const [index, span] of spans.entries())
    if (span.kind === "literal" && plausible2(text.slice(span.valueStart, span.valueEnd))) wanted.push({ index, span });
  const importedUses = imported.size > 0 ? positionsNaming(text, spans, imported) : /* @__PURE__ */ new Map();
  if (wanted.length === 0) return { candidates: [], exported: /* @__PURE__ */ new Map(), importedUses };
  const out = [];
  const chosen = /* @__PURE__ */ new Map();
  const constants = /* @__PURE__ */ new Map();
  let brackets;
  const enclosing = (index) => {
    brackets ??= new BracketTracker(text, spans);
    brackets.advanceTo(index);
    return brackets.stack;
  };
  for (const literal of wanted) {
    const { index, span } = literal;
    const key2 = directPosition(text, spans, literal, chosen) ?? enclosedPosition(text, spans, literal, enclosing(index));
    if (key2 !== void 0) {
      chosen.set(index, key2);
      out.push({ start: span.valueStart, end: span.valueEnd, key: key2 });
      continue;
    }
    const name = constantName(text, spans, literal);
    if (name === void 0) continue;
    const seen = constants.get(name);
    if (seen) seen.push(literal);
    else constants.set(name, [literal]);
  }
  const local = constants.size > 0 ? positionsNaming(text, spans, new Set(constants.keys())) : /* @__PURE__ */ new Map();
  const exported = /* @__PURE__ */ new Map();
  for (const [name, named] of constants) {
    const literals = named.filter(({ index }) => !chosen.has(index)).map(({ span }) => ({ start: span.valueStart, end: span.valueEnd, key: local.get(name) ?? name }));
    if (local.has(name)) out.push(...literals);
    else exported.set(name, literals);
  }
  return { candidates: out.sort((a, b) => a.start - b.start), exported, importedUses };
}
function codeCandidates(text, syntax, plausible2) {
  return codeFacts(text, syntax, plausible2).candidates;
}
var NAMED_KEY = new RegExp(
  `(?:(${IDENT})|"([^"\\n]{1,64})"|'([^'\\n]{1,64})')[ \\t]*(?::=|=>|=|:)[ \\t]*(${IDENT})[ \\t]*(?=[,)\\]}\\n;]|$)`,
  "g"
);
var NAMED_CALL = new RegExp(`(${IDENT}(?:\\.${IDENT})*)\\s*\\(\\s*(${IDENT})\\s*(?=[,)])`, "g");
function positionsNaming(text, spans, names) {
  const found = /* @__PURE__ */ new Map();
  const code = codeBefore(text, spans, spans.length, 0, text.length);
  for (const m of code.matchAll(NAMED_KEY)) {
    const [, bare, doubleQuoted, singleQuoted, name] = m;
    if (name === void 0 || !names.has(name) || found.has(name)) continue;
    const key2 = bare ?? text.slice(m.index + 1, m.index + 1 + (doubleQuoted ?? singleQuoted ?? "").length);
    if (isModelKey(key2)) found.set(name, key2);
  }
  for (const [, callee, name] of code.matchAll(NAMED_CALL))
    if (callee !== void 0 && name !== void 0 && names.has(name) && !found.has(name) && isModelCall(callee)) found.set(name, callee);
  return found;
}

// src/core/scan/config.ts
function scalarAt(text, from, lineStop, key2) {
  const q = text[from];
  if (q === '"' || q === "'") {
    const close = text.indexOf(q, from + 1);
    return close < 0 || close > lineStop ? void 0 : { start: from + 1, end: close, key: key2 };
  }
  let end = lineStop;
  const hash = text.slice(from, lineStop).search(/\s#/);
  if (hash >= 0) end = from + hash;
  while (end > from && /\s/.test(text.charAt(end - 1))) end--;
  return end > from ? { start: from, end, key: key2 } : void 0;
}
function eachLine(text, visit) {
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf("\n", start);
    const stop = newline < 0 ? text.length : newline;
    visit(start, stop);
    start = stop + 1;
  }
}
var YAML_PAIR = /([ \t]*(?:-[ \t]+)*)("([^"\n]*)"|'([^'\n]*)'|([^\s#'"{[\]}:,-][^\n:#]*?))[ \t]*:(?:[ \t]+|(?=\r?\n)|$)/y;
var YAML_ITEM = /([ \t]*)-[ \t]+/y;
var ENV_ITEM = /^["']?([A-Za-z_][\w.]*)=/;
function parentAt(parents, indent, out) {
  for (let top = parents.at(-1); top !== void 0 && top.indent >= indent; top = parents.at(-1)) {
    parents.pop();
    if (top.alias) out.push(top.alias);
  }
  return parents.at(-1);
}
function yamlPair(text, key2, valueAt, stop, parent) {
  if (key2 === "name" && parent)
    parent.envName = text.slice(valueAt, stop).trim().replace(/^["']|["']$/g, "");
  if (isModelKey(key2)) return scalarAt(text, valueAt, stop, key2);
  const outer = parent?.key ?? "";
  if (key2 === "value" && parent?.envName !== void 0 && isModelKey(parent.envName)) return scalarAt(text, valueAt, stop, parent.envName);
  if (isIdKey(key2) && (isModelKey(outer) || isModelListKey(outer) && key2 !== "name")) return scalarAt(text, valueAt, stop, outer);
  return void 0;
}
function yamlCandidates(text) {
  const out = [];
  const parents = [];
  let blockIndent = -1;
  eachLine(text, (start, stop) => {
    let first = start;
    while (first < stop && (text[first] === " " || text[first] === "	" || text[first] === "\r")) first++;
    const indent = first - start;
    if (first === stop || text[first] === "#" || blockIndent >= 0 && indent > blockIndent) return;
    blockIndent = -1;
    YAML_ITEM.lastIndex = start;
    const item = YAML_ITEM.exec(text);
    YAML_PAIR.lastIndex = start;
    const m = YAML_PAIR.exec(text);
    const parent = parentAt(parents, indent, out);
    if (!m) {
      if (item) yamlItem(text, start + item[0].length, stop, parent, out);
      return;
    }
    const [whole, lead = "", , doubleQuoted, singleQuoted, plain = ""] = m;
    const key2 = doubleQuoted ?? singleQuoted ?? plain.trim();
    const keyIndent = lead.length;
    const entry = { indent: keyIndent, key: key2 };
    const valueAt = start + whole.length;
    if (/^[|>][-+0-9]*\s*(#.*)?$/.test(text.slice(valueAt, stop))) blockIndent = indent;
    const itemEntry = item ? { indent: keyIndent - 1, key: parent?.key ?? "" } : void 0;
    const found = blockIndent >= 0 ? void 0 : yamlPair(text, key2, valueAt, stop, itemEntry ?? parent);
    if (found && itemEntry && key2 === "model_name") itemEntry.alias = found;
    else if (found) out.push(found);
    if (key2 === "litellm_params" && parent) parent.alias = void 0;
    if (itemEntry) parents.push(itemEntry);
    parents.push(entry);
  });
  parentAt(parents, -1, out);
  return out.sort((a, b) => a.start - b.start);
}
function yamlItem(text, valueAt, stop, parent, out) {
  const [env, name] = ENV_ITEM.exec(text.slice(valueAt, stop)) ?? [];
  if (env !== void 0 && name !== void 0 && isModelKey(name)) {
    const quote = text[valueAt] === '"' || text[valueAt] === "'" ? 1 : 0;
    const found = scalarAt(text, valueAt + env.length, stop - quote, name);
    if (found) out.push(found);
  } else if (parent && isModelListKey(parent.key)) {
    const found = scalarAt(text, valueAt, stop, parent.key);
    if (found) out.push(found);
  }
}
var ENV_PAIR = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][\w.]*)[ \t]*=[ \t]*/;
function envCandidates(text) {
  const out = [];
  eachLine(text, (start, stop) => {
    const [pair, name] = ENV_PAIR.exec(text.slice(start, stop)) ?? [];
    if (pair !== void 0 && name !== void 0 && isModelKey(name)) {
      const value = scalarAt(text, start + pair.length, stop, name);
      if (value) out.push(value);
    }
  });
  return out;
}

// src/core/scan/languages.ts
var C_LIKE = { slash: true, hash: false, triple: false, backtick: "none", multilineQuotes: false, rubyBlock: false };
var SYNTAX = {
  python: { slash: false, hash: true, triple: true, backtick: "none", multilineQuotes: false, rubyBlock: false },
  js: { ...C_LIKE, backtick: "template" },
  go: { ...C_LIKE, backtick: "raw" },
  java: { ...C_LIKE, triple: true },
  csharp: { ...C_LIKE, triple: true },
  ruby: { slash: false, hash: true, triple: false, backtick: "none", multilineQuotes: true, rubyBlock: true },
  toml: { slash: false, hash: true, triple: true, backtick: "none", multilineQuotes: false, rubyBlock: false },
  // JSON has no comments, but tsconfig-style JSONC does; `//` inside a string is inside the string anyway.
  json: C_LIKE,
  // Bicep: `//` and `/* */` comments, '…' strings, ''' multi-line strings.
  bicep: { ...C_LIKE, triple: true },
  // Terraform / HCL: `#`, `//` and `/* */` comments.
  hcl: { ...C_LIKE, hash: true }
};
var EXTENSIONS = {
  py: "python",
  js: "js",
  jsx: "js",
  mjs: "js",
  cjs: "js",
  ts: "js",
  tsx: "js",
  mts: "js",
  cts: "js",
  go: "go",
  java: "java",
  kt: "java",
  kts: "java",
  scala: "java",
  cs: "csharp",
  rb: "ruby",
  toml: "toml",
  json: "json",
  jsonc: "json",
  bicep: "bicep",
  bicepparam: "bicep",
  tf: "hcl",
  tfvars: "hcl",
  hcl: "hcl",
  yaml: "yaml",
  yml: "yaml",
  env: "env",
  ipynb: "notebook"
};
var SKIPPED_NAMES = /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|yarn\.lock|composer\.lock|[^/]*\.lock|[^/]*\.min\.[cm]?js|[^/]*\.d\.[cm]?ts)$/i;
function languageOf(file) {
  if (SKIPPED_NAMES.test(file)) return void 0;
  const base = file.slice(file.lastIndexOf("/") + 1);
  if (base === ".env" || base.startsWith(".env.")) return "env";
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? void 0 : EXTENSIONS[base.slice(dot + 1).toLowerCase()];
}
var TEST_DIRS = /(^|\/)(tests?|__tests__|specs?|testdata|test_data|fixtures|__fixtures__|mocks|__mocks__|cassettes|__snapshots__|snapshots|e2e|testing)\//i;
var TEST_FILES = /(^|\/)(test_[^/]*\.py|[^/]*_test\.(py|go|rb|ts|js)|[^/]*\.(test|spec|mock|mocks|stories)\.[cm]?[jt]sx?|[^/]*_spec\.rb|[^/]*Tests?\.(java|kt|cs|scala)|conftest\.py|mock_[^/]*\.py|[^/]*_mock\.(py|go))$/;
function isTestPath(file) {
  return TEST_DIRS.test(file) || TEST_FILES.test(file);
}

// src/core/scan/notebook.ts
var MAX_DEPTH2 = 64;
function stringEnd(text, open) {
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 34) return i;
  }
  return text.length;
}
function jsonStrings(text, wanted) {
  const out = [];
  const path3 = [];
  const isArray = [];
  let key2;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      const inObject = isArray.at(-1) === false;
      if (inObject && key2 === void 0) key2 = decode(text, i + 1, end);
      else {
        const at = inObject ? key2 : path3.at(-1);
        if (at !== void 0) {
          const full = [...path3.slice(0, -1), at];
          if (isArray.length <= MAX_DEPTH2 && wanted(full)) out.push({ path: full, start: i + 1, end });
        }
        key2 = void 0;
      }
      i = end;
    } else if (c === "{" || c === "[") {
      const inObject = isArray.at(-1) === false;
      if (inObject) path3[path3.length - 1] = key2 ?? "";
      path3.push(c === "[" ? 0 : "");
      isArray.push(c === "[");
      key2 = void 0;
    } else if (c === "}" || c === "]") {
      path3.pop();
      isArray.pop();
      key2 = void 0;
    } else if (c === ",") {
      if (isArray[isArray.length - 1]) path3[path3.length - 1] = path3[path3.length - 1] + 1;
      key2 = void 0;
    } else if (c !== ":" && c !== " " && c !== "\n" && c !== "\r" && c !== "	") {
      if (isArray.length > 0 && !isArray[isArray.length - 1]) key2 = void 0;
    }
  }
  return out;
}
function decode(text, start, end) {
  try {
    return JSON.parse(`"${text.slice(start, end)}"`);
  } catch {
    return "";
  }
}
function rawOffset(text, start, end, decoded) {
  let i = start;
  for (let n = 0; n < decoded && i < end; n++) i += text.charCodeAt(i) !== 92 ? 1 : text[i + 1] === "u" ? 6 : 2;
  return i - start;
}
var KERNELS = {
  python: "python",
  javascript: "js",
  typescript: "js",
  go: "go",
  java: "java",
  kotlin: "java",
  csharp: "csharp",
  "c#": "csharp",
  ruby: "ruby"
};
function notebookCells(text) {
  const strings = jsonStrings(
    text,
    (p) => p[0] === "cells" && (p[2] === "cell_type" || p[2] === "source") || p[0] === "metadata" && (p[2] === "language" || p[2] === "name")
  );
  let language = "python";
  const byCell = /* @__PURE__ */ new Map();
  for (const s of strings) {
    if (s.path[0] === "metadata") {
      const named = KERNELS[decode(text, s.start, s.end).toLowerCase()];
      if (named && (s.path[1] === "kernelspec" || s.path[1] === "language_info")) language = named;
      continue;
    }
    const n = s.path[1];
    const cell = byCell.get(n) ?? { code: false, pieces: [] };
    byCell.set(n, cell);
    if (s.path[2] === "cell_type") cell.code = decode(text, s.start, s.end) === "code";
    else cell.pieces.push(s);
  }
  const cells = [];
  for (const [n, cell] of byCell) if (cell.code) cells.push(cellOf(text, n + 1, cell.pieces));
  return { cells, language };
}
function cellOf(text, number, pieces) {
  const placed = [];
  let source = "";
  for (const piece of pieces) {
    placed.push({ piece, at: source.length });
    source += decode(text, piece.start, piece.end);
  }
  const map = (offset) => {
    let hit = placed[0];
    for (const p of placed) {
      if (p.at > offset) break;
      hit = p;
    }
    return hit === void 0 ? offset : hit.piece.start + rawOffset(text, hit.piece.start, hit.piece.end, offset - hit.at);
  };
  return { number, text: source, map };
}

// src/core/scan/shape.ts
var FAMILIES = /(^|[/.:@_-])(gpt|chatgpt|o[1-9]|claude|gemini|gemma|llama|codellama|mistral|mixtral|ministral|codestral|pixtral|magistral|devstral|qwen|qwq|deepseek|command|grok|sonar|phi|jamba|nova|titan|glm|kimi|moonshot|yi|ernie|falcon|nemotron|olmo|dbrx|hermes|granite|minimax|davinci|text-davinci|palm|chat-bison|text-bison|cogito|lfm|gpt-oss|r1|reka|arctic|solar|wizardlm|openchat|starling|zephyr|vicuna|dolphin)(?=$|[-_.:/\d])/i;
var NOT_TEXT = /embed|rerank|whisper|(^|[-_/.])tts($|[-_])|transcribe|dall-e|gpt-image|(^|[-_/.])image|imagen|flux|stable-diffusion|sdxl|moderation|(^|[-_/])bge-|(^|[-_/])e5-|-realtime|realtime-|(^|[-_/])sora|(^|[-_/])veo-|-audio-|lyria/i;
var ID = /^[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,119}$/;
var FILE_OR_URL = /^(https?|s3|gs|file):|\.(json|ya?ml|py|js|ts|txt|bin|gguf|safetensors|pt|onnx|pkl|csv)$|^\.{0,2}\//i;
function looksLikeModel(value) {
  if (!/\d/.test(value) || !ID.test(value) || !/[a-z]/i.test(value) || FILE_OR_URL.test(value)) return false;
  return FAMILIES.test(value) && !isNotText(value);
}
function isNotText(value) {
  return NOT_TEXT.test(value);
}
function isNotTextKey(key2) {
  return /embed|rerank|whisper|tts|speech|transcri|audio|image|moderation|vision_encoder/i.test(key2);
}
function envDefault(value) {
  if (value.charCodeAt(0) !== 36) return void 0;
  const [, name, operator, fallback] = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(:?[-=])([^}]*)\}$/.exec(value) ?? [];
  if (name === void 0 || operator === void 0 || fallback === void 0) return void 0;
  return { name, offset: 2 + name.length + operator.length, value: fallback };
}

// src/core/scan/find.ts
function valueOf(text, c) {
  const raw = text.slice(c.start, c.end);
  const def = envDefault(raw.trim());
  if (!def) return { start: c.start + raw.search(/\S|$/), value: raw.trim(), key: c.key };
  return { start: c.start + raw.search(/\S|$/) + def.offset, value: def.value, key: def.name };
}
function plausible(index) {
  return (value) => {
    const def = envDefault(value);
    const v = def ? def.value : value;
    return v.length > 0 && v.length <= 120 && (index.resolve(v) !== void 0 || looksLikeModel(v));
  };
}
function models(text, candidates, index, map = (o) => o, cell) {
  const out = [];
  for (const c of candidates) {
    const v = valueOf(text, c);
    if (!v || isNotTextKey(v.key) || isNotText(v.value)) continue;
    if (index.resolve(v.value) === void 0 && !looksLikeModel(v.value)) continue;
    out.push({ offset: map(v.start), text: v.value, ...cell !== void 0 ? { cell } : {} });
  }
  return out;
}
var PY_IMPORT = /^[ \t]*from[ \t]+([.\w]+)[ \t]+import[ \t]+\(?([\w \t,]+)/gm;
var JS_IMPORT = /\bimport[ \t]*(?:type[ \t]+)?\{([^}]{1,2000})\}[ \t]*from[ \t]*["']([^"'\n]+)["']/g;
function importsOf(file, text, language, resolve) {
  const out = /* @__PURE__ */ new Map();
  if (!text.includes("import")) return out;
  const add = (module, list) => {
    if (module === void 0 || list === void 0) return;
    const from = resolve(file, module);
    if (from === void 0) return;
    for (const item of list.split(",")) {
      const [name, alias] = item.trim().split(/\s+as\s+/);
      if (name && /^[A-Za-z_$][\w$]*$/.test(name)) out.set(alias?.trim() || name, { file: from, name });
    }
  };
  if (language === "python") for (const [, module, list] of text.matchAll(PY_IMPORT)) add(module, list);
  else if (language === "js") for (const [, list, module] of text.matchAll(JS_IMPORT)) add(module, list);
  return out;
}
function codeFileFacts(file, text, language, index, resolve) {
  const imports = resolve ? importsOf(file, text, language, resolve) : /* @__PURE__ */ new Map();
  const facts = codeFacts(text, SYNTAX[language], plausible(index), new Set(imports.keys()));
  const exported = /* @__PURE__ */ new Map();
  for (const [name, candidates] of facts.exported) {
    const uses = located(file, text, models(text, candidates, index), index);
    if (uses.length > 0) exported.set(name, uses);
  }
  const imported = [...facts.importedUses.keys()].flatMap((local) => imports.get(local) ?? []);
  return { uses: located(file, text, models(text, facts.candidates, index), index), exported, imported };
}
function notebookFound(text, index) {
  const { cells, language } = notebookCells(text);
  return cells.flatMap(
    (cell) => models(cell.text, codeCandidates(cell.text, SYNTAX[language], plausible(index)), index, cell.map, cell.number)
  );
}
function findModelFacts(file, text, index, resolve) {
  const language = languageOf(file);
  if (!language) return { uses: [], exported: /* @__PURE__ */ new Map(), imported: [] };
  if (language !== "notebook" && language !== "yaml" && language !== "env") return codeFileFacts(file, text, language, index, resolve);
  const found = language === "notebook" ? notebookFound(text, index) : models(text, language === "yaml" ? yamlCandidates(text) : envCandidates(text), index);
  return { uses: located(file, text, found, index), exported: /* @__PURE__ */ new Map(), imported: [] };
}
function located(file, text, found, index) {
  const test = isTestPath(file);
  const uses = [];
  let lineStarts;
  for (const f of found) {
    lineStarts ??= computeLineStarts(text);
    const { line, start } = lineOf(lineStarts, f.offset);
    const resolved = index.resolve(f.text);
    uses.push({
      file,
      line: line + 1,
      col: f.offset - start + 1,
      text: f.text,
      provider: resolved?.provider ?? "unknown",
      model: resolved?.model ?? f.text,
      known: resolved !== void 0,
      test,
      ...f.cell !== void 0 ? { cell: f.cell } : {}
    });
  }
  return uses;
}
function computeLineStarts(text) {
  const starts2 = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts2.push(i + 1);
  return starts2;
}
function lineOf(starts2, offset) {
  let lo = 0;
  let start = 0;
  let hi = starts2.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    const at = starts2[mid];
    if (at !== void 0 && at <= offset) {
      lo = mid;
      start = at;
    } else hi = mid - 1;
  }
  return { line: lo, start };
}

// src/adapters/sources.ts
var DEPENDENCY_DIRS = /* @__PURE__ */ new Set([
  ".git",
  "node_modules",
  "bower_components",
  "jspm_packages",
  ".venv",
  "venv",
  "site-packages",
  "__pycache__",
  ".tox",
  ".nox",
  ".mypy_cache",
  ".pytest_cache",
  ".ruff_cache",
  ".next",
  ".nuxt",
  ".turbo",
  ".gradle",
  "Pods"
]);
var LINK = "is a symbolic link; tokenbudget does not follow links";
function ignored(rules, rel, isDir) {
  for (const r of rules) {
    const below = r.dir ? rel.slice(r.dir.length + 1) : rel;
    if (r.ig.ignores(isDir ? `${below}/` : below)) return true;
  }
  return false;
}
async function rulesOf(cwd, dir) {
  const file = path.join(cwd, dir, ".gitignore");
  const info = await lstat(file).catch(() => void 0);
  if (!info?.isFile() || info.size > 1024 * 1024) return void 0;
  try {
    return { dir, ig: (0, import_ignore.default)().add(await readFile(file, "utf8")) };
  } catch {
    return void 0;
  }
}
async function ancestorRules(cwd, dir) {
  const rules = [];
  const parts = dir ? dir.split("/") : [];
  for (let i = 0; i < parts.length; i++) {
    const r = await rulesOf(cwd, parts.slice(0, i).join("/"));
    if (r) rules.push(r);
  }
  return rules;
}
function classify(file, options, files, skipped) {
  const dependency = file.split("/").find((part) => DEPENDENCY_DIRS.has(part));
  if (dependency) skipped.push({ file, kind: "dependency", reason: `is in a dependency or cache folder (${dependency}/)` });
  else if (!languageOf(file)) skipped.push({ file, kind: "not-code", reason: "is not source code or configuration tokenbudget scans" });
  else {
    const excluded = options.excludes(file);
    if (excluded) skipped.push({ file, kind: "excluded", reason: excluded });
    else files.push(file);
  }
}
async function walk(cwd, start, options, files, skipped) {
  const visit = async (dir, rules) => {
    const own = options.trackedOnly ? void 0 : await rulesOf(cwd, dir);
    const inForce = own ? [...rules, own] : rules;
    const handle = await opendir(path.join(cwd, dir)).catch(() => void 0);
    if (!handle) return void skipped.push({ file: dir || ".", kind: "unreadable", reason: "cannot be read" });
    const entries = [];
    for await (const entry of handle) {
      if (entry.isDirectory()) entries.push({ name: entry.name, isDir: true });
      else if (entry.isFile()) entries.push({ name: entry.name, isDir: false });
      else if (entry.isSymbolicLink()) skipped.push({ file: dir ? `${dir}/${entry.name}` : entry.name, kind: "link", reason: LINK });
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDir && DEPENDENCY_DIRS.has(entry.name))
        skipped.push({ file: `${rel}/`, kind: "dependency", reason: "is a dependency or cache folder" });
      else if (ignored(inForce, rel, entry.isDir))
        skipped.push({ file: entry.isDir ? `${rel}/` : rel, kind: "gitignored", reason: "is ignored by .gitignore" });
      else if (entry.isDir) await visit(rel, inForce);
      else classify(rel, options, files, skipped);
    }
  };
  await visit(start, options.trackedOnly ? [] : await ancestorRules(cwd, start));
}
function bySegments(a, b) {
  const x = a.split("/");
  const y = b.split("/");
  for (const [i, p] of x.entries()) {
    const q = y[i];
    if (q === void 0) break;
    if (p !== q) return p < q ? -1 : 1;
  }
  return x.length - y.length;
}
async function refuseInput(cwd, input) {
  const absolute = path.resolve(cwd, input);
  const rel = toPosix(path.relative(cwd, absolute));
  if (rel.startsWith("..") || path.isAbsolute(rel))
    return { file: toPosix(input), kind: "outside", reason: "is outside the working directory" };
  const info = await lstat(absolute).catch(() => void 0);
  const real = await realpath(absolute).catch(() => absolute);
  const realRel = path.relative(await realpath(cwd).catch(() => cwd), real);
  if (!info) return { file: toPosix(input), kind: "unreadable", reason: "no such file or directory" };
  if (info.isSymbolicLink()) return { file: rel, kind: "link", reason: LINK };
  if (realRel.startsWith("..") || path.isAbsolute(realRel))
    return { file: rel, kind: "outside", reason: "resolves outside the working directory (through a symbolic link)" };
  if (rel.split("/").includes(".git")) return { file: rel, kind: "outside", reason: "is inside .git, which is never scanned" };
  if (!info.isFile() && !info.isDirectory()) return { file: rel, kind: "unreadable", reason: "is not a regular file" };
  return void 0;
}
async function listSources(cwd, options) {
  const files = [];
  const skipped = [];
  const inputs = [];
  for (const input of options.inputs.length ? options.inputs : ["."]) {
    const refused = await refuseInput(cwd, input);
    if (refused) skipped.push(refused);
    else inputs.push(toPosix(path.relative(cwd, path.resolve(cwd, input))));
  }
  const listed = inputs.length > 0 ? await listWorkTree(cwd, options.trackedOnly) : [];
  const unverified = /* @__PURE__ */ new Set();
  listed?.sort((a, b) => bySegments(a.path, b.path));
  if (listed) {
    const below = (file) => inputs.some((i) => i === "" || file === i || file.startsWith(`${i}/`));
    for (const entry of listed) {
      if (!below(entry.path)) continue;
      if (entry.link) skipped.push({ file: entry.path, kind: "link", reason: LINK });
      else classify(entry.path, options, files, skipped);
      if (entry.link === void 0) unverified.add(entry.path);
    }
  } else {
    for (const input of inputs) {
      const info = await lstat(path.join(cwd, input));
      if (info.isDirectory()) await walk(cwd, input, options, files, skipped);
      else classify(input, options, files, skipped);
    }
  }
  return { files: [...new Set(files)], skipped, unverified };
}
async function readSources(cwd, files, maxBytes, onText, unverified = /* @__PURE__ */ new Set()) {
  const skipped = [];
  const decoder = new TextDecoder();
  const queue = files.values();
  const worker = async () => {
    for (const file of queue) {
      const absolute = path.join(cwd, file);
      if (unverified.has(file) && (await lstat(absolute).catch(() => void 0))?.isSymbolicLink()) {
        skipped.push({ file, kind: "link", reason: LINK });
        continue;
      }
      const read = await readCapped(absolute, maxBytes);
      if ("bytes" in read) onText({ file, text: decoder.decode(read.bytes), bytes: read.bytes });
      else skipped.push({ file, kind: read.problem.rule === "input.too-large" ? "too-large" : "unreadable", reason: read.problem.message });
    }
  };
  await Promise.all(Array.from({ length: Math.min(16, files.length) }, worker));
  return skipped.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

// src/app/scan.ts
import path2 from "node:path";

// src/core/scan/models.ts
var PROVIDER_PREFIXES = {
  together_ai: "together",
  together: "together",
  togetherai: "together",
  openai: "openai",
  anthropic: "anthropic",
  google: "google",
  gemini: "google",
  google_genai: "google",
  "google-genai": "google",
  vertex_ai: "google",
  models: "google"
};
var WORD_BREAK = /[-._:/@ ]+/;
var MAX_REMEMBERED = 1e5;
var escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var RESELLERS = /* @__PURE__ */ new Set(["bedrock", "azure", "vertex"]);
var MAX_MODEL_CHARS = 300;
var ModelIndex = class {
  constructor(layers, declared = []) {
    this.layers = layers;
    for (const { catalog } of layers) {
      for (const m of catalog.models) {
        const resolved = { provider: m.provider, model: m.id };
        for (const name of [m.id, ...m.aliases ?? []]) this.add(name, resolved);
      }
    }
    for (const d of declared) if (!this.byProvider.has(key(d.provider, d.model))) this.add(d.model, d);
  }
  layers;
  any = /* @__PURE__ */ new Map();
  byProvider = /* @__PURE__ */ new Map();
  /** Every id as the books write it, for "did you mean". */
  ids = /* @__PURE__ */ new Set();
  /** The first word of every part of every name (`meta-llama/Llama-3.3-70B` -> meta, llama): a spelling without one cannot resolve. */
  words = /* @__PURE__ */ new Set();
  /** The catalog's spelling resolver (dated snapshots, dots and dashes, Bedrock and Vertex ids), built on first use. */
  names;
  wordPattern;
  /** Spellings already put to the resolver: a repository repeats its strings. Bounded. */
  resolved = /* @__PURE__ */ new Map();
  add(name, resolved) {
    this.ids.add(resolved.model);
    const lower = name.toLowerCase();
    for (const part of lower.split(/[/:]/)) {
      const cut = part.search(WORD_BREAK);
      this.words.add(cut < 0 ? part : part.slice(0, cut));
    }
    const held = this.any.get(lower);
    if (!held || RESELLERS.has(held.provider) && !RESELLERS.has(resolved.provider)) this.any.set(lower, resolved);
    this.byProvider.set(key(resolved.provider, lower), resolved);
  }
  /** The model a string names, with a provider prefix resolved, or undefined. */
  resolve(text) {
    if (text.length === 0 || text.length > MAX_MODEL_CHARS) return void 0;
    const lower = text.toLowerCase();
    const exact = this.any.get(lower);
    if (exact) return exact;
    const cut = lower.search(/[/:]/);
    const prefix = cut > 0 ? lower.slice(0, cut) : "";
    const provider = Object.hasOwn(PROVIDER_PREFIXES, prefix) ? PROVIDER_PREFIXES[prefix] : void 0;
    const prefixed = provider === void 0 ? void 0 : this.byProvider.get(key(provider, lower.slice(cut + 1)));
    return prefixed ?? this.spelling(text, lower);
  }
  /**
   * The catalog resolver's reading of a spelling (`claude-sonnet-4-20250514`, `claude-haiku-4.5`,
   * `us.anthropic.claude-3-5-sonnet-20240620-v1:0`). An ambiguous spelling still names a model:
   * the first candidate the resolver lists stands for it. Only spellings that share a word with
   * some model name get that far.
   */
  spelling(text, lower) {
    this.wordPattern ??= new RegExp(`(?:^|[-._:/@])(?:${[...this.words].filter(Boolean).map(escapeRegExp).join("|")})(?=$|[-._:/@])`);
    if (/\s/.test(lower) || !this.wordPattern.test(lower)) return void 0;
    if (this.resolved.has(lower)) return this.resolved.get(lower);
    this.names ??= buildNameIndex(this.layers);
    const r = resolveModel(this.names, text);
    const found = r.kind === "found" ? { provider: r.provider, model: r.id } : r.kind === "ambiguous" ? { provider: r.candidates[0].provider, model: r.candidates[0].id } : void 0;
    if (this.resolved.size < MAX_REMEMBERED) this.resolved.set(lower, found);
    return found;
  }
  /** Up to `limit` known ids closest to an unknown model as written (its provider prefix dropped). */
  suggest(text, limit = 3) {
    const bare = text.slice(text.search(/[^/:]*$/));
    return closest(bare, this.ids, limit);
  }
  /** The catalog entry a manifest's provider and model name, when the books know it. */
  find(provider, model) {
    return this.byProvider.get(key(provider, model.toLowerCase()));
  }
};
function key(provider, lowerModel) {
  return `${provider.toLowerCase()}\0${lowerModel}`;
}

// src/core/scan/settings.ts
var import_ignore2 = __toESM(require_ignore(), 1);
var dirOf = (file) => file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "";
function matches(ig, rel) {
  try {
    return ig.ignores(rel);
  } catch {
    return false;
  }
}
function strictestTests(manifests) {
  const settings = new Set(manifests.map((m) => m.scan.tests));
  return settings.has("count") ? "count" : settings.size === 0 || settings.has("report") ? "report" : "ignore";
}
function scanScope(manifests) {
  const rules = manifests.filter((m) => m.scan.include.length > 0 || m.scan.exclude.length > 0).map((m) => ({
    dir: dirOf(m.file),
    manifest: m.file,
    ...m.scan.include.length > 0 ? { include: (0, import_ignore2.default)().add(m.scan.include) } : {},
    ...m.scan.exclude.length > 0 ? { exclude: (0, import_ignore2.default)().add(m.scan.exclude) } : {}
  }));
  return {
    tests: strictestTests(manifests),
    excludes(file) {
      for (const r of rules) {
        if (r.dir && !file.startsWith(`${r.dir}/`)) continue;
        const rel = r.dir ? file.slice(r.dir.length + 1) : file;
        if (r.exclude && matches(r.exclude, rel)) return `excluded by scan.exclude in ${r.manifest}`;
        if (r.include && !matches(r.include, rel)) return `not in scan.include of ${r.manifest}`;
      }
      return void 0;
    }
  };
}

// src/core/scan/skipped.ts
var NAMED_SKIPS = /* @__PURE__ */ new Set(["too-large", "unreadable", "link", "outside"]);
var SUMMARY = {
  "not-code": "not code or configuration",
  dependency: "in dependency or cache folders",
  gitignored: "ignored by .gitignore",
  excluded: "left out by scan settings",
  "too-large": "over --max-file-bytes",
  unreadable: "unreadable",
  link: "symbolic links",
  outside: "outside the working directory"
};
function skippedSummary(skipped) {
  const counts = /* @__PURE__ */ new Map();
  for (const s of skipped) counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1);
  const parts = Object.keys(SUMMARY).flatMap((k) => {
    const count = counts.get(k);
    return count === void 0 ? [] : [`${count.toLocaleString("en-US")} ${SUMMARY[k]}`];
  });
  return parts.length === 0 ? "" : `skipped: ${parts.join(", ")}`;
}
function skippedFindings(skipped, trustBase) {
  const severity = trustBase ? "warning" : "notice";
  const findings = skipped.filter((s) => NAMED_SKIPS.has(s.kind) && s.kind !== "outside").map((s) => ({ severity, rule: "scan.skipped", message: `not scanned for model uses: ${s.reason}`, file: s.file }));
  if (!trustBase) return findings;
  const folders = /* @__PURE__ */ new Map();
  for (const s of skipped) {
    if (s.kind !== "dependency") continue;
    const folder = /\(([^)]+)\)$/.exec(s.reason)?.[1] ?? s.file;
    folders.set(folder, (folders.get(folder) ?? 0) + 1);
  }
  for (const [folder, n] of folders) {
    findings.push({
      severity,
      rule: "scan.skipped",
      message: `${n} tracked file(s) in ${folder} folders not scanned for model uses (dependency or cache folders); exclude them in the base's scan settings to silence this`,
      file: "."
    });
  }
  return findings;
}

// src/app/scan.ts
var MANIFEST_NAME = /(^|\/)ai-workloads\.ya?ml$/;
function kept(uses, scope) {
  return scope.tests === "ignore" ? uses.filter((u) => !u.test) : uses;
}
var JS_EXTENSIONS = ["", ".ts", ".tsx", ".js", ".mjs", ".cjs", ".jsx", "/index.ts", "/index.js"];
function moduleResolver(files) {
  const first = (candidates) => candidates.map((c) => path2.posix.normalize(c)).find((c) => files.has(c));
  return (from, module) => {
    const dir = path2.posix.dirname(from);
    if (languageOf(from) === "js")
      return module.startsWith("./") || module.startsWith("../") ? first(JS_EXTENSIONS.map((e) => path2.posix.join(dir, module) + e)) : void 0;
    const dots = module.length - module.replace(/^\.+/, "").length;
    const rest = module.slice(dots).replaceAll(".", "/");
    const bases = dots > 0 ? [path2.posix.join(dir, ...Array(dots - 1).fill(".."))] : [dir, ".", "src"];
    return first(bases.flatMap((b) => [path2.posix.join(b, `${rest}.py`), path2.posix.join(b, rest, "__init__.py")]));
  };
}
function sharedUses(imported, exported) {
  const out = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const { file, name } of imported) {
    if (seen.has(`${file}\0${name}`)) continue;
    seen.add(`${file}\0${name}`);
    const uses = exported.get(file)?.get(name);
    if (uses) out.set(file, [...out.get(file) ?? [], ...uses]);
  }
  return out;
}
async function scanCode(options) {
  const declared = declaredModels(options.manifests);
  const index = new ModelIndex(options.layers, declared);
  const scope = scanScope(options.settingsFrom ?? options.manifests);
  const listed = await listSources(options.cwd, {
    inputs: options.paths,
    excludes: (f) => scope.excludes(f),
    trackedOnly: options.trustBase === true
  });
  const declaring = /* @__PURE__ */ new Set([...options.manifests.map((m) => m.file), ...options.layers.map((l) => l.origin)]);
  const files = listed.files.filter((f) => !declaring.has(f) && !MANIFEST_NAME.test(f));
  const byFile = /* @__PURE__ */ new Map();
  const bytes = /* @__PURE__ */ new Map();
  const exported = /* @__PURE__ */ new Map();
  const imported = [];
  const resolve = moduleResolver(new Set(files));
  let read = 0;
  const skipped = await readSources(
    options.cwd,
    files,
    options.maxFileBytes,
    (source) => {
      options.onFileRead?.(++read, files.length);
      const facts = findModelFacts(source.file, source.text, index, resolve);
      if (facts.exported.size > 0) exported.set(source.file, facts.exported);
      imported.push(...facts.imported);
      if (facts.uses.length === 0 && facts.exported.size === 0) return;
      byFile.set(source.file, facts.uses);
      bytes.set(source.file, source.bytes);
    },
    listed.unverified
  );
  for (const [file, uses] of sharedUses(imported, exported))
    byFile.set(
      file,
      [...byFile.get(file) ?? [], ...uses].sort((a, b) => a.line - b.line || a.col - b.col)
    );
  const found = kept(
    files.flatMap((f) => byFile.get(f) ?? []),
    scope
  );
  const checked = crossCheck(found, declared, index);
  return {
    ...checked,
    skipped: [...listed.skipped, ...skipped],
    scope,
    index,
    bytes,
    shared: new Set(imported.map((i) => `${i.file}\0${i.name}`))
  };
}
async function baseUses(scan, base, maxFileBytes) {
  const files = [...new Set(scan.uses.filter((u) => !u.declared).map((u) => u.file))];
  const listing = new Map((await base.list()).map((e) => [e.path, e]));
  const out = /* @__PURE__ */ new Map();
  const toRead = [];
  for (const file of files) {
    const entry = listing.get(file);
    if (!entry) continue;
    const bytes = scan.bytes.get(file);
    if (entry.blob !== void 0 && bytes !== void 0 && entry.blob === blobId(bytes))
      out.set(
        file,
        scan.uses.filter((u) => u.file === file)
      );
    else if (entry.size === void 0 || entry.size <= maxFileBytes) toRead.push(file);
  }
  const contents = await base.read(toRead);
  const decoder = new TextDecoder();
  for (const [file, content] of contents) {
    const facts = findModelFacts(file, decoder.decode(content), scan.index);
    const shared = [...facts.exported].filter(([name]) => scan.shared.has(`${file}\0${name}`)).flatMap(([, uses]) => uses);
    out.set(file, kept([...facts.uses, ...shared], scan.scope));
  }
  return out;
}
async function undeclaredModelFindings(options) {
  const scan = await scanCode(options);
  const before = options.base ? await baseUses(scan, options.base, options.maxFileBytes) : void 0;
  return [
    ...undeclaredFindings(scan.uses, addedUses(scan.uses, before), options.setting, scan.scope.tests === "count"),
    ...skippedFindings(scan.skipped, options.trustBase === true)
  ];
}

export {
  NAMED_SKIPS,
  skippedSummary,
  scanCode,
  undeclaredModelFindings
};
