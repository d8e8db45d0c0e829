package io.lotline.production.spc;

import java.util.ArrayList;
import java.util.List;

/**
 * Western Electric rules 1–4 on the zones of a series' most recent points. A point's zone is one character: its side
 * of the centre line (lower case above, upper case below, {@code o} on it) and how many sigma it lies beyond
 * ({@code a} within 1, {@code b} beyond 1, {@code c} beyond 2, {@code d} beyond 3). Eight zones are all any rule
 * needs, so a series carries only those from one reading to the next.
 */
public final class WesternElectricRules {
    /** Zones kept per series: rule 4 looks back furthest. */
    public static final int WINDOW = 8;
    private static final char ON_CENTER = 'o';

    private WesternElectricRules() {}

    public static char zone(double value, double centerLine, double sigma) {
        double distance = value - centerLine;
        if (distance == 0) {
            return ON_CENTER;
        }
        double sigmas = sigma > 0 ? Math.abs(distance) / sigma : Double.POSITIVE_INFINITY;
        int band = sigmas > 3 ? 3 : sigmas > 2 ? 2 : sigmas > 1 ? 1 : 0;
        return (char) ((distance > 0 ? 'a' : 'A') + band);
    }

    /** The zones with the newest appended, cut to the window. */
    public static String append(String zones, char newest) {
        String appended = zones + newest;
        return appended.length() > WINDOW ? appended.substring(appended.length() - WINDOW) : appended;
    }

    /** The rules the newest point (the last zone) breaks. */
    public static List<SpcRule> broken(String zones) {
        List<SpcRule> broken = new ArrayList<>();
        char newest = zones.charAt(zones.length() - 1);
        if (newest == ON_CENTER) {
            return broken;
        }
        if (band(newest) >= 3) {
            broken.add(SpcRule.WE1_BEYOND_3_SIGMA);
        }
        if (band(newest) >= 2 && countSameSideBeyond(zones, 3, newest, 2) >= 2) {
            broken.add(SpcRule.WE2_TWO_OF_THREE_BEYOND_2_SIGMA);
        }
        if (band(newest) >= 1 && countSameSideBeyond(zones, 5, newest, 1) >= 4) {
            broken.add(SpcRule.WE3_FOUR_OF_FIVE_BEYOND_1_SIGMA);
        }
        if (zones.length() >= 8 && countSameSideBeyond(zones, 8, newest, 0) == 8) {
            broken.add(SpcRule.WE4_EIGHT_ON_ONE_SIDE);
        }
        return broken;
    }

    private static int countSameSideBeyond(String zones, int lastPoints, char side, int minBand) {
        if (zones.length() < lastPoints) {
            return 0;
        }
        int count = 0;
        for (char zone : zones.substring(zones.length() - lastPoints).toCharArray()) {
            if (zone != ON_CENTER && above(zone) == above(side) && band(zone) >= minBand) {
                count++;
            }
        }
        return count;
    }

    private static boolean above(char zone) {
        return Character.isLowerCase(zone);
    }

    private static int band(char zone) {
        return Character.toLowerCase(zone) - 'a';
    }
}
