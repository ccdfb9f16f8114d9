package eu.reloop.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Product-style pictures for the demo listings, drawn when the demo loads: a soft studio background and a
 * plain silhouette of the kind of device, without text. They stand in for photos (none can be shipped or
 * downloaded here), so the demo looks like a shop; the README says they are drawings. One JPEG per
 * category, square like the product page's and the search results' crops, of some 20 kB.
 */
final class DemoPhotos {

    private static final int SIZE = 640;
    private static final float JPEG_QUALITY = 0.85f;

    private static final Color GRAPHITE_TOP = new Color(0x4A5261);
    private static final Color GRAPHITE_BOTTOM = new Color(0x2B303B);
    private static final Color WHITE_TOP = new Color(0xFFFFFF);
    private static final Color WHITE_BOTTOM = new Color(0xE3E7EC);
    private static final Color EDGE = new Color(0xB9C0C9);
    private static final Color STEEL = new Color(0x9AA3AE);
    private static final Color GLASS_TOP = new Color(0x2C3644);
    private static final Color GLASS_BOTTOM = new Color(0x151A22);

    private final Map<String, byte[]> byCategory = new HashMap<>();

    /** The picture for a device category, drawn once and reused for every listing of that category. */
    byte[] of(String category) {
        return byCategory.computeIfAbsent(category, DemoPhotos::draw);
    }

