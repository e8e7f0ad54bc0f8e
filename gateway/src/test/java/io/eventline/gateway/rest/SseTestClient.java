package io.eventline.gateway.rest;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A minimal SSE reader over a real HTTP connection: parses id/event/data fields and comments. */
final class SseTestClient implements AutoCloseable {
    /** One dispatched message, or a comment line (then only {@code comment} is set). */
    record Message(String id, String event, String data, String comment) {
    }

    private final HttpURLConnection connection;
    private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
    private final Thread reader;
    final int status;
    final String contentType;

    SseTestClient(URI uri, String lastEventId) throws Exception {
        connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setRequestProperty("Accept", "text/event-stream");
        if (lastEventId != null) {
            connection.setRequestProperty("Last-Event-ID", lastEventId);
        }
        connection.setReadTimeout(0);
        status = connection.getResponseCode();
        contentType = connection.getContentType();
        reader = new Thread(this::read, "sse-test-reader");
        reader.setDaemon(true);
        if (status == 200) {
            reader.start();
        }
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8))) {
            String id = null;
            String event = null;
            List<String> data = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    if (!data.isEmpty() || event != null) {
                        messages.add(new Message(id, event, String.join("\n", data), null));
                    }
                    id = null;
                    event = null;
                    data.clear();
                } else if (line.startsWith(":")) {
                    messages.add(new Message(null, null, null, line.substring(1).trim()));
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1);
                    if (value.startsWith(" ")) {
                        value = value.substring(1);
                    }
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> event = value;
                        case "data" -> data.add(value);
                        default -> { }
                    }
                }
            }
        } catch (Exception closed) {
            // the test closed the connection
        }
    }

    /** The next message matching, skipping others; null when none arrives in time. */
    Message next(Predicate<Message> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            Message m = messages.poll(left, TimeUnit.NANOSECONDS);
            if (m == null) {
                return null;
            }
            if (wanted.test(m)) {
                return m;
            }
        }
    }

    /** Everything received in the next {@code window}. */
    List<Message> drain(Duration window) throws InterruptedException {
        Thread.sleep(window.toMillis());
        List<Message> all = new ArrayList<>();
        messages.drainTo(all);
        return all;
    }

    static boolean isChange(Message m) {
        return m.comment() == null && m.id() != null;
    }

    @Override
    public void close() {
        connection.disconnect();
        reader.interrupt();
    }
}
