package io.eventline.nlp.article;

import io.eventline.contracts.TextSpan;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sentence boundaries with the OpenNLP English model (UD EWT), corrected for news abbreviations: a split right after
 * "Gen.", "Nov.", "Art." or "U.S." (data file {@code article/abbreviations.txt}) or before a lower-case word or a
 * digit ("Art. 42.7") is undone. The model is loaded once; detectors are per thread because they are not thread-safe.
 */
public final class SentenceSplitter {
    public static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final Pattern STARTS_LOWER_OR_DIGIT = Pattern.compile("^[\\p{Ll}\\d(]");
    private static final Pattern INITIAL = Pattern.compile("(^|\\s)\\p{Lu}\\.$");

    private final ThreadLocal<SentenceDetectorME> detector;
    private final Set<String> abbreviations;

    public SentenceSplitter() {
        SentenceModel model = loadModel();
        this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
        this.abbreviations = Set.copyOf(Resources.lines("abbreviations.txt").stream().map(String::strip).toList());
    }

    private static SentenceModel loadModel() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + MODEL_RESOURCE
                        + " not on the classpath (dependency org.apache.opennlp:opennlp-models-sentdetect-en)");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sentence spans of one paragraph, shifted by {@code offset} so they point into the whole text. */
    public List<TextSpan> split(String paragraph, int offset) {
        Span[] raw = detector.get().sentPosDetect(paragraph);
        List<int[]> merged = new ArrayList<>();
        for (Span s : raw) {
            int start = s.getStart();
            int end = s.getEnd();
            if (!merged.isEmpty()) {
                int[] prev = merged.get(merged.size() - 1);
                String prevText = paragraph.substring(prev[0], prev[1]);
                String next = paragraph.substring(start, end);
                if (shouldJoin(prevText, next)) {
                    prev[1] = end;
                    continue;
                }
            }
            merged.add(new int[] {start, end});
        }
        if (merged.isEmpty() && !paragraph.isBlank()) {
            merged.add(new int[] {0, paragraph.length()});
        }
        List<TextSpan> spans = new ArrayList<>(merged.size());
        for (int[] m : merged) {
            int start = m[0];
            int end = m[1];
            while (start < end && Character.isWhitespace(paragraph.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(paragraph.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                spans.add(new TextSpan(offset + start, offset + end));
            }
        }
        return spans;
    }

    private boolean shouldJoin(String prev, String next) {
        String trimmed = prev.stripTrailing();
        int space = trimmed.lastIndexOf(' ');
        String lastToken = trimmed.substring(space + 1);
        while (!lastToken.isEmpty() && "(\"'“‘[".indexOf(lastToken.charAt(0)) >= 0) {
            lastToken = lastToken.substring(1);
        }
        if (abbreviations.contains(lastToken)) {
            return true;
        }
        if (INITIAL.matcher(trimmed).find()) {
            return true; // "John F. Kennedy", "Jean-Yves Le D." style initials
        }
        return trimmed.endsWith(".") && STARTS_LOWER_OR_DIGIT.matcher(next.stripLeading()).find();
    }
}
