package cn.yuanqu.land.efficiency;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The jsonb columns of this package (weights, schemes, scores) to and from their records. */
final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private Json() {
    }

    /**
     * A list as a JSON object {@code {"items": [...]}}: Hibernate Reactive reads a jsonb column into a
     * {@link JsonNode} through an object, so a top-level array is not stored.
     */
    static JsonNode items(List<?> list) {
        ObjectNode node = MAPPER.createObjectNode();
        node.set("items", MAPPER.valueToTree(list));
        return node;
    }

    static <T> List<T> items(JsonNode node, Class<T[]> type) {
        return List.of(read(node.get("items"), type));
    }

    /** A value as JSON text (for the text columns). */
    static String text(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(value.getClass().getSimpleName() + " cannot be written", e);
        }
    }

    static <T> T read(String text, Class<T> type) {
        try {
            return MAPPER.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " cannot be read", e);
        }
    }

    static <T> T read(JsonNode node, Class<T> type) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " cannot be read", e);
        }
    }
}
