package eu.reloop.search.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import eu.reloop.BrowserTest;
import eu.reloop.certification.CertificationTestSetup;
import eu.reloop.identity.Role;

class SearchAdminJourneyTests extends BrowserTest {

    @Autowired
    CertificationTestSetup setup;

    @Test
    void anAdminSeesEveryColumnNamedAndEveryRebuildButtonWhole() {
        String admin = setup.account("admin", Role.ADMIN);
        signIn(admin, CertificationTestSetup.PASSWORD);
        waitFor(By.id("signed-in-user"));
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Search index']"));

        WebElement grid = waitFor(By.id("search-indexes"));
        waitFor(By.id("rebuild-organisations"));
        waitFor(By.id("rebuild-listings"));
        assertThat(grid.findElements(By.xpath("vaadin-grid-cell-content[normalize-space(.)='Actions']"))).hasSize(1);
        assertThat(new AxeBuilder().withRules(List.of("empty-table-header")).analyze(browser).getViolations())
                .extracting(Rule::getId).isEmpty();
        // Each button lies whole within its cell, and each cell within the grid, at the journeys' 1280 px.
        assertThat(browser.executeScript("""
                const grid = arguments[0].getBoundingClientRect();
                return [...arguments[0].querySelectorAll('vaadin-button')].filter(button => {
                    const box = button.getBoundingClientRect();
                    const cell = button.closest('vaadin-grid-cell-content').getBoundingClientRect();
                    return box.width === 0 || box.left < cell.left - 0.5 || box.right > cell.right + 0.5
                        || cell.right > grid.right + 0.5;
                }).map(button => button.id);""", grid)).asInstanceOf(LIST).isEmpty();
    }
}
