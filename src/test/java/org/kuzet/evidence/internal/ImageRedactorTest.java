package org.kuzet.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.kuzet.evidence.Region;

/**
 * A picture's regions are blacked out or blurred past reading, the rest kept, and nothing of the original's
 * metadata goes with the copy: a JPEG's EXIF block with a GPS position, a PNG's text chunk naming a place.
 */
class ImageRedactorTest {

    private static final Region FACE = new Region(1, 20, 10, 40, 30);

    @Test
    void aBlackedOutRegionIsBlackAndTheRestOfThePngIsAsItWas() throws Exception {
        BufferedImage picture = checkerboard(120, 80);
        byte[] png = withTextChunk(write(picture, "png"), "Location", "Oral 51.23N 51.37E");
        BufferedImage read = ImageRedactor.read(png).orElseThrow();

        byte[] copy = ImageRedactor.redact(read, "png", List.of(FACE), false);
        BufferedImage redacted = ImageIO.read(new java.io.ByteArrayInputStream(copy));
        for (int x = 0; x < 120; x++) {
            for (int y = 0; y < 80; y++) {
                int expected = inside(x, y) ? 0x000000 : picture.getRGB(x, y) & 0xffffff;
                assertThat(redacted.getRGB(x, y) & 0xffffff).as("pixel %d,%d", x, y).isEqualTo(expected);
            }
        }
        assertThat(new String(png, StandardCharsets.ISO_8859_1)).contains("tEXt", "Oral 51.23N");
        assertThat(new String(copy, StandardCharsets.ISO_8859_1)).doesNotContain("tEXt").doesNotContain("Oral");
    }

    @Test
    void aBlurredRegionKeepsNoDetailAndTheJpegLosesItsGpsPosition() throws Exception {
        byte[] jpeg = withExifGps(write(checkerboard(120, 80), "jpeg"));
        assertThat(segments(jpeg)).contains(0xE1);
        BufferedImage read = ImageRedactor.read(jpeg).orElseThrow();

        byte[] copy = ImageRedactor.redact(read, "jpeg", List.of(FACE), true);
        assertThat(segments(copy)).doesNotContain(0xE1);
        assertThat(new String(copy, StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
        BufferedImage redacted = ImageIO.read(new java.io.ByteArrayInputStream(copy));
        // the checkerboard's neighbours differ by 255 in each channel; blurred, hardly at all
        assertThat(maxNeighbourStep(redacted, 24, 16, 54, 32)).isLessThan(40);
        assertThat(maxNeighbourStep(redacted, 72, 48, 110, 72)).isGreaterThan(100);
    }

    private static boolean inside(int x, int y) {
        return x >= 20 && x < 60 && y >= 10 && y < 40;
    }

    /** Black and white squares of two pixels: detail that a blur must wipe out. */
    private static BufferedImage checkerboard(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                image.setRGB(x, y, (x / 2 + y / 2) % 2 == 0 ? 0xffffff : 0x000000);
            }
        }
        return image;
    }

    private static int maxNeighbourStep(BufferedImage image, int x0, int y0, int x1, int y1) {
        int max = 0;
        for (int x = x0; x < x1; x++) {
            for (int y = y0; y < y1; y++) {
                max = Math.max(max, Math.abs((image.getRGB(x, y) & 0xff) - (image.getRGB(x + 1, y) & 0xff)));
            }
        }
        return max;
    }

    private static byte[] write(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** The JPEG's marker segments before its image data (APP0 = 0xE0, APP1 = 0xE1, ...). */
    private static List<Integer> segments(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
            int marker = jpeg[at + 1] & 0xff;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            at += 2 + ((jpeg[at + 2] & 0xff) << 8 | jpeg[at + 3] & 0xff);
        }
        return markers;
    }

    /** The JPEG with an EXIF block after its JFIF header: an IFD pointing to a GPS IFD with a latitude. */
    private static byte[] withExifGps(byte[] jpeg) {
        ByteBuffer tiff = ByteBuffer.allocate(68);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
        tiff.putShort((short) 1).putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(44).putInt(0);
        tiff.putInt(51).putInt(1).putInt(13).putInt(1).putInt(48).putInt(1);
        byte[] exif = ByteBuffer.allocate(6 + 68).put("Exif\0\0".getBytes(StandardCharsets.US_ASCII))
                .put(tiff.array()).array();
        int app0End = 4 + ((jpeg[4] & 0xff) << 8 | jpeg[5] & 0xff);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, app0End);
        out.write(0xff);
        out.write(0xe1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xff);
        out.writeBytes(exif);
        out.write(jpeg, app0End, jpeg.length - app0End);
        return out.toByteArray();
    }

    /** The PNG with a tEXt chunk after its header chunk. */
    private static byte[] withTextChunk(byte[] png, String keyword, String text) {
        byte[] data = (keyword + "\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        byte[] type = "tEXt".getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(data);
        int ihdrEnd = 8 + 4 + 4 + 13 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, ihdrEnd);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(type);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        out.write(png, ihdrEnd, png.length - ihdrEnd);
        return out.toByteArray();
    }
}
