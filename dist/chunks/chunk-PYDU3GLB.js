import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  addedUses,
  blobId,
  crossCheck,
  declaredModels,
  readCapped,
  toPosix,
  undeclaredFindings
} from "./chunk-CJBSBGCX.js";
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
    var basenameOf = (path2) => {
      const end = path2.length - 1;
      const index = path2.lastIndexOf(
        SLASH2,
        path2[end] === SLASH2 ? end - 1 : end
      );
      return index < 0 ? path2 : path2.slice(index + 1);
    };
    var parentOf = (path2) => {
      if (path2.charCodeAt(0) === SLASH_CODE || path2.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path2.split(SLASH2).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH2) + SLASH2 : EMPTY;
      }
      const end = path2.length - 1;
      const cut = path2.lastIndexOf(
        SLASH2,
        path2.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path2.slice(0, cut + 1);
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
      testLiteral(path2) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH2 ? 2 : 1)] === "*"
        ));
        let ignored2 = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path2)) {
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
      test(path2, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path2) : path2;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path2
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
    var checkPath = (path2, originalPath, doThrow) => {
      if (!isString(path2)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path2) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path2)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path2) => {
      const first = path2.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path2.length === 1) {
        return true;
      }
      const second = path2.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path2.length === 2 || path2.charCodeAt(2) === SLASH_CODE;
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
      _test(originalPath, cache, path2) {
        checkPath(
          path2,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path2 ? this._t(path2, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path2 = convertPath(target);
        if (!path2 || path2.charCodeAt(path2.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path2);
        }
        const dir = this._t(path2, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path2);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path2, cache) {
        const cached = cache[path2];
        if (cached) {
          return cached;
        }
        const parentPath = parentOf(path2);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path2] = parent && parent.ignored ? parent : this._rules.test(path2, MODE_IGNORE);
      }
      ignores(path2) {
        return this._test(path2, this._ignoreCache, convertPath(path2)).ignored;
      }
      createFilter() {
        return (path2) => !this.ignores(path2);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path2) {
        return this._test(path2, this._testCache, convertPath(path2));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path2) => checkPath(convertPath(path2), path2, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path2) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path2) || isNotRelative(path2);
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
function codeBefore(text, spans, index, from) {
  const to = spans[index].start;
  let k = index - 1;
  while (k >= 0 && spans[k].end > from) k--;
  let out = "";
  let at = from;
  for (k++; k < index; k++) {
    const s = spans[k];
    const start = Math.max(s.start, from);
    out += text.slice(at, start);
    out += s.kind === "comment" ? " ".repeat(s.end - start) : start === s.start ? `"${" ".repeat(Math.max(0, s.end - s.start - 2))}"` : " ".repeat(s.end - start);
    at = s.end;
  }
  return out + text.slice(at, to);
}

