package org.strikewatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoresTest {

  @Test
  void defaults_to_the_user_data_directory() {
    assertThat(Stores.resolveSpec(null, Map.of("XDG_DATA_HOME", "/x/data")))
        .isEqualTo("/x/data/strikewatch/strikewatch.db");
    assertThat(Stores.resolveSpec(null, Map.of()))
        .isEqualTo(
            Path.of(System.getProperty("user.home"), ".local/share/strikewatch/strikewatch.db")
                .toString());
  }

  @Test
  void prefers_the_given_spec_then_the_environment() {
    assertThat(Stores.resolveSpec("my.db", Map.of("STRIKEWATCH_DB", "env.db"))).isEqualTo("my.db");
    assertThat(Stores.resolveSpec(null, Map.of("STRIKEWATCH_DB", "env.db"))).isEqualTo("env.db");
  }

  @Test
  void reads_postgresql_urls_with_credentials() {
    Stores.Target t = Stores.parse("postgresql://sw:se%40cret@db.local:6543/watch?sslmode=disable");
    assertThat(t.dialect()).isEqualTo(Dialect.POSTGRESQL);
    assertThat(t.jdbcUrl()).isEqualTo("jdbc:postgresql://db.local:6543/watch?sslmode=disable");
    assertThat(t.user()).isEqualTo("sw");
    assertThat(t.password()).isEqualTo("se@cret");
    assertThat(t.description()).isEqualTo("postgresql://sw@db.local:6543/watch");
  }

  @Test
  void reads_sqlite_paths() {
    assertThat(Stores.parse("sqlite:/tmp/a.db").jdbcUrl()).isEqualTo("jdbc:sqlite:/tmp/a.db");
    assertThat(Stores.parse("jdbc:sqlite:/tmp/a.db").dialect()).isEqualTo(Dialect.SQLITE);
    assertThat(Stores.parse("/tmp/b.db").description()).isEqualTo("sqlite:/tmp/b.db");
  }

  @Test
  void rejects_a_postgresql_url_without_a_database() {
    assertThatThrownBy(() -> Stores.parse("postgresql://u:secret@host:5432/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PostgreSQL URL has no database name: postgresql://u:***@host:5432/");
  }
}
