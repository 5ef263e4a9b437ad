package org.communitygov.api.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communitygov.model.service.Provider;
import org.communitygov.model.service.Service;
import org.communitygov.model.service.ServiceCatalogueEntry;
import org.communitygov.model.service.Site;

/**
 * The links of a {@link RecordKind#SERVICES} document, a catalogue as a stream: providers, sites
 * and services declare their ids; a service refers to its provider and sites, which must be in the
 * document (an error otherwise, as in a {@code ServiceCatalogue}); every fee of the document is in
 * one currency.
 */
final class CatalogueLinks implements LinkDeclaration {
  static final CatalogueLinks INSTANCE = new CatalogueLinks();

  private static final Map<String, String> KEYS =
      Map.of("/provider/id", "provider", "/site/id", "site", "/service/id", "service");

  private CatalogueLinks() {}

  @Override
  public Links links(Object record) {
    ServiceCatalogueEntry entry = (ServiceCatalogueEntry) record;
    if (entry.provider().isPresent()) {
      Provider provider = entry.provider().get();
      return keyOnly("provider", provider.id().value(), "/provider/id");
    }
    if (entry.site().isPresent()) {
      Site site = entry.site().get();
      return keyOnly("site", site.id().value(), "/site/id");
    }
    Service service = entry.service().orElseThrow();
    List<Links.Reference> references = new ArrayList<>();
    references.add(
        new Links.Reference(
            "provider",
            service.provider().value(),
            "/service/provider",
            Severity.ERROR,
            Links.Window.ALWAYS));
    for (int i = 0; i < service.sites().size(); i++) {
      references.add(
          new Links.Reference(
              "site",
              service.sites().get(i).value(),
              "/service/sites/" + i,
              Severity.ERROR,
              Links.Window.ALWAYS));
    }
    List<Links.Shared> shared =
        service
            .currency()
            .map(
                c ->
                    List.of(
                        new Links.Shared(
                            "currency", c.getCurrencyCode(), "/service/fees/0/price/currency")))
            .orElse(List.of());
    return new Links(
        List.of(new Links.Key("service", service.id().value(), "/service/id", Links.Window.ALWAYS)),
        references,
        shared);
  }

  private static Links keyOnly(String target, String id, String pointer) {
    return new Links(
        List.of(new Links.Key(target, id, pointer, Links.Window.ALWAYS)), List.of(), List.of());
  }

  @Override
  public Map<String, String> keyPointers() {
    return KEYS;
  }
}
