package org.communitygov.rules.engine;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.common.Money;
import org.jspecify.annotations.Nullable;

/**
 * How a rule's parameter declaration is made in a context (see {@link
 * RuleContext#parameters(Class)}): its constructor and, per constructor parameter, the key to
 * resolve (or the context itself). Found once per class by reflection; a context makes the
 * declaration once and shares it.
 */
final class DeclaredParameters<P> {
  private static final ClassValue<DeclaredParameters<?>> BY_CLASS =
      new ClassValue<>() {
        @Override
        protected DeclaredParameters<?> computeValue(Class<?> type) {
          return new DeclaredParameters<>(type);
        }
      };

  private static final Map<Type, ParameterType<?>> TYPES =
      Map.of(
          BigDecimal.class, ParameterType.DECIMAL,
          Integer.class, ParameterType.INTEGER,
          Boolean.class, ParameterType.BOOLEAN,
          String.class, ParameterType.CODE,
          Money.class, ParameterType.MONEY);

  private final Class<P> type;
  private final Constructor<P> constructor;
  // Per constructor parameter: its key, or null for the context itself.
  private final @Nullable ParameterKey<?>[] keys;
  private final boolean[] optional;

  private DeclaredParameters(Class<P> type) {
    this.type = type;
    this.constructor = constructorOf(type);
    Parameter[] parameters = constructor.getParameters();
    Type[] generic = constructor.getGenericParameterTypes();
    if (generic.length != parameters.length) {
      throw invalid("its constructor's parameter types cannot be read");
    }
    this.keys = new ParameterKey<?>[parameters.length];
    this.optional = new boolean[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      ParameterId id = parameters[i].getAnnotation(ParameterId.class);
      if (id == null) {
        if (parameters[i].getType() != RuleContext.class) {
          throw invalid(
              "constructor parameter " + i + " is neither a RuleContext nor marked @ParameterId");
        }
        continue;
      }
      Type t = generic[i];
      if (raw(t) == Optional.class) {
        optional[i] = true;
        t = argument(t, i);
      }
      if (raw(t) != ResolvedParameter.class) {
        throw invalid(
            "@ParameterId(\""
                + id.value()
                + "\") must be a ResolvedParameter<T> or an Optional of one");
      }
      ParameterType<?> valueType = TYPES.get(argument(t, i));
      if (valueType == null) {
        throw invalid(
            "@ParameterId(\"" + id.value() + "\") has a value type that is no parameter type");
      }
      keys[i] = ParameterKey.of(id.value(), valueType);
    }
  }

  @SuppressWarnings("unchecked") // a ClassValue of DeclaredParameters<T> for each Class<T>
  static <P> DeclaredParameters<P> of(Class<P> type) {
    return (DeclaredParameters<P>) BY_CLASS.get(type);
  }

  private static <P> Constructor<P> constructorOf(Class<P> type) {
    if (type.isInterface() || Modifier.isAbstract(type.getModifiers()) || type.isEnum()) {
      throw new IllegalArgumentException(
          "parameter declaration " + type.getName() + " must be a record or a concrete class");
    }
    Constructor<?>[] all = type.getDeclaredConstructors();
    Constructor<?> chosen = null;
    if (type.isRecord()) {
      Class<?>[] components =
          java.util.Arrays.stream(type.getRecordComponents())
              .map(java.lang.reflect.RecordComponent::getType)
              .toArray(Class<?>[]::new);
      try {
        chosen = type.getDeclaredConstructor(components);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(e); // a record always has its canonical constructor
      }
    } else if (all.length == 1) {
      chosen = all[0];
    } else {
      throw new IllegalArgumentException(
          "parameter declaration " + type.getName() + " must have exactly one constructor");
    }
    try {
      chosen.setAccessible(true);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "parameter declaration "
              + type.getName()
              + " is not accessible: make it public or open its package to org.communitygov.rules",
          e);
    }
    @SuppressWarnings("unchecked") // a constructor of type P
    Constructor<P> typed = (Constructor<P>) chosen;
    return typed;
  }

  private static Class<?> raw(Type t) {
    return t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
  }

  private Type argument(Type t, int index) {
    if (t instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
      return p.getActualTypeArguments()[0];
    }
    throw invalid("constructor parameter " + index + " needs its type argument");
  }

  private IllegalArgumentException invalid(String why) {
    return new IllegalArgumentException("parameter declaration " + type.getName() + ": " + why);
  }

  /**
   * Makes the declaration in a context: resolves each key there, in declaration order.
   *
   * @throws MissingParameterException for the first non-optional parameter without a value
   */
  P make(RuleContext context) {
    Object[] arguments = new Object[keys.length];
    for (int i = 0; i < keys.length; i++) {
      ParameterKey<?> key = keys[i];
      if (key == null) {
        arguments[i] = context;
      } else if (optional[i]) {
        arguments[i] = resolveIfPresent(context, key);
      } else {
        arguments[i] = context.resolve(key);
      }
    }
    try {
      return constructor.newInstance(arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make " + type.getName(), e);
    }
  }

  private static Optional<ResolvedParameter<?>> resolveIfPresent(
      RuleContext context, ParameterKey<?> key) {
    try {
      return Optional.of(context.resolve(key));
    } catch (MissingParameterException e) {
      return Optional.empty();
    }
  }
}
