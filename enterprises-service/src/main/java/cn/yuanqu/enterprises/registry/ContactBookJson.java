package cn.yuanqu.enterprises.registry;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The stored form of an enterprise's contacts: {@code {"items":[{"name":…,"role":…,"phone":…}]}}
 * in a text column. The entity keeps this text, so Hibernate's dirty check compares strings.
 */
final class ContactBookJson {

    static final String EMPTY = "{\"items\":[]}";
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Book(List<Contact> items) {
    }

    private ContactBookJson() {
    }

    static String write(List<Contact> contacts) {
        try {
            return JSON.writeValueAsString(new Book(List.copyOf(contacts)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("contacts cannot be written as JSON", e);
        }
    }

    static List<Contact> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            Book book = JSON.readValue(json, Book.class);
            return book.items() == null ? List.of() : List.copyOf(book.items());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored contacts are not valid JSON", e);
        }
    }
}
