package org.communitygov.api.json;

/**
 * Tells the library's own types from a user's: the wire format and the strict reading of the {@link
 * CommunityGovModule} apply to the former only (docs/adr/0024-module-scoped-to-library.md).
 */
final class LibraryTypes {
  private static final String PREFIX = "org.communitygov.";

  private LibraryTypes() {}

  /** Whether a class belongs to communitygov: its package is under {@code org.communitygov}. */
  static boolean owns(Class<?> type) {
    return type.getName().startsWith(PREFIX);
  }
}
