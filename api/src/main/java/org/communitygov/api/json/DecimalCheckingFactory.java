package org.communitygov.api.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import java.io.DataInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * The hardened mappers' factory: a {@link JsonFactory} whose parsers are {@link
 * DecimalCheckingParser}s, so that a number no {@code BigDecimal} can hold fails as a Jackson
 * exception (docs/adr/0034-numbers-beyond-a-decimal-in-the-mappers.md). {@link #rebuild()} gives a
 * plain factory's builder, without the check.
 */
final class DecimalCheckingFactory extends JsonFactory {
  private static final long serialVersionUID = 1L;

  DecimalCheckingFactory(JsonFactoryBuilder builder) {
    super(builder);
  }

  private DecimalCheckingFactory(JsonFactory source, ObjectCodec codec) {
    super(source, codec);
  }

  @Override
  public JsonFactory copy() {
    return new DecimalCheckingFactory(this, null);
  }

  @Override
  public String getFormatName() {
    return FORMAT_NAME_JSON;
  }

  @Override
  protected JsonParser _createParser(InputStream in, IOContext ctxt) throws IOException {
    return new DecimalCheckingParser(super._createParser(in, ctxt));
  }

  @Override
  protected JsonParser _createParser(Reader r, IOContext ctxt) throws IOException {
    return new DecimalCheckingParser(super._createParser(r, ctxt));
  }

  @Override
  protected JsonParser _createParser(
      char[] data, int offset, int len, IOContext ctxt, boolean recyclable) throws IOException {
    return new DecimalCheckingParser(super._createParser(data, offset, len, ctxt, recyclable));
  }

  @Override
  protected JsonParser _createParser(byte[] data, int offset, int len, IOContext ctxt)
      throws IOException {
    return new DecimalCheckingParser(super._createParser(data, offset, len, ctxt));
  }

  @Override
  protected JsonParser _createParser(DataInput input, IOContext ctxt) throws IOException {
    return new DecimalCheckingParser(super._createParser(input, ctxt));
  }
}
