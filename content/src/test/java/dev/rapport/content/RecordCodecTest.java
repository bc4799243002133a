package dev.rapport.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.StreamCorruptedException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The generic record codec: every supported type round-trips exactly, edge values too, over many
 * generated values; unsupported types, nulls and damaged bytes are refused, never misread. A
 * generated case's seed is in its failure message; move the run with {@code -Drapport.seed=...}.
 */
class RecordCodecTest {
  private static final long BASE_SEED = Long.getLong("rapport.seed", 20261123L);
  private static final int CASES = Integer.getInteger("rapport.cases", 300);
  private static final int CHUNK = 65_535 / 3;

  enum Colour {
    RED,
    GREEN,
    BLUE
  }

  sealed interface Shape permits Circle, Square, Group {}

  record Circle(double radius) implements Shape {}

  record Square(int side, Colour colour) implements Shape {}

  /** A shape that holds shapes: a sealed interface reached again from inside itself. */
  record Group(String name, List<Shape> members) implements Shape {}

  record Inner(String text, Optional<Inner> next) {
    Inner {
      if (text.equals("reject me")) {
        throw new IllegalArgumentException("inner text must not be 'reject me'");
      }
    }
  }

  /** Supported through and through but for one list of lists of a boxed type. */
  record Everything(Plain plain, List<List<Integer>> unsupportedIfWrapped) {}

  record Plain(
      String text,
      int number,
      long big,
      double weight,
      boolean flag,
      Colour colour,
      Locale locale,
      LocalDate day,
      List<String> words,
      Optional<String> maybe,
      Optional<Inner> inner,
      List<Shape> shapes) {}

  record Texts(List<String> texts) {}

  record WithMap(Map<String, String> map) {}

  record WithWrapper(Integer boxed) {}

  record Generic<T>(T value) {}

  record WithGeneric(Generic<String> generic) {}

  record WithLocale(Locale locale) {}

  record Reordered(Colour colour, String text) {}

  record Renamed(String words) {}

  record Named(String text) {}

