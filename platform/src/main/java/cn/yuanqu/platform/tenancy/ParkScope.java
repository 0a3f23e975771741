package cn.yuanqu.platform.tenancy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import cn.yuanqu.platform.error.ForbiddenException;
import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.Violation;

/**
 * What a caller may see, from the token: the parks (claim {@code parks}, {@code *} for all — province
 * viewers and admins) and, for an enterprise's own staff, their enterprise (claim
 * {@code enterprise_id}). Every query names its park through {@link #resolve(String)}.
 */
public record ParkScope(boolean allParks, Set<String> parks, Optional<UUID> enterpriseId, String actor) {

    /** Park ids: lower-case letters, digits and hyphens. */
    public static final Pattern PARK_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    static final String ALL = "*";

    public ParkScope {
        parks = Set.copyOf(parks);
    }

    /** The scope of a token's claims; {@code parksClaim} may be a JSON array, a collection or a string. */
    public static ParkScope of(Object parksClaim, Object enterpriseIdClaim, String actor) {
        Set<String> parks = new LinkedHashSet<>(values(parksClaim));
        boolean all = parks.remove(ALL);
        Optional<UUID> enterprise = Optional.empty();
        String raw = text(enterpriseIdClaim);
        if (raw != null && !raw.isBlank()) {
            try {
                enterprise = Optional.of(UUID.fromString(raw.strip()));
            } catch (IllegalArgumentException e) {
                throw new ForbiddenException("令牌中的企业ID无效", "the token's enterprise_id is not a UUID");
            }
        }
        return new ParkScope(all, parks, enterprise, actor == null ? "unknown" : actor);
    }

    /**
     * The park a request is about: the one it names, if the caller may see it; or, when it names
     * none, the caller's only park.
     */
    public String resolve(String requestedPark) {
        if (requestedPark == null || requestedPark.isBlank()) {
            if (!allParks && parks.size() == 1) {
                return parks.iterator().next();
            }
            throw new ForbiddenException("请指定园区 park 参数（当前账号可访问多个园区或无园区）",
                    "the park parameter is required: this account may see several parks or none");
        }
        String park = requestedPark.strip();
        if (!PARK_ID.matcher(park).matches()) {
            throw new InvalidInputException(List.of(new Violation("park", "Pattern",
                    "园区ID格式无效（小写字母、数字、连字符）", "park id must be lower-case letters, digits and hyphens")));
        }
        if (!allows(park)) {
            throw new ForbiddenException("无权访问园区 " + park, "not allowed to see park " + park);
        }
        return park;
    }

    /**
     * The parks of a multi-park request (figures, rankings): the named ones, each allowed; when none
     * is named, the caller's own parks (all-parks callers must name them).
     */
    public List<String> resolveAll(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            if (allParks || parks.isEmpty()) {
                throw new ForbiddenException("请指定园区 park 参数", "name the parks with the park parameter");
            }
            return List.copyOf(parks);
        }
        Set<String> out = new LinkedHashSet<>();
        for (String p : requested) {
            out.add(resolve(p));
        }
        return List.copyOf(out);
    }

    /** Whether the caller may see this park. */
    public boolean allows(String park) {
        return allParks || parks.contains(park);
    }

    /** Whether the caller is an enterprise's own staff. */
    public boolean isEnterpriseUser() {
        return enterpriseId.isPresent();
    }

    /** Refuses an enterprise user acting on another enterprise. */
    public void requireEnterprise(UUID id) {
        if (enterpriseId.isPresent() && !enterpriseId.get().equals(id)) {
            throw new ForbiddenException("只能访问本企业数据", "an enterprise user may only access their own enterprise");
        }
    }

    private static List<String> values(Object claim) {
        List<String> out = new ArrayList<>();
        if (claim == null) {
            return out;
        }
        if (claim instanceof JsonArray array) {
            for (JsonValue v : array) {
                addSplit(out, text(v));
            }
        } else if (claim instanceof Collection<?> c) {
            for (Object v : c) {
                addSplit(out, text(v));
            }
        } else {
            addSplit(out, text(claim));
        }
        return out;
    }

    private static void addSplit(List<String> out, String value) {
        if (value == null) {
            return;
        }
        for (String part : value.split("[,\\s]+")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
    }

    private static String text(Object v) {
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        return v.toString();
    }
}
