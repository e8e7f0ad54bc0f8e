package io.eventline.deploy.kustomize;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The real Kustomize (standalone {@code kustomize} or the one built into {@code kubectl}), when installed. */
public final class KustomizeBinary {
    private final List<String> command;

    private KustomizeBinary(List<String> command) {
        this.command = command;
    }

    public static Optional<KustomizeBinary> find() {
        Optional<Path> kustomize = onPath("kustomize");
        if (kustomize.isPresent()) {
            return Optional.of(new KustomizeBinary(List.of(kustomize.get().toString(), "build")));
        }
        return onPath("kubectl").map(kubectl -> new KustomizeBinary(List.of(kubectl.toString(), "kustomize")));
    }

    private static Optional<Path> onPath(String executable) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, executable);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public List<JsonNode> render(Path kustomizationDir) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new java.util.ArrayList<>(command));
        builder.command().add(kustomizationDir.toAbsolutePath().toString());
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", builder.command()) + " failed: "
                    + new String(err, StandardCharsets.UTF_8));
        }
        return YamlDocuments.readAll(new String(out, StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return String.join(" ", command);
    }
}
