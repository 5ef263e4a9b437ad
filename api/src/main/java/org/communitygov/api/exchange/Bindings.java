package org.communitygov.api.exchange;

/** What every validation shares, prepared once per validator: mappers, readers, Bean Validation. */
final class Bindings {
  Bindings() {}
}
