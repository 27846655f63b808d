package io.mlgate.engine.validate.sql;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Which regexes become GLOB patterns, and that DuckDB then accepts exactly the texts RE2 accepts. */
class GlobPatternTest {

    @Test
    void fixedLengthAsciiPatternsAreRewritten() {
        assertThat(GlobPattern.of("[A-Z]{3}")).contains("[A-Z][A-Z][A-Z]");
        assertThat(GlobPattern.of("\\d{4}-\\d{2}")).contains("[0-9][0-9][0-9][0-9]-[0-9][0-9]");
        assertThat(GlobPattern.of("SE[0-9a-f_]\\.x")).contains("SE[0-9a-f_].x");
        assertThat(GlobPattern.of("\\w")).contains("[0-9A-Za-z_]");
        assertThat(GlobPattern.of("[\\dA-F]{2}")).contains("[0-9A-F][0-9A-F]");
        assertThat(GlobPattern.of("")).contains("");
    }

    @Test
    void anythingElseKeepsTheRegex() {
        for (String regex : List.of("[A-Z]+", "a.c", "a*", "a?", "a|b", "(ab)", "^ab$", "[^A-Z]", "[A-z]", "[a-]",
                "a{2,3}", "a{2}{3}", "(?i)abc", "\\s", "\\\\", "a\\b", "[*]", "é", "a]", "[", "{3}", "a{1000}",
                "[A-Z]{200}[0-9]{100}")) {
            assertThat(GlobPattern.of(regex)).as(regex).isEmpty();
        }
    }

    @Test
    void duckdbGlobAcceptsExactlyWhatRe2Accepts() throws Exception {
        List<String> patterns = List.of("[A-Z]{3}", "\\d{4}-\\d{2}-\\d{2}", "[a-f0-9]{2}", "\\w{2}", "SE\\d{3}",
                "a_b", "[A-Za-z_]x", "x-y/z:w", "[0-9][a-c]{0}", "a b", "'q'");
        String alphabet = "ABCZazSEqx0129-_ /:.*?[]\\'é\n\u00e5\u4e2d";
        Random random = new Random(7);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (s VARCHAR)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (?)")) {
                for (int i = 0; i < 4000; i++) {
                    StringBuilder s = new StringBuilder();
                    for (int n = random.nextInt(12); n > 0; n--) {
                        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    insert.setString(1, s.toString());
                    insert.addBatch();
                }
                for (String s : List.of("ABC", "1999-12-31", "0f", "a_", "SE123", "a_b", "_x", "x-y/z:w", "7",
                        "a b", "'q'", "AB\u00c9", "1999-12-3\u0661")) {
                    insert.setString(1, s);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            for (String regex : patterns) {
                Optional<String> glob = GlobPattern.of(regex);
                assertThat(glob).as(regex).isPresent();
                String both = SqlDialect.DUCKDB.fullMatch("s", regex);
                try (ResultSet rs = st.executeQuery("SELECT count_if(" + both + "), count_if(regexp_full_match(s, "
                        + SqlDialect.DUCKDB.literal(regex) + ")), count_if((" + both + ") IS DISTINCT FROM "
                        + "regexp_full_match(s, " + SqlDialect.DUCKDB.literal(regex) + ")) FROM t")) {
                    rs.next();
                    assertThat(rs.getLong(3)).as(regex + " as " + glob.get() + ": texts judged differently").isZero();
                    assertThat(rs.getLong(1)).as(regex + ": some texts match").isPositive();
                    assertThat(rs.getLong(2)).isEqualTo(rs.getLong(1));
                }
            }
        }
    }
}
