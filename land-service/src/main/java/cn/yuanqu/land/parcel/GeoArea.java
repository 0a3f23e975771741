package cn.yuanqu.land.parcel;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.Violation;

/**
 * The area of a parcel's boundary given as GeoJSON (RFC 7946: WGS 84 longitude/latitude), computed on the
 * sphere of radius 6378137 m — no PostGIS. For a ring of points (λᵢ, φᵢ) in radians the area is
 * |Σ (λᵢ₊₁ − λᵢ₋₁) · sin φᵢ| · R² / 2 (the spherical-excess form used by Chamberlain and Duquette,
 * "Some algorithms for polygons on a sphere", JPL 2007); holes are subtracted. At parcel scale the
 * sphere differs from the WGS 84 ellipsoid by well under 0.5 %.
 */
public final class GeoArea {

    /** Earth radius used (WGS 84 semi-major axis), metres. */
    public static final double RADIUS = 6_378_137.0;

    private GeoArea() {
    }

    /** Square metres enclosed by a GeoJSON Polygon or MultiPolygon (bad input is a 400 naming {@code field}). */
    public static double squareMetres(JsonNode geometry, String field) {
        List<Violation> bad = new ArrayList<>();
        double area = 0;
        String type = geometry == null || !geometry.has("type") ? "" : geometry.get("type").asText();
        JsonNode coordinates = geometry == null ? null : geometry.get("coordinates");
        if (coordinates == null || !coordinates.isArray()) {
            bad.add(violation(field + ".coordinates", "须为坐标数组", "coordinates must be an array"));
        } else if ("Polygon".equals(type)) {
            area = polygon(coordinates, field + ".coordinates", bad);
        } else if ("MultiPolygon".equals(type)) {
            for (int p = 0; p < coordinates.size(); p++) {
                area += polygon(coordinates.get(p), field + ".coordinates[" + p + "]", bad);
            }
        } else {
            bad.add(violation(field + ".type", "只支持 Polygon 或 MultiPolygon", "only Polygon or MultiPolygon"));
        }
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return area;
    }

    private static double polygon(JsonNode rings, String path, List<Violation> bad) {
        if (!rings.isArray() || rings.isEmpty()) {
            bad.add(violation(path, "多边形至少有一个外环", "a polygon needs an outer ring"));
            return 0;
        }
        double area = Math.abs(ring(rings.get(0), path + "[0]", bad));
        for (int h = 1; h < rings.size(); h++) {
            area -= Math.abs(ring(rings.get(h), path + "[" + h + "]", bad));
        }
        return area;
    }

    /** The signed area of one closed ring, m². */
    static double ring(JsonNode ring, String path, List<Violation> bad) {
        if (!ring.isArray() || ring.size() < 4) {
            bad.add(violation(path, "环至少4个点且首尾相同", "a ring has at least 4 positions, the first repeated last"));
            return 0;
        }
        int n = ring.size();
        double[] lon = new double[n];
        double[] lat = new double[n];
        for (int i = 0; i < n; i++) {
            JsonNode p = ring.get(i);
            if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()
                    || Math.abs(p.get(0).asDouble()) > 180 || Math.abs(p.get(1).asDouble()) > 90) {
                bad.add(violation(path + "[" + i + "]", "坐标须为[经度, 纬度]（WGS84）", "a position is [longitude, latitude] in WGS 84"));
                return 0;
            }
            lon[i] = Math.toRadians(p.get(0).asDouble());
            lat[i] = Math.toRadians(p.get(1).asDouble());
        }
        if (lon[0] != lon[n - 1] || lat[0] != lat[n - 1]) {
            bad.add(violation(path, "环须闭合（首尾坐标相同）", "a ring must be closed (first position repeated last)"));
            return 0;
        }
        // the last position repeats the first: sum over the n-1 distinct vertices, wrapping around
        int m = n - 1;
        double sum = 0;
        for (int i = 0; i < m; i++) {
            double next = lon[(i + 1) % m];
            double previous = lon[(i - 1 + m) % m];
            sum += (next - previous) * Math.sin(lat[i]);
        }
        return sum * RADIUS * RADIUS / 2;
    }

    private static Violation violation(String field, String zh, String en) {
        return new Violation(field, "GeoJson", zh, en);
    }
}
