package io.eventline.nlp.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reader of the rule files under {@code rules/}: blocks of {@code key: value} lines separated by blank lines,
 * {@code #} comments. A key may repeat (several {@code pattern:} or {@code example:} lines). Blocks holding a
 * {@code define:} key declare macros ({@code define: MONTH = January|February}) usable as {@code {MONTH}}.
 */
public final class RuleFile {

    /** One rule: its keys in file order, every value of each key. */
    public record Block(String file, int line, Map<String, List<String>> values) {
        public String get(String key) {
            List<String> v = values.get(key);
            return v == null || v.isEmpty() ? null : v.get(0);
        }

        public String get(String key, String fallback) {
            String v = get(key);
            return v == null ? fallback : v;
        }

        public List<String> all(String key) {
            return values.getOrDefault(key, List.of());
        }

        public String where() {
            return file + ":" + line;
        }
    }

    private RuleFile() {
    }

    public static List<Block> load(String resource) {
        InputStream in = RuleFile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing rule file on classpath: " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(resource, r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Block> parse(String file, List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        Map<String, List<String>> current = new LinkedHashMap<>();
        int startLine = 0;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    blocks.add(new Block(file, startLine, current));
                    current = new LinkedHashMap<>();
                }
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException(file + ":" + (n + 1) + ": expected 'key: value' but got: " + line);
            }
            if (current.isEmpty()) {
                startLine = n + 1;
            }
            current.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>()).add(line.substring(colon + 1).strip());
        }
        if (!current.isEmpty()) {
            blocks.add(new Block(file, startLine, current));
        }
        return blocks;
    }

    /** Expands {NAME} macros declared in {@code define:} blocks of the same file. */
    public static Map<String, String> macros(List<Block> blocks) {
        Map<String, String> macros = new LinkedHashMap<>();
        for (Block b : blocks) {
            for (String d : b.all("define")) {
                int eq = d.indexOf('=');
                macros.put(d.substring(0, eq).strip(), expand(d.substring(eq + 1).strip(), macros));
            }
        }
        return macros;
    }

    public static String expand(String s, Map<String, String> macros) {
        String out = s;
        for (Map.Entry<String, String> m : macros.entrySet()) {
            out = out.replace("{" + m.getKey() + "}", m.getValue());
        }
        return out;
    }
}
