package org.communitygov.api.json;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import org.communitygov.model.common.Extensions;

/**
 * The Jackson module of the communitygov wire format.
 *
 * <p>Registering it on a Jackson 2 {@code ObjectMapper} brings the modules the model needs ({@code
 * Optional} and {@code java.time} support) and the model's own (de)serialization rules. It does not
 * harden the mapper: for reading untrusted documents use {@link CommunityGovMappers}, which builds
 * mappers on their own tightly limited factory.
 *
 * <p>The wire format: camelCase names, ISO-8601 dates, enums as their UPPER_SNAKE names, money as
 * {@code {"amount": "123.45", "currency": "CNY"}} with the amount a decimal string, identifiers as
 * strings, absent optional attributes, empty lists and empty {@code extensions} omitted (an absent
 * list reads back as empty).
 *
 * @since 0.1.0
 */
public final class CommunityGovModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public CommunityGovModule() {
    super("CommunityGovModule");
    // Empty objects, arrays and strings inside extensions survive whatever the inclusion setting.
    addSerializer(Extensions.class, new ExtensionsSerializer());
    // YYYY-MM-DD without the general DateTimeFormatter; every other form as JavaTimeModule reads
    // it.
    addDeserializer(LocalDate.class, new IsoLocalDateDeserializer());
    // Only their own JSON kind, and failures that never quote the value.
    addDeserializer(String.class, new StrictScalars.Text());
    addDeserializer(Integer.class, new StrictScalars.WholeNumber(Integer.class));
    addDeserializer(int.class, new StrictScalars.WholeNumber(Integer.TYPE));
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module(), new JavaTimeModule());
  }
}
