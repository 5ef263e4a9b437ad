package org.communitygov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link IdentityCache}: what a context found, by the identity of what it was asked for. */
class IdentityCacheTest {
  @Test
  void givesEachKeyItsValueByIdentityNotByEquality() {
    IdentityCache cache = new IdentityCache();
    String key = new String("mlg.standard.urban");
    String equal = new String("mlg.standard.urban");

    cache.put(key, 735);

    assertThat(cache.get(key)).isEqualTo(735);
    assertThat(cache.get(equal)).isNull();
  }

  @Test
  void keepsTheFirstValueOfAKey() {
    IdentityCache cache = new IdentityCache();
    Object key = new Object();

    cache.put(key, "first");
    cache.put(key, "second");

    assertThat(cache.get(key)).isEqualTo("first");
  }

  @Test
  void growsAndFindsEveryKeyUpToItsLimitThenAddsNoMore() {
    IdentityCache cache = new IdentityCache();
    List<Object> keys = new ArrayList<>();
    for (int i = 0; i < IdentityCache.LIMIT + 10; i++) {
      Object key = new Object();
      keys.add(key);
      cache.put(key, i);
    }

    for (int i = 0; i < keys.size(); i++) {
      assertThat(cache.get(keys.get(i))).isEqualTo(i < IdentityCache.LIMIT ? i : null);
    }
  }
}
