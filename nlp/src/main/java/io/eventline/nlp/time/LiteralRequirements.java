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
 * <p>
 * {@link #startPrefixes} is a second such condition: how a match can begin. It lists the possible beginnings of the
 * matches as short sequences of folded chars, digits and whitespace runs, up to the first construct it does not
 * follow (a character class, a repetition), so it over-approximates the regex: the regex cannot match where none of
 * the beginnings does.
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

    /** Kinds of {@link Other}. */
    private static final int ANY = 0;
    private static final int WHITESPACE = 1;
    private static final int DIGIT = 2;
    private static final int ZERO_WIDTH = 3;

    /** Atoms of a start prefix besides folded chars: a run of zero or more whitespace chars, a digit 0-9. */
    static final int WS = -1;
    static final int DIGIT_0_9 = -2;
    /** Longest start prefix followed, and most prefixes kept, before the analysis stops extending them. */
    private static final int MAX_ATOMS = 24;
    private static final int MAX_PREFIXES = 512;

    /**
     * The ways a match of the regex can begin: every match starts with a text that one of the returned prefixes
     * accepts ({@link StartTrie}). An atom is a folded char ({@code >= 0}), {@link #WS} (zero or more whitespace
     * chars: it stands for {@code \\s} with any repetition, and for a literal blank) or {@link #DIGIT_0_9}. A prefix
     * ends where the analysis stops following the regex (classes, {@code .}, repeated parts, non-ASCII literals);
     * lookarounds and {@code \\b} are skipped, which only accepts more. Null when nothing is known.
     */
    static int[][] startPrefixes(String regex) {
        try {
            Parser p = new Parser(regex);
            Node n = p.alternation();
            if (p.pos != regex.length()) {
                return null;
            }
            List<Prefix> out = expand(n, List.of(new Prefix(new int[0], false)));
            Set<List<Integer>> distinct = new LinkedHashSet<>();
            for (Prefix x : out) {
                List<Integer> atoms = new ArrayList<>();
                for (int a : x.atoms()) {
                    atoms.add(a);
                }
                if (atoms.isEmpty()) {
                    return null; // a match can begin with anything
                }
                distinct.add(atoms);
            }
            return distinct.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        } catch (Unsupported | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** The chars of the regex class {@code \\s}: {@code [ \t\n\x0B\f\r]}. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A start prefix being built; {@code done} once the analysis has stopped following the regex for it. */
    private record Prefix(int[] atoms, boolean done) {
        Prefix plus(int atom) {
            if (done) {
                return this;
            }
            if (atom == WS && atoms.length > 0 && atoms[atoms.length - 1] == WS) {
                return this; // a whitespace run absorbs the next one
            }
            int[] more = java.util.Arrays.copyOf(atoms, atoms.length + 1);
            more[atoms.length] = atom;
            return new Prefix(more, more.length >= MAX_ATOMS);
        }

        Prefix stop() {
            return done ? this : new Prefix(atoms, true);
        }
    }

    /** The prefixes after {@code n}, for each prefix in {@code in}. */
    private static List<Prefix> expand(Node n, List<Prefix> in) {
        if (in.stream().allMatch(Prefix::done)) {
            return in;
        }
        if (in.size() > MAX_PREFIXES) {
            return in.stream().map(Prefix::stop).toList();
        }
        if (n instanceof Seq seq) {
            List<Prefix> out = in;
            for (Node item : seq.items()) {
                out = expand(item, out);
            }
            return out;
        }
        if (n instanceof Alt alt) {
            List<Prefix> out = new ArrayList<>();
            for (Node b : alt.branches()) {
                out.addAll(expand(b, in));
            }
            return out;
        }
        if (n instanceof Group g) {
            return g.consuming() ? repeat(g.content(), g.min(), g.max(), in) : in;
        }
        if (n instanceof Lit l) {
            int atom = isRegexSpace(l.c()) ? WS : fold(l.c());
            return repeat(new Seq(List.of(new AtomNode(atom))), l.min(), l.max(), in);
        }
        if (n instanceof AtomNode a) {
            return in.stream().map(x -> x.plus(a.atom())).toList();
        }
        Other o = (Other) n;
        return switch (o.kind()) {
            case ZERO_WIDTH -> in;
            case WHITESPACE -> in.stream().map(x -> x.plus(WS)).toList();
            case DIGIT -> repeat(new Seq(List.of(new AtomNode(DIGIT_0_9))), o.min(), o.max(), in);
            default -> in.stream().map(Prefix::stop).toList();
        };
    }

    /**
     * {@code content} repeated {@code min} to {@code max} times (-1: unbounded): the prefixes without it when it may
     * be absent, and after {@code min} copies of it (one, when {@code min} is 0), which stop there when more copies
     * could follow.
     */
    private static List<Prefix> repeat(Node content, int min, int max, List<Prefix> in) {
        List<Prefix> out = new ArrayList<>();
        if (min == 0) {
            out.addAll(in);
        }
        if (max == 0) {
            return out;
        }
        int copies = Math.max(1, min);
        List<Prefix> with = in;
        for (int k = 0; k < copies; k++) {
            with = expand(content, with);
        }
        out.addAll(max == copies ? with : with.stream().map(Prefix::stop).toList());
        return out;
    }

    /** Folds one char as Pattern does for UNICODE_CASE case-insensitive literals. */
    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c; // the same, without the Unicode tables
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private sealed interface Node permits Lit, Group, Other, Seq, Alt, AtomNode {
    }

    /** One start-prefix atom, for {@link #repeat}. */
    private record AtomNode(int atom) implements Node {
    }

    /**
     * A literal char; {@code min} is the least number of times it must occur, {@code once} when exactly once,
     * {@code max} the most (-1: unbounded).
     */
    private record Lit(char c, int min, boolean once, int max) implements Node {
    }

    /** A group; {@code once} when it occurs exactly once; {@code max} the most times (-1: unbounded). */
    private record Group(Node content, boolean consuming, int min, boolean once, int max) implements Node {
    }

    /** Anything else: whitespace ({@code \\s}), a digit ({@code \\d}), a zero-width assertion, or any other char. */
    private record Other(int kind, int min, boolean once, int max) implements Node {
        Other(int kind) {
            this(kind, 1, true, 1);
        }
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
                atom = new Other(ANY);
            } else if (c == '\\') {
                atom = escape();
            } else if (c == '.' || c == '^' || c == '$') {
                pos++;
                atom = new Other(c == '.' ? ANY : ZERO_WIDTH);
            } else if (c == '?' || c == '*' || c == '+' || c == '{' || c == ']' || c == '}') {
                throw new Unsupported();
            } else if (c < 128) {
                pos++;
                atom = new Lit(c, 1, true, 1);
            } else {
                pos++;
                atom = new Other(ANY); // only ASCII literals fold the same way in the pattern and here
            }
            int min = 1;
            boolean once = true;
            int max = 1;
            if (pos < s.length()) {
                char q = s.charAt(pos);
                if (q == '?' || q == '*') {
                    pos++;
                    min = 0;
                    once = false;
                    max = q == '?' ? 1 : -1;
                } else if (q == '+') {
                    pos++;
                    once = false;
                    max = -1;
                } else if (q == '{') {
                    int close = s.indexOf('}', pos);
                    if (close < 0) {
                        throw new Unsupported();
                    }
                    String body = s.substring(pos + 1, close);
                    int comma = body.indexOf(',');
                    min = Integer.parseInt((comma < 0 ? body : body.substring(0, comma)).strip());
                    once = comma < 0 && min == 1;
                    String upper = comma < 0 ? body : body.substring(comma + 1).strip();
                    max = upper.isEmpty() ? -1 : Integer.parseInt(upper.strip());
                    pos = close + 1;
                } else {
                    return atom;
                }
                if (pos < s.length() && (s.charAt(pos) == '?' || s.charAt(pos) == '+')) {
                    pos++; // lazy or possessive: the same lower bound
                }
            }
            if (atom instanceof Lit l) {
                return new Lit(l.c(), min, once, max);
            }
            if (atom instanceof Group g) {
                return new Group(g.content(), g.consuming(), g.min() * min, g.once() && once,
                        g.max() < 0 || max < 0 ? -1 : g.max() * max);
            }
            if (atom instanceof Other o) {
                return new Other(o.kind(), min, once, max);
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
            return new Group(content, consuming, 1, true, 1);
        }

        private Node escape() {
            char e = s.charAt(pos + 1);
            if (e == 'p' || e == 'P') {
                int close = s.indexOf('}', pos);
                if (s.charAt(pos + 2) != '{' || close < 0) {
                    throw new Unsupported();
                }
                pos = close + 1;
                return new Other(ANY);
            }
            if ("dDsSwWbBhHvV".indexOf(e) >= 0) {
                pos += 2;
                return new Other(e == 's' ? WHITESPACE : e == 'd' ? DIGIT : e == 'b' || e == 'B' ? ZERO_WIDTH : ANY);
            }
            if (Character.isLetterOrDigit(e)) {
                throw new Unsupported(); // quoting, back-references, numeric and control escapes: not needed by the rules
            }
            pos += 2;
            return e < 128 ? new Lit(e, 1, true, 1) : new Other(ANY);
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
