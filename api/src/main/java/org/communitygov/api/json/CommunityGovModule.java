package org.communitygov.api.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.communitygov.model.common.Extensions;
import org.communitygov.rules.engine.LibraryVersion;

/**
 * The Jackson module of the communitygov wire format.
 *
 * <p>Registering it on a Jackson 2 {@code ObjectMapper} — by hand, or found by {@link
 * com.fasterxml.jackson.databind.ObjectMapper#findAndRegisterModules()} — is all a mapper needs to
 * write and read the library's types in the wire format, whatever the mapper's own settings: it
 * brings the modules the model needs ({@code Optional} and {@code java.time} support) and carries
 * the format on the library's types themselves. It changes nothing for any other class the mapper
 * handles: the user's own classes keep the mapper's settings, its dates and its coercions. It does
 * not harden the mapper: for reading untrusted documents use {@link CommunityGovMappers}, which
 * builds mappers on their own tightly limited factory and reads every value strictly.
 *
 * <p>The wire format: camelCase names, ISO-8601 dates, enums as their UPPER_SNAKE names, money as
 * {@code {"amount": "123.45", "currency": "CNY"}} with the amount a decimal string, identifiers as
 * strings, absent optional attributes, empty lists and empty {@code extensions} omitted (an absent
 * list reads back as empty). The library's strings, integers and dates are read strictly (a string
 * only from a JSON string, never quoting the value in a failure).
 *
 * @since 0.1.0
 */
public final class CommunityGovModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public CommunityGovModule() {
    super("CommunityGovModule", libraryVersion());
    // Empty objects, arrays and strings inside extensions survive whatever the inclusion setting.
    addSerializer(Extensions.class, new ExtensionsSerializer());
    // Decimals as BigDecimal whatever the mapper's settings (a plain mapper reads Double).
    addDeserializer(Extensions.class, new ExtensionsDeserializer());
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    // After Jackson's own introspector: an explicit annotation on a model type still wins.
    context.appendAnnotationIntrospector(new LibraryFormat());
    // Failures of the library's types never quote the value (a citizen ID given as a number).
    context.addDeserializationProblemHandler(new ValueFreeMessages(true));
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module(), new JavaTimeModule());
  }

  /** The version of this build of communitygov, as Jackson reports a module's version. */
  static Version libraryVersion() {
    return VersionUtil.parseVersion(
        LibraryVersion.current(), "org.communitygov", "communitygov-api");
  }
}
