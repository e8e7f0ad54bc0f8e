package io.eventline.nlp.time;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A cheap necessary condition for a date rule's regex, read off the regex itself: literal text that every match must
 * contain ("ago", one of the month names, one of "later/after/earlier/before"). A rule is only run where the rest of
 * the sentence contains each of them, compared case-folded the way a CASE_INSENSITIVE | UNICODE_CASE pattern folds
 * ({@code toLowerCase(toUpperCase(c))}). The analysis is conservative: optional parts, character classes,
 * lookarounds and alternations of anything but plain literals give no requirement, and a construct it does not know
 * (inline flags, quoting, numeric escapes) gives none for the whole rule. So skipping a rule never changes a result.
 */
final class LiteralRequirements {

    private LiteralRequirements() {
    }

    /** Thrown inside the parser for anything not understood: the rule then gets no requirement. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /**
     * Each element is an any-of set of folded literals; every match of the regex contains one string of every set.
     * Empty when nothing safe is known.
     */
    static List<String[]> of(String regex) {
        try {
            Parser p = new Parser(regex);
            Node n = p.alternation();
            if (p.pos != regex.length()) {
                return List.of();
            }
            List<String[]> out = new ArrayList<>();
            requirements(n, out);
            return out;
        } catch (Unsupported | IndexOutOfBoundsException e) {
            return List.of();
        }
    }

    /** Folds one char as Pattern does for UNICODE_CASE case-insensitive literals. */
    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c; // the same, without the Unicode tables
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private sealed interface Node permits Lit, Group, Other, Seq, Alt {
    }

    /** A literal char; {@code min} is the least number of times it must occur, {@code once} when exactly once. */
    private record Lit(char c, int min, boolean once) implements Node {
    }

    private record Group(Node content, boolean consuming, int min) implements Node {
    }

    private record Other() implements Node {
    }

    private record Seq(List<Node> items) implements Node {
    }

    private record Alt(List<Node> branches) implements Node {
    }

    private static void requirements(Node n, List<String[]> out) {
        if (n instanceof Seq s) {
            StringBuilder run = new StringBuilder();
            for (Node item : s.items()) {
                if (item instanceof Lit l && l.min() >= 1) {
                    run.append(fold(l.c()));
                    if (!l.once()) {
                        flush(run, out);
                    }
                    continue;
                }
                flush(run, out);
                if (item instanceof Group g && g.consuming() && g.min() >= 1) {
                    requirements(g.content(), out);
                }
            }
            flush(run, out);
        } else if (n instanceof Alt a) {
            Set<String> words = new LinkedHashSet<>();
            for (Node b : a.branches()) {
                String w = literal(b);
                if (w == null || w.isEmpty()) {
                    return; // a branch without a plain literal: no requirement from this alternation
                }
                words.add(w);
            }
            out.add(minimal(words));
        } else if (n instanceof Group g && g.consuming() && g.min() >= 1) {
            requirements(g.content(), out);
        }
    }

    private static void flush(StringBuilder run, List<String[]> out) {
        if (!run.isEmpty()) {
            out.add(new String[] {run.toString()});
            run.setLength(0);
        }
    }

    /** The folded text of a branch made only of single literal chars, else null. */
    private static String literal(Node n) {
        if (n instanceof Lit l) {
            return l.once() ? String.valueOf(fold(l.c())) : null;
        }
        if (n instanceof Group g && g.consuming() && g.min() == 1 && !(g.content() instanceof Alt)) {
            return literal(g.content());
        }
        if (n instanceof Seq s) {
            StringBuilder sb = new StringBuilder();
            for (Node item : s.items()) {
                String part = literal(item);
                if (part == null) {
                    return null;
                }
                sb.append(part);
            }
            return sb.toString();
        }
        return null;
    }