// src/core/scan/find.ts
var SYNTAX = {
  python: { slash: false, hash: true, triple: true, backtick: "none", multilineQuotes: false, rubyBlock: false },
  js: { slash: true, hash: false, triple: false, backtick: "template", multilineQuotes: false, rubyBlock: false },
  go: { slash: true, hash: false, triple: false, backtick: "raw", multilineQuotes: false, rubyBlock: false },
  java: { slash: true, hash: false, triple: true, backtick: "none", multilineQuotes: false, rubyBlock: false },
  ruby: { slash: false, hash: true, triple: false, backtick: "none", multilineQuotes: true, rubyBlock: true },
  toml: { slash: false, hash: true, triple: true, backtick: "none", multilineQuotes: false, rubyBlock: false },
  // JSON has no comments, but tsconfig-style JSONC does; `//` inside a string is inside the string anyway.
  json: { slash: true, hash: false, triple: false, backtick: "none", multilineQuotes: false, rubyBlock: false }
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
  rb: "ruby",
  toml: "toml",
  json: "json",
  jsonc: "json",
  yaml: "yaml",
  yml: "yaml",
  env: "env"
};
var SKIPPED_NAMES = /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|yarn\.lock|composer\.lock|[^/]*\.lock|[^/]*\.min\.[cm]?js|[^/]*\.d\.[cm]?ts)$/i;
function languageOf(file) {
  if (SKIPPED_NAMES.test(file)) return void 0;
  const base = file.slice(file.lastIndexOf("/") + 1);
  if (base === ".env" || base.startsWith(".env.")) return "env";
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? void 0 : EXTENSIONS[base.slice(dot + 1).toLowerCase()];
}
function isModelKey(name) {
  if (name.length > 64 || !/model/i.test(name)) return false;
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  const last = words[words.length - 1];
  return last === "model" || (last === "name" || last === "id") && words[words.length - 2] === "model";
}
var FACTORIES = /* @__PURE__ */ new Set(["openai", "anthropic", "togetherai", "together", "google", "vertex", "azure", "gemini"]);
var MODEL_CALLS = /* @__PURE__ */ new Set([
  "init_chat_model",
  "initChatModel",
  "Agent",
  "completion",
  "acompletion",
  "generateContent",
  "generateContentStream",
  "GenerateContent",
  "GenerateContentStream"
]);
var PROVIDER_METHODS = /* @__PURE__ */ new Set(["chat", "responses", "completion", "messages", "embedding"]);
var IDENT = "[A-Za-z_$][\\w$]*";
var KEY_ASSIGN = new RegExp(`(${IDENT})[ \\t]*(?::=|=>|=|:)[ \\t]*$`);
var TYPED_ASSIGN = new RegExp(`(${IDENT})\\??[ \\t]*:[ \\t]*[A-Za-z_][\\w.]*(?:\\[[^\\]\\n]*\\]|<[^>\\n]*>)?(?:[ \\t]*\\|[ \\t]*[A-Za-z_][\\w.]*)*[ \\t]*=[ \\t]*$`);
var GO_VAR = new RegExp(`\\b(?:var|const)[ \\t]+(${IDENT})[ \\t]+[A-Za-z_][\\w.]*[ \\t]*=[ \\t]*$`);
var FALLBACK = new RegExp(`(${IDENT})[ \\t]*(?:\\?\\?|\\|\\|)[ \\t]*$`);
var CALL = new RegExp(`(${IDENT}(?:\\s*\\.\\s*${IDENT})*)\\s*\\(\\s*(?:(?:ctx|context)\\s*,\\s*)?$`);
var AFTER_KEY = /^\s*(?:\]?[ \t]*(?::|=>|=|,|to)|[)\]][ \t]*(?:or|\|\||\?\?))\s*$/;
var OTHER_BRANCH = /^(?:\s+if\s[^\n]*\selse\s+|\s*(?::|\|\||\?\?|or)\s*)$/;
var TERNARY = new RegExp(`(${IDENT})[ \\t]*(?::=|=|:)[ \\t]*[\\w$.!()\\[\\] \\t&|<>=]*?\\?[ \\t]*$`);
function keyMatches(pattern, before) {
  const m = pattern.exec(before);
  return m !== null && isModelKey(m[1]);
}
function isKeyAssign(before, last) {
  if (last === "=") return keyMatches(KEY_ASSIGN, before) || keyMatches(TYPED_ASSIGN, before) || keyMatches(GO_VAR, before);
  if (last === ":" || last === ">") return keyMatches(KEY_ASSIGN, before);
  if (last === "?") return keyMatches(FALLBACK, before) || keyMatches(TERNARY, before);
  if (last === "|") return keyMatches(FALLBACK, before);
  return false;
}
function lastCode(before) {
  let i = before.length - 1;
  while (i >= 0 && (before[i] === " " || before[i] === "	" || before[i] === "\n" || before[i] === "\r")) i--;
  return i >= 0 ? before[i] : "";
}
function isModelCall(callee) {
  const parts = callee.split(".").map((p) => p.trim());
  const last = parts[parts.length - 1];
  if (isModelKey(last) || MODEL_CALLS.has(last) || FACTORIES.has(last)) return true;
  if (parts.length > 1 && FACTORIES.has(parts[0]) && PROVIDER_METHODS.has(last)) return true;
  return parts.length > 1 && (last === "of" || last === "from") && isModelKey(parts[parts.length - 2]);
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
function choosesModel(text, spans, index, chosen) {
  const span = spans[index];
  const prev = spans[index - 1];
  if (prev && prev.kind === "literal") {
    const between = text.slice(prev.end, span.start);
    if (chosen.has(index - 1) && OTHER_BRANCH.test(between)) return true;
    if (AFTER_KEY.test(between) && isModelKey(text.slice(prev.valueStart, prev.valueEnd))) return true;
  }
  const before = codeBefore(text, spans, index, Math.max(0, span.start - WINDOW)).replace(/(?<=\s):$/, "");
  const last = lastCode(before);
  if (last !== "(" && last !== ",") return isKeyAssign(before, last);
  const tail = before.slice(-CALL_TAIL);
  const call = CALL.exec(tail);
  if (call) {
    if (isModelCall(call[1])) return true;
    const outer = before.slice(0, before.length - tail.length + call.index);
    return isKeyAssign(outer, lastCode(outer));
  }
  const factory = factoryResultCallee(before);
  return factory !== void 0 && (factory.startsWith("create") || FACTORIES.has(factory));
}
function codeCandidates(text, syntax, index) {
  const spans = lex(text, syntax);
  const out = [];
  const chosen = /* @__PURE__ */ new Set();
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.kind !== "literal") continue;
    const value = text.slice(s.valueStart, s.valueEnd);
    if (index.resolve(value) && choosesModel(text, spans, k, chosen)) {
      chosen.add(k);
      out.push({ start: s.valueStart, end: s.valueEnd });
    }
  }
  return out;
}
function scalarAt(text, from, lineStop) {
  const q = text[from];
  if (q === '"' || q === "'") {
    const close = text.indexOf(q, from + 1);
    return close < 0 || close > lineStop ? void 0 : { start: from + 1, end: close };
  }
  let end = lineStop;
  const hash = text.slice(from, lineStop).search(/\s#/);
  if (hash >= 0) end = from + hash;
  while (end > from && /\s/.test(text[end - 1])) end--;
  return end > from ? { start: from, end } : void 0;
}
var YAML_PAIR = /^([ \t]*(?:-[ \t]+)*)("([^"\n]*)"|'([^'\n]*)'|([^\s#'"{[\]}:,-][^\n:#]*?))[ \t]*:(?:[ \t]+|$)/;
function yamlCandidates(text) {
  const out = [];
  let blockIndent = -1;
  for (let start = 0; start < text.length; ) {
    const stop = text.indexOf("\n", start) < 0 ? text.length : text.indexOf("\n", start);
    const line = text.slice(start, stop);
    const indent = line.search(/\S/);
    if (blockIndent >= 0 && (indent < 0 || indent > blockIndent)) {
      start = stop + 1;
      continue;
    }
    blockIndent = -1;
    const m = YAML_PAIR.exec(line);
    if (m) {
      const key2 = m[3] ?? m[4] ?? m[5].trim();
      const valueAt = start + m[0].length;
      const rest = text.slice(valueAt, stop);
      if (/^[|>][-+0-9]*\s*(#.*)?$/.test(rest)) blockIndent = m[1].length;
      else if (isModelKey(key2)) {
        const value = scalarAt(text, valueAt, stop);
        if (value) out.push(value);
      }
    }
    start = stop + 1;
  }
  return out;
}
var ENV_PAIR = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][\w.]*)[ \t]*=[ \t]*/;
function envCandidates(text) {
  const out = [];
  for (let start = 0; start < text.length; ) {
    const stop = text.indexOf("\n", start) < 0 ? text.length : text.indexOf("\n", start);
    const m = ENV_PAIR.exec(text.slice(start, stop));
    if (m && isModelKey(m[1])) {
      const value = scalarAt(text, start + m[0].length, stop);
      if (value) out.push(value);
    }
    start = stop + 1;
  }
  return out;
}
function findModelUses(file, text, index) {
  const language = languageOf(file);
  if (!language) return [];
  const candidates = language === "yaml" ? yamlCandidates(text) : language === "env" ? envCandidates(text) : codeCandidates(text, SYNTAX[language], index);
  const uses = [];
  let lineStarts;
  for (const c of candidates) {
    const written = text.slice(c.start, c.end).trim();
    const resolved = index.resolve(written);
    if (!resolved) continue;
    lineStarts ??= computeLineStarts(text);
    const line = lineOf(lineStarts, c.start);
    uses.push({ file, line: line + 1, col: c.start - lineStarts[line] + 1, text: written, provider: resolved.provider, model: resolved.model });
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
  let hi = starts2.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts2[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// src/adapters/sources.ts
var SKIPPED_DIRS = /* @__PURE__ */ new Set([
  ".git",
  "node_modules",
  "bower_components",
  "vendor",
  "third_party",
  "dist",
  "build",
  "out",
  "target",
  "coverage",
  ".venv",
  "venv",
  "site-packages",
  "__pycache__",
  ".tox",
  ".mypy_cache",
  ".next",
  ".nuxt",
  ".turbo",
  ".gradle",
  "Pods"
]);
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
async function listSources(cwd, inputs) {
  const files = [];
  const skipped = [];
  const walk = async (dir, rules) => {
    const own = await rulesOf(cwd, dir);
    const inForce = own ? [...rules, own] : rules;
    const handle = await opendir(path.join(cwd, dir)).catch(() => void 0);
    if (!handle) return skipped.push({ file: dir || ".", reason: "cannot be read" });
    const entries = [];
    for await (const entry of handle) {
      if (entry.isDirectory()) entries.push({ name: entry.name, isDir: true });
      else if (entry.isFile()) entries.push({ name: entry.name, isDir: false });
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDir ? SKIPPED_DIRS.has(entry.name) : !languageOf(rel)) continue;
      if (ignored(inForce, rel, entry.isDir)) continue;
      if (entry.isDir) await walk(rel, inForce);
      else files.push(rel);
    }
  };
  const realRoot = await realpath(cwd).catch(() => cwd);
  for (const input of inputs.length ? inputs : ["."]) {
    const absolute = path.resolve(cwd, input);
    const rel = toPosix(path.relative(cwd, absolute));
    if (rel.startsWith("..") || path.isAbsolute(rel)) {
      skipped.push({ file: toPosix(input), reason: "is outside the working directory" });
      continue;
    }
    const info = await lstat(absolute).catch(() => void 0);
    const real = await realpath(absolute).catch(() => absolute);
    const realRel = path.relative(realRoot, real);
    if (!info) skipped.push({ file: toPosix(input), reason: "no such file or directory" });
    else if (info.isSymbolicLink()) skipped.push({ file: rel, reason: "is a symbolic link; tokenbudget does not follow links" });
    else if (realRel.startsWith("..") || path.isAbsolute(realRel)) skipped.push({ file: rel, reason: "resolves outside the working directory (through a symbolic link)" });
    else if (rel.split("/").includes(".git")) skipped.push({ file: rel, reason: "is inside .git, which is never scanned" });
    else if (info.isDirectory()) await walk(rel, await ancestorRules(cwd, rel));
    else if (!info.isFile()) skipped.push({ file: rel, reason: "is not a regular file" });
    else if (!languageOf(rel)) skipped.push({ file: rel, reason: "is not source code or configuration tokenbudget scans" });
    else files.push(rel);
  }
  return { files: [...new Set(files)], skipped };
}
function isBinary(bytes) {
  return bytes.subarray(0, 8e3).includes(0);
}
async function readSources(cwd, files, maxBytes, onText) {
  const skipped = [];
  const decoder = new TextDecoder();
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      const read = await readCapped(path.join(cwd, file), maxBytes);
      if (!("bytes" in read)) skipped.push({ file, reason: read.problem.message });
      else if (!isBinary(read.bytes)) onText({ file, text: decoder.decode(read.bytes), bytes: read.bytes });
    }
  };
  await Promise.all(Array.from({ length: Math.min(16, files.length) }, worker));
  return skipped.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

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
var MAX_MODEL_CHARS = 300;
var ModelIndex = class {
  any = /* @__PURE__ */ new Map();
  byProvider = /* @__PURE__ */ new Map();
  constructor(layers, declared = []) {
    for (const { catalog } of layers) {
      for (const m of catalog.models) {
        const resolved = { provider: m.provider, model: m.id };
        for (const name of [m.id, ...m.aliases ?? []]) this.add(name, resolved);
      }
    }
    for (const d of declared) if (!this.byProvider.has(key(d.provider, d.model))) this.add(d.model, d);
  }
  add(name, resolved) {
    const lower = name.toLowerCase();
    this.any.set(lower, resolved);
    this.byProvider.set(key(resolved.provider, lower), resolved);
  }
  /** The model a string names, with a provider prefix resolved, or undefined. */
  resolve(text) {
    if (text.length === 0 || text.length > MAX_MODEL_CHARS) return void 0;
    const lower = text.toLowerCase();
    const exact = this.any.get(lower);
    if (exact) return exact;
    const cut = lower.search(/[/:]/);
    if (cut <= 0) return void 0;
    const provider = PROVIDER_PREFIXES[lower.slice(0, cut)];
    return provider === void 0 ? void 0 : this.byProvider.get(key(provider, lower.slice(cut + 1)));
  }
  /** The catalog entry a manifest's provider and model name, when the books know it. */
  find(provider, model) {
    return this.byProvider.get(key(provider, model.toLowerCase()));
  }
};
function key(provider, lowerModel) {
  return `${provider.toLowerCase()}\0${lowerModel}`;
}

// src/app/scan.ts
var MANIFEST_NAME = /(^|\/)ai-workloads\.ya?ml$/;
async function scanCode(options) {
  const declared = declaredModels(options.manifests);
  const index = new ModelIndex(options.layers, declared);
  const listed = await listSources(options.cwd, options.paths);
  const manifests = new Set(options.manifests.map((m) => m.file));
  const files = listed.files.filter((f) => !manifests.has(f) && !MANIFEST_NAME.test(f));
  const byFile = /* @__PURE__ */ new Map();
  const bytes = /* @__PURE__ */ new Map();
  let read = 0;
  const skipped = await readSources(options.cwd, files, options.maxFileBytes, (source) => {
    options.onFileRead?.(++read, files.length);
    const uses = findModelUses(source.file, source.text, index);
    if (uses.length === 0) return;
    byFile.set(source.file, uses);
    bytes.set(source.file, source.bytes);
  });
  const found = files.flatMap((f) => byFile.get(f) ?? []);
  const checked = crossCheck(found, declared, index);
  return { ...checked, skipped: [...listed.skipped, ...skipped], index, bytes };
}
async function baseUses(scan, base, maxFileBytes) {
  const files = [...new Set(scan.uses.filter((u) => !u.declared).map((u) => u.file))];
  const listing = new Map((await base.list()).map((e) => [e.path, e]));
  const out = /* @__PURE__ */ new Map();
  const toRead = [];
  for (const file of files) {
    const entry = listing.get(file);
    if (!entry) continue;
    if (entry.blob !== void 0 && entry.blob === blobId(scan.bytes.get(file))) out.set(file, scan.uses.filter((u) => u.file === file));
    else if (entry.size === void 0 || entry.size <= maxFileBytes) toRead.push(file);
  }
  const contents = await base.read(toRead);
  const decoder = new TextDecoder();
  for (const [file, content] of contents) out.set(file, findModelUses(file, decoder.decode(content), scan.index));
  return out;
}
async function undeclaredModelFindings(options) {
  const scan = await scanCode(options);
  const before = options.base ? await baseUses(scan, options.base, options.maxFileBytes) : void 0;
  return undeclaredFindings(scan.uses, addedUses(scan.uses, before), options.setting);
}

export {
  scanCode,
  undeclaredModelFindings
};
