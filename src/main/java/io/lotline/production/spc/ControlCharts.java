package io.lotline.production.spc;

import io.lotline.production.batch.Batches;
import io.lotline.production.batch.ProductionBatch;
import io.lotline.production.setup.ProcessParameterView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Individuals control charts of a batch, drawn on the server as SVG: one per series (parameter, and cavity where it
 * is measured per cavity), with the centre line, the 1, 2 and 3 sigma lines, the spec limits and the violating
 * points marked. A chart shows the most recent readings of its series.
 */
@Service
public class ControlCharts {
    /*
     * Colours and strokes as SVG presentation attributes rather than CSS classes alone: the chart is drawn the same on
     * a page and in the device history record PDF, whose renderer has no web stylesheet (without them a path is
     * filled black and the chart becomes a solid box). The classes stay for tests and scripts.
     */
    private static final Map<String, String> PAINT = Map.of(
            "plot", "fill=\"#fbfcfd\" stroke=\"#d5dae0\"",
            "center-line", "stroke=\"#1e7b34\" stroke-width=\"1.5\"",
            "control-limit", "stroke=\"#b3261e\" stroke-width=\"1.2\" stroke-dasharray=\"6 4\"",
            "sigma-line", "stroke=\"#c7cdd4\" stroke-dasharray=\"2 4\"",
            "spec-limit", "stroke=\"#7a1fa2\" stroke-width=\"1.2\" stroke-dasharray=\"10 3 2 3\"",
            "series", "fill=\"none\" stroke=\"#0b5cad\" stroke-width=\"1.2\"",
            "point", "fill=\"#0b5cad\"",
            "violation", "fill=\"#b3261e\" stroke=\"#ffffff\" stroke-width=\"1.5\"");
    private static final String TEXT = "font-size=\"11\" fill=\"#5b6470\"";
    private static final Map<String, String> LABEL_PAINT = Map.of(
            "spec-limit", "font-size=\"11\" fill=\"#7a1fa2\"",
            "control-limit", "font-size=\"11\" fill=\"#b3261e\"");

    static final int POINTS_PER_CHART = 200;
    private static final int WIDTH = 760;
    private static final int HEIGHT = 240;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 16;
    private static final int BOTTOM = 28;

    private final Batches batches;
    private final SpcSeriesRepository seriesRepository;
    private final JdbcTemplate jdbc;

    public ControlCharts(Batches batches, SpcSeriesRepository seriesRepository, JdbcTemplate jdbc) {
        this.batches = batches;
        this.seriesRepository = seriesRepository;
        this.jdbc = jdbc;
    }

    /** A chart's title, its series' key for page ids, and the SVG markup. */
    public record Chart(String id, String title, String svg, int readings, int violations) {}

    private record Point(int seq, double value) {}

    /** The charts of a batch, from the violations and process parameters its page has already read. */
    @Transactional(readOnly = true)
    public List<Chart> forBatch(String batchNumber, List<ViolationView> violations,
                                List<ProcessParameterView> parameters) {
        ProductionBatch batch = batches.require(batchNumber);
        Map<String, ProcessParameterView> byName = new HashMap<>();
        parameters.forEach(p -> byName.put(p.parameter(), p));
        Map<String, Set<Integer>> violatingSeqs = new HashMap<>();
        violations.forEach(v -> violatingSeqs
                .computeIfAbsent(v.parameter() + "#" + (v.cavity() == null ? 0 : v.cavity()), k -> new HashSet<>())
                .add(v.reading()));
        List<Chart> charts = new ArrayList<>();
        for (SpcSeries s : seriesRepository.findByBatchOrderByParameterAscCavityAsc(batch)) {
            List<Point> points = jdbc.query("SELECT seq_no, reading FROM process_reading WHERE batch_id = ? AND parameter = ?"
                            + " AND cavity = ? AND seq_no > ? ORDER BY seq_no",
                    (rs, i) -> new Point(rs.getInt(1), rs.getDouble(2)),
                    batch.getId(), s.getParameter(), s.getCavity(), s.getReadings() - POINTS_PER_CHART);
            ProcessParameterView parameter = byName.get(s.getParameter());
            String key = s.getParameter() + "#" + s.getCavity();
            Set<Integer> violating = violatingSeqs.getOrDefault(key, Set.of());
            String title = s.getParameter() + (s.getCavity() > 0 ? " · cavity " + s.getCavity() : "")
                    + (parameter == null ? "" : " [" + parameter.unit() + "]");
            charts.add(new Chart("chart-" + slug(s.getParameter()) + (s.getCavity() > 0 ? "-c" + s.getCavity() : ""), title,
                    svg(title, points, s, parameter, violating), s.getReadings(), violating.size()));
        }
        return charts;
    }

