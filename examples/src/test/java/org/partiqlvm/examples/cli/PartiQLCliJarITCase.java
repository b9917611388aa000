package org.partiqlvm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    private int runs;

    private Process run(Path dir, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-jar", JAR.toString()));
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
