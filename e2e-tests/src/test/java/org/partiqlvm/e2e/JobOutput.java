package org.partiqlvm.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What a job left in an output folder: the lines of its committed files, and anything else. */
final class JobOutput {

    private JobOutput() {}

    /** The lines of every committed (visible) file under {@code dir}. */
    static List<String> committedLines(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return lines;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                if (!f.getFileName().toString().startsWith(".")) {
                    lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
                }
            }
        }
        return lines;
    }

    /** Hidden files under {@code dir}: in-progress or pending part files of the file sink. */
    static List<Path> hiddenFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().startsWith("."))
                    .toList();
        }
    }
}
