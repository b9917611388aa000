package org.partiqlvm.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the repository root and the official PartiQL test suite.
 *
 * <p>The suite is the {@code partiql-tests} folder (a clone of the public {@code
 * partiql/partiql-tests} repository) holding {@code partiql-tests-data}: system property {@value
 * #TESTS_DIR_PROPERTY} if set (relative paths resolve against the repository root; pointing at
 * {@code partiql-tests-data} itself works too), else {@code <repository
 * root>/../shared/partiql-tests}, else the same next to the nearest ancestor of the root that has
 * one (a worktree in a folder beside {@code shared/}).
 *
 * <p>The repository root is found from system property {@value #REPO_ROOT_PROPERTY} (surefire sets
 * it to {@code ${maven.multiModuleProjectDirectory}}), else from the working directory, by walking
 * up to the first folder that has a {@code .ci/} folder or a {@code pom.xml} whose parent folder
 * has none. The walk also corrects a property that names the module folder (Maven run inside it).
 */
public final class SuiteLocator {

    /** System property naming the {@code partiql-tests} folder. */
    public static final String TESTS_DIR_PROPERTY = "partiql.tests.dir";

    /** System property naming the repository root (set by surefire). */
    public static final String REPO_ROOT_PROPERTY = "partiql.repo.root";

    /** Where to get the suite. */
    public static final String PUBLIC_REPOSITORY = "https://github.com/partiql/partiql-tests";

    static final String DATA_DIR_NAME = "partiql-tests-data";

    private final Path repoRoot;
    private final Path dataDir;
    private final String origin;

    private SuiteLocator(Path repoRoot, Path dataDir, String origin) {
        this.repoRoot = repoRoot;
        this.dataDir = dataDir;
        this.origin = origin;
    }

    /**
     * The suite's data folder for a test that needs it, found as {@link #fromSystem()} finds it:
     * every test that reads the suite calls this. When the suite is absent the test is aborted
     * (reported as skipped), or fails when the environment variable {@code CI} is {@code true}, so
     * that CI never passes without the suite.
     */
    public static Path requireDataDir() {
        SuiteLocator locator = fromSystem();
        if (!locator.isPresent()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(locator.absenceMessage() + " CI=true, so the suite is required.");
            }
            Assumptions.abort(locator.absenceMessage());
        }
        return locator.dataDir();
    }

    /** Locates from the JVM's system properties and working directory. */
    public static SuiteLocator fromSystem() {
        return locate(System::getProperty, Path.of("").toAbsolutePath());
    }

    /**
     * Locates from the given system properties (a lookup returning null when unset) and working
     * directory.
     */
    static SuiteLocator locate(Function<String, String> properties, Path workingDir) {
        String rootProperty = usable(properties.apply(REPO_ROOT_PROPERTY));
        Path start = rootProperty != null ? workingDir.resolve(rootProperty) : workingDir;
        Path repoRoot = findRepoRoot(start.toAbsolutePath().normalize());

        String testsProperty = usable(properties.apply(TESTS_DIR_PROPERTY));
        if (testsProperty != null) {
            Path tests = repoRoot.resolve(testsProperty).normalize();
            Path data =
                    tests.getFileName() != null
                                    && tests.getFileName().toString().equals(DATA_DIR_NAME)
                            ? tests
                            : tests.resolve(DATA_DIR_NAME);
            return new SuiteLocator(
                    repoRoot, data, "-D" + TESTS_DIR_PROPERTY + "=" + testsProperty);
        }
        // <root>/../shared/partiql-tests, or the same next to an ancestor of the root (a git
        // worktree under a folder beside shared/, such as /work/wt/<branch>).
        Path data = repoRoot.resolve("../shared/partiql-tests").normalize().resolve(DATA_DIR_NAME);
        for (Path dir = repoRoot.getParent(); dir != null; dir = dir.getParent()) {
            Path candidate =
                    dir.resolve("../shared/partiql-tests").normalize().resolve(DATA_DIR_NAME);
            if (!Files.isDirectory(data) && Files.isDirectory(candidate)) {
                data = candidate;
            }
        }
        return new SuiteLocator(repoRoot, data, "the default location");
    }

    /** A property value, or null if it is unset, blank or an unresolved Maven expression. */
    private static String usable(String value) {
        if (value == null || value.isBlank() || value.contains("${")) {
            return null;
        }
        return value.trim();
    }

    /**
     * The first folder from {@code start} upward with a {@code .ci/} folder or a {@code pom.xml}
     * whose parent has none; {@code start} itself if there is none.
     */
    static Path findRepoRoot(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".ci"))) {
                return dir;
            }
            Path parent = dir.getParent();
            if (Files.isRegularFile(dir.resolve("pom.xml"))
                    && (parent == null || !Files.isRegularFile(parent.resolve("pom.xml")))) {
                return dir;
            }
        }
        return start;
    }

    /** The repository root. */
    public Path repoRoot() {
        return repoRoot;
    }

    /** The {@code partiql-tests-data} folder (which may not exist). */
    public Path dataDir() {
        return dataDir;
    }

    /** True if {@link #dataDir()} exists. */
    public boolean isPresent() {
        return Files.isDirectory(dataDir);
    }

    /** Says where the suite was looked for and how to provide it. */
    public String absenceMessage() {
        return "PartiQL conformance suite not found: no folder "
                + dataDir
                + " (from "
                + origin
                + "). Clone the public partiql/partiql-tests repository ("
                + PUBLIC_REPOSITORY
                + ") to "
                + repoRoot.resolve("../shared/partiql-tests").normalize()
                + ", or pass -D"
                + TESTS_DIR_PROPERTY
                + "=/path/to/partiql-tests (the folder that contains "
                + DATA_DIR_NAME
                + ").";
    }
}
