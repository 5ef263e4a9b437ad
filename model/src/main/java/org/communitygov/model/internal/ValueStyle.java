package org.communitygov.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of communitygov, applied in each model package's {@code
 * package-info.java}.
 *
 * <p>Accessors are named like {@code java.time} and records ({@code name()}, not {@code
 * getName()}); builders come from {@code X.builder()} and return the abstract type; {@code withX}
 * copies are generated; only JDK collections are used.
 *
 * @since 0.1.0
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    forceJacksonPropertyNames = true,
    optionalAcceptNullable = false)
public @interface ValueStyle {}
