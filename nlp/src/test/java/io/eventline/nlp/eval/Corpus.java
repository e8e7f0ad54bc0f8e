package io.eventline.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventline.contracts.Json;
import io.eventline.contracts.ParsedArticle;
import io.eventline.contracts.api.ArticleSubmission;
import io.eventline.nlp.article.ArticleParser;
import io.eventline.nlp.article.RawArticle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A labelled corpus on the test classpath ({@code corpus/}: the dev corpus the rules were developed on;
 * {@code holdout/}: articles written apart from the rules, never used to tune them): each article parsed by the
 * real ArticleParser, with its gold file. An article without a gold file, or a gold file without its article, fails
 * the load instead of being skipped; other files (README.md) are ignored.
 */
public final class Corpus {

    /** One labelled article. */
    public record Item(String name, ParsedArticle article, JsonNode gold) {
    }

    private Corpus() {
    }

    /** The dev corpus. */
    public static List<Item> load() {
        return load("corpus");
    }

    public static List<Item> load(String folder) {
        Path dir;
        try {
            dir = Paths.get(Corpus.class.getClassLoader().getResource(folder).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException(folder + " directory not on the test classpath", e);
        }
        ArticleParser parser = ArticleParser.create();
        List<Item> items = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            for (String name : names) {
                String base = name.endsWith(".gold.json") ? name.replace(".gold.json", "")
                        : name.replaceFirst("\\.(txt|html|json)$", "");
                if (!base.equals(name) && !names.contains(base + ".gold.json")) {
                    throw new IllegalStateException(folder + "/" + name + " has no gold file " + base + ".gold.json");
                }
            }
            for (String name : names.stream().filter(n -> n.endsWith(".gold.json")).toList()) {
                String base = name.replace(".gold.json", "");
                RawArticle raw = raw(dir, base);
                if (raw == null) {
                    throw new IllegalStateException(folder + "/" + name + " has no article " + base + ".txt/.html/.json");
                }
                items.add(new Item(base, parser.parse(raw), Json.mapper().readTree(dir.resolve(name).toFile())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }

    private static RawArticle raw(Path dir, String base) throws IOException {
        Path txt = dir.resolve(base + ".txt");
        Path html = dir.resolve(base + ".html");
        Path json = dir.resolve(base + ".json");
        if (Files.exists(txt)) {
            return RawArticle.text(Files.readString(txt, StandardCharsets.UTF_8));
        }
        if (Files.exists(html)) {
            return RawArticle.html(Files.readString(html, StandardCharsets.UTF_8));
        }
        if (Files.exists(json)) {
            return RawArticle.from(Json.mapper().readValue(json.toFile(), ArticleSubmission.class));
        }
        return null;
    }
}
