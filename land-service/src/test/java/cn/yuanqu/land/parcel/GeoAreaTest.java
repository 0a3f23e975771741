package cn.yuanqu.land.parcel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.yuanqu.platform.error.InvalidInputException;

/** Areas of known polygons on the sphere. */
class GeoAreaTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(String s) throws Exception {
        return JSON.readTree(s);
    }

    @Test
    void aOneDegreeCellAtTheEquatorHasItsAnalyticArea() throws Exception {
        // R² · Δλ · (sin φ₂ − sin φ₁) for the cell 0–1°E, 0–1°N
        double expected = GeoArea.RADIUS * GeoArea.RADIUS * Math.toRadians(1) * Math.sin(Math.toRadians(1));
        double area = GeoArea.squareMetres(json("""
                {"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}"""), "boundary");
        assertThat(area).isCloseTo(expected, within(1.0));
        assertThat(area).isCloseTo(1.2391e10, within(0.0001e10));
    }

    @Test
    void aParcelInXingguoOfAboutFortyMu() throws Exception {
        // a 200 m × 133.33 m rectangle near 26.34°N 115.35°E: 26 666 m² = 40 亩, orientation either way
        double dLat = 133.333 / (Math.PI * GeoArea.RADIUS / 180);
        double dLon = 200 / (Math.PI * GeoArea.RADIUS / 180 * Math.cos(Math.toRadians(26.34)));
        String ring = String.format("[[115.35,26.34],[115.35,%1$.9f],[%2$.9f,%1$.9f],[%2$.9f,26.34],[115.35,26.34]]",
                26.34 + dLat, 115.35 + dLon);
        double area = GeoArea.squareMetres(json("{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}"), "boundary");
        assertThat(area).isCloseTo(26_666.6, within(30.0));
    }

    @Test
    void holesAreSubtractedAndMultiPolygonsAdded() throws Exception {
        double cell = GeoArea.squareMetres(json("""
                {"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}"""), "b");
        double holed = GeoArea.squareMetres(json("""
                {"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]],[[0.25,0.25],[0.25,0.75],[0.75,0.75],[0.75,0.25],[0.25,0.25]]]}"""),
                "b");
        assertThat(holed).isBetween(cell * 0.74, cell * 0.76);
        double two = GeoArea.squareMetres(json("""
                {"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,1],[0,0]]],[[[2,0],[3,0],[3,1],[2,1],[2,0]]]]}"""), "b");
        assertThat(two).isCloseTo(2 * cell, within(1.0));
    }

    @Test
    void badGeometryNamesTheField() {
        assertThatThrownBy(() -> GeoArea.squareMetres(json("""
                {"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0.5]]]}"""), "boundary"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("boundary");
        assertThatThrownBy(() -> GeoArea.squareMetres(json("""
                {"type":"Point","coordinates":[0,0]}"""), "boundary"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> GeoArea.squareMetres(json("""
                {"type":"Polygon","coordinates":[[[0,0],[1,0],[181,1],[0,0]]]}"""), "boundary"))
                .isInstanceOf(InvalidInputException.class);
    }
}
