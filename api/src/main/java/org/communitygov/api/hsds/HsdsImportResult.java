package org.communitygov.api.hsds;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communitygov.api.exchange.Severity;
import org.communitygov.model.service.Provider;
import org.communitygov.model.service.Site;

/**
 * What an HSDS import gives: the model object, the providers and sites found nested in it, and the
 * issues — errors that stopped it, warnings of assumed values and notes of HSDS members kept in
 * {@code extensions}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the kind of model object
 * @param value the object, empty if an error stopped the import, not null
 * @param providers the providers of nested {@code organization} objects, not null
 * @param sites the sites of nested {@code location} objects, not null
 * @param issues the errors, warnings and notes in document order, not null
 * @since 0.1.0
 */
public record HsdsImportResult<T>(
    Optional<T> value, List<Provider> providers, List<Site> sites, List<HsdsIssue> issues) {
  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public HsdsImportResult {
    Objects.requireNonNull(value, "value");
    providers = List.copyOf(providers);
    sites = List.copyOf(sites);
    issues = List.copyOf(issues);
  }

  /**
   * Returns the issues of one severity.
   *
   * @param severity the severity, not null
   * @return the issues, not null
   */
  public List<HsdsIssue> issues(Severity severity) {
    return issues.stream().filter(i -> i.severity() == severity).toList();
  }

  /**
   * Tells whether an error stopped the import.
   *
   * @return true if there is an error
   */
  public boolean hasErrors() {
    return !issues(Severity.ERROR).isEmpty();
  }
}
