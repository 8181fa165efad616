package dev.docgen.core.template;

import java.util.Comparator;

/** Version order: numeric parts compared as numbers (1.10 after 1.9, v2 after v1), others as text. */
final class Versions {
  static final Comparator<String> ORDER = Versions::compare;

  private Versions() {}

  static int compare(String a, String b) {
    String[] x = a.split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)|[._-]");
    String[] y = b.split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)|[._-]");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      boolean nx = x[i].chars().allMatch(Character::isDigit) && !x[i].isEmpty();
      boolean ny = y[i].chars().allMatch(Character::isDigit) && !y[i].isEmpty();
      int c = nx && ny ? new java.math.BigInteger(x[i]).compareTo(new java.math.BigInteger(y[i])) : x[i].compareTo(y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }
}