  private static <T extends Record> byte[] encode(RecordCodec<T> codec, T value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      codec.write(value, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static <T extends Record> T decode(RecordCodec<T> codec, byte[] bytes)
      throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    T value = codec.read(in);
    assertEquals(0, in.available(), "bytes left after the value");
    return value;
  }

  private static <T extends Record> T roundTrip(RecordCodec<T> codec, T value) throws IOException {
    return decode(codec, encode(codec, value));
  }

  private static Plain plain(String text, Optional<String> maybe, List<Shape> shapes) {
    return new Plain(
        text,
        7,
        -7L,
        0.5,
        true,
        Colour.GREEN,
        Locale.ENGLISH,
        LocalDate.of(2026, 11, 23),
        List.of("a", "b"),
        maybe,
        Optional.empty(),
        shapes);
  }

  @Test
  void roundTrip_emptyOptionalsAndLists_giveThemBack() throws IOException {
    RecordCodec<Plain> codec = RecordCodec.of(Plain.class);
    Plain value =
        new Plain(
            "",
            0,
            0L,
            0.0,
            false,
            Colour.RED,
            Locale.ROOT,
            LocalDate.EPOCH,
            List.of(),
            Optional.empty(),
            Optional.empty(),
            List.of());

    assertEquals(value, roundTrip(codec, value));
  }

  @Test
  void roundTrip_presentOptionalsAndNestedValues_giveThemBack() throws IOException {
    RecordCodec<Plain> codec = RecordCodec.of(Plain.class);
    Plain value =
        new Plain(
            "text",
            Integer.MIN_VALUE,
            Long.MAX_VALUE,
            Double.MIN_VALUE,
            true,
            Colour.BLUE,
            Locale.forLanguageTag("pt-BR"),
            LocalDate.of(1999, 12, 31),
            List.of("one", "two", "one"),
            Optional.of("maybe"),
            Optional.of(new Inner("outer", Optional.of(new Inner("inner", Optional.empty())))),
            List.of(
                new Circle(1.5),
                new Square(3, Colour.RED),
                new Group("group", List.of(new Circle(2), new Group("empty", List.of())))));

    assertEquals(value, roundTrip(codec, value));
  }

  @Test
  void roundTrip_edgeNumbersDatesAndLocales_giveThemBackExactly() throws IOException {
    RecordCodec<Plain> codec = RecordCodec.of(Plain.class);
    double[] weights = {
      -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE, 0.1
    };
    LocalDate[] days = {LocalDate.MIN, LocalDate.MAX, LocalDate.EPOCH.minusDays(1)};
    Locale[] locales = {
      Locale.ROOT, Locale.forLanguageTag("zh-Hant-TW"), Locale.forLanguageTag("sr-Latn-RS"),
      Locale.forLanguageTag("tr"), Locale.forLanguageTag("de-CH-u-co-phonebk")
    };
    for (double weight : weights) {
      for (LocalDate day : days) {
        for (Locale locale : locales) {
          Plain value =
              new Plain(
                  "x",
                  Integer.MAX_VALUE,
                  Long.MIN_VALUE,
                  weight,
                  false,
                  Colour.RED,
                  locale,
                  day,
                  List.of(),
                  Optional.empty(),
                  Optional.empty(),
                  List.of());

          Plain back = roundTrip(codec, value);

          assertEquals(value, back);
          assertEquals(
              Double.doubleToRawLongBits(weight), Double.doubleToRawLongBits(back.weight()));
        }
      }
    }
  }

  @Test
  void roundTrip_unicodeOfEveryKind_givesItBack() throws IOException {
    RecordCodec<Texts> codec = RecordCodec.of(Texts.class);
    Texts value =
        new Texts(
            List.of(
                "",
                " ",
                "\u0000",
                "naïve café",
                "İstanbul ı",
                "日本語のテキスト",
                "emoji \uD83D\uDE00 and flags \uD83C\uDDF9\uD83C\uDDF7",
                "e\u0301 combining",
                "right-to-left \u05E9\u05DC\u05D5\u05DD",
                "lone high \uD800 and lone low \uDC00",
                "\uFFFF\uFFFE"));

    assertEquals(value, roundTrip(codec, value));
  }

  @Test
  void roundTrip_longStringsOverEveryChunkEdge_giveThemBack() throws IOException {
    RecordCodec<Texts> codec = RecordCodec.of(Texts.class);
    List<String> texts = new ArrayList<>();
    for (int length :
        new int[] {CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 2 * CHUNK + 1, 100_000}) {
      texts.add("a".repeat(length));
      // Three bytes a char in modified UTF-8: the chunk that would overflow writeUTF.
      texts.add("\u20AC".repeat(length));
      // A surrogate pair split across two chunks.
      texts.add("b".repeat(CHUNK - 1) + "\uD83D\uDE00".repeat(length / 2));
    }
    Texts value = new Texts(texts);

    assertEquals(value, roundTrip(codec, value));
  }

  @Test
  void roundTrip_generatedValues_giveThemBack() throws IOException {
    RecordCodec<Plain> codec = RecordCodec.of(Plain.class);
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      Plain value = generate(new Random(seed));

      assertEquals(value, roundTrip(codec, value), "seed " + seed);
    }
  }

  private static Plain generate(Random random) {
    List<String> words = new ArrayList<>();
    for (int i = random.nextInt(6); i > 0; i--) {
      words.add(text(random));
    }
    List<Shape> shapes = new ArrayList<>();
    for (int i = random.nextInt(5); i > 0; i--) {
      shapes.add(shape(random, 3));
    }
    Optional<Inner> inner = Optional.empty();
    for (int i = random.nextInt(4); i > 0; i--) {
      inner = Optional.of(new Inner(text(random), inner));
    }
    Colour[] colours = Colour.values();
    return new Plain(
        text(random),
        random.nextInt(),
        random.nextLong(),
        random.nextBoolean() ? random.nextDouble() : Double.longBitsToDouble(random.nextLong()),
        random.nextBoolean(),
        colours[random.nextInt(colours.length)],
        Locale.forLanguageTag(random.nextBoolean() ? "en" : "pt-BR"),
        LocalDate.ofEpochDay(random.nextInt(2_000_000) - 1_000_000),
        words,
        random.nextBoolean() ? Optional.of(text(random)) : Optional.empty(),
        inner,
        shapes);
  }

