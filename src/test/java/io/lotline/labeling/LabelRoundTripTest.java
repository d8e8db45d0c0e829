package io.lotline.labeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every label format Lotline draws decodes (ZXing) back to the same GS1 data; the encoding follows the spec. */
class LabelRoundTripTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Gs1Data SERIAL_LABEL = new Gs1Data("07612345000657", null, "FL-2026-000042", "2600001234",
            LocalDate.of(2026, 11, 20), LocalDate.of(2028, 11, 19));
    private static final Gs1Data AWKWARD_LOT = new Gs1Data("09501101020948", null, "A/B%1?&", null, null,
            LocalDate.of(2027, 2, 28));

    @ParameterizedTest
    @EnumSource(LabelFormat.class)
    void everyFormatDecodesBackToTheSameData(LabelFormat format) {
        for (Gs1Data label : List.of(SERIAL_LABEL, AWKWARD_LOT)) {
            List<String> scanned = SymbolReader.read(LabelSymbols.draw(format, label, "https://id.gs1.org", 4));
            assertThat(scanned).as(format + " symbols").isNotEmpty();
            assertThat(Gs1Parser.parseAll(scanned, TODAY)).as(format.parameter()).isEqualTo(label);
        }
    }

    @Test
    void dataMatrixAndGs1128AreGs1SymbolsWithSeparatorsOnlyAfterVariableFieldsThatAreNotLast() {
        List<String> dataMatrix = SymbolReader.read(LabelSymbols.draw(LabelFormat.DATAMATRIX, SERIAL_LABEL, "https://id.gs1.org", 4));
        assertThat(dataMatrix).containsExactly("]d201076123450006571126112017281119" + "10FL-2026-000042\u001d212600001234");
        List<String> gs1128 = SymbolReader.read(LabelSymbols.draw(LabelFormat.GS1_128, SERIAL_LABEL, "https://id.gs1.org", 4));
        assertThat(gs1128).containsExactly("]C1" + "0107612345000657" + "11261120" + "17281119" + "10FL-2026-000042", "]C1212600001234");
        assertThat(LabelSymbols.gs1128Contents(SERIAL_LABEL)).allSatisfy(content ->
                assertThat(content.length() - 1).as("data characters after the leading FNC1").isLessThanOrEqualTo(48));
    }

    @Test
    void theQrCodeCarriesAPercentEncodedDigitalLink() {
        assertThat(SymbolReader.read(LabelSymbols.draw(LabelFormat.QR, AWKWARD_LOT, "https://id.example.com/", 4)))
                .containsExactly("https://id.example.com/01/09501101020948/10/A%2FB%251%3F%26?17=270228");
        assertThat(Map.of("human-readable", Gs1ElementStrings.humanReadable(Gs1ElementStrings.elements(SERIAL_LABEL))))
                .containsEntry("human-readable", "(01)07612345000657(11)261120(17)281119(10)FL-2026-000042(21)2600001234");
    }
}