    private static String svg(String title, List<Point> points, SpcSeries s, ProcessParameterView parameter,
                              Set<Integer> violating) {
        List<Double> levels = new ArrayList<>();
        points.forEach(p -> levels.add(p.value()));
        Double center = s.getCenterLine();
        Double sigma = s.getSigma();
        if (center != null) {
            levels.add(center + 3 * sigma);
            levels.add(center - 3 * sigma);
        }
        if (parameter != null && parameter.lowerSpec() != null) {
            levels.add(parameter.lowerSpec().doubleValue());
        }
        if (parameter != null && parameter.upperSpec() != null) {
            levels.add(parameter.upperSpec().doubleValue());
        }
        double min = levels.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = levels.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double pad = max > min ? (max - min) * 0.08 : Math.max(1, Math.abs(max) * 0.1);
        Scale scale = new Scale(min - pad, max + pad, points.isEmpty() ? 0 : points.get(0).seq(),
                points.isEmpty() ? 1 : points.get(points.size() - 1).seq());

        StringBuilder svg = new StringBuilder();
        svg.append(fmt("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"control-chart\" viewBox=\"0 0 %d %d\" role=\"img\""
                + " aria-label=\"%s\">", WIDTH, HEIGHT, HtmlUtils.htmlEscape(title, "UTF-8")));
        svg.append(fmt("<rect class=\"plot\" %s x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>", PAINT.get("plot"), LEFT,
                TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM));
        if (center != null) {
            for (int k = -3; k <= 3; k++) {
                String kind = k == 0 ? "center-line" : Math.abs(k) == 3 ? "control-limit" : "sigma-line";
                String label = k == 0 ? "CL" : Math.abs(k) == 3 ? (k > 0 ? "UCL" : "LCL") : (k > 0 ? "+" : "−") + Math.abs(k) + "σ";
                line(svg, kind, scale.y(center + k * sigma), label, center + k * sigma);
            }
        }
        if (parameter != null && parameter.upperSpec() != null) {
            line(svg, "spec-limit", scale.y(parameter.upperSpec().doubleValue()), "USL", parameter.upperSpec().doubleValue());
        }
        if (parameter != null && parameter.lowerSpec() != null) {
            line(svg, "spec-limit", scale.y(parameter.lowerSpec().doubleValue()), "LSL", parameter.lowerSpec().doubleValue());
        }
        if (!points.isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (Point p : points) {
                path.append(path.isEmpty() ? "M" : " L").append(fmt("%.1f %.1f", scale.x(p.seq()), scale.y(p.value())));
            }
            svg.append("<path class=\"series\" ").append(PAINT.get("series")).append(" d=\"").append(path).append("\"/>");
            for (Point p : points) {
                boolean bad = violating.contains(p.seq());
                svg.append(fmt("<circle class=\"%s\" %s data-seq=\"%d\" cx=\"%.1f\" cy=\"%.1f\" r=\"%s\"><title>#%d: %s%s</title></circle>",
                        bad ? "point violation" : "point", PAINT.get(bad ? "violation" : "point"), p.seq(), scale.x(p.seq()),
                        scale.y(p.value()), bad ? "4.5" : "2.5",
                        p.seq(), number(p.value()), bad ? " (rule broken)" : ""));
            }
        } else {
            svg.append(fmt("<text class=\"empty\" " + TEXT + " x=\"%d\" y=\"%d\">No readings yet</text>", WIDTH / 2 - 50, HEIGHT / 2));
        }
        if (center == null) {
            svg.append(fmt("<text class=\"baseline-note\" " + TEXT + " x=\"%d\" y=\"%d\">Control limits are computed once the baseline"
                    + " readings are in</text>", LEFT + 8, TOP + 14));
        }
        svg.append(fmt("<text class=\"axis\" " + TEXT + " x=\"%d\" y=\"%d\">reading #%d</text>", LEFT, HEIGHT - 8, (int) scale.firstSeq));
        svg.append(fmt("<text class=\"axis\" " + TEXT + " x=\"%d\" y=\"%d\" text-anchor=\"end\">#%d</text>", WIDTH - RIGHT, HEIGHT - 8,
                (int) scale.lastSeq));
        return svg.append("</svg>").toString();
    }

    private static void line(StringBuilder svg, String kind, double y, String label, double value) {
        svg.append(fmt("<line class=\"%s\" %s x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>", kind, PAINT.get(kind), LEFT,
                WIDTH - RIGHT, y, y));
        svg.append(fmt("<text class=\"label %s\" %s x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s %s</text>", kind,
                LABEL_PAINT.getOrDefault(kind, TEXT), LEFT - 4, y + 4, label, number(value)));
    }

    private record Scale(double low, double high, double firstSeq, double lastSeq) {
        double x(int seq) {
            double span = Math.max(1, lastSeq - firstSeq);
            return LEFT + 6 + (seq - firstSeq) / span * (WIDTH - LEFT - RIGHT - 12);
        }

        double y(double value) {
            return TOP + (high - value) / (high - low) * (HEIGHT - TOP - BOTTOM);
        }
    }

    private static String number(double value) {
        return fmt("%.3f", value).replaceAll("\\.?0+$", "");
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
