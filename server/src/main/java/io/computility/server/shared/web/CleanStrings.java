package io.computility.server.shared.web;

import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Two rules for every JSON body, so that no endpoint needs its own check: a string holding a
 * control character other than tab, line feed, carriage return and escape (terminal colours in log
 * lines) is refused, in values and map keys, NUL above all, which PostgreSQL cannot store; and a
 * null element in an array (or a null map value) is refused, where it used to end in a
 * NullPointerException. Both answer 400 naming the JSON path, e.g. {@code devices[0]}.
 */
@Configuration(proxyBeanMethods = false)
public class CleanStrings {

  @Bean
  JsonMapperBuilderCustomizer cleanStringsAndNoNullElements() {
    return builder ->
        builder
            .addModule(
                new SimpleModule("clean-strings")
                    .addDeserializer(String.class, new Text())
                    .addKeyDeserializer(String.class, new Key()))
            .changeDefaultNullHandling(v -> v.withContentNulls(Nulls.FAIL));
  }

  /** The first forbidden control character's index in {@code s}, or -1. */
  public static int forbiddenAt(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x1b) return i;
    }
    return -1;
  }

  /** Jackson's string deserializer plus the control-character rule. */
  static final class Text extends StringDeserializer {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
      String s = super.deserialize(p, ctxt);
      int at = s == null ? -1 : forbiddenAt(s);
      if (at >= 0) {
        throw new ControlCharacterException(
            p, String.format("must not contain control characters (U+%04X)", (int) s.charAt(at)));
      }
      return s;
    }
  }

  /** Map keys obey the same rule: they end up in jsonb columns too. */
  static final class Key extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) {
      int at = forbiddenAt(key);
      if (at >= 0) {
        throw new ControlCharacterException(
            ctxt.getParser(),
            String.format(
                "keys must not contain control characters (U+%04X)", (int) key.charAt(at)));
      }
      return key;
    }
  }

  /** A binding failure whose message is the reason given to the client. */
  public static final class ControlCharacterException extends MismatchedInputException {
    ControlCharacterException(JsonParser p, String reason) {
      super(p, reason);
    }

    public String reason() {
      return getOriginalMessage();
    }
  }
}
