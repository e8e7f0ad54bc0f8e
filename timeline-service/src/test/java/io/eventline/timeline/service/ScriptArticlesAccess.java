package io.eventline.timeline.service;

/** Public door to the scripted test articles for tests in other packages. */
public final class ScriptArticlesAccess {
    private ScriptArticlesAccess() {
    }

    public static String json(String name) {
        return ScriptArticles.json(name);
    }
}
