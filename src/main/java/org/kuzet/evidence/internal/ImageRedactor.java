package org.kuzet.evidence.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.kuzet.evidence.Region;

/**
 * Redacts regions of a picture: blacked out, or blurred past recognition (each region averaged down to a few blocks,
 * then drawn back smoothly, so nothing of the detail is left to sharpen). The copy is drawn afresh from the pixels
 * alone, so none of the original's metadata (EXIF, GPS position, camera, comments) goes with it.
 */
public final class ImageRedactor {

    /** At most this many blocks across a blurred region, whatever its size. */
    static final int BLOCKS_ACROSS = 6;
    /** Blocks are never smaller than this many pixels, so a small region is not left readable. */
    static final int MIN_BLOCK = 12;

    private ImageRedactor() {
    }

    /** The picture's pixels, or empty when the bytes are no picture Java can read. */
    public static Optional<BufferedImage> read(byte[] content) {
        try {
            return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(content)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A copy of the picture with the regions redacted, in the same format ({@code png} or {@code jpeg}), without
     * metadata.
     */
    public static byte[] redact(BufferedImage picture, String format, List<Region> regions, boolean blur) {
        BufferedImage copy = pixels(picture, format);
        Graphics2D g = copy.createGraphics();
        try {
            for (Region r : regions) {
                int x = (int) Math.floor(r.x());
                int y = (int) Math.floor(r.y());
                int w = Math.min(copy.getWidth() - x, (int) Math.ceil(r.x() + r.width()) - x);
                int h = Math.min(copy.getHeight() - y, (int) Math.ceil(r.y() + r.height()) - y);
                if (w <= 0 || h <= 0) {
                    continue;
                }
                if (blur) {
                    blur(copy, g, x, y, w, h);
                } else {
                    g.setColor(Color.BLACK);
                    g.fillRect(x, y, w, h);
                }
            }
        } finally {
            g.dispose();
        }
        return write(copy, format);
    }

    /** The picture as PNG at most {@code maxWidth} wide (a preview for the staff page), without metadata. */
    public static byte[] preview(BufferedImage picture, int maxWidth) {
        int w = Math.min(maxWidth, picture.getWidth());
        int h = Math.max(1, Math.round(picture.getHeight() * (w / (float) picture.getWidth())));
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(picture, 0, 0, w, h, Color.WHITE, null);
        g.dispose();
        return write(small, "png");
    }

    /** A fresh image holding only the pixels: transparency kept for PNG, none for JPEG (which has none). */
    private static BufferedImage pixels(BufferedImage picture, String format) {
        boolean alpha = "png".equals(format) && picture.getColorModel().hasAlpha();
        BufferedImage copy = new BufferedImage(picture.getWidth(), picture.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        g.drawImage(picture, 0, 0, alpha ? null : Color.WHITE, null);
        g.dispose();
        return copy;
    }

    /** Averages the region down to a few blocks and draws them back smoothly over it. */
    private static void blur(BufferedImage image, Graphics2D g, int x, int y, int w, int h) {
        int block = Math.max(MIN_BLOCK, (int) Math.ceil(Math.max(w, h) / (double) BLOCKS_ACROSS));
        int cols = Math.max(1, (int) Math.ceil(w / (double) block));
        int rows = Math.max(1, (int) Math.ceil(h / (double) block));
        BufferedImage blocks = new BufferedImage(cols, rows, BufferedImage.TYPE_INT_ARGB);
        for (int bx = 0; bx < cols; bx++) {
            for (int by = 0; by < rows; by++) {
                blocks.setRGB(bx, by, average(image, x + bx * block, y + by * block,
                        Math.min(block, w - bx * block), Math.min(block, h - by * block)));
            }
        }
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setClip(x, y, w, h);
        // the blocks are opaque: nothing of the region shows through (drawn over black for a transparent picture)
        g.setColor(Color.BLACK);
        g.fillRect(x, y, w, h);
        g.drawImage(blocks, x, y, w, h, null);
        g.setClip(null);
    }

    private static int average(BufferedImage image, int x, int y, int w, int h) {
        long r = 0;
        long gr = 0;
        long b = 0;
        int n = 0;
        for (int i = x; i < x + w; i++) {
            for (int j = y; j < y + h; j++) {
                int rgb = image.getRGB(i, j);
                r += (rgb >> 16) & 0xff;
                gr += (rgb >> 8) & 0xff;
                b += rgb & 0xff;
                n++;
            }
        }
        n = Math.max(1, n);
        return 0xff000000 | (int) (r / n) << 16 | (int) (gr / n) << 8 | (int) (b / n);
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No image writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
