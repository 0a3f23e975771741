package cn.yuanqu.platform.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures a service reports, in order: each key with its name, unit and kind. A rate or average
 * ({@code rate}) carries no 同比 ratio; an amount or count gets its ratio against the base period.
 */
public final class FigureTable {

    /** What a key means. */
    public record Definition(String name, String unit, boolean rate) {
    }

    private final String section;
    private final Map<String, Definition> definitions = new LinkedHashMap<>();

    public FigureTable(String section) {
        this.section = section;
    }

    /** An amount or count: value, base and 同比. */
    public FigureTable amount(String key, String name, String unit) {
        definitions.put(key, new Definition(name, unit, false));
        return this;
    }

    /** A rate or average: value and base, no ratio. */
    public FigureTable rate(String key, String name, String unit) {
        definitions.put(key, new Definition(name, unit, true));
        return this;
    }

    public Map<String, Definition> definitions() {
        return Collections.unmodifiableMap(definitions);
    }

    /** Every figure of the table from this period's values and the base period's (missing keys: no value). */
    public List<Figure> assemble(Map<String, BigDecimal> now, Map<String, BigDecimal> before) {
        List<Figure> out = new ArrayList<>();
        definitions.forEach((key, d) -> out.add(d.rate()
                ? Figure.rate(key, section, d.name(), d.unit(), now.get(key), before.get(key))
                : Figure.amount(key, section, d.name(), d.unit(), now.get(key), before.get(key))));
        return out;
    }
}
