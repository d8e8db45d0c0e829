package io.lotline.labeling;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.datamatrix.DataMatrixWriter;
import com.google.zxing.datamatrix.encoder.SymbolShapeHint;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws GS1 symbols with ZXing. GS1 DataMatrix: {@code GS1_FORMAT} with {@code DATA_MATRIX_COMPACT}, so the symbol
 * starts with FNC1 and each GS becomes FNC1. GS1-128: FNC1 written as Code 128's function character; a symbol holds
 * at most 48 data characters, so a longer label is split over two stacked symbols. QR: the GS1 Digital Link URI.
 */
final class LabelSymbols {
    /** Code 128's FNC1 in ZXing's Code128Writer input. */
    private static final char FNC1 = '\u00f1';
    private static final int GS1_128_MAX_DATA = 48;
    private static final int QUIET_ZONE = 10;

    private LabelSymbols() {}

    static BufferedImage draw(LabelFormat format, Gs1Data data, String digitalLinkBase, int moduleSize) {
        try {
            return switch (format) {
                case DATAMATRIX -> image(new DataMatrixWriter().encode(
                        Gs1ElementStrings.encode(Gs1ElementStrings.elements(data)), BarcodeFormat.DATA_MATRIX, 0, 0,
                        Map.of(EncodeHintType.GS1_FORMAT, true, EncodeHintType.DATA_MATRIX_COMPACT, true,
                                EncodeHintType.DATA_MATRIX_SHAPE, SymbolShapeHint.FORCE_SQUARE)), moduleSize);
                case QR -> image(new QRCodeWriter().encode(Gs1DigitalLink.of(digitalLinkBase, data), BarcodeFormat.QR_CODE,
                        0, 0, Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0)),
                        moduleSize);
                case GS1_128 -> stacked(gs1128(data, moduleSize));
            };
        } catch (WriterException e) {
            throw new IllegalStateException("ZXing could not encode " + format + " for " + data, e);
        }
    }

    static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The GS1-128 symbols of a label: elements in order, each symbol filled up to 48 data characters. */
    static List<String> gs1128Contents(Gs1Data data) {
        List<String> contents = new ArrayList<>();
        List<Gs1ElementStrings.Element> current = new ArrayList<>();
        for (Gs1ElementStrings.Element element : Gs1ElementStrings.elements(data)) {
            current.add(element);
            if (Gs1ElementStrings.encode(current).length() > GS1_128_MAX_DATA && current.size() > 1) {
                current.remove(current.size() - 1);
                contents.add(FNC1 + Gs1ElementStrings.encode(current).replace(Gs1ElementStrings.GS, FNC1));
                current = new ArrayList<>(List.of(element));
            }
        }
        contents.add(FNC1 + Gs1ElementStrings.encode(current).replace(Gs1ElementStrings.GS, FNC1));
        return contents;
    }

    private static List<BufferedImage> gs1128(Gs1Data data, int moduleSize) {
        List<BufferedImage> symbols = new ArrayList<>();
        for (String content : gs1128Contents(data)) {
            BitMatrix matrix = new Code128Writer().encode(content, BarcodeFormat.CODE_128, 0, 0, Map.of(EncodeHintType.MARGIN, 0));
            BitMatrix tall = new BitMatrix(matrix.getWidth(), 50);
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, 0)) {
                    tall.setRegion(x, 0, 1, 50);
                }
            }
            symbols.add(image(tall, moduleSize));
        }
        return symbols;
    }

    /** The matrix scaled to whole modules, on white with a quiet zone. */
    private static BufferedImage image(BitMatrix matrix, int moduleSize) {
        BufferedImage symbol = MatrixToImageWriter.toBufferedImage(matrix);
        int width = symbol.getWidth() * moduleSize + 2 * QUIET_ZONE * moduleSize;
        int height = symbol.getHeight() * moduleSize + 2 * QUIET_ZONE * moduleSize;
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.drawImage(symbol, QUIET_ZONE * moduleSize, QUIET_ZONE * moduleSize, symbol.getWidth() * moduleSize,
                symbol.getHeight() * moduleSize, null);
        g.dispose();
        return out;
    }

    private static BufferedImage stacked(List<BufferedImage> symbols) {
        int width = symbols.stream().mapToInt(BufferedImage::getWidth).max().orElseThrow();
        int height = symbols.stream().mapToInt(BufferedImage::getHeight).sum();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        int y = 0;
        for (BufferedImage symbol : symbols) {
            g.drawImage(symbol, 0, y, null);
            y += symbol.getHeight();
        }
        g.dispose();
        return out;
    }
}
