package io.lotline.environment;

import io.lotline.web.LineChart;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A room's readings drawn against its limits: one chart per parameter with readings, its latest
 * {@value #POINTS_PER_CHART} readings in the order taken, the alert and action lines, and the readings beyond an
 * action limit marked.
 */
@Service
public class RoomCharts {
    static final int POINTS_PER_CHART = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private final RoomRepository rooms;
    private final RoomLimitRepository limits;
    private final RoomReadingRepository readings;

    RoomCharts(RoomRepository rooms, RoomLimitRepository limits, RoomReadingRepository readings) {
        this.rooms = rooms;
        this.limits = limits;
        this.readings = readings;
    }

    /** A chart's page id, title, how many readings it shows and how many of them are beyond action, and the SVG. */
    public record Chart(String id, String title, int readings, int beyondAction, String svg) {}

    @Transactional(readOnly = true)
    public List<Chart> forRoom(String code) {
        Room room = rooms.require(code);
        List<Chart> charts = new ArrayList<>();
        for (RoomLimit limit : limits.findByRoomOrderByIdAsc(room)) {
            List<RoomReading> latest = new ArrayList<>(readings.findTop200ByRoomAndParameterOrderByTakenAtDescIdDesc(
                    room, limit.getParameter()));
            if (latest.isEmpty()) {
                continue;
            }
            Collections.reverse(latest);
            List<LineChart.Point> points = latest.stream().map(r -> new LineChart.Point(r.getValue().doubleValue(),
                    limit.beyondAction(r.getValue()), TIME.format(r.getTakenAt()) + " UTC: "
                    + LimitView.plain(r.getValue()).toPlainString() + " " + limit.getUnit())).toList();
            String title = limit.getParameter() + " [" + limit.getUnit() + "]";
            charts.add(new Chart("chart-" + limit.getParameter().name().toLowerCase().replace('_', '-'), title,
                    points.size(), (int) points.stream().filter(LineChart.Point::marked).count(),
                    LineChart.svg(title, "room-chart", points, lines(limit.limits()),
                            TIME.format(latest.get(0).getTakenAt()) + " UTC",
                            TIME.format(latest.get(latest.size() - 1).getTakenAt()) + " UTC")));
        }
        return charts;
    }

    private static List<LineChart.Line> lines(RoomParameter.Limits limits) {
        List<LineChart.Line> lines = new ArrayList<>();
        add(lines, "action-limit", limits.actionHigh(), "action");
        add(lines, "alert-limit", limits.alertHigh(), "alert");
        add(lines, "alert-limit", limits.alertLow(), "alert low");
        add(lines, "action-limit", limits.actionLow(), "action low");
        return lines;
    }

    private static void add(List<LineChart.Line> lines, String kind, BigDecimal value, String label) {
        if (value != null) {
            lines.add(new LineChart.Line(kind, value.doubleValue(), label));
        }
    }
}
