package org.partiqlvm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** Deletes {@code dir} and everything in it (a previous run's output); returns it. */
    static Path fresh(Path dir) throws IOException {
        return org.partiqlvm.e2e.harness.WorkFiles.fresh(dir);
    }

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

    /**
     * Asserts that the only hidden files under {@code out} are in-progress part files of killed
     * attempts (Flink's file sink does not delete the files a failed attempt opened after its last
     * checkpoint), and that every line in them is among the {@code committed} lines: they hold
     * records that were replayed after the restore, none that are missing from the output.
     */
    static void assertOnlyOrphansOfKilledAttempts(Path out, List<String> committed)
            throws IOException {
        java.util.Set<String> visible = new java.util.HashSet<>(committed);
        for (Path orphan : hiddenFiles(out)) {
            assertThat(orphan.getFileName().toString())
                    .matches(
                            "\\.rows-.*\\.jsonl\\.inprogress\\..*|\\.dead-letters-.*\\.jsonl\\.inprogress\\..*");
            if (orphan.getFileName().toString().startsWith(".rows-")) {
                String text = Files.readString(orphan, StandardCharsets.UTF_8);
                // The kill may have cut the last line short: only whole lines are rows.
                String whole = text.substring(0, text.lastIndexOf('\n') + 1);
                for (String line : whole.split("\n")) {
                    if (!line.isEmpty()) {
                        assertThat(visible).as("uncommitted row in %s", orphan).contains(line);
                    }
                }
            }
        }
    }
}
