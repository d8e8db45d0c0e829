package io.lotline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * A line chart drawn on the server as SVG: readings in order, horizontal reference lines (limits) with their values,
 * and marked points. Colours are SVG presentation attributes, not only CSS classes, so that the chart draws the same
 * on a page and in a PDF, whose renderer has no web stylesheet; the classes stay for tests and scripts.
 */
public final class LineChart {
    private static final Map<String, String> PAINT = Map.of(
            "plot", "fill=\"#fbfcfd\" stroke=\"#d5dae0\"",
            "action-limit", "stroke=\"#b3261e\" stroke-width=\"1.2\" stroke-dasharray=\"6 4\"",
            "alert-limit", "stroke=\"#b26a00\" stroke-width=\"1.2\" stroke-dasharray=\"2 4\"",
            "series", "fill=\"none\" stroke=\"#0b5cad\" stroke-width=\"1.2\"",
            "point", "fill=\"#0b5cad\"",
            "marked", "fill=\"#b3261e\" stroke=\"#ffffff\" stroke-width=\"1.5\"");
    private static final String TEXT = "font-size=\"11\" fill=\"#5b6470\"";
    private static final int WIDTH = 760;
    private static final int HEIGHT = 220;
    private static final int LEFT = 90;
    private static final int RIGHT = 20;
    private static final int TOP = 16;
    private static final int BOTTOM = 28;

    /** A horizontal reference line: its kind (a paint above, and the CSS class), its value and its label. */
    public record Line(String kind, double value, String label) {}

    /** One reading; a marked one is drawn larger and red; {@code title} is its tooltip. */
    public record Point(double value, boolean marked, String title) {}

    private LineChart() {}

    /** The chart; {@code firstLabel} and {@code lastLabel} name the first and last reading under the x axis. */
    public static String svg(String title, String cssClass, List<Point> points, List<Line> lines, String firstLabel,
                             String lastLabel) {
        List<Double> levels = new ArrayList<>();
        points.forEach(p -> levels.add(p.value()));
        lines.forEach(l -> levels.add(l.value()));
        double min = levels.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = levels.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double pad = max > min ? (max - min) * 0.08 : Math.max(1, Math.abs(max) * 0.1);
        double low = min - pad;
        double high = max + pad;
        StringBuilder svg = new StringBuilder(fmt("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"%s\""
                + " viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">", cssClass, WIDTH, HEIGHT,
                HtmlUtils.htmlEscape(title, "UTF-8")));
        svg.append(fmt("<rect class=\"plot\" %s x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>", PAINT.get("plot"),
                LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM));
        for (Line line : lines) {
            double y = y(line.value(), low, high);
            svg.append(fmt("<line class=\"%s\" %s x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>", line.kind(),
                    PAINT.get(line.kind()), LEFT, WIDTH - RIGHT, y, y));
            svg.append(fmt("<text class=\"label %s\" %s x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s %s</text>",
                    line.kind(), TEXT, LEFT - 4, y + 4, HtmlUtils.htmlEscape(line.label(), "UTF-8"),
                    number(line.value())));
        }
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            path.append(path.isEmpty() ? "M" : " L").append(fmt("%.1f %.1f", x(i, points.size()),
                    y(points.get(i).value(), low, high)));
        }
        if (!points.isEmpty()) {
            svg.append("<path class=\"series\" ").append(PAINT.get("series")).append(" d=\"").append(path)
                    .append("\"/>");
        }
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            svg.append(fmt("<circle class=\"%s\" %s cx=\"%.1f\" cy=\"%.1f\" r=\"%s\"><title>%s</title></circle>",
                    p.marked() ? "point marked" : "point", PAINT.get(p.marked() ? "marked" : "point"),
                    x(i, points.size()), y(p.value(), low, high), p.marked() ? "4.5" : "2.5",
                    HtmlUtils.htmlEscape(p.title(), "UTF-8")));
        }
        svg.append(fmt("<text class=\"axis\" %s x=\"%d\" y=\"%d\">%s</text>", TEXT, LEFT, HEIGHT - 8,
                HtmlUtils.htmlEscape(firstLabel, "UTF-8")));
        svg.append(fmt("<text class=\"axis\" %s x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", TEXT, WIDTH - RIGHT,
                HEIGHT - 8, HtmlUtils.htmlEscape(lastLabel, "UTF-8")));
        return svg.append("</svg>").toString();
    }

    private static double x(int index, int count) {
        return LEFT + 6 + (count <= 1 ? 0 : (double) index / (count - 1)) * (WIDTH - LEFT - RIGHT - 12);
    }

    private static double y(double value, double low, double high) {
        return TOP + (high - value) / (high - low) * (HEIGHT - TOP - BOTTOM);
    }

    private static String number(double value) {
        return fmt("%.3f", value).replaceAll("\\.?0+$", "");
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
