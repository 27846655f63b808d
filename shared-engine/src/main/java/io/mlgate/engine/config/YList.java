package io.mlgate.engine.config;

import java.util.List;

/** A YAML sequence. */
public record YList(String file, int line, int column, String path, List<YNode> items) implements YNode {
    public YList {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "a list";
    }

    /** Every item as a non-empty string. */
    public List<String> strings() {
        return items.stream().map(n -> n.asScalar().asNonEmptyString()).toList();
    }

    /** Fails unless the list has at least one item. */
    public YList nonEmpty() {
        if (items.isEmpty()) {
            throw error("expected a non-empty list");
        }
        return this;
    }
}
