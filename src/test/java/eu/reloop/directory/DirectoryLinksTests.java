package eu.reloop.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class DirectoryLinksTests {

    private static final UUID ID = UUID.fromString("0b4f3d1e-8c2a-4f6b-9d7e-1a2b3c4d5e6f");

    @Test
    void eachLinkIsItsRouteFilledInAsAPathFromTheSiteRoot() {
        assertThat(DirectoryLinks.profile(ID)).isEqualTo("/organisations/" + ID);
        assertThat(DirectoryLinks.editor(ID)).isEqualTo("/my-organisation/" + ID);
        assertThat(DirectoryLinks.invitation("a-token")).isEqualTo("/staff-invitation/a-token");
    }
}
