package io.eventline.nlp.article;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whole-line patterns of page furniture (navigation, share widgets, credits, syndication footers...), loaded from
 * {@code article/boilerplate.tsv}, plus the section labels of {@code article/section-labels.txt}.
 */
public final class BoilerplateRules {

    /** One rule of the data file; {@code example} is a line it must match. */
    public record Rule(String name, Pattern pattern, String example) {
        public boolean matches(String line) {
            return pattern.matcher(line).matches();
        }

        /** Photo credits take the caption line above them along. */
        public boolean isCredit() {
            return name.startsWith("image_");
        }
    }

    private static final BoilerplateRules DEFAULT = load();

    private final List<Rule> rules;
    private final Set<String> sectionLabels;

    private BoilerplateRules(List<Rule> rules, Set<String> sectionLabels) {
        this.rules = rules;
        this.sectionLabels = sectionLabels;
    }

    public static BoilerplateRules defaults() {
        return DEFAULT;
    }

    private static BoilerplateRules load() {
        List<Rule> rules = Resources.lines("boilerplate.tsv").stream().map(line -> {
            String[] cols = line.split("\t");
            if (cols.length != 3) {
                throw new IllegalStateException("boilerplate.tsv: expected name<TAB>regex<TAB>example in: " + line);
            }
            return new Rule(cols[0], Pattern.compile(cols[1]), cols[2]);
        }).toList();
        Set<String> labels = Resources.lines("section-labels.txt").stream()
                .map(l -> l.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        return new BoilerplateRules(rules, labels);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The first rule matching the whole (trimmed) line. */
    public Optional<Rule> match(String line) {
        String trimmed = line.strip();
        for (Rule rule : rules) {
            if (rule.matches(trimmed)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    public boolean isSectionLabel(String line) {
        return sectionLabels.contains(line.strip().toLowerCase(Locale.ROOT));
    }
}
