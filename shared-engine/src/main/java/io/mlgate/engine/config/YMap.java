package io.mlgate.engine.config;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** A YAML mapping with string keys, in document order, and typed accessors that fail with the key's position. */
public record YMap(String file, int line, int column, String path, Map<String, YNode> entries) implements YNode {
    public YMap {
        entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    @Override
    public String describe() {
        return "a mapping";
    }

    /** Fails on the first key not in {@code allowed}, listing the allowed keys. */
    public YMap allowOnly(Collection<String> allowed) {
        for (Map.Entry<String, YNode> e : entries.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw e.getValue().error("unknown key '" + e.getKey() + "'; allowed keys here: "
                        + String.join(", ", new TreeSet<>(allowed)));
            }
        }
        return this;
    }

    public boolean has(String key) {
        return entries.containsKey(key) && !(entries.get(key) instanceof YScalar s && s.isNull());
    }

    public Optional<YNode> get(String key) {
        return has(key) ? Optional.of(entries.get(key)) : Optional.empty();
    }

    public YNode required(String key) {
        return get(key).orElseThrow(() -> error("missing required key '" + key + "'"));
    }

    public String string(String key) {
        return required(key).asScalar().asNonEmptyString();
    }

    public Optional<String> optString(String key) {
        return get(key).map(n -> n.asScalar().asNonEmptyString());
    }

    public Optional<Double> optDouble(String key) {
        return get(key).map(n -> n.asScalar().asDouble());
    }

    public Optional<Double> optFraction(String key) {
        return get(key).map(n -> n.asScalar().asFraction());
    }

    public Optional<Long> optLong(String key) {
        return get(key).map(n -> n.asScalar().asLong());
    }

    public int intOr(String key, int fallback) {
        return get(key).map(n -> n.asScalar().asPositiveInt()).orElse(fallback);
    }

    public boolean boolOr(String key, boolean fallback) {
        return get(key).map(n -> n.asScalar().asBoolean()).orElse(fallback);
    }

    public <E extends Enum<E>> E enumOr(String key, Class<E> type, E fallback) {
        return get(key).map(n -> n.asScalar().asEnum(type)).orElse(fallback);
    }

    public Optional<YMap> optMap(String key) {
        return get(key).map(YNode::asMap);
    }

    public Optional<YList> optList(String key) {
        return get(key).map(YNode::asList);
    }
}
