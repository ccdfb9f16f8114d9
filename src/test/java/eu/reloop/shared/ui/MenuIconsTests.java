package eu.reloop.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;

/** A menu entry names its icon as text; a name Vaadin's icon set lacks shows no icon at all, and nothing fails. */
class MenuIconsTests {

    @Test
    void everyMenuEntryNamesAnIconOfTheVaadinSet() throws ClassNotFoundException {
        Set<String> icons = Arrays.stream(VaadinIcon.values()).map(icon -> icon.create().getIcon())
                .collect(Collectors.toSet());
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        var views = scanner.findCandidateComponents("eu.reloop");
        assertThat(views).hasSizeGreaterThan(20);
        for (var view : views) {
            Menu menu = Class.forName(view.getBeanClassName()).getAnnotation(Menu.class);
            if (!menu.icon().isEmpty()) {
                assertThat(icons).as("the icon of " + view.getBeanClassName()).contains(menu.icon());
            }
        }
    }
}
