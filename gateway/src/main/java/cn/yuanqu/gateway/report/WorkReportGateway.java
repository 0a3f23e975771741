package cn.yuanqu.gateway.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.dashboard.Dashboard;
import cn.yuanqu.gateway.dashboard.DashboardGateway;
import cn.yuanqu.gateway.dashboard.ParkFigures;
import cn.yuanqu.gateway.dashboard.ServiceFigures;
import cn.yuanqu.gateway.report.ReportWriter.Section;
import cn.yuanqu.gateway.support.InvalidArgument;
import cn.yuanqu.gateway.support.ServiceUnavailable;

/**
 * The work report's application layer: the same per-request figures as the dashboard (each service called
 * once, with the caller's token), one park, written by {@link ReportWriter}.
 */
@RequestScoped
public class WorkReportGateway {

    private static final Map<Section, String> SERVICE = Map.of(Section.ECONOMY, "enterprises", Section.CULTIVATION,
            "enterprises", Section.SERVICE, "enterprises", Section.PROJECTS, "projects", Section.SAFETY, "safety",
            Section.LAND, "land");

    private final DashboardGateway figures;

    public WorkReportGateway(DashboardGateway figures) {
        this.figures = figures;
    }

    public WorkReport report(String park, String from, String to) {
        Dashboard d = figures.dashboard(park, null, from, to);
        return new WorkReport(d.parks() == null ? null : d.parks().get(0), d.from(), d.to(),
                ChineseNumbers.period(YearMonth.parse(d.from()), YearMonth.parse(d.to())));
    }

    /** One section; fails (with the service named) when its service is unavailable. */
    public Uni<ReportSection> section(WorkReport r, Section s) {
        boolean fullYear = ReportWriter.fullYear(YearMonth.parse(r.from()), YearMonth.parse(r.to()));
        return figures.figures(dashboard(r), SERVICE.get(s)).map(f -> ReportWriter.write(s, park(r, f), r.period(), fullYear));
    }

    /** The whole report as Markdown; a section whose service is unavailable is named as missing. */
    public Uni<String> markdown(WorkReport r) {
        List<Uni<Optional<ReportSection>>> all = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Section s : Section.values()) {
            all.add(section(r, s).map(Optional::of).onFailure(ServiceUnavailable.class).recoverWithItem(e -> {
                synchronized (missing) {
                    String note = s.title + "：" + DashboardGateway.serviceZh(SERVICE.get(s)) + "暂不可用，本节数据暂缺。";
                    if (!missing.contains(note)) {
                        missing.add(note);
                    }
                }
                return Optional.empty();
            }));
        }
        return Uni.join().all(all).andFailFast().map(sections -> ReportWriter.markdown(r.park(), r.period(), sections, missing));
    }

    private static Dashboard dashboard(WorkReport r) {
        return new Dashboard(r.from(), r.to(), r.park() == null ? null : List.of(r.park()));
    }

    /** The report's park among the answer (the account's own park when none was asked). */
    private static List<ParkFigures> park(WorkReport r, ServiceFigures f) {
        if (f.parks().size() != 1) {
            throw new InvalidArgument("park", "工作总结针对一个园区，请指定园区", "a work report is for one park: name it");
        }
        return List.of(f.parks().get(0));
    }
}
