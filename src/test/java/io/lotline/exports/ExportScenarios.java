package io.lotline.exports;

import static io.lotline.support.TestUsers.AUDITOR;
import static io.lotline.support.TestUsers.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.lotline.support.FinishedGoodsSteps;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * Exports of the crafted genealogy's finished lot: EPCIS 2.0 validated against GS1's official JSON Schema (loaded from
 * ../shared), the FSMA 204 spreadsheet in CSV and XLSX, and the device history record PDF with its signatures.
 */
abstract class ExportScenarios extends FinishedGoodsSteps {
    static final Path EPCIS_STANDARD = Path.of("..", "shared", "standards", "epcis");

    @Autowired ObjectMapper objectMapper;

    Genealogy g;

    @BeforeEach
    void craft() {
        g = craftedGenealogy();
    }

    @Test
    void theEpcisExportValidatesAgainstTheOfficialSchemaAndCarriesEveryEvent() throws Exception {
        JsonSchema schema = epcisSchema();
        try (Stream<Path> examples = Files.list(EPCIS_STANDARD)) {
            for (Path example : examples.filter(p -> p.toString().endsWith(".jsonld")).toList()) {
                assertThat(schema.validate(objectMapper.readTree(example.toFile()))).as(example.toString()).isEmpty();
            }
        }
        ResponseEntity<String> response = rest.withBasicAuth(AUDITOR.name(), AUDITOR.password())
                .getForEntity("/api/epcis/events?lotNumber=" + g.finishedLot(), String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/ld+json");
        JsonNode document = objectMapper.readTree(response.getBody());
        Set<ValidationMessage> problems = schema.validate(document);
        assertThat(problems).as(response.getBody()).isEmpty();

        List<String> kinds = new ArrayList<>();
        JsonNode events = document.path("epcisBody").path("eventList");
        events.forEach(e -> kinds.add(e.path("type").asText() + "/" + e.path("bizStep").asText()));
        assertThat(kinds).containsExactlyInAnyOrder("ObjectEvent/receiving", "ObjectEvent/receiving",
                "ObjectEvent/receiving", "TransformationEvent/commissioning", "TransformationEvent/commissioning",
                "ObjectEvent/shipping", "ObjectEvent/shipping");
        JsonNode transformation = find(events, "TransformationEvent");
        assertThat(transformation.path("inputQuantityList")).hasSize(2);
        assertThat(transformation.path("outputQuantityList").get(0).path("epcClass").asText())
                .startsWith("https://id.gs1.org/01/").endsWith("/10/" + g.finishedLot());
        List<String> shipped = new ArrayList<>();
        events.forEach(e -> e.path("epcList").forEach(epc -> shipped.add(epc.asText())));
        assertThat(shipped).hasSize(3).allMatch(epc -> epc.matches("https://id\\.gs1\\.org/01/\\d{14}/10/.+/21/.+"));
        assertThat(shipped).anyMatch(epc -> epc.endsWith("/21/" + g.serials().get(4)));

        JsonNode empty = objectMapper.readTree(rest.withBasicAuth(AUDITOR.name(), AUDITOR.password())
                .getForObject("/api/epcis/events?lotNumber=" + g.finishedLot() + "&to=2001-01-01", String.class));
        assertThat(empty.path("epcisBody").path("eventList")).isEmpty();
        assertThat(schema.validate(empty)).isEmpty();
    }

    @Test
    void theFsma204SpreadsheetListsTheCriticalTrackingEventsInCsvAndXlsx() throws Exception {
        ResponseEntity<byte[]> csv = rest.withBasicAuth(AUDITOR.name(), AUDITOR.password())
                .getForEntity("/api/exports/fsma204?lotNumber=" + g.finishedLot() + "&format=csv", byte[].class);
        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("FSMA204-" + g.finishedLot() + ".csv");
        List<String> lines = new String(csv.getBody(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("Event type,Event date/time (UTC),Traceability lot code");
        assertThat(lines).hasSize(8);
        assertThat(lines.stream().filter(l -> l.startsWith("SHIPPING,"))).hasSize(2)
                .allMatch(l -> l.contains(g.finishedLot()));
        assertThat(lines.stream().filter(l -> l.startsWith("RECEIVING,"))).anyMatch(l -> l.contains(g.resin()));
        assertThat(lines.stream().filter(l -> l.startsWith("TRANSFORMATION,")))
                .anyMatch(l -> l.contains(g.firstBatch()) && l.contains(g.conforming()));

        ResponseEntity<byte[]> xlsx = rest.withBasicAuth(AUDITOR.name(), AUDITOR.password())
                .getForEntity("/api/exports/fsma204?lotNumber=" + g.finishedLot() + "&format=xlsx", byte[].class);
        assertThat(xlsx.getHeaders().getContentType().toString()).contains("spreadsheetml");
        try (InputStream in = new ByteArrayInputStream(xlsx.getBody()); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(8);
            assertThat(rows.get(0).getCellText(2)).isEqualTo("Traceability lot code");
            assertThat(rows.stream().skip(1).map(r -> r.getCellText(0))).containsOnly("RECEIVING", "TRANSFORMATION", "SHIPPING");
        }

        assertThat(api.get(AUDITOR, "/api/exports/fsma204?lotNumber=" + g.finishedLot() + "&format=pdf").errorFields())
                .containsExactly("format");
        assertThat(api.get(AUDITOR, "/api/exports/fsma204?format=csv").errorFields()).containsExactly("lotNumber");
        assertThat(api.get(AUDITOR, "/api/exports/fsma204?lotNumber=" + g.finishedLot() + "&from=yesterday").errorFields())
                .containsExactly("from");
        assertThat(api.get(AUDITOR, "/api/exports/fsma204?lotNumber=NO-SUCH-LOT").status()).isEqualTo(404);
    }

    @Test
    void theDeviceHistoryRecordDrawsItsControlChartsNotBlackBoxes() throws Exception {
        byte[] pdf = rest.withBasicAuth(AUDITOR.name(), AUDITOR.password())
                .getForObject("/api/lots/" + g.finishedLot() + "/record.pdf", byte[].class);
        boolean seriesDrawn = false;
        try (PDDocument document = PDDocument.load(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 50);
                long dark = 0;
                for (int y = 0; y < image.getHeight(); y++) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        int rgb = image.getRGB(x, y);
                        int r = rgb >> 16 & 0xff, gr = rgb >> 8 & 0xff, b = rgb & 0xff;
                        if (r < 60 && gr < 60 && b < 60) {
                            dark++;
                        }
                        // the series line's blue (#0b5cad), give or take antialiasing
                        if (Math.abs(r - 0x0b) < 40 && Math.abs(gr - 0x5c) < 40 && Math.abs(b - 0xad) < 40) {
                            seriesDrawn = true;
                        }
                    }
                }
                assertThat((double) dark / (image.getWidth() * image.getHeight())).as("dark share of page " + (page + 1))
                        .isLessThan(0.12);
            }
        }
        assertThat(seriesDrawn).as("the readings' line is drawn in its colour").isTrue();
    }

    @Test
    void theDeviceHistoryRecordRendersWithItsSignatures() throws Exception {
        ResponseEntity<byte[]> pdf = rest.withBasicAuth(AUDITOR.name(), AUDITOR.password())
                .getForEntity("/api/lots/" + g.finishedLot() + "/record.pdf", byte[].class);
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        String text;
        try (PDDocument document = PDDocument.load(pdf.getBody())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Device history record", g.finishedLot(), g.firstBatch(), g.secondBatch(),
                g.conforming(), "Electronic signatures", "Released for distribution", "RELEASE by " + MANAGER.name(),
                "Melt temperature", "3 readings", "ENGEL-07");
        assertThat(api.get(AUDITOR, "/api/lots/" + g.resin() + "/record.pdf").status()).isEqualTo(404);
    }

    private JsonSchema epcisSchema() throws Exception {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = Files.newInputStream(EPCIS_STANDARD.resolve("EPCIS-JSON-Schema.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in, config);
        }
    }

    private static JsonNode find(JsonNode events, String type) {
        for (JsonNode e : events) {
            if (e.path("type").asText().equals(type)) {
                return e;
            }
        }
        throw new AssertionError("no " + type);
    }
}
