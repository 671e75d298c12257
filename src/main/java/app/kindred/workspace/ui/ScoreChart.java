package app.kindred.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.List;

/** Java face of the {@code kindred-score-chart} web component (Apache ECharts, SVG). */
@Tag("kindred-score-chart")
@NpmPackage(value = "echarts", version = "5.6.0")
@JsModule("./src/score-chart.ts")
class ScoreChart extends Component {

    /** One line: a value per session, {@code null} where that partner did not answer. */
    record Series(String name, List<Double> values, boolean dashed, boolean visible) {
    }

    void show(List<String> sessionLabels, List<Series> series, double reliableChange, String description) {
        JsonObject data = Json.createObject();
        JsonArray labels = Json.createArray();
        sessionLabels.forEach(label -> labels.set(labels.length(), label));
        data.put("sessions", labels);
        JsonArray lines = Json.createArray();
        for (Series s : series) {
            JsonObject line = Json.createObject();
            line.put("name", s.name());
            JsonArray values = Json.createArray();
            for (Double value : s.values()) {
                if (value == null) {
                    values.set(values.length(), Json.createNull());
                } else {
                    values.set(values.length(), value);
                }
            }
            line.put("values", values);
            line.put("dashed", s.dashed());
            line.put("visible", s.visible());
            lines.set(lines.length(), line);
        }
        data.put("series", lines);
        data.put("reliableChange", reliableChange);
        data.put("description", description);
        getElement().setPropertyJson("data", data);
    }
}
