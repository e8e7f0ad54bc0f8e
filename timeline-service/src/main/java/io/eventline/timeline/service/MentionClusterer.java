package io.eventline.timeline.service;

import io.eventline.contracts.DatePrecision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Groups the mentions of one event type into happenings. The result is a function of the set of mentions only
 * (never of their order), which is what makes the timeline independent of the order articles arrive in.
 *
 * <p>Mentions are grouped in tiers, most reliable date first, and a less reliable mention may only join a group
 * built in an earlier tier, so that a vague mention can never chain two distinct happenings together (a "this week"
 * airstrike must not glue the strikes of the 15th and the 17th into one):
 * <ol>
 * <li>textual DAY dates: linked pairwise (same day, or adjacent days with the same place and actor), connected
 *     components;</li>
 * <li>textual RANGE, WEEK, MONTH, YEAR dates, in that order: join the unique best overlapping earlier group, else
 *     group among themselves;</li>
 * <li>dates that are only the article's date (no time expression): join the unique best earlier group within a
 *     window before (occurred) or after (planned) the article's date, with {@link #MIN_EVIDENCE};</li>
 * <li>no date at all: join the unique best earlier group with {@link #MIN_EVIDENCE}; ambiguous → stays apart.</li>
 * </ol>
 * "Unique best" means the only fitting group, or one that beats every other by {@link #CLEAR_MARGIN}.
 */
public final class MentionClusterer {
    private static final List<DatePrecision> VAGUE_TIERS = List.of(DatePrecision.RANGE, DatePrecision.WEEK,
            DatePrecision.MONTH, DatePrecision.YEAR);

    /**
     * How much better than the runner-up the best home must be: one more shared country or actor is not enough
     * (police raids "in France" fit the 128 home searches and the Saint-Denis raid alike), a shared specific place is.
     */
    static final int CLEAR_MARGIN = 2;
    /**
     * Evidence a mention without a textual date needs to join a group: a shared specific place, or a shared country
     * and an actor, or the same treaty clause. A shared country alone is not enough ("raids in France" happen daily).
     */
    static final int MIN_EVIDENCE = 2;

    private final MentionMatcher matcher;

    public MentionClusterer(MentionMatcher matcher) {
        this.matcher = matcher;
    }

    /** Clusters mentions that all have the same type. Each cluster and the list are in content order. */
    public List<List<MentionFacts>> cluster(List<MentionFacts> mentions) {
        List<MentionFacts> sorted = new ArrayList<>(mentions);
        sorted.sort(MentionFacts.CONTENT_ORDER);
        List<Group> groups = new ArrayList<>();

        List<MentionFacts> days = sorted.stream()
                .filter(m -> m.textualDate() && m.precisionOrUnknown() == DatePrecision.DAY).toList();
        groups.addAll(linkByDate(days, matcher::sameDayHappening, 1));

        for (DatePrecision tier : VAGUE_TIERS) {
            List<MentionFacts> vague = sorted.stream()
                    .filter(m -> m.textualDate() && m.precisionOrUnknown() == tier).toList();
            groups.addAll(attachOrGroup(groups, vague, this::vagueFits, 0,
                    (a, b) -> MentionMatcher.overlap(a.date(), a.end(), b.date(), b.end()) && !matcher.contradict(a, b)));
        }

        List<MentionFacts> anchored = sorted.stream().filter(m -> m.dated() && !m.textualDate()).toList();
        groups.addAll(attachOrGroup(groups, anchored,
                (g, m) -> g.hasDate() && MentionMatcher.anchorWindowAllows(m, g.start, g.end), MIN_EVIDENCE,
                (a, b) -> a.date().equals(b.date()) && related(a, b)));

        List<MentionFacts> undated = sorted.stream().filter(m -> !m.dated()).toList();
        groups.addAll(attachOrGroup(groups, undated, (g, m) -> true, MIN_EVIDENCE, this::related));

        List<List<MentionFacts>> out = new ArrayList<>();
        for (Group g : groups) {
            List<MentionFacts> members = new ArrayList<>(g.members);
            members.sort(MentionFacts.CONTENT_ORDER);
            out.add(members);
        }
        out.sort(Comparator.comparing(c -> c.get(0), MentionFacts.CONTENT_ORDER));
        return out;
    }

    private boolean vagueFits(Group g, MentionFacts m) {
        return g.hasDate() && MentionMatcher.overlap(g.start, g.end, m.date(), m.end());
    }

    /** Mentions without a textual date only group on their own with positive evidence (same article, or a shared place or actor). */
    private boolean related(MentionFacts a, MentionFacts b) {
        if (matcher.contradict(a, b)) {
            return false;
        }
        return a.articleId().equals(b.articleId())
                || matcher.affinity(a, b.locations(), b.actors(), b.clauseText()) >= MIN_EVIDENCE;
    }

    /** Pairwise links + connected components; pairs are only tried within {@code maxGapDays} of each other. */
    private List<Group> linkByDate(List<MentionFacts> mentions, BiPredicate<MentionFacts, MentionFacts> link,
                                   int maxGapDays) {
        List<MentionFacts> byDate = new ArrayList<>(mentions);
        byDate.sort(Comparator.comparing(MentionFacts::date).thenComparing(MentionFacts.CONTENT_ORDER));
        UnionFind uf = new UnionFind(byDate.size());
        for (int i = 0; i < byDate.size(); i++) {
            LocalDate limit = byDate.get(i).end().plusDays(maxGapDays);
            for (int j = i + 1; j < byDate.size() && !byDate.get(j).date().isAfter(limit); j++) {
                if (link.test(byDate.get(i), byDate.get(j))) {
                    uf.union(i, j);
                }
            }
        }
        return uf.groups(byDate);
    }

    /**
     * Each mention joins the unique best fitting group of an earlier tier (affinity at least {@code minAffinity},
     * clearly better than the runner-up); the others are linked among themselves.
     */
    private List<Group> attachOrGroup(List<Group> earlier, List<MentionFacts> mentions,
                                      BiPredicate<Group, MentionFacts> fits, int minAffinity,
                                      BiPredicate<MentionFacts, MentionFacts> link) {
        List<Group> frozen = List.copyOf(earlier);
        List<Group> homes = new ArrayList<>();
        List<MentionFacts> unattached = new ArrayList<>();
        for (MentionFacts m : mentions) {
            Group best = null;
            int bestScore = -1;
            int secondScore = -1;
            for (Group g : frozen) {
                if (!fits.test(g, m) || g.contradicts(matcher, m)) {
                    continue;
                }
                int score = matcher.affinity(m, g.locations, g.actors, g.clauseTexts.toString());
                if (score > bestScore) {
                    secondScore = bestScore;
                    best = g;
                    bestScore = score;
                } else if (score > secondScore) {
                    secondScore = score;
                }
            }
            boolean clearlyBest = secondScore < 0 || bestScore - secondScore >= CLEAR_MARGIN;
            if (best != null && clearlyBest && bestScore >= minAffinity) {
                homes.add(best);
            } else {
                homes.add(null);
                unattached.add(m);
            }
        }
        // applied only after every decision, so that one mention's attachment cannot influence another's
        for (int i = 0; i < mentions.size(); i++) {
            if (homes.get(i) != null) {
                homes.get(i).add(mentions.get(i));
            }
        }
        UnionFind uf = new UnionFind(unattached.size());
        for (int i = 0; i < unattached.size(); i++) {
            for (int j = i + 1; j < unattached.size(); j++) {
                if (link.test(unattached.get(i), unattached.get(j))) {
                    uf.union(i, j);
                }
            }
        }
        return uf.groups(unattached);
    }

    /** A growing happening with the profile later tiers are matched against. */
    static final class Group {
        final List<MentionFacts> members = new ArrayList<>();
        final List<String> locations = new ArrayList<>();
        final List<String> actors = new ArrayList<>();
        final StringBuilder clauseTexts = new StringBuilder();
        LocalDate start;
        LocalDate end;

        void add(MentionFacts m) {
            members.add(m);
            locations.addAll(m.locations());
            actors.addAll(m.actors());
            clauseTexts.append(m.clauseText()).append(' ');
            if (m.dated() && (m.textualDate() || start == null)) {
                start = start == null || m.date().isBefore(start) ? m.date() : start;
                end = end == null || m.end().isAfter(end) ? m.end() : end;
            }
        }

        boolean hasDate() {
            return start != null;
        }

        boolean contradicts(MentionMatcher matcher, MentionFacts m) {
            return matcher.contradict(m.type(), m.locations(), m.actors(), m.clauseText(), locations, actors,
                    clauseTexts.toString());
        }
    }

    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }

        List<Group> groups(List<MentionFacts> items) {
            java.util.Map<Integer, Group> byRoot = new java.util.TreeMap<>();
            for (int i = 0; i < items.size(); i++) {
                byRoot.computeIfAbsent(find(i), r -> new Group()).add(items.get(i));
            }
            return new ArrayList<>(byRoot.values());
        }
    }
}
