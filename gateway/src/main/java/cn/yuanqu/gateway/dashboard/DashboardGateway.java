package cn.yuanqu.gateway.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.support.CallerToken;
import cn.yuanqu.gateway.support.Downstream;
import cn.yuanqu.gateway.support.InvalidArgument;

/**
 * The dashboard's application layer. Request-scoped: each service's figures are fetched at most once per
 * GraphQL request (for all the parks asked), whichever sections and rankings the query selects; the
 * caller's token is forwarded, so each service applies the caller's parks and roles.
 */
@RequestScoped
public class DashboardGateway {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    /** The dashboard sections, the service they come from, its figure section and its highlight key prefixes. */
    enum Section {
        ECONOMY("enterprises", "economy", "economy."),
        CULTIVATION("enterprises", "enterprises", "enterprises.", "qualifications.", "cultivation."),
        FINANCE("enterprises", "finance", "loans.", "payouts."),
        SERVICE("enterprises", "service", "requests.", "visits.", "agency."),
        PROJECTS("projects", null),
        SAFETY("safety", null),
        LAND("land", null);

        final String service;
        final String figureSection;
        final List<String> highlights;

        Section(String service, String figureSection, String... highlights) {
            this.service = service;
            this.figureSection = figureSection;
            this.highlights = List.of(highlights);
        }
    }

    /** The Chinese name of a service ("enterprises" → 企业服务). */
    public static String serviceZh(String service) {
        return SERVICE_ZH.get(service);
    }

    private static final Map<String, String> SERVICE_ZH = Map.of("enterprises", "企业服务", "projects", "项目服务",
            "safety", "安全环保服务", "land", "土地服务");

    private final FiguresClient client;
    private final CallerToken token;
    private final Map<String, Uni<ServiceFigures>> fetched = new HashMap<>();

    public DashboardGateway(FiguresClient client, CallerToken token) {
        this.client = client;
        this.token = token;
    }

    /** Checks the period and the parks; the sections are fetched when selected. */
    public Dashboard dashboard(String park, List<String> parks, String from, String to) {
        List<String> asked = new ArrayList<>();
        if (park != null && !park.isBlank()) {
            asked.add(park.strip());
        }
        if (parks != null) {
            parks.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).filter(p -> !asked.contains(p))
                    .forEach(asked::add);
        }
        if (from == null || !MONTH.matcher(from).matches()) {
            throw new InvalidArgument("from", "起始月份应为 YYYY-MM", "from is a month YYYY-MM");
        }
        if (to == null || !MONTH.matcher(to).matches()) {
            throw new InvalidArgument("to", "截止月份应为 YYYY-MM", "to is a month YYYY-MM");
        }
        if (from.compareTo(to) > 0) {
            throw new InvalidArgument("to", "截止月份不能早于起始月份", "to cannot be before from");
        }
        return new Dashboard(from, to, asked.isEmpty() ? null : List.copyOf(asked));
    }

    /** One section for every park of the dashboard. */
    public Uni<List<ParkFigures>> section(Dashboard d, Section s) {
        return figures(d, s.service).map(f -> f.parks().stream()
                .map(p -> s.figureSection == null ? p : p.only(s.figureSection, s.highlights)).toList());
    }

    /**
     * The parks side by side for each figure asked (every figure of every section when none is asked), highest
     * value first, ranks shared by equal values. Reads all four services (each once per request).
     */
    public Uni<List<Ranking>> rankings(Dashboard d, List<String> keys) {
        return Uni.join().all(figures(d, "enterprises"), figures(d, "projects"), figures(d, "safety"), figures(d, "land"))
                .andFailFast().map(all -> {
                    Map<String, List<Row>> byKey = new LinkedHashMap<>();
                    Map<String, Figure> any = new HashMap<>();
                    List<String> order = new ArrayList<>();
                    for (ServiceFigures sf : all) {
                        for (ParkFigures p : sf.parks()) {
                            for (Figure f : p.figures()) {
                                if (keys != null && !keys.isEmpty() && !keys.contains(f.key())) {
                                    continue;
                                }
                                if (any.putIfAbsent(f.key(), f) == null) {
                                    order.add(f.key());
                                }
                                byKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(new Row(p.park(), f));
                            }
                        }
                    }
                    List<Ranking> out = new ArrayList<>();
                    for (String key : order) {
                        out.add(rank(any.get(key), byKey.get(key)));
                    }
                    return out;
                });
    }

    /** A park's figure. */
    record Row(String park, Figure figure) {
    }

    static Ranking rank(Figure figure, List<Row> rows) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((Row r) -> r.figure().value(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Row::park));
        List<RankedPark> parks = new ArrayList<>();
        int rank = 0;
        BigDecimal previous = null;
        for (int i = 0; i < sorted.size(); i++) {
            Figure f = sorted.get(i).figure();
            if (i == 0 || f.value() == null || previous == null || f.value().compareTo(previous) != 0) {
                rank = i + 1;
            }
            previous = f.value();
            parks.add(new RankedPark(f.value() == null ? null : rank, sorted.get(i).park(), f.value(), f.ratio()));
        }
        return new Ranking(figure.key(), figure.name(), figure.unit(), parks);
    }

    /** A service's figures for the dashboard's parks and period ("enterprises", "projects", "safety", "land"), once per request. */
    public Uni<ServiceFigures> figures(Dashboard d, String service) {
        return fetched.computeIfAbsent(service, s -> {
            String auth = token.authorization();
            Function<List<String>, Uni<ServiceFigures>> call = switch (s) {
                case "enterprises" -> parks -> client.enterprises(auth, parks, d.from(), d.to());
                case "projects" -> parks -> client.projects(auth, parks, d.from(), d.to());
                case "safety" -> parks -> client.safety(auth, parks, d.from(), d.to());
                default -> parks -> client.land(auth, parks, d.from(), d.to());
            };
            return Downstream.call(s + "-service", serviceZh(s), () -> call.apply(d.parks())).memoize().indefinitely();
        });
    }
}
