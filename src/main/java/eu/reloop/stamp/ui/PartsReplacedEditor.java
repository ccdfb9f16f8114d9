package eu.reloop.stamp.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import eu.reloop.shared.TextLimits;
import eu.reloop.stamp.PartReplaced;

/** The parts the centre replaced, one row each; rows left without a part name are not kept. */
class PartsReplacedEditor extends StampSection {

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();

    PartsReplacedEditor(List<PartReplaced> parts) {
        super("stamp.section.parts");
        parts.forEach(this::addRow);
        Button add = new Button(getTranslation("stamp.parts.add"), VaadinIcon.PLUS.create(),
                click -> addRow(new PartReplaced("", true)));
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add.setId("add-part");
        add(list, add);
        setId("stamp-parts");
    }

    private void addRow(PartReplaced part) {
        TextField name = new TextField(getTranslation("stamp.parts.part"));
        name.setValue(part.part());
        name.setMaxLength(TextLimits.NAME);
        name.addClassName("part-name");
        Checkbox original = new Checkbox(getTranslation("stamp.parts.original"), part.original());
        original.addClassName("part-original");
        Button remove = new Button(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.setAriaLabel(getTranslation("stamp.parts.remove"));
        remove.addClassName("remove-part");
        HorizontalLayout layout = new HorizontalLayout(name, original, remove);
        layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Row row = new Row(name, original);
        remove.addClickListener(click -> {
            rows.remove(row);
            list.remove(layout);
        });
        rows.add(row);
        list.add(layout);
    }

    List<PartReplaced> value() {
        return rows.stream().filter(row -> !row.name().getValue().isBlank())
                .map(row -> new PartReplaced(row.name().getValue().strip(), row.original().getValue())).toList();
    }

    private record Row(TextField name, Checkbox original) {
    }
}