    private static byte[] draw(String category) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            backdrop(g, tint(category));
            device(g, category);
        } finally {
            g.dispose();
        }
        return jpeg(image);
    }

    /** A calm tint per family of devices, so that a page of results is varied but quiet. */
    private static Color tint(String category) {
        return switch (category) {
            case "washing-machines", "tumble-dryers", "dishwashers", "fridges-freezers", "ovens-cookers",
                    "microwave-ovens", "small-kitchen-appliances", "vacuum-cleaners" -> new Color(0xEFE9E1);
            case "power-tools", "garden-tools", "e-bikes-e-scooters" -> new Color(0xE4ECE4);
            case "lighting", "wearables", "audio-headphones" -> new Color(0xF0E6E6);
            default -> new Color(0xE3EAF2);
        };
    }

    /** A studio backdrop: the tint fading to near white, a soft light behind the item, and a floor shadow. */
    private static void backdrop(Graphics2D g, Color tint) {
        g.setPaint(new GradientPaint(0, 0, tint, 0, SIZE, new Color(0xFAFAFA)));
        g.fillRect(0, 0, SIZE, SIZE);
        g.setPaint(new RadialGradientPaint(SIZE / 2f, SIZE * 0.42f, SIZE * 0.45f, new float[] {0f, 1f},
                new Color[] {new Color(255, 255, 255, 150), new Color(255, 255, 255, 0)}));
        g.fillRect(0, 0, SIZE, SIZE);
        g.setPaint(new RadialGradientPaint(SIZE / 2f, 548, 230, new float[] {0f, 1f},
                new Color[] {new Color(40, 45, 55, 70), new Color(40, 45, 55, 0)}));
        g.fill(new Ellipse2D.Double(SIZE / 2.0 - 240, 528, 480, 40));
    }

    private static void device(Graphics2D g, String category) {
        switch (category) {
            case "phones" -> handheld(g, 190, 390, 34);
            case "tablets" -> handheld(g, 330, 440, 28);
            case "laptops" -> laptop(g);
            case "desktop-computers" -> monitor(g, 420, 260, true);
            case "monitors-tvs" -> monitor(g, 500, 290, false);
            case "audio-headphones" -> headphones(g);
            case "cameras" -> camera(g);
            case "game-consoles" -> controller(g);
            case "printers" -> printer(g);
            case "wearables" -> watch(g);
            case "washing-machines" -> frontLoader(g, true);
            case "tumble-dryers" -> frontLoader(g, false);
            case "dishwashers" -> dishwasher(g);
            case "fridges-freezers" -> fridge(g);
            case "ovens-cookers" -> oven(g);
            case "microwave-ovens" -> microwave(g);
            case "small-kitchen-appliances" -> kettle(g);
            case "vacuum-cleaners" -> vacuum(g);
            case "power-tools" -> drill(g);
            case "garden-tools" -> mower(g);
            case "e-bikes-e-scooters" -> scooter(g);
            case "lighting" -> lamp(g);
            default -> speaker(g);
        }
    }

    private static void handheld(Graphics2D g, double width, double height, double corner) {
        double x = (SIZE - width) / 2;
        double y = 540 - height;
        fill(g, new RoundRectangle2D.Double(x, y, width, height, corner * 2, corner * 2), GRAPHITE_TOP, GRAPHITE_BOTTOM);
        double inset = width * 0.06;
        screen(g, new RoundRectangle2D.Double(x + inset, y + inset, width - 2 * inset, height - 2 * inset,
                (corner - inset / 2) * 2, (corner - inset / 2) * 2));
        g.setColor(new Color(0x0B0E13));
        g.fill(new Ellipse2D.Double(SIZE / 2.0 - 6, y + inset + 10, 12, 12));
    }

    private static void laptop(Graphics2D g) {
        fill(g, new RoundRectangle2D.Double(110, 200, 420, 280, 24, 24), GRAPHITE_TOP, GRAPHITE_BOTTOM);
        screen(g, new Rectangle2D.Double(126, 216, 388, 248));
        Path2D base = new Path2D.Double();
        base.moveTo(110, 480);
        base.lineTo(530, 480);
        base.lineTo(580, 520);
        base.quadTo(580, 532, 566, 532);
        base.lineTo(74, 532);
        base.quadTo(60, 532, 60, 520);
        base.closePath();
        fill(g, base, new Color(0x8A93A0), new Color(0x5E6673));
        g.setColor(new Color(0x4B525E));
        g.fill(new RoundRectangle2D.Double(270, 484, 100, 8, 8, 8));
    }

    private static void monitor(Graphics2D g, double width, double height, boolean onStand) {
        double x = (SIZE - width) / 2;
        double y = onStand ? 150 : 180;
        if (onStand) {
            fill(g, new Rectangle2D.Double(SIZE / 2.0 - 22, y + height - 10, 44, 120), STEEL, new Color(0x6F7782));
            fill(g, new RoundRectangle2D.Double(SIZE / 2.0 - 110, 520, 220, 18, 18, 18), STEEL, new Color(0x6F7782));
        } else {
            fill(g, new Rectangle2D.Double(x + 60, y + height - 4, 16, 70), GRAPHITE_TOP, GRAPHITE_BOTTOM);
            fill(g, new Rectangle2D.Double(x + width - 76, y + height - 4, 16, 70), GRAPHITE_TOP, GRAPHITE_BOTTOM);
        }
        fill(g, new RoundRectangle2D.Double(x, y, width, height, 14, 14), GRAPHITE_TOP, GRAPHITE_BOTTOM);
        screen(g, new Rectangle2D.Double(x + 10, y + 10, width - 20, height - 20));
    }

    private static void headphones(Graphics2D g) {
        g.setStroke(new BasicStroke(34, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(GRAPHITE_BOTTOM);
        g.draw(new Arc2D.Double(170, 120, 300, 340, 0, 180, Arc2D.OPEN));
        g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(STEEL);
        g.draw(new Arc2D.Double(170, 120, 300, 340, 8, 164, Arc2D.OPEN));
        for (double x : new double[] {120, 400}) {
            fill(g, new RoundRectangle2D.Double(x, 280, 120, 200, 100, 110), GRAPHITE_TOP, GRAPHITE_BOTTOM);
            g.setColor(new Color(0x232730));
            g.fill(new RoundRectangle2D.Double(x + (x < SIZE / 2.0 ? 86 : 4), 300, 30, 160, 30, 40));
        }
    }

    private static void camera(Graphics2D g) {
        Area body = new Area(new RoundRectangle2D.Double(120, 250, 400, 250, 40, 40));
        body.add(new Area(new RoundRectangle2D.Double(250, 200, 150, 80, 24, 24)));
        fill(g, body, GRAPHITE_TOP, GRAPHITE_BOTTOM);
        fill(g, new RoundRectangle2D.Double(120, 250, 90, 250, 40, 40), new Color(0x3A404C), new Color(0x22262E));
        g.setColor(STEEL);
        g.fill(new Ellipse2D.Double(225, 265, 220, 220));
        screen(g, new Ellipse2D.Double(245, 285, 180, 180));
        g.setColor(new Color(255, 255, 255, 40));
        g.fill(new Ellipse2D.Double(285, 320, 50, 36));
        g.setColor(new Color(0xC0392B));
        g.fill(new Ellipse2D.Double(460, 226, 30, 30));
    }

    private static void controller(Graphics2D g) {
        Area pad = new Area(new RoundRectangle2D.Double(150, 250, 340, 150, 120, 120));
        pad.add(new Area(new Ellipse2D.Double(110, 280, 170, 230)));
        pad.add(new Area(new Ellipse2D.Double(360, 280, 170, 230)));
        fill(g, pad, GRAPHITE_TOP, GRAPHITE_BOTTOM);
        g.setColor(new Color(0x1C2027));
        g.fill(new Rectangle2D.Double(170, 318, 60, 20));
        g.fill(new Rectangle2D.Double(190, 298, 20, 60));
        int[][] buttons = {{420, 290}, {450, 320}, {390, 320}, {420, 350}};
        Color[] colours = {new Color(0x4FA3D9), new Color(0xE06C5A), new Color(0x6CC18B), new Color(0xE8C15A)};
        for (int i = 0; i < buttons.length; i++) {
            g.setColor(colours[i]);
            g.fill(new Ellipse2D.Double(buttons[i][0] - 12, buttons[i][1] - 12, 24, 24));
        }
        g.setColor(new Color(0x161A20));
        g.fill(new Ellipse2D.Double(240, 380, 56, 56));
        g.fill(new Ellipse2D.Double(344, 380, 56, 56));
    }

    private static void printer(Graphics2D g) {
        Rectangle2D paper = new Rectangle2D.Double(220, 170, 200, 110);
        fill(g, paper, new Color(0xFFFFFF), new Color(0xF1F1F1));
        outline(g, paper);
        fill(g, new RoundRectangle2D.Double(130, 260, 380, 230, 30, 30), WHITE_TOP, WHITE_BOTTOM);
        outline(g, new RoundRectangle2D.Double(130, 260, 380, 230, 30, 30));
        g.setColor(new Color(0x3A404C));
        g.fill(new RoundRectangle2D.Double(180, 400, 280, 14, 14, 14));
        screen(g, new RoundRectangle2D.Double(390, 290, 90, 50, 10, 10));
    }

    private static void watch(Graphics2D g) {
        fill(g, new RoundRectangle2D.Double(260, 90, 120, 470, 40, 40), new Color(0x5B6472), new Color(0x3C434F));
        fill(g, new RoundRectangle2D.Double(215, 205, 210, 240, 70, 70), STEEL, new Color(0x5E6673));
        screen(g, new RoundRectangle2D.Double(230, 220, 180, 210, 56, 56));
        g.setColor(new Color(0x6CC18B));
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Arc2D.Double(275, 280, 90, 90, 90, -250, Arc2D.OPEN));
        fill(g, new RoundRectangle2D.Double(420, 290, 16, 50, 8, 8), STEEL, new Color(0x5E6673));
    }

    private static void frontLoader(Graphics2D g, boolean washer) {
        RoundRectangle2D box = new RoundRectangle2D.Double(150, 120, 340, 420, 24, 24);
        fill(g, box, WHITE_TOP, WHITE_BOTTOM);
        outline(g, box);
        g.setColor(EDGE);
        g.draw(new Rectangle2D.Double(150, 190, 340, 0.5));
        g.setColor(new Color(0xD5DAE0));
        g.fill(new RoundRectangle2D.Double(172, 140, 110, 32, 10, 10));
        g.setColor(STEEL);
        g.fill(new Ellipse2D.Double(420, 136, 40, 40));
        g.fill(new Ellipse2D.Double(200, 230, 240, 240));
        Color glassTop = washer ? GLASS_TOP : new Color(0x8E99A6);
        Color glassBottom = washer ? GLASS_BOTTOM : new Color(0x5D6774);
        fill(g, new Ellipse2D.Double(222, 252, 196, 196), glassTop, glassBottom);
        g.setStroke(new BasicStroke(8, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(255, 255, 255, 60));
        g.draw(new Arc2D.Double(250, 280, 140, 140, 105, 60, Arc2D.OPEN));
    }

    private static void dishwasher(Graphics2D g) {
        RoundRectangle2D box = new RoundRectangle2D.Double(160, 120, 320, 420, 18, 18);
        fill(g, box, WHITE_TOP, WHITE_BOTTOM);
        outline(g, box);
        g.setColor(new Color(0x3A404C));
        g.fill(new RoundRectangle2D.Double(160, 120, 320, 44, 18, 18));
        g.fill(new Rectangle2D.Double(160, 140, 320, 24));
        g.setColor(new Color(0x6CC18B));
        g.fill(new Ellipse2D.Double(440, 136, 12, 12));
        fill(g, new RoundRectangle2D.Double(230, 190, 180, 16, 16, 16), STEEL, new Color(0x6F7782));
    }

    private static void fridge(Graphics2D g) {
        RoundRectangle2D box = new RoundRectangle2D.Double(200, 60, 240, 480, 24, 24);
        fill(g, box, WHITE_TOP, WHITE_BOTTOM);
        outline(g, box);
        g.setColor(EDGE);
        g.setStroke(new BasicStroke(3));
        g.draw(new Rectangle2D.Double(200, 350, 240, 0.1));
        fill(g, new RoundRectangle2D.Double(405, 180, 14, 130, 14, 14), STEEL, new Color(0x6F7782));
        fill(g, new RoundRectangle2D.Double(405, 375, 14, 90, 14, 14), STEEL, new Color(0x6F7782));
    }

    private static void oven(Graphics2D g) {
        RoundRectangle2D box = new RoundRectangle2D.Double(150, 130, 340, 410, 18, 18);
        fill(g, box, WHITE_TOP, WHITE_BOTTOM);
        outline(g, box);
        g.setColor(new Color(0x3A404C));
        g.fill(new Rectangle2D.Double(150, 130, 340, 10));
        for (int i = 0; i < 4; i++) {
            g.setColor(STEEL);
            g.fill(new Ellipse2D.Double(180 + i * 44, 158, 28, 28));
        }
        fill(g, new RoundRectangle2D.Double(220, 218, 200, 14, 14, 14), STEEL, new Color(0x6F7782));
        screen(g, new RoundRectangle2D.Double(190, 250, 260, 190, 20, 20));
        g.setPaint(new RadialGradientPaint(320, 400, 120, new float[] {0f, 1f},
                new Color[] {new Color(255, 170, 80, 70), new Color(255, 170, 80, 0)}));
        g.fill(new RoundRectangle2D.Double(190, 250, 260, 190, 20, 20));
    }

    private static void microwave(Graphics2D g) {
        RoundRectangle2D box = new RoundRectangle2D.Double(110, 250, 420, 270, 22, 22);
        fill(g, box, WHITE_TOP, WHITE_BOTTOM);
        outline(g, box);
        screen(g, new RoundRectangle2D.Double(136, 276, 280, 218, 16, 16));
        g.setColor(new Color(0x3A404C));
        g.fill(new RoundRectangle2D.Double(436, 282, 74, 28, 8, 8));
        for (int row = 0; row < 4; row++) {
            for (int column = 0; column < 3; column++) {
                g.setColor(new Color(0xC9CFD6));
                g.fill(new Ellipse2D.Double(442 + column * 22, 330 + row * 26, 16, 16));
            }
        }
    }

    private static void kettle(Graphics2D g) {
        fill(g, new RoundRectangle2D.Double(190, 500, 260, 40, 20, 20), GRAPHITE_TOP, GRAPHITE_BOTTOM);
        Path2D body = new Path2D.Double();
        body.moveTo(240, 200);
        body.lineTo(400, 200);
        body.quadTo(430, 350, 440, 490);
        body.lineTo(200, 490);
        body.quadTo(210, 350, 240, 200);
        body.closePath();
        Path2D spout = polygon(230, 260, 160, 220, 170, 250, 220, 320);
        g.setStroke(new BasicStroke(30, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(GRAPHITE_BOTTOM);
        g.draw(new Arc2D.Double(370, 230, 130, 200, 90, -180, Arc2D.OPEN));
        fill(g, spout, STEEL, new Color(0x6F7782));
        fill(g, body, new Color(0xC7CED6), new Color(0x8D96A2));
        fill(g, new RoundRectangle2D.Double(290, 176, 60, 30, 16, 16), GRAPHITE_TOP, GRAPHITE_BOTTOM);
        g.setColor(new Color(255, 255, 255, 70));
        g.fill(new RoundRectangle2D.Double(250, 240, 26, 220, 26, 26));
    }

    private static void vacuum(Graphics2D g) {
        g.setStroke(new BasicStroke(18, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(GRAPHITE_BOTTOM);
        g.draw(new RoundRectangle2D.Double(335, 80, 60, 90, 40, 40));
        g.setColor(STEEL);
        g.draw(new Line2D.Double(350, 170, 310, 490));
        fill(g, new RoundRectangle2D.Double(318, 180, 76, 150, 40, 40), new Color(0x8E6BBF), new Color(0x5F4591));
        g.setColor(new Color(255, 255, 255, 60));
        g.fill(new RoundRectangle2D.Double(332, 196, 16, 116, 16, 16));
        fill(g, new RoundRectangle2D.Double(210, 482, 200, 48, 26, 26), GRAPHITE_TOP, GRAPHITE_BOTTOM);
    }

    private static void drill(Graphics2D g) {
        fill(g, new RoundRectangle2D.Double(270, 460, 190, 80, 20, 20), GRAPHITE_TOP, GRAPHITE_BOTTOM);
        fill(g, polygon(330, 300, 410, 300, 400, 470, 320, 470), new Color(0x2C8C8C), new Color(0x1E6666));
        fill(g, new RoundRectangle2D.Double(200, 200, 300, 120, 60, 60), new Color(0x36A3A3), new Color(0x247878));
        fill(g, new Rectangle2D.Double(150, 232, 60, 56), GRAPHITE_TOP, GRAPHITE_BOTTOM);
        g.setColor(STEEL);
        g.fill(new Rectangle2D.Double(70, 252, 82, 16));
    }

    private static void mower(Graphics2D g) {
        g.setColor(new Color(0x1C2027));
        g.fill(new Ellipse2D.Double(150, 420, 110, 110));
        g.fill(new Ellipse2D.Double(420, 470, 60, 60));
        Path2D shell = new Path2D.Double();
        shell.moveTo(110, 470);
        shell.curveTo(130, 330, 330, 300, 520, 360);
        shell.curveTo(560, 380, 560, 470, 530, 480);
        shell.lineTo(110, 480);
        shell.closePath();
        fill(g, shell, new Color(0xF29B38), new Color(0xC76E16));
        g.setColor(new Color(0x2B303B));
        g.fill(new Ellipse2D.Double(300, 360, 70, 30));
        g.setColor(new Color(255, 255, 255, 60));
        g.fill(new Arc2D.Double(170, 350, 300, 120, 100, 60, Arc2D.PIE));
    }

    private static void scooter(Graphics2D g) {
        g.setStroke(new BasicStroke(22, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(GRAPHITE_BOTTOM);
        Path2D frame = new Path2D.Double();
        frame.moveTo(160, 470);
        frame.lineTo(430, 470);
        frame.lineTo(470, 140);
        g.draw(frame);
        g.draw(new Line2D.Double(420, 140, 520, 140));
        g.setStroke(new BasicStroke(26));
        for (double x : new double[] {150, 480}) {
            g.setColor(new Color(0x1C2027));
            g.draw(new Ellipse2D.Double(x - 55, 430, 110, 110));
            g.setColor(STEEL);
            g.fill(new Ellipse2D.Double(x - 18, 467, 36, 36));
        }
        fill(g, new RoundRectangle2D.Double(200, 450, 220, 30, 14, 14), new Color(0x4FA3D9), new Color(0x2F7BB0));
    }

    private static void lamp(Graphics2D g) {
        g.setPaint(new RadialGradientPaint(320, 330, 200, new float[] {0f, 1f},
                new Color[] {new Color(255, 214, 140, 140), new Color(255, 214, 140, 0)}));
        g.fill(new Ellipse2D.Double(120, 130, 400, 400));
        fill(g, new Rectangle2D.Double(310, 300, 20, 210), STEEL, new Color(0x6F7782));
        fill(g, new Ellipse2D.Double(220, 500, 200, 40), GRAPHITE_TOP, GRAPHITE_BOTTOM);
        fill(g, polygon(260, 130, 380, 130, 460, 310, 180, 310), new Color(0xF6F1E7), new Color(0xD9CDB5));
        g.setColor(new Color(255, 236, 190));
        g.fill(new Ellipse2D.Double(180, 296, 280, 28));
    }

    /** Other electronics: a small speaker with a fabric front. */
    private static void speaker(Graphics2D g) {
        RoundRectangle2D body = new RoundRectangle2D.Double(220, 150, 200, 390, 110, 110);
        fill(g, body, new Color(0x6B7280), new Color(0x3F4550));
        g.setColor(new Color(255, 255, 255, 30));
        for (int y = 200; y < 500; y += 14) {
            for (int x = 240; x < 400; x += 14) {
                if (body.contains(x, y)) {
                    g.fill(new Ellipse2D.Double(x, y, 5, 5));
                }
            }
        }
        g.setColor(new Color(0x4FA3D9));
        g.fill(new RoundRectangle2D.Double(280, 166, 80, 8, 8, 8));
    }

    /** Fills a shape with light from above: lighter at its top, darker at its foot. */
    private static void fill(Graphics2D g, Shape shape, Color top, Color bottom) {
        Rectangle2D bounds = shape.getBounds2D();
        g.setPaint(new GradientPaint(0, (float) bounds.getMinY(), top, 0, (float) bounds.getMaxY(), bottom));
        g.fill(shape);
    }

    private static void outline(Graphics2D g, Shape shape) {
        g.setColor(EDGE);
        g.setStroke(new BasicStroke(2));
        g.draw(shape);
    }

    /** Dark glass with a soft diagonal reflection. */
    private static void screen(Graphics2D g, Shape shape) {
        fill(g, shape, GLASS_TOP, GLASS_BOTTOM);
        Rectangle2D bounds = shape.getBounds2D();
        Area reflection = new Area(polygon(bounds.getMinX(), bounds.getMinY(),
                bounds.getMinX() + bounds.getWidth() * 0.55, bounds.getMinY(),
                bounds.getMinX(), bounds.getMinY() + bounds.getHeight() * 0.7));
        reflection.intersect(new Area(shape));
        g.setColor(new Color(255, 255, 255, 22));
        g.fill(reflection);
    }

    /** A closed outline through the points, given as x1, y1, x2, y2, ... */
    private static Path2D polygon(double... points) {
        Path2D path = new Path2D.Double();
        path.moveTo(points[0], points[1]);
        for (int i = 2; i < points.length; i += 2) {
            path.lineTo(points[i], points[i + 1]);
        }
        path.closePath();
        return path;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
