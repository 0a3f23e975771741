package cn.yuanqu.platform.rest;

import java.util.List;
import java.util.UUID;

import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.Violation;

/** Parsing of ids given by callers: a bad one is a 400 naming the field. */
public final class Ids {

    private Ids() {
    }

    public static UUID parse(String raw, String field) {
        try {
            return UUID.fromString(raw.strip());
        } catch (RuntimeException e) {
            throw new InvalidInputException(List.of(new Violation(field, "UUID", "ID格式无效", field + " is not a UUID")));
        }
    }
}
