package io.lotline.exports;

import io.lotline.exports.CriticalTrackingEvent.LotQuantity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The FSMA 204 "electronic sortable spreadsheet": one row per critical tracking event with its key data elements,
 * as CSV (RFC 4180) or XLSX with a header row and a filter.
 */
@Component
public class Fsma204Spreadsheet {
    static final List<String> HEADER = List.of("Event type", "Event date/time (UTC)", "Traceability lot code",
            "Product", "Product description", "GTIN", "Quantity", "Unit of measure", "Location",
            "Traceability lot code source", "Immediate previous source", "Supplier lot", "Immediate subsequent recipient",
            "Ship-to address", "Reference document type", "Reference document number", "Input traceability lot codes",
            "Serials");

    private final String plant;

    Fsma204Spreadsheet(@Value("${lotline.plant.name}") String plant) {
        this.plant = plant;
    }

    List<List<String>> rows(List<CriticalTrackingEvent> events) {
        List<List<String>> rows = new ArrayList<>();
        for (CriticalTrackingEvent e : events) {
            rows.add(List.of(e.kind().name(), e.time().toString(), e.lotNumber(), e.partNumber(), text(e.description()),
                    text(e.gtin()), plain(e.quantity()), e.unit(), plant,
                    e.kind() == TrackingEventKind.RECEIVING ? text(e.sourceName()) : plant,
                    e.kind() == TrackingEventKind.RECEIVING ? e.sourceCode() + " " + text(e.sourceName()) : "",
                    text(e.sourceLot()),
                    e.destinationCode() == null ? "" : e.destinationCode() + " " + text(e.destinationName()),
                    text(e.destinationAddress()), e.referenceType(), e.reference(),
                    e.inputs().stream().map(Fsma204Spreadsheet::input).collect(Collectors.joining("; ")),
                    String.join(" ", e.serials())));
        }
        return rows;
    }

    public byte[] csv(List<CriticalTrackingEvent> events) {
        StringBuilder csv = new StringBuilder();
        appendCsvRow(csv, HEADER);
        rows(events).forEach(row -> appendCsvRow(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx(List<CriticalTrackingEvent> events) {
        List<List<String>> rows = rows(events);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "Lotline", "1.0");
            Worksheet sheet = workbook.newWorksheet("Critical tracking events");
            for (int column = 0; column < HEADER.size(); column++) {
                sheet.value(0, column, HEADER.get(column));
                sheet.style(0, column).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int column = 0; column < row.size(); column++) {
                    if (column == 6 && !row.get(column).isEmpty()) {
                        sheet.value(r + 1, column, new BigDecimal(row.get(column)));
                    } else {
                        sheet.value(r + 1, column, row.get(column));
                    }
                }
            }
            sheet.setAutoFilter(0, 0, Math.max(rows.size(), 1), HEADER.size() - 1);
            sheet.freezePane(0, 1);
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void appendCsvRow(StringBuilder csv, List<String> row) {
        csv.append(row.stream().map(Fsma204Spreadsheet::csvField).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String csvField(String value) {
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String input(LotQuantity input) {
        return input.lotNumber() + " (" + input.partNumber() + ") " + plain(input.quantity()) + " " + input.unit();
    }

    private static String plain(BigDecimal quantity) {
        return quantity == null ? "" : quantity.stripTrailingZeros().toPlainString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
