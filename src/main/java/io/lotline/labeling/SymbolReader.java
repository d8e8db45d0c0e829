package io.lotline.labeling;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Finds the GS1 symbols in a picture (a label photo or a generated label) and returns what a scanner would transmit
 * for each: the symbology identifier ({@code ]d2}, {@code ]C1}, {@code ]Q3}) when ZXing reports a GS1 symbol, then
 * the data with GS separators. A plain QR code carries its text as is (a Digital Link URI).
 */
final class SymbolReader {
    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.DATA_MATRIX, BarcodeFormat.CODE_128, BarcodeFormat.QR_CODE),
            DecodeHintType.TRY_HARDER, Boolean.TRUE);
    private static final List<String> GS1_IDENTIFIERS = List.of("]d2", "]C1", "]Q3", "]e0");

    private SymbolReader() {}

    /** Every symbol found, as scanner text; empty when the picture holds none. */
    static List<String> read(BufferedImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            Result[] results = new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(bitmap, HINTS);
            return Arrays.stream(results)
                    .sorted((a, b) -> Float.compare(top(a), top(b)))
                    .map(SymbolReader::scannerText).distinct().toList();
        } catch (NotFoundException none) {
            return List.of();
        }
    }

    private static float top(Result result) {
        return result.getResultPoints() == null || result.getResultPoints().length == 0 ? 0
                : result.getResultPoints()[0].getY();
    }

    private static String scannerText(Result result) {
        Object identifier = result.getResultMetadata() == null ? null
                : result.getResultMetadata().get(ResultMetadataType.SYMBOLOGY_IDENTIFIER);
        if (identifier == null || !GS1_IDENTIFIERS.contains(identifier.toString())) {
            return result.getText();
        }
        // ZXing may also report the leading FNC1 as a GS; a scanner transmits only the identifier for it
        String text = result.getText();
        return identifier + (text.startsWith("\u001d") ? text.substring(1) : text);
    }
}
