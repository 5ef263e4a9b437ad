package org.communitygov.model.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an attribute of the model as sensitive personal information (PIPL 第二十八条).
 *
 * <p>The exchange validator never echoes a marked value; de-identified exports mask or pseudonymize
 * it. Everything about a child under 14 is sensitive too; that depends on the date and is answered
 * by the person, not by this annotation.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE})
public @interface Sensitive {
  /**
   * Returns the kind of sensitive information.
   *
   * @return the category
   */
  SensitiveCategory value();
}
