package org.communitygov.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.communitygov.model.common.InvalidValues.assertInvalid;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class ServiceCategoryTest {
  @Test
  void givesTheKnownConstantForItsCode() {
    assertThat(ServiceCategory.of("MEAL_ASSISTANCE")).isSameAs(ServiceCategory.MEAL_ASSISTANCE);
    assertThat(ServiceCategory.MEAL_ASSISTANCE.label().orElseThrow().zh()).isEqualTo("助餐");
  }

  @Test
  void growsWithLocalCodesThatHaveNoLabel() {
    ServiceCategory local = ServiceCategory.of("HAIRCUT_AT_HOME");
    assertThat(local.isKnown()).isFalse();
    assertThat(local.label()).isEmpty();
    assertThat(local).isEqualTo(ServiceCategory.of("HAIRCUT_AT_HOME"));
    assertThat(ServiceCategory.known()).doesNotContain(local).contains(ServiceCategory.CHILDCARE);
  }

  @Test
  void knowsTheCategoriesOfTheBrief() {
    assertThat(ServiceCategory.known().stream().map(c -> c.label().orElseThrow().zh()))
        .contains(
            "生活照料", "助餐", "助洁", "助浴", "助行", "医疗卫生", "康复", "精神慰藉", "文化教育", "托育", "就业", "法律调解",
            "便民利民");
  }

  @Test
  void refusesACodeOfAnotherForm() {
    assertInvalid("serviceCategory.pattern", () -> ServiceCategory.of("meal"));
    assertInvalid("serviceCategory.pattern", () -> ServiceCategory.of(""));
    assertInvalid("serviceCategory.pattern", () -> ServiceCategory.of("A".repeat(65)));
    assertThatNullPointerException().isThrownBy(() -> ServiceCategory.of(null));
  }

  @Test
  void comesBackFromJavaSerializationAsTheConstant() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(ServiceCategory.CHILDCARE);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isSameAs(ServiceCategory.CHILDCARE);
    }
  }
}
