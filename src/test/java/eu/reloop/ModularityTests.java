package eu.reloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    /** Linked from the README: the module diagrams are generated, never drawn by hand. */
    static final String DOCS = "target/spring-modulith-docs";

    private final ApplicationModules modules = ApplicationModules.of(ReLoopApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS)).writeDocumentation();

        assertThat(Path.of(DOCS, "components.puml")).isNotEmptyFile();
    }
}