    /** Drops strings that contain another of the set: "january" occurs only where "jan" does. */
    private static String[] minimal(Set<String> words) {
        List<String> keep = new ArrayList<>();
        for (String w : words) {
            boolean redundant = false;
            for (String o : words) {
                if (!o.equals(w) && w.contains(o)) {
                    redundant = true;
                    break;
                }
            }
            if (!redundant) {
                keep.add(w);
            }
        }
        return keep.toArray(new String[0]);
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        Node alternation() {
            List<Node> branches = new ArrayList<>();
            branches.add(sequence());
            while (pos < s.length() && s.charAt(pos) == '|') {
                pos++;
                branches.add(sequence());
            }
            return branches.size() == 1 ? branches.get(0) : new Alt(branches);
        }

        private Node sequence() {
            List<Node> items = new ArrayList<>();
            while (pos < s.length() && s.charAt(pos) != '|' && s.charAt(pos) != ')') {
                items.add(quantified());
            }
            return new Seq(items);
        }

        private Node quantified() {
            char c = s.charAt(pos);
            Node atom;
            if (c == '(') {
                atom = group();
            } else if (c == '[') {
                skipClass();
                atom = new Other();
            } else if (c == '\\') {
                atom = escape();
            } else if (c == '.' || c == '^' || c == '$') {
                pos++;
                atom = new Other();
            } else if (c == '?' || c == '*' || c == '+' || c == '{' || c == ']' || c == '}') {
                throw new Unsupported();
            } else if (c < 128) {
                pos++;
                atom = new Lit(c, 1, true);
            } else {
                pos++;
                atom = new Other(); // only ASCII literals fold the same way in the pattern and here
            }
            int min = 1;
            boolean once = true;
            if (pos < s.length()) {
                char q = s.charAt(pos);
                if (q == '?' || q == '*') {
                    pos++;
                    min = 0;
                    once = false;
                } else if (q == '+') {
                    pos++;
                    once = false;
                } else if (q == '{') {
                    int close = s.indexOf('}', pos);
                    if (close < 0) {
                        throw new Unsupported();
                    }
                    String body = s.substring(pos + 1, close);
                    int comma = body.indexOf(',');
                    min = Integer.parseInt((comma < 0 ? body : body.substring(0, comma)).strip());
                    once = comma < 0 && min == 1;
                    pos = close + 1;
                } else {
                    return atom;
                }
                if (pos < s.length() && (s.charAt(pos) == '?' || s.charAt(pos) == '+')) {
                    pos++; // lazy or possessive: the same lower bound
                }
            }
            if (atom instanceof Lit l) {
                return new Lit(l.c(), min, once);
            }
            if (atom instanceof Group g) {
                return new Group(g.content(), g.consuming(), g.min() * min);
            }
            return atom;
        }

        private Node group() {
            pos++; // (
            boolean consuming = true;
            if (s.startsWith("?:", pos) || s.startsWith("?>", pos)) {
                pos += 2;
            } else if (s.startsWith("?=", pos) || s.startsWith("?!", pos)) {
                pos += 2;
                consuming = false;
            } else if (s.startsWith("?<=", pos) || s.startsWith("?<!", pos)) {
                pos += 3;
                consuming = false;
            } else if (s.startsWith("?<", pos)) {
                int close = s.indexOf('>', pos);
                if (close < 0) {
                    throw new Unsupported();
                }
                for (int i = pos + 2; i < close; i++) {
                    if (!Character.isLetterOrDigit(s.charAt(i))) {
                        throw new Unsupported();
                    }
                }
                pos = close + 1;
            } else if (s.startsWith("?", pos)) {
                throw new Unsupported(); // inline flags and the like
            }
            Node content = alternation();
            if (pos >= s.length() || s.charAt(pos) != ')') {
                throw new Unsupported();
            }
            pos++;
            return new Group(content, consuming, 1);
        }

        private Node escape() {
            char e = s.charAt(pos + 1);
            if (e == 'p' || e == 'P') {
                int close = s.indexOf('}', pos);
                if (s.charAt(pos + 2) != '{' || close < 0) {
                    throw new Unsupported();
                }
                pos = close + 1;
                return new Other();
            }
            if ("dDsSwWbBhHvV".indexOf(e) >= 0) {
                pos += 2;
                return new Other();
            }
            if (Character.isLetterOrDigit(e)) {
                throw new Unsupported(); // quoting, back-references, numeric and control escapes: not needed by the rules
            }
            pos += 2;
            return e < 128 ? new Lit(e, 1, true) : new Other();
        }

        private void skipClass() {
            int depth = 0;
            while (true) {
                char c = s.charAt(pos);
                if (c == '\\') {
                    pos += 2;
                    continue;
                }
                pos++;
                if (c == '[') {
                    depth++;
                } else if (c == ']') {
                    depth--;
                    if (depth == 0) {
                        return;
                    }
                }
            }
        }
    }
}
