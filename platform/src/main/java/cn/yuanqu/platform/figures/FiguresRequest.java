package cn.yuanqu.platform.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.error.ForbiddenException;
import cn.yuanqu.platform.tenancy.ParkScope;

/**
 * A request of the figures endpoint (DESIGN.md), checked once for every service: not an enterprise user
 * (403), months {@code from}…{@code to} valid (400), each park asked allowed (403; all-parks callers must
 * name them). The parks are then computed one after the other, in the caller's reactive session.
 */
public record FiguresRequest(Months months, List<String> parks, LocalDate today) {

    public static FiguresRequest of(ParkScope scope, List<String> requestedParks, String from, String to, LocalDate today) {
        if (scope.isEnterpriseUser()) {
            throw new ForbiddenException("企业用户不能查看园区统计", "an enterprise user cannot see park figures");
        }
        Months months = Months.parse(from, to);
        return new FiguresRequest(months, scope.resolveAll(requestedParks == null ? List.of() : requestedParks), today);
    }

    /** This period (stocks as of its end, or today while it runs). */
    public Months.Period current() {
        return months.current(today);
    }

    /** The same months a year before. */
    public Months.Period base() {
        return months.base(today);
    }

    public String from() {
        return months.from().toString();
    }

    public String to() {
        return months.to().toString();
    }

    public String baseFrom() {
        return months.from().minusYears(1).toString();
    }

    public String baseTo() {
        return months.to().minusYears(1).toString();
    }

    /** The figures of each park, computed in turn (one reactive session handles one query at a time). */
    public <T> Uni<List<T>> eachPark(BiFunction<String, FiguresRequest, Uni<T>> park) {
        return Multi.createFrom().iterable(parks).onItem().transformToUniAndConcatenate(p -> park.apply(p, this)).collect().asList();
    }
}
