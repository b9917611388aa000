package org.partiqlvm.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQL jar works alone: a JVM with only Flink (and the test's probe) on its class path, plus the
 * SQL jar on the class path or through {@code USING JAR}, registers the functions and the format by
 * SQL text and runs them.
 */
class SqlJarITCase {

    static final Path JAR = Path.of(System.getProperty("sql.jar", "target/flink-sql-partiql.jar"));

    @TempDir Path dir;

    @Test
    void relocatesItsDependencies() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> names = jar.stream().map(e -> e.getName()).toList();
            assertThat(names)
                    .contains(
                            "org/partiqlvm/flink/table/PartiQLTableFunction.class",
                            "org/partiqlvm/shaded/com/fasterxml/jackson/core/JsonFactory.class")
                    .noneMatch(n -> n.startsWith("com/fasterxml/") || n.startsWith("com/amazon/"))
                    .noneMatch(n -> n.startsWith("org/apache/flink/"));
            assertThat(
                            new String(
                                    jar.getInputStream(
                                                    jar.getEntry(
                                                            "META-INF/services/org.apache.flink.table.factories.Factory"))
                                            .readAllBytes(),
                                    StandardCharsets.UTF_8))
                    .contains("org.partiqlvm.flink.table.PartiQLJsonFormatFactory");
        }
    }

    @Test
    void runsFromTheClassPathNextToFlinkAlone() throws Exception {
        List<String> out = probe("classpath", true);
        assertThat(out).contains("NO-JACKSON");
        assertThat(out.stream().filter(l -> l.startsWith("ROW ")))
                .containsExactlyInAnyOrder(
                        "ROW +I[x]", "ROW +I[y]", "ROW +I[1, a, 2]", "ROW +I[2, c, 5]");
    }

    @Test
    void runsThroughCreateFunctionUsingJar() throws Exception {
        List<String> out = probe("using-jar", false);
        assertThat(out.stream().filter(l -> l.startsWith("ROW ")))
                .containsExactlyInAnyOrder("ROW +I[x]", "ROW +I[y]");
    }

    /** Runs {@link SqlJarProbe} in a JVM with Flink only, plus the jar when {@code onClassPath}. */
    private List<String> probe(String mode, boolean onClassPath) throws Exception {
        List<String> classPath = new ArrayList<>();
        if (onClassPath) {
            classPath.add(JAR.toAbsolutePath().toString());
        }
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            boolean ours =
                    entry.contains("flink-partiql-connector")
                            || entry.contains("jackson-core")
                            || entry.contains("ion-java")
                            || entry.endsWith(File.separator + "classes");
            if (!ours) {
                classPath.add(entry);
            }
        }
        Path log = dir.resolve(mode + ".log");
        Process process =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Xmx512m",
                                "-cp",
                                String.join(File.pathSeparator, classPath),
                                SqlJarProbe.class.getName(),
                                mode,
                                JAR.toAbsolutePath().toString(),
                                dir.resolve("data").toString())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        try {
            boolean done = process.waitFor(240, TimeUnit.SECONDS);
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            assertThat(done).as("the probe finished in time; output:%n%s", lines).isTrue();
            assertThat(process.exitValue()).as("exit value; output:%n%s", lines).isZero();
            return lines;
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
