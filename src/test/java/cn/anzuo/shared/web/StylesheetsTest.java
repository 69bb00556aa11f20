package cn.anzuo.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every stylesheet we ship is read block by block: an unclosed block (a lost "}" after a merge
 * turns every later rule into a desk-only rule) or a stray "}" fails the build, with the line.
 * Our own convention on top of CSS: no at-rule (@media, @supports) inside another one, so a
 * block that was meant to be closed cannot silently swallow the next section.
 */
class StylesheetsTest {

    private static final Path STATIC = Path.of("src/main/resources/static");

    @Test
    void everyStylesheetHasBalancedBlocksAndNoNestedAtRules() throws IOException {
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(STATIC)) {
            sheets = files.filter(p -> p.toString().endsWith(".css")).toList();
        }
        assertThat(sheets).isNotEmpty();
        for (Path sheet : sheets) {
            assertThat(problems(Files.readString(sheet, StandardCharsets.UTF_8)))
                    .as("problems in %s", sheet)
                    .isEmpty();
        }
    }

    @Test
    void anUnclosedMediaBlockIsFound() {
        String css = ".a { color: red; }\n@media (min-width: 720px) {\n  .b { color: blue; }\n\n/* next */\n.c { x: y; }\n";
        assertThat(problems(css)).anyMatch(p -> p.contains("line 2") && p.contains("never closed"));
    }

    @Test
    void aMediaBlockSwallowingAnotherIsFound() {
        String css = "@media (min-width: 720px) {\n.a { b: c; }\n@media print { .d { e: f; } }\n}\n";
        assertThat(problems(css)).anyMatch(p -> p.contains("line 3") && p.contains("inside"));
    }

    @Test
    void braces_in_comments_and_strings_do_not_count() {
        assertThat(problems("/* { */ .a::after { content: \"}\"; }\n")).isEmpty();
    }

    @Test
    void aStrayClosingBraceIsFound() {
        assertThat(problems(".a { b: c; } }\n")).anyMatch(p -> p.contains("line 1") && p.contains("stray"));
    }

    /** What is wrong with a stylesheet, one line per problem (empty when it is well formed). */
    static List<String> problems(String css) {
        List<String> problems = new ArrayList<>();
        record Open(int line, boolean atRule) {}
        Deque<Open> open = new ArrayDeque<>();
        int line = 1;
        StringBuilder prelude = new StringBuilder();
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                if (end < 0) {
                    problems.add("line " + line + ": comment never closed");
                    break;
                }
                line += (int) css.substring(i, end).chars().filter(ch -> ch == '\n').count();
                i = end + 1;
                continue;
            }
            if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < css.length() && css.charAt(end) != c && css.charAt(end) != '\n') {
                    end += css.charAt(end) == '\\' ? 2 : 1;
                }
                if (end >= css.length() || css.charAt(end) != c) {
                    problems.add("line " + line + ": string never closed");
                }
                i = Math.min(end, css.length() - 1);
                continue;
            }
            if (c == '{') {
                boolean atRule = prelude.toString().strip().startsWith("@");
                if (atRule && open.stream().anyMatch(Open::atRule)) {
                    problems.add("line " + line + ": " + prelude.toString().strip() + " inside the block opened on line "
                            + open.stream().filter(Open::atRule).findFirst().orElseThrow().line()
                            + " (was that block meant to be closed?)");
                }
                open.push(new Open(line, atRule));
                prelude.setLength(0);
            } else if (c == '}') {
                if (open.isEmpty()) {
                    problems.add("line " + line + ": stray }");
                } else {
                    open.pop();
                }
                prelude.setLength(0);
            } else if (c == ';') {
                prelude.setLength(0);
            } else {
                prelude.append(c);
            }
        }
        for (Open block : open) {
            problems.add("line " + block.line() + ": block never closed");
        }
        return problems;
    }
}
