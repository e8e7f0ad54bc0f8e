package io.eventline.deploy.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the repository, found from the deploy module (Maven runs tests with the module as working dir). */
public final class Repo {
    private Repo() {
    }

    public static Path deployDir() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy/base"))) {
                return dir.resolve("deploy");
            }
            if (Files.isDirectory(dir.resolve("base")) && dir.getFileName().toString().equals("deploy")) {
                return dir;
            }
        }
        throw new IllegalStateException("deploy/ not found above " + here);
    }

    public static Path root() {
        return deployDir().getParent();
    }

    public static Path overlay(String name) {
        return deployDir().resolve("overlays").resolve(name);
    }
}
