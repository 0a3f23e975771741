package cn.yuanqu.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.panache.common.Sort;

import cn.yuanqu.platform.error.InvalidInputException;

class PageRequestTest {

    static final Map<String, String> ALLOWED = Map.of("name", "name", "createdAt", "createdAt");

    @Test
    void defaultsAreFirstPageOfTwenty() {
        PageRequest r = PageRequest.of(null, null, null);
        assertThat(r.page()).isZero();
        assertThat(r.size()).isEqualTo(20);
        assertThat(r.toSort(ALLOWED, "id").getColumns()).extracting(Sort.Column::getName).containsExactly("id");
    }

    @Test
    void boundsAreCheckedNamingTheParameter() {
        assertThatThrownBy(() -> PageRequest.of(-1, 10, null)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).field()).isEqualTo("page"));
        assertThatThrownBy(() -> PageRequest.of(0, 201, null))
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).rule()).isEqualTo("Max"));
        assertThatThrownBy(() -> PageRequest.of(0, 0, null))
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).rule()).isEqualTo("Min"));
    }

    @Test
    void severalSortFieldsWithDirectionsAndAStableTiebreaker() {
        Sort sort = PageRequest.of(0, 10, "name,asc;createdAt,desc").toSort(ALLOWED, "id");
        assertThat(sort.getColumns()).extracting(Sort.Column::getName).containsExactly("name", "createdAt", "id");
        assertThat(sort.getColumns().get(1).getDirection()).isEqualTo(Sort.Direction.Descending);
    }

    @Test
    void onlyWhitelistedFieldsAndKnownDirections() {
        assertThatThrownBy(() -> PageRequest.of(0, 10, "password").toSort(ALLOWED, "id"))
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).rule()).isEqualTo("Whitelist"));
        assertThatThrownBy(() -> PageRequest.of(0, 10, "name,sideways").toSort(ALLOWED, "id"))
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).field()).isEqualTo("sort"));
    }

    @Test
    void pagesCountTheTotal() {
        Page<String> page = Page.of(List.of("a", "b"), PageRequest.of(1, 2, null), 5);
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.map(String::toUpperCase).items()).containsExactly("A", "B");
    }
}
