package org.communitygov.api.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Creates commands for picocli: a command with a constructor taking a {@link CliEnvironment} gets
 * this process's (or a test's) environment; anything else is made by picocli's default factory.
 */
final class CommandFactory implements IFactory {
  private final CliEnvironment environment;
  private final IFactory fallback = CommandLine.defaultFactory();

  CommandFactory(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    Constructor<K> withEnvironment;
    try {
      withEnvironment = type.getDeclaredConstructor(CliEnvironment.class);
    } catch (NoSuchMethodException e) {
      return fallback.create(type);
    }
    return withEnvironment.newInstance(environment);
  }
}
