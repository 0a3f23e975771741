package cn.yuanqu.platform.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.Violation;

/**
 * A page of a list: index from 0, size 1–200, and a sort of whitelisted fields
 * ({@code name,asc;createdAt,desc}).
 */
public record PageRequest(int page, int size, String sort) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public static PageRequest of(Integer page, Integer size, String sort) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        List<Violation> violations = new ArrayList<>();
        if (p < 0) {
            violations.add(new Violation("page", "Min", "页码不能小于 0", "page must be at least 0"));
        }
        if (s < 1) {
            violations.add(new Violation("size", "Min", "每页条数不能小于 1", "size must be at least 1"));
        }
        if (s > MAX_SIZE) {
            violations.add(new Violation("size", "Max", "每页条数不能大于 " + MAX_SIZE, "size must be at most " + MAX_SIZE));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new PageRequest(p, s, sort);
    }

    /**
     * The Panache sort: {@code allowed} maps API field names to entity attributes; {@code tiebreaker}
     * (an attribute, e.g. {@code id}) is appended so pages are stable.
     */
    public Sort toSort(Map<String, String> allowed, String tiebreaker) {
        Sort result = null;
        if (sort != null && !sort.isBlank()) {
            for (String part : sort.split(";")) {
                if (part.isBlank()) {
                    continue;
                }
                String[] fieldAndDirection = part.strip().split(",");
                String field = fieldAndDirection[0].strip();
                String attribute = allowed.get(field);
                if (attribute == null || fieldAndDirection.length > 2) {
                    throw new InvalidInputException(List.of(new Violation("sort", "Whitelist",
                            "不能按 " + field + " 排序，可选：" + new TreeSet<>(allowed.keySet()),
                            "cannot sort by " + field + "; allowed: " + new TreeSet<>(allowed.keySet()))));
                }
                Sort.Direction direction = Sort.Direction.Ascending;
                if (fieldAndDirection.length == 2) {
                    String d = fieldAndDirection[1].strip().toLowerCase();
                    if (d.equals("desc")) {
                        direction = Sort.Direction.Descending;
                    } else if (!d.equals("asc")) {
                        throw new InvalidInputException(List.of(new Violation("sort", "Direction",
                                "排序方向应为 asc 或 desc", "sort direction must be asc or desc")));
                    }
                }
                result = result == null ? Sort.by(attribute, direction) : result.and(attribute, direction);
            }
        }
        return result == null ? Sort.by(tiebreaker) : result.and(tiebreaker);
    }

    public Page toPanachePage() {
        return Page.of(page, size);
    }
}
