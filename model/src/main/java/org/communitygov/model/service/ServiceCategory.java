package org.communitygov.model.service;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.LocalizedName;

/**
 * A category of the service catalogue, such as {@link #MEAL_ASSISTANCE} (助餐): a code from a list
 * that can grow.
 *
 * <p>The constants are the categories of the domain brief; a local catalogue may use other codes of
 * the same form (upper-case letters, digits and underscores, starting with a letter, at most 64:
 * pattern {@value #PATTERN}), which have no label until the library knows them. In JSON a category
 * is its code.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ServiceCategory implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** The regular expression every code matches. */
  public static final String PATTERN = "^[A-Z][A-Z0-9_]{0,63}$";

  private static final Map<String, ServiceCategory> KNOWN = new LinkedHashMap<>();

  /** 生活照料 / 养老: daily care of older and dependent people. */
  public static final ServiceCategory DAILY_CARE = known("DAILY_CARE", "生活照料", "Daily care");

  /** 助餐: meals. */
  public static final ServiceCategory MEAL_ASSISTANCE =
      known("MEAL_ASSISTANCE", "助餐", "Meal assistance");

  /** 助洁: cleaning. */
  public static final ServiceCategory CLEANING = known("CLEANING", "助洁", "Cleaning assistance");

  /** 助浴: bathing. */
  public static final ServiceCategory BATHING = known("BATHING", "助浴", "Bathing assistance");

  /** 助行: mobility. */
  public static final ServiceCategory MOBILITY = known("MOBILITY", "助行", "Mobility assistance");

  /** 医疗卫生: medical and health care. */
  public static final ServiceCategory MEDICAL = known("MEDICAL", "医疗卫生", "Medical and health");

  /** 康复: rehabilitation. */
  public static final ServiceCategory REHABILITATION =
      known("REHABILITATION", "康复", "Rehabilitation");

  /** 精神慰藉: emotional support and companionship. */
  public static final ServiceCategory EMOTIONAL_SUPPORT =
      known("EMOTIONAL_SUPPORT", "精神慰藉", "Emotional support");

  /** 文化教育: culture and education. */
  public static final ServiceCategory EDUCATION_CULTURE =
      known("EDUCATION_CULTURE", "文化教育", "Culture and education");

  /** 托育: childcare for children under three. */
  public static final ServiceCategory CHILDCARE = known("CHILDCARE", "托育", "Childcare");

  /** 就业: employment. */
  public static final ServiceCategory EMPLOYMENT = known("EMPLOYMENT", "就业", "Employment");

  /** 法律调解: legal advice and mediation. */
  public static final ServiceCategory LEGAL_MEDIATION =
      known("LEGAL_MEDIATION", "法律调解", "Legal advice and mediation");

  /** 便民利民: convenience services (repairs, haircuts, deliveries). */
  public static final ServiceCategory CONVENIENCE =
      known("CONVENIENCE", "便民利民", "Convenience services");

  /** 环境卫生: environmental sanitation. */
  public static final ServiceCategory SANITATION =
      known("SANITATION", "环境卫生", "Environmental sanitation");

  /** 公共安全: public safety. */
  public static final ServiceCategory PUBLIC_SAFETY =
      known("PUBLIC_SAFETY", "公共安全", "Public safety");

  /** 社会保障: social security services. */
  public static final ServiceCategory SOCIAL_SECURITY =
      known("SOCIAL_SECURITY", "社会保障", "Social security");

  /** 抚恤救济: relief and support of entitled groups. */
  public static final ServiceCategory RELIEF = known("RELIEF", "抚恤救济", "Relief");

  private final String code;
  private final transient Optional<LocalizedName> label;

  private ServiceCategory(String code, Optional<LocalizedName> label) {
    this.code = code;
    this.label = label;
  }

  private static ServiceCategory known(String code, String zh, String en) {
    ServiceCategory category = new ServiceCategory(code, Optional.of(LocalizedName.of(zh, en)));
    KNOWN.put(code, category);
    return category;
  }

  /**
   * Obtains the category with a code: a constant of this class, or a local category.
   *
   * @param code the code, such as {@code MEAL_ASSISTANCE}, not null
   * @return the category, not null
   * @throws NullPointerException if {@code code} is null
   * @throws InvalidValueException if the code does not match {@link #PATTERN} ({@code
   *     serviceCategory.pattern})
   */
  @JsonCreator
  public static ServiceCategory of(String code) {
    Objects.requireNonNull(code, "code");
    ServiceCategory known = KNOWN.get(code);
    if (known != null) {
      return known;
    }
    if (!code.matches(PATTERN)) {
      throw InvalidValueException.of(
          "serviceCategory",
          "pattern",
          "a category code is upper-case letters, digits and _, starting with a letter");
    }
    return new ServiceCategory(code, Optional.empty());
  }

  /**
   * Returns the categories the library knows, in the order of the domain brief.
   *
   * @return the known categories, unmodifiable, not null
   */
  public static List<ServiceCategory> known() {
    return List.copyOf(KNOWN.values());
  }

  /**
   * Returns the code.
   *
   * @return the code, not null
   */
  @JsonValue
  public String code() {
    return code;
  }

  /**
   * Returns the Chinese and English label of a known category.
   *
   * @return the label, empty for a local category, not null
   */
  public Optional<LocalizedName> label() {
    return label;
  }

  /**
   * Tells whether the library knows this category.
   *
   * @return true for the constants of this class
   */
  public boolean isKnown() {
    return label.isPresent();
  }

  @Serial
  private Object readResolve() {
    return of(code);
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this || (obj instanceof ServiceCategory other && other.code.equals(code));
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * Returns the code.
   *
   * @return the code, not null
   */
  @Override
  public String toString() {
    return code;
  }
}
