package eu.reloop.shared.ui;

import java.io.Serializable;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A bar chart, drawn by Chart.js (MIT, served as a static resource from {@code META-INF/resources/chartjs/} the way
 * Leaflet is: no commercial component, no frontend build). A series may be drawn as a line over the bars, as a
 * reference line is. A chart says nothing to a screen reader beyond its name: show the figures beside it as text too.
 */
@Tag("div")
@JavaScript("context://chartjs/chart.umd.min.js")
@JavaScript("context://chartjs/reloop-chart.js")
public final class Chart extends Component implements HasSize, HasStyle {

    /** One series of values, one per label; {@code line} draws it as a line rather than bars. */
    public record Series(String name, List<? extends Number> values, String colour, boolean line) implements Serializable {
    }

    private List<String> labels = List.of();
    private List<Series> series = List.of();
    private boolean stacked;
    private @Nullable String unit;

    public Chart(String accessibleName) {
        setWidth("100%");
        setHeight("18rem");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", accessibleName);
        addClassName("reloop-chart");
    }

    /** Draws the series over the labels; stacked bars add up, as shares of one whole do. */
    public void show(List<String> labels, List<Series> series, boolean stacked, @Nullable String unit) {
        this.labels = List.copyOf(labels);
        this.series = List.copyOf(series);
        this.stacked = stacked;
        this.unit = unit;
        if (isAttached()) {
            draw();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        draw();
    }

    private void draw() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode config = json.objectNode().put("type", "bar");
        ObjectNode data = config.putObject("data");
        ArrayNode labelArray = data.putArray("labels");
        labels.forEach(labelArray::add);
        ArrayNode datasets = data.putArray("datasets");
        for (Series one : series) {
            ObjectNode dataset = datasets.addObject().put("label", one.name()).put("backgroundColor", one.colour())
                    .put("borderColor", one.colour());
            if (one.line()) {
                dataset.put("type", "line").put("pointRadius", 0).put("order", 0);
                dataset.putArray("borderDash").add(6).add(4);
            }
            ArrayNode values = dataset.putArray("data");
            one.values().forEach(value -> values.add(value.doubleValue()));
        }
        ObjectNode scales = config.putObject("options").putObject("scales");
        scales.putObject("x").put("stacked", stacked);
        ObjectNode y = scales.putObject("y").put("stacked", stacked).put("beginAtZero", true);
        if (unit != null) {
            y.putObject("title").put("display", true).put("text", unit);
        }
        getElement().executeJs("window.reloopChart.draw(this, $0)", config);
    }
}
