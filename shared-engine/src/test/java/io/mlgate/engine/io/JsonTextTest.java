package io.mlgate.engine.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The streaming writer gives exactly what an indenting ObjectMapper gives, for every kind of node. */
class JsonTextTest {

    @Test
    void writesWhatObjectMapperWrites() throws Exception {
        ObjectNode root = JsonNodeFactory.withExactBigDecimals(true).objectNode();
        root.put("text", "a \"quoted\" line\nand \u00e9 \u0001");
        root.put("int", 7).put("long", 1L << 40).put("float", 1.5f).put("double", -0.1).put("nan", Double.NaN);
        root.put("big", new BigInteger("123456789012345678901234567890")).put("dec", new BigDecimal("1.250"));
        root.put("yes", true).putNull("none");
        root.putArray("empty");
        root.putObject("nothing");
        root.putArray("mixed").add(1).add("two").addObject().put("three", 3.0).putArray("four").add(false);
        root.put("bytes", new byte[]{1, 2, 3});
        String expected = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        assertThat(JsonText.pretty(root)).isEqualTo(expected);
        JsonNode back = new ObjectMapper().readTree(JsonText.pretty(root));
        assertThat(back.get("mixed").get(2).get("four").get(0).asBoolean(true)).isFalse();
    }

    @Test
    void readsWhatObjectMapperReads() throws Exception {
        String text = "{\"a\": [1, 2147483648, 123456789012345678901234567890, -0.5, 1e300, \"x\\n\\u00e9\"],"
                + " \"b\": {\"c\": null, \"d\": true, \"e\": false}, \"a2\": {}, \"dup\": 1, \"dup\": 2}";
        JsonNode expected = new ObjectMapper().readTree(text);
        assertThat(JsonText.read(text)).isEqualTo(expected);
        assertThat(JsonText.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(expected);
        assertThat(JsonText.read(text).get("a").get(1).isLong()).isTrue();
        assertThat(JsonText.read("[]")).isEqualTo(new ObjectMapper().readTree("[]"));
        for (String bad : new String[]{"", "{", "{\"a\": 1} 2", "[1,]", "{'a': 1}"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> JsonText.read(bad)).as(bad)
                    .isInstanceOf(java.io.IOException.class);
        }
    }
}
