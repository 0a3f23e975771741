package cn.yuanqu.platform.error;

import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;

/** The JSON path of a Jackson reference chain: {@code contacts[0].phone}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(List<Reference> path) {
        StringBuilder out = new StringBuilder();
        for (Reference r : path) {
            if (r.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
