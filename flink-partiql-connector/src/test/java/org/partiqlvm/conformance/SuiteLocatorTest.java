package org.partiqlvm.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteLocatorTest {

    @TempDir Path work;

    private Path repo;
    private Path module;
    private Path sharedData;
    private final Map<String, String> properties = new HashMap<>();

    @BeforeEach
    void createRepository() throws IOException {
        repo = work.resolve("repo");
        module = repo.resolve("flink-partiql-connector");
        Files.createDirectories(module.resolve("src"));
        Files.createDirectories(repo.resolve(".ci"));
        Files.writeString(repo.resolve("pom.xml"), "<project/>");
        Files.writeString(module.resolve("pom.xml"), "<project/>");
        sharedData = work.resolve("shared/partiql-tests/partiql-tests-data");
    }

    private SuiteLocator locate(Path workingDir) {
        return SuiteLocator.locate(properties::get, workingDir);
    }

    @Test
    void defaultsToSharedFolderNextToTheRepositoryFoundFromTheWorkingDirectory()
            throws IOException {
        Files.createDirectories(sharedData);

        SuiteLocator locator = locate(module.resolve("src"));

        assertThat(locator.repoRoot()).isEqualTo(repo);
        assertThat(locator.dataDir()).isEqualTo(sharedData);
        assertThat(locator.isPresent()).isTrue();
    }

    @Test
    void aRepositoryInAFolderBesideTheSharedOneFindsItThroughItsAncestors() throws IOException {
        Files.createDirectories(sharedData);
        Path worktree = work.resolve("wt/branch");
        Files.createDirectories(worktree.resolve(".ci"));

        SuiteLocator locator = locate(worktree);

        assertThat(locator.repoRoot()).isEqualTo(worktree);
        assertThat(locator.dataDir()).isEqualTo(sharedData);
    }

    @Test
    void repoRootPropertyWinsAndIsCorrectedWhenItNamesTheModule() {
        properties.put(SuiteLocator.REPO_ROOT_PROPERTY, module.toString());

        assertThat(locate(work).repoRoot()).isEqualTo(repo);
    }

    @Test
    void unresolvedMavenExpressionIsIgnored() {
        properties.put(SuiteLocator.REPO_ROOT_PROPERTY, "${maven.multiModuleProjectDirectory}");

        assertThat(locate(module).repoRoot()).isEqualTo(repo);
    }

    @Test
    void withoutCiFolderTheTopmostPomMarksTheRoot() throws IOException {
        Files.delete(repo.resolve(".ci"));

        assertThat(locate(module.resolve("src")).repoRoot()).isEqualTo(repo);
    }

    @Test
    void testsDirPropertyNamesThePartiqlTestsFolderRelativeToTheRoot() throws IOException {
        Path elsewhere = work.resolve("elsewhere/partiql-tests/partiql-tests-data");
        Files.createDirectories(elsewhere);
        properties.put(SuiteLocator.TESTS_DIR_PROPERTY, "../elsewhere/partiql-tests");

        SuiteLocator locator = locate(module);

        assertThat(locator.dataDir()).isEqualTo(elsewhere);
        assertThat(locator.isPresent()).isTrue();
    }

    @Test
    void testsDirPropertyMayNameTheDataFolderItself() throws IOException {
        Files.createDirectories(sharedData);
        properties.put(SuiteLocator.TESTS_DIR_PROPERTY, sharedData.toString());

        assertThat(locate(module).dataDir()).isEqualTo(sharedData);
    }

    @Test
    void absenceMessageNamesThePublicRepositoryAndTheProperty() {
        SuiteLocator locator = locate(module);

        assertThat(locator.isPresent()).isFalse();
        assertThat(locator.absenceMessage())
                .contains(sharedData.toString())
                .contains("partiql/partiql-tests")
                .contains(SuiteLocator.PUBLIC_REPOSITORY)
                .contains("-Dpartiql.tests.dir=");
    }
}
