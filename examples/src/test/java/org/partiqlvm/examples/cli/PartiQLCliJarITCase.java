package org.partiqlvm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged, self-contained {@code partiql-cli.jar} as a user would: {@code java -jar}. */
class PartiQLCliJarITCase {

    private static final Path JAR =
            Path.of(System.getProperty("examples.dir", "."), "target", "partiql-cli.jar");

    @Test
    void theJarRunsOnItsOwnAndReportsExitCodes(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, "{\"a\": [1, 2]}\n{\"a\": [3]}\n{broken\n");

        Process ok =
                run(
                        dir,
                        "-q",
                        "SELECT VALUE x FROM stream AS s, s.a AS x",
                        "--input",
                        input.toString(),
                        "--on-error",
                        "skip");
        Process bad =
                run(
                        dir,
                        "-q",
                        "SELECT VALUE x FROM stream AS s, s.a AS x",
                        "--input",
                        input.toString());
        Process query = run(dir, "-q", "SELECT FROM");

        assertThat(ok.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(ok.exitValue()).isZero();
        assertThat(Files.readAllLines(dir.resolve("out-0.txt"))).containsExactly("1", "2", "3");
        assertThat(bad.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(bad.exitValue()).isEqualTo(PartiQLCli.INPUT_ERROR);
        assertThat(Files.readString(dir.resolve("err-1.txt"))).contains("line 3");
        assertThat(query.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(query.exitValue()).isEqualTo(PartiQLCli.QUERY_ERROR);
    }

    @Test
    void aHugeLineAndAHugeStringAreBadRecordsNotOutOfMemoryIn256Megabytes(@TempDir Path dir)
            throws Exception {
        Path input = dir.resolve("huge.jsonl");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(input), 1 << 16)) {
            out.write("{\"id\": 1}\n{\"s\": \"".getBytes(StandardCharsets.US_ASCII));
            writeX(out, 200 << 20); // a 200 MB line: over the 64 MB record-size limit
            out.write(
                    "\"}\n{\"id\": 2}\n{\"id\": 3, \"s\": \"".getBytes(StandardCharsets.US_ASCII));
            writeX(
                    out,
                    50 << 20); // a 50 MB string: within the limit, but longer than a string may be
            out.write("\"}\n{\"id\": 4}\n".getBytes(StandardCharsets.US_ASCII));
        }

        Process p =
                runWith(
                        dir,
                        List.of("-Xmx256m"),
                        "-q",
                        "SELECT s.id AS id, CHAR_LENGTH(s.s) AS n FROM stream AS s",
                        "--input",
                        input.toString(),
                        "--on-error",
                        "report");

        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String err = Files.readString(dir.resolve("err-0.txt"));
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(Files.readAllLines(dir.resolve("out-0.txt")))
                .containsExactly("{\"id\":1}", "{\"id\":2}", "{\"id\":4}");
        assertThat(err)
                .contains("bad record at line 2: LIMIT_EXCEEDED:", "record-size=67108864")
                .contains("bad record at line 4: MALFORMED_RECORD:")
                .doesNotContain("OutOfMemoryError");
    }

    private static void writeX(OutputStream out, int n) throws Exception {
        byte[] chunk = new byte[1 << 16];
        Arrays.fill(chunk, (byte) 'x');
        for (int left = n; left > 0; left -= chunk.length) {
            out.write(chunk, 0, Math.min(left, chunk.length));
        }
    }

    private int runs;

    private Process run(Path dir, String... args) throws Exception {
        return runWith(dir, List.of(), args);
    }

    private Process runWith(Path dir, List<String> jvmOptions, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        int n = runs++;
        return new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out-" + n + ".txt").toFile())
                .redirectError(dir.resolve("err-" + n + ".txt").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullFile(dir)))
                .start();
    }

    private static File nullFile(Path dir) throws Exception {
        Path empty = dir.resolve("empty");
        Files.write(empty, new byte[0]);
        return empty.toFile();
    }
}
