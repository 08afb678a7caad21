package org.kuzet.evidence;

/**
 * A rectangle to redact: on a picture in its pixels, on a PDF in points (1/72 inch) on a page as shown, both measured
 * from the top left corner.
 *
 * @param page the PDF's page, from 1 (1 for a picture)
 */
public record Region(int page, double x, double y, double width, double height) {

    /** Whether the two rectangles share any area. */
    public boolean overlaps(double left, double top, double w, double h) {
        return left < x + width && x < left + w && top < y + height && y < top + h;
    }
}