  private static Shape shape(Random random, int depth) {
    int kind = random.nextInt(depth == 0 ? 2 : 3);
    if (kind == 0) {
      return new Circle(random.nextDouble());
    }
    if (kind == 1) {
      return new Square(random.nextInt(), Colour.values()[random.nextInt(3)]);
    }
    List<Shape> members = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      members.add(shape(random, depth - 1));
    }
    return new Group(text(random), members);
  }

  /** Any chars, a lone surrogate now and then; short mostly, sometimes repeated. */
  private static String text(Random random) {
    if (random.nextInt(4) == 0) {
      return "repeated";
    }
    char[] chars = new char[random.nextInt(random.nextInt(10) == 0 ? 3000 : 20)];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = (char) (random.nextBoolean() ? 'a' + random.nextInt(26) : random.nextInt(65536));
    }
    return new String(chars);
  }

  @Test
  void write_repeatedStringsAndRecords_writesThemOnceAndReadsOneInstance() throws IOException {
    RecordCodec<Group> codec = RecordCodec.of(Group.class);
    String long1 = "a long text that would cost many bytes each time it was written";
    List<Shape> repeated = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      repeated.add(new Group(long1, List.of(new Square(3, Colour.BLUE))));
    }
    Group value = new Group("top", repeated);

    byte[] bytes = encode(codec, value);
    Group back = decode(codec, bytes);

    assertEquals(value, back);
    assertTrue(bytes.length < 500, "repeats are written in full: " + bytes.length + " bytes");
    assertSame(back.members().get(0), back.members().get(99));
  }

  @Test
  void read_equalButSeparateValues_areEqualAfterReading() throws IOException {
    RecordCodec<Group> codec = RecordCodec.of(Group.class);
    Group value =
        new Group(
            "g",
            List.of(new Group(new String("same"), List.of()), new Group("same", List.of())));

    Group back = roundTrip(codec, value);

    assertEquals(value, back);
    assertNotSame(value.members().get(0), back.members().get(0));
  }

  @Test
  void read_aRecordItsConstructorRejects_throwsInvalidObjectExceptionWithTheCause() {
    RecordCodec<Named> writer = RecordCodec.of(Named.class);
    RecordCodec<Inner> reader = RecordCodec.of(Inner.class);
    // Named(String) and Inner(String, Optional) start alike: "reject me", then a bare "absent".
    byte[] named = encode(writer, new Named("reject me"));
    byte[] bytes = Arrays.copyOf(named, named.length + 1);

    InvalidObjectException e =
        assertThrows(InvalidObjectException.class, () -> decode(reader, bytes));

    assertTrue(e.getMessage().contains("Inner rejects what was read"), e.getMessage());
    assertTrue(e.getCause() instanceof IllegalArgumentException, String.valueOf(e.getCause()));
  }

  @Test
  void read_everyTruncation_throwsEofOrCorruptionAndNothingElse() {
    RecordCodec<Plain> codec = RecordCodec.of(Plain.class);
    byte[] bytes =
        encode(
            codec,
            plain("text", Optional.of("maybe"), List.of(new Circle(1), new Square(2, Colour.RED))));

    for (int length = 0; length < bytes.length; length++) {
      byte[] cut = Arrays.copyOf(bytes, length);

      IOException e = assertThrows(IOException.class, () -> decode(codec, cut), "at " + length);

      assertTrue(
          e instanceof EOFException || e instanceof StreamCorruptedException,
          "at " + length + ": " + e);
    }
  }

  @Test
  void read_anyByteDamaged_givesAValueOrAnIoExceptionAndNothingElse() {
    RecordCodec<Plain> codec = RecordCodec.of(Plain.class);
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      Random random = new Random(seed);
      byte[] bytes = encode(codec, generate(random));
      int at = random.nextInt(bytes.length);
      bytes[at] = (byte) random.nextInt(256);

      try {
        codec.read(new DataInputStream(new ByteArrayInputStream(bytes)));
      } catch (IOException e) {
        // refused: what a damaged snapshot must give (SnapshotFile's checksum finds the rest)
      } catch (RuntimeException | Error e) {
        fail("seed " + seed + ", byte " + at + ": " + e, e);
      }
    }
  }

  @Test
  void read_hugeCountsOrBadTags_areRefusedBeforeAnyAllocation() {
    RecordCodec<Texts> texts = RecordCodec.of(Texts.class);
    RecordCodec<Plain> plain = RecordCodec.of(Plain.class);
    byte[] hugeList = {0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07};
    byte[] hugeString = {0, 1, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07};
    byte[] tooLongCount = {0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 1};
    byte[] forwardReference = {5};

    assertThrows(StreamCorruptedException.class, () -> decode(texts, hugeList));
    assertThrows(StreamCorruptedException.class, () -> decode(texts, hugeString));
    assertThrows(StreamCorruptedException.class, () -> decode(texts, tooLongCount));
    assertThrows(StreamCorruptedException.class, () -> decode(plain, forwardReference));
    // Group("g", [...]) whose one member, a Group, is a reference to the string "g".
    assertThrows(
        StreamCorruptedException.class,
        () ->
            RecordCodec.of(Group.class)
                .read(
                    new DataInputStream(
                        new ByteArrayInputStream(new byte[] {0, 0, 1, 0, 1, 'g', 1, 2, 1}))));
    assertThrows(
        StreamCorruptedException.class,
        () ->
            RecordCodec.of(Reordered.class)
                .read(new DataInputStream(new ByteArrayInputStream(new byte[] {0, 3}))));
  }

  @Test
  void read_aSealedTagOrBooleanOutOfRange_isRefused() {
    RecordCodec<Group> codec = RecordCodec.of(Group.class);
    // Group("g", [tag 3]): Shape has three permitted subclasses, 0 to 2.
    byte[] badTag = {0, 0, 1, 0, 1, 'g', 1, 3};
    RecordCodec<Plain> plain = RecordCodec.of(Plain.class);
    byte[] good = encode(plain, plain("t", Optional.empty(), List.of()));
    // The boolean "flag" comes after the record's tag, "t" (tag, length, UTF), 7, -7 and 0.5.
    int flag = 1 + (1 + 1 + 3) + 4 + 8 + 8;
    byte[] badBoolean = good.clone();
    badBoolean[flag] = 2;

    assertThrows(StreamCorruptedException.class, () -> decode(codec, badTag));
    assertThrows(StreamCorruptedException.class, () -> decode(plain, badBoolean));
  }

  @Test
  void of_unsupportedTypes_areRefusedNamingTheComponent() {
    IllegalArgumentException map =
        assertThrows(IllegalArgumentException.class, () -> RecordCodec.of(WithMap.class));
    IllegalArgumentException boxed =
        assertThrows(IllegalArgumentException.class, () -> RecordCodec.of(WithWrapper.class));
    IllegalArgumentException generic =
        assertThrows(IllegalArgumentException.class, () -> RecordCodec.of(WithGeneric.class));
    IllegalArgumentException wrapped =
        assertThrows(IllegalArgumentException.class, () -> RecordCodec.of(Everything.class));

    assertTrue(map.getMessage().contains("WithMap.map"), map.getMessage());
    assertTrue(boxed.getMessage().contains("WithWrapper.boxed"), boxed.getMessage());
    assertTrue(generic.getMessage().contains("WithGeneric.generic"), generic.getMessage());
    assertTrue(
        wrapped.getMessage().contains("Everything.unsupportedIfWrapped"), wrapped.getMessage());
    assertTrue(
        wrapped.getMessage().contains("no encoding for java.lang.Integer"), wrapped.getMessage());
  }

  @Test
  void write_aNull_isRefusedNamingTheComponent() {
    RecordCodec<Named> codec = RecordCodec.of(Named.class);
    RecordCodec<Texts> texts = RecordCodec.of(Texts.class);

    IllegalArgumentException component =
        assertThrows(IllegalArgumentException.class, () -> encode(codec, new Named(null)));
    IllegalArgumentException element =
        assertThrows(
            IllegalArgumentException.class,
            () -> encode(texts, new Texts(Arrays.asList("a", null))));

    assertTrue(component.getMessage().contains("Named.text"), component.getMessage());
    assertTrue(element.getMessage().contains("list"), element.getMessage());
  }

  @Test
  void write_aLocaleItsLanguageTagDoesNotGiveBack_isRefused() {
    RecordCodec<WithLocale> codec = RecordCodec.of(WithLocale.class);
    Locale odd = new Locale("en", "US", "not a bcp47 variant");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> encode(codec, new WithLocale(odd)));

    assertTrue(e.getMessage().contains("locale"), e.getMessage());
  }

  @Test
  void shape_namesEveryComponentConstantAndSubclass() {
    String shape = RecordCodec.of(Plain.class).shape();

    for (String part :
        List.of(
            "text:string",
            "number:int",
            "big:long",
            "weight:double",
            "flag:boolean",
            "[RED, GREEN, BLUE]",
            "locale:locale",
            "day:date",
            "words:list<string>",
            "maybe:optional<string>",
            "Circle(radius:double)",
            "Square(side:int",
            "Group(name:string,members:list<")) {
      assertTrue(shape.contains(part), part + " is not in " + shape);
    }
  }

  @Test
  void shape_differsWhenNamesOrOrderDiffer() {
    String named = RecordCodec.of(Named.class).shape().replace("$Named", "");
    String renamed = RecordCodec.of(Renamed.class).shape().replace("$Renamed", "");

    assertNotEquals(named, renamed);
    assertEquals(RecordCodec.of(Plain.class).shape(), RecordCodec.of(Plain.class).shape());
  }
}
