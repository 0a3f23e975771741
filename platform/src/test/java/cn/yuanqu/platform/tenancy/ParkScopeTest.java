package cn.yuanqu.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;

import cn.yuanqu.platform.error.ForbiddenException;
import cn.yuanqu.platform.error.InvalidInputException;

class ParkScopeTest {

    @Test
    void aSingleParkTokenNeedsNoParkParameter() {
        ParkScope scope = ParkScope.of(List.of("xingguo"), null, "xg-leader");
        assertThat(scope.resolve(null)).isEqualTo("xingguo");
        assertThat(scope.resolve("xingguo")).isEqualTo("xingguo");
    }

    @Test
    void anotherParkIsForbidden() {
        ParkScope scope = ParkScope.of(List.of("demo2"), null, "d2-leader");
        assertThatThrownBy(() -> scope.resolve("xingguo")).isInstanceOf(ForbiddenException.class);
        assertThat(scope.allows("xingguo")).isFalse();
    }

    @Test
    void allParksMustNameThePark() {
        ParkScope scope = ParkScope.of(Json.createArrayBuilder().add("*").build(), null, "province");
        assertThat(scope.allParks()).isTrue();
        assertThatThrownBy(() -> scope.resolve(null)).isInstanceOf(ForbiddenException.class);
        assertThat(scope.resolve("demo2")).isEqualTo("demo2");
        assertThatThrownBy(() -> scope.resolveAll(List.of())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void severalParksMustNameTheParkAndResolveAllDefaultsToThem() {
        ParkScope scope = ParkScope.of("xingguo, demo2", null, "x");
        assertThatThrownBy(() -> scope.resolve(" ")).isInstanceOf(ForbiddenException.class);
        assertThat(scope.resolveAll(null)).containsExactlyInAnyOrder("xingguo", "demo2");
        assertThat(scope.resolveAll(List.of("demo2", "demo2"))).containsExactly("demo2");
    }

    @Test
    void noParksMeansNothingIsVisible() {
        ParkScope scope = ParkScope.of(null, null, "nobody");
        assertThatThrownBy(() -> scope.resolve(null)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> scope.resolveAll(null)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aMalformedParkIdIsInvalidInput() {
        ParkScope scope = ParkScope.of(List.of("*"), null, "admin");
        assertThatThrownBy(() -> scope.resolve("Xing Guo")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).field()).isEqualTo("park"));
    }

    @Test
    void anEnterpriseUserIsLimitedToTheirEnterprise() {
        UUID own = UUID.randomUUID();
        ParkScope scope = ParkScope.of(List.of("xingguo"), Json.createValue(own.toString()), "xg-ent-user");
        assertThat(scope.isEnterpriseUser()).isTrue();
        scope.requireEnterprise(own);
        assertThatThrownBy(() -> scope.requireEnterprise(UUID.randomUUID())).isInstanceOf(ForbiddenException.class);
        ParkScope officer = ParkScope.of(List.of("xingguo"), null, "xg-enterprise");
        officer.requireEnterprise(UUID.randomUUID());
        assertThat(officer.isEnterpriseUser()).isFalse();
    }

    @Test
    void aMalformedEnterpriseClaimIsForbidden() {
        assertThatThrownBy(() -> ParkScope.of(List.of("xingguo"), "not-a-uuid", "x"))
                .isInstanceOf(ForbiddenException.class);
    }
}
