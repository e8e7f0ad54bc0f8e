package io.eventline.nlp.article;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventline.contracts.Json;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static io.eventline.nlp.article.MetadataValues.blankToNull;
import static io.eventline.nlp.article.MetadataValues.firstNonBlank;

/**
 * Turns an HTML page into text blocks of its main content plus the metadata the page declares (title, publication
 * date, site name). Page chrome is removed by element (nav, aside, forms, captions...) and by class/id names of
 * share widgets, cookie banners and the like; the text cleaner then removes what is left line by line.
 */
public final class HtmlArticleReader {

    /** What the page says about itself; null when absent. */
    public record HtmlMetadata(String title, String headline, String publishedAt, String publishedAtOrigin, String siteName) {
    }

    public record Result(List<Block> blocks, HtmlMetadata metadata) {
    }

    private static final String ALWAYS_REMOVED = "script, style, noscript, template, iframe, svg, canvas, object, embed, "
            + "nav, aside, form, button, select, input, textarea, label, figcaption, figure, dialog, menu, "
            + "[role=navigation], [role=complementary], [role=dialog], [role=alertdialog], [role=search], "
            + "[hidden], [aria-hidden=true], [itemprop=caption]";
    /** Class/id words of widgets; only removed when small, so a wrapper named e.g. "share-root" cannot eat the article. */
    private static final Pattern WIDGET_NAME = Pattern.compile(
            "(?i)(^|[\\s_-])(share|sharing|social|cookie|cookies|consent|gdpr|newsletter|subscribe|subscription|promo|"
                    + "advert|advertisement|ad|ads|banner|breadcrumbs?|related|recommended|comments?|byline|author-bio|"
                    + "credit|caption|paywall|popup|modal|toolbar|tags|most-read|trending|outbrain|taboola)([\\s_-]|$)");
    private static final int WIDGET_MAX_CHARS = 600;
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table",
            "thead", "tbody", "tr", "td", "th", "address", "hr", "center", "details", "summary");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+[^|–—-]{2,60}$");

    private HtmlArticleReader() {
    }

    public static Result read(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        JsonLd jsonLd = JsonLd.of(doc);
        String ogTitle = meta(doc, "og:title", "twitter:title");
        String titleTag = doc.title().isBlank() ? null : doc.title().strip();
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        String h1Text = h1 == null ? null : blankToNull(h1.text());

        String[] date = publishedAt(doc, jsonLd);
        String site = firstNonBlank(meta(doc, "og:site_name", "application-name"), jsonLd.publisherName);

        String title = firstNonBlank(ogTitle == null ? null : stripSiteSuffix(ogTitle, site),
                jsonLd.headline, titleTag == null ? null : stripSiteSuffix(titleTag, site), h1Text);
        Element root = contentRoot(doc);
        removeChrome(root);
        List<Block> blocks = blocks(root);
        return new Result(blocks, new HtmlMetadata(title, h1Text, date[0], date[1], site));
    }

    /** {value, origin} of the first declared publication date that parses; {null, null} when none. */
    private static String[] publishedAt(Document doc, JsonLd jsonLd) {
        for (String name : List.of("article:published_time", "og:published_time", "og:article:published_time",
                "datePublished", "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date",
                "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date",
                "article.published", "cxenseparse:recs:publishtime", "og:updated_time", "article:modified_time")) {
            Optional<String> v = PublicationDates.parseLenient(meta(doc, name));
            if (v.isPresent()) {
                return new String[] {v.get(), "HTML_META"};
            }
        }
        for (Element e : doc.select("[itemprop=datePublished]")) {
            String raw = firstNonBlank(e.attr("content"), e.attr("datetime"), e.text());
            Optional<String> v = PublicationDates.parseLenient(raw);
            if (v.isPresent()) {
                return new String[] {v.get(), "HTML_META"};
            }
        }
        Optional<String> ld = PublicationDates.parseLenient(jsonLd.datePublished);
        if (ld.isPresent()) {
            return new String[] {ld.get(), "JSON_LD"};
        }
        Elements times = doc.select("article time[datetime], main time[datetime], time[pubdate], time[datetime]");
        for (Element t : times) {
            Optional<String> v = PublicationDates.parseLenient(t.attr("datetime"));
            if (v.isPresent()) {
                return new String[] {v.get(), "TIME_ELEMENT"};
            }
        }
        return new String[] {null, null};
    }

    private static String meta(Document doc, String... names) {
        for (String name : names) {
            for (Element m : doc.select("meta[content]")) {
                String key = firstNonBlank(m.attr("property"), m.attr("name"), m.attr("itemprop"), m.attr("http-equiv"));
                if (key != null && key.equalsIgnoreCase(name) && !m.attr("content").isBlank()) {
                    return m.attr("content").strip();
                }
            }
        }
        return null;
    }

    /** "Paris attacks: EU backs France | DW" -> "Paris attacks: EU backs France"; keeps titles without a suffix. */
    public static String stripSiteSuffix(String title, String site) {
        String t = title.strip();
        if (site != null && !site.isBlank()) {
            for (String sep : List.of(" | ", " - ", " – ", " — ", " :: ", " · ")) {
                if (t.endsWith(sep + site)) {
                    return t.substring(0, t.length() - sep.length() - site.length()).strip();
                }
            }
        }
        int bar = t.lastIndexOf(" | ");
        if (bar > 0 && words(t.substring(0, bar)) >= 2) {
            return t.substring(0, bar).strip();
        }
        var m = TITLE_SUFFIX.matcher(t);
        if (m.find() && words(t.substring(0, m.start())) >= 2) {
            String suffix = t.substring(m.start()).replaceFirst("^\\s+[|–—-]\\s+", "");
            // a site name is a few capitalised words ("BBC News", "The Guardian"), not the end of a headline
            if (suffix.split("\\s+").length <= 4 && suffix.matches("(\\p{Lu}[\\p{L}\\p{N}.&'’]*\\s?)+")) {
                return t.substring(0, m.start()).strip();
            }
        }
        return t;
    }

    private static int words(String s) {
        return s.strip().split("\\s+").length;
    }

    /** The element holding the story: the longest &lt;article&gt;, else main, else the body. */
    private static Element contentRoot(Document doc) {
        Element best = null;
        int bestLen = 0;
        for (Element a : doc.select("article, [itemprop=articleBody], [role=main], main")) {
            int len = a.select("p").text().length();
            if (len > bestLen) {
                best = a;
                bestLen = len;
            }
        }
        if (best != null && bestLen >= 200) {
            // a story-body inside an <article> is still inside it: prefer the outer article so its h1 stays
            Element outer = best.closest("article");
            return outer != null ? outer : best;
        }
        return doc.body() == null ? doc : doc.body();
    }

    private static void removeChrome(Element root) {
        root.select(ALWAYS_REMOVED).remove();
        // site header/footer, but not the header of the article itself (it holds the headline)
        for (Element e : root.select("header, footer, [role=banner], [role=contentinfo]")) {
            boolean articleHeader = e.tagName().equals("header") && e.closest("article") != null && !e.select("h1").isEmpty();
            if (!articleHeader) {
                e.remove();
            }
        }
        // a stand-alone <time> is a dateline of the page, not prose; inside a sentence ("On <time>Tuesday</time>, ...") it stays
        for (Element t : root.select("time")) {
            Element parent = t.parent();
            boolean inProse = parent != null && parent.closest("header") == null && !parent.ownText().isBlank();
            if (!inProse) {
                t.remove();
            }
        }
        for (Element e : root.select("[class], [id]")) {
            if (e == root || e.parent() == null) {
                continue;
            }
            String names = e.className() + " " + e.id();
            if (WIDGET_NAME.matcher(names).find() && e.text().length() <= WIDGET_MAX_CHARS && !e.is("p, h1, h2, h3")) {
                e.remove();
            }
        }
    }

    /** Block elements become blocks; br becomes a line break inside a block. */
    private static List<Block> blocks(Element root) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        List<String> lines = new ArrayList<>();
        boolean[] heading = {false};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    line.append(t.getWholeText());
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        endLine();
                    } else if (BLOCK_TAGS.contains(tag)) {
                        endBlock();
                        heading[0] = HEADINGS.contains(tag);
                    } else if (tag.equals("img") && !line.isEmpty()) {
                        line.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    endBlock();
                }
            }

            private void endLine() {
                String l = TextArticleReader.cleanLine(line.toString());
                if (!l.isEmpty()) {
                    lines.add(l);
                }
                line.setLength(0);
            }

            private void endBlock() {
                endLine();
                if (!lines.isEmpty()) {
                    blocks.add(new Block(List.copyOf(lines), heading[0]));
                }
                lines.clear();
                heading[0] = false;
            }
        }, root);
        String l = TextArticleReader.cleanLine(line.toString());
        if (!l.isEmpty()) {
            lines.add(l);
        }
        if (!lines.isEmpty()) {
            blocks.add(new Block(List.copyOf(lines), heading[0]));
        }
        return blocks;
    }


    /** The few schema.org NewsArticle fields we use, from every ld+json script (arrays and @graph included). */
    private static final class JsonLd {
        String datePublished;
        String headline;
        String publisherName;

        static JsonLd of(Document doc) {
            JsonLd ld = new JsonLd();
            for (Element script : doc.select("script[type=application/ld+json]")) {
                try {
                    ld.visit(Json.mapper().readTree(script.data()));
                } catch (Exception malformed) {
                    // pages often ship broken JSON-LD; the other metadata still counts
                }
            }
            return ld;
        }

        private void visit(JsonNode node) {
            if (node == null) {
                return;
            }
            if (node.isArray()) {
                node.forEach(this::visit);
                return;
            }
            if (!node.isObject()) {
                return;
            }
            if (isArticle(node)) {
                if (datePublished == null && node.hasNonNull("datePublished")) {
                    datePublished = node.get("datePublished").asText();
                }
                if (headline == null && node.hasNonNull("headline")) {
                    headline = node.get("headline").asText().strip();
                }
                JsonNode publisher = node.get("publisher");
                if (publisherName == null && publisher != null) {
                    JsonNode p = publisher.isArray() && !publisher.isEmpty() ? publisher.get(0) : publisher;
                    publisherName = p.isTextual() ? p.asText() : p.path("name").asText(null);
                }
            }
            visit(node.get("@graph"));
            visit(node.get("mainEntity"));
        }

        private static boolean isArticle(JsonNode node) {
            JsonNode type = node.get("@type");
            String types = type == null ? "" : type.toString().toLowerCase(Locale.ROOT);
            return types.contains("article") || types.contains("posting") || types.contains("report")
                    || node.has("datePublished");
        }
    }
}
