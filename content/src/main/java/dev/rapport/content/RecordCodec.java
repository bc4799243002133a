package dev.rapport.content;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.StreamCorruptedException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A compact binary form of a record and everything it holds, driven by the record's components:
 * one generic codec instead of one method per record type.
 *
 * <p>The types it can write: {@code String}, {@code int}, {@code long}, {@code double}, {@code
 * boolean}, enums (by ordinal), {@link Locale} (by language tag), {@link LocalDate} (by epoch day),
 * {@code List<T>}, {@code Optional<T>}, records of these, and sealed interfaces whose permitted
 * subclasses are records or sealed interfaces themselves (by the subclass's place in the {@code
 * permits} clause). Anything else, a null, or a generic record is refused when the codec is made
 * or the value written, never silently dropped.
 *
 * <p>Strings and records are written once: a repeat of an equal one is written as a reference to
 * the first, which is sound because they are immutable values (a {@link dev.rapport.core.Citation}
 * repeats its {@link dev.rapport.core.Source} hundreds of times). Records are read through their
 * canonical constructors, so every check a record makes of its components is made again.
 *
 * <p>Ordinals and tags depend on the declarations, so the codec has a {@link #shape()}: a text
 * naming every type it reaches, with their components, enum constants and permitted subclasses in
 * order. Whoever stores the bytes stores the shape with them, and a reader whose shape differs must
 * not read them. Immutable and thread-safe; each {@code write} and {@code read} has its own
 * back-reference table.
 *
 * @param <T> the record type
 */
final class RecordCodec<T extends Record> {
  /** The most characters {@link DataOutputStream#writeUTF} takes at once whatever they are. */
  private static final int CHUNK = 65_535 / 3;

  private final Class<T> type;
  private final Node root;
  private final String shape;

  /** The codec of {@code type}, whose node is {@code root}. */
  private RecordCodec(Class<T> type, Node root) {
    this.type = type;
    this.root = root;
    StringBuilder text = new StringBuilder();
    root.describe(text, new HashSet<>());
    this.shape = text.toString();
  }

  /**
   * Makes the codec of a record type.
   *
   * @throws IllegalArgumentException naming the component when some type it reaches cannot be
   *     written
   */
  static <T extends Record> RecordCodec<T> of(Class<T> type) {
    return new RecordCodec<>(type, node(type, new HashMap<>()));
  }

  /** The text that names every type this codec reaches, in the order it writes them. */
  String shape() {
    return shape;
  }

  /**
   * Writes a value.
   *
   * @throws IllegalArgumentException when the value holds a null or a locale that its language tag
   *     does not give back
   * @throws IOException when the stream cannot be written
   */
  void write(T value, DataOutputStream out) throws IOException {
    root.write(type.cast(value), new Encoding(out));
  }

  /**
   * Reads a value written by a codec of the same shape.
   *
   * @throws EOFException when the bytes end too early
   * @throws StreamCorruptedException when the bytes cannot have been written by this codec
   * @throws InvalidObjectException when a record's constructor rejects what was read, with the
   *     constructor's exception as the cause
   * @throws IOException when the stream cannot be read
   */
  T read(DataInputStream in) throws IOException {
    return type.cast(root.read(new Decoding(in)));
  }

  // ------------------------------------------------------------------ making the nodes

  // The messages of what cannot be encoded are made where they are thrown and where a record
  // catches them, never up front: the codec is made on every cold load.

  /** The node of a declared type; {@code records} holds those of the records made so far. */
  private static Node node(Type type, Map<Class<?>, RecordNode> records) {
    if (type instanceof Class<?> c) {
      for (Scalar scalar : Scalar.values()) {
        if (scalar.type == c) {
          return scalar;
        }
      }
      if (c.isEnum()) {
        return new EnumNode(c, c.getEnumConstants());
      }
      if (c.isRecord()) {
        return record(c, records);
      }
      if (c.isSealed() && c.isInterface()) {
        return sealed(c, records);
      }
    } else if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      Type argument = p.getActualTypeArguments()[0];
      if (raw == List.class) {
        return new ListNode(node(argument, records));
      }
      if (raw == Optional.class) {
        return new OptionalNode(node(argument, records));
      }
      if (raw.isSealed() && raw.isInterface()) {
        // Such as EntityId<?>: the tag says which record it is, whatever the argument.
        return sealed(raw, records);
      }
    }
    throw new IllegalArgumentException("no encoding for " + type.getTypeName());
  }

  /** The node of a record type, made once and kept in {@code records}. */
  private static RecordNode record(Class<?> type, Map<Class<?>, RecordNode> records) {
    RecordNode known = records.get(type);
    if (known != null) {
      return known;
    }
    if (type.getTypeParameters().length > 0) {
      throw new IllegalArgumentException("cannot encode the generic record " + type.getName());
    }
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Method[] accessors = new Method[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      accessors[i] = components[i].getAccessor();
    }
    Constructor<?> constructor;
    try {
      constructor = type.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("a record has a canonical constructor: " + type, e);
    }
    RecordNode node = new RecordNode(type, components, accessors, constructor);
    // Known before its components are made, so that a record that holds itself ends.
    records.put(type, node);
    for (int i = 0; i < components.length; i++) {
      try {
        node.nodes[i] = node(components[i].getGenericType(), records);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "cannot encode "
                + node.where(i)
                + " of type "
                + components[i].getGenericType().getTypeName()
                + ": "
                + e.getMessage(),
            e);
      }
    }
    return node;
  }

  /** The node of a sealed interface, with a node for each permitted subclass in order. */
  private static SealedNode sealed(Class<?> type, Map<Class<?>, RecordNode> records) {
    Class<?>[] permitted = type.getPermittedSubclasses();
    if (permitted == null) {
      throw new IllegalArgumentException("cannot list the permitted subclasses of " + type);
    }
    Node[] nodes = new Node[permitted.length];
    for (int i = 0; i < permitted.length; i++) {
      nodes[i] = node(permitted[i], records);
    }
    return new SealedNode(type, permitted, nodes);
  }

  // ------------------------------------------------------------------ the nodes

  /** How one declared type is written, read and named in the shape. */
  private sealed interface Node permits Scalar, EnumNode, ListNode, OptionalNode, SealedNode,
      RecordNode {
    /** Writes a value of the type. */
    void write(Object value, Encoding out) throws IOException;

    /** Reads a value of the type. */
    Object read(Decoding in) throws IOException;

    /** Appends the type's name to the shape; a record already in {@code described} by name only. */
    void describe(StringBuilder shape, Set<Class<?>> described);
  }

  /** The types written as they are. */
  private enum Scalar implements Node {
    STRING(String.class),
    INT(int.class),
    LONG(long.class),
    DOUBLE(double.class),
    BOOLEAN(boolean.class),
    LOCALE(Locale.class),
    DATE(LocalDate.class);

    private final Class<?> type;

    /** The scalar of values of {@code type}. */
    Scalar(Class<?> type) {
      this.type = type;
    }

    @Override
    public void write(Object value, Encoding out) throws IOException {
      switch (this) {
        case STRING -> out.string((String) value);
        case INT -> out.data.writeInt((Integer) value);
        case LONG -> out.data.writeLong((Long) value);
        case DOUBLE -> out.data.writeDouble((Double) value);
        case BOOLEAN -> out.data.writeBoolean((Boolean) value);
        case LOCALE -> out.string(tag((Locale) value));
        case DATE -> out.data.writeLong(((LocalDate) value).toEpochDay());
      }
    }

    /** The language tag of a locale, refusing one that the tag does not give back. */
    private static String tag(Locale locale) {
      String tag = locale.toLanguageTag();
      if (!Locale.forLanguageTag(tag).equals(locale)) {
        throw new IllegalArgumentException(
            "cannot encode the locale " + locale + ": its language tag " + tag + " gives another");
      }
      return tag;
    }

    @Override
    public Object read(Decoding in) throws IOException {
      return switch (this) {
        case STRING -> in.string();
        case INT -> in.data.readInt();
        case LONG -> in.data.readLong();
        case DOUBLE -> in.data.readDouble();
        case BOOLEAN -> in.bool();
        case LOCALE -> Locale.forLanguageTag(in.string());
        case DATE -> in.date();
      };
    }

    @Override
    public void describe(StringBuilder shape, Set<Class<?>> described) {
      shape.append(name().toLowerCase(Locale.ROOT));
    }
  }

  /** An enum, by ordinal; the shape lists its constants. */
  private record EnumNode(Class<?> type, Object[] constants) implements Node {
    @Override
    public void write(Object value, Encoding out) throws IOException {
      out.count(((Enum<?>) value).ordinal());
    }

    @Override
    public Object read(Decoding in) throws IOException {
      int ordinal = in.count();
      if (ordinal >= constants.length) {
        throw new StreamCorruptedException(
            "no constant " + ordinal + " in " + type.getName() + " of " + constants.length);
      }
      return constants[ordinal];
    }

    @Override
    public void describe(StringBuilder shape, Set<Class<?>> described) {
      shape.append(type.getName()).append(Arrays.toString(constants));
    }
  }

  /** A list: its size, then its elements. */
  private record ListNode(Node element) implements Node {
    @Override
    public void write(Object value, Encoding out) throws IOException {
      List<?> list = (List<?>) value;
      out.count(list.size());
      for (Object item : list) {
        element.write(out.nonNull(item, "an element of a list"), out);
      }
    }

    @Override
    public Object read(Decoding in) throws IOException {
      // Every element takes a byte at least, so a size past the bytes left is corrupt.
      Object[] items = new Object[in.size()];
      for (int i = 0; i < items.length; i++) {
        items[i] = element.read(in);
      }
      return List.of(items);
    }

    @Override
    public void describe(StringBuilder shape, Set<Class<?>> described) {
      shape.append("list<");
      element.describe(shape, described);
      shape.append('>');
    }
  }

  /** An optional: whether it is present, then its value. */
  private record OptionalNode(Node element) implements Node {
    @Override
    public void write(Object value, Encoding out) throws IOException {
      Optional<?> optional = (Optional<?>) value;
      out.data.writeBoolean(optional.isPresent());
      if (optional.isPresent()) {
        element.write(optional.get(), out);
      }
    }

    @Override
    public Object read(Decoding in) throws IOException {
      return in.bool() ? Optional.of(element.read(in)) : Optional.empty();
    }

    @Override
    public void describe(StringBuilder shape, Set<Class<?>> described) {
      shape.append("optional<");
      element.describe(shape, described);
      shape.append('>');
    }
  }

  /** A sealed interface: the place of the value's class in {@code permits}, then the value. */
  private record SealedNode(Class<?> type, Class<?>[] permitted, Node[] nodes) implements Node {
    @Override
    public void write(Object value, Encoding out) throws IOException {
      for (int i = 0; i < permitted.length; i++) {
        if (permitted[i].isInstance(value)) {
          out.count(i);
          nodes[i].write(value, out);
          return;
        }
      }
      throw new IllegalStateException(value.getClass() + " is not permitted by " + type);
    }

    @Override
    public Object read(Decoding in) throws IOException {
      int tag = in.count();
      if (tag >= nodes.length) {
        throw new StreamCorruptedException(
            "no subclass " + tag + " of " + type.getName() + " of " + nodes.length);
      }
      return nodes[tag].read(in);
    }

    @Override
    public void describe(StringBuilder shape, Set<Class<?>> described) {
      shape.append(type.getName()).append('{');
      for (int i = 0; i < nodes.length; i++) {
        shape.append(i == 0 ? "" : "|");
        nodes[i].describe(shape, described);
      }
      shape.append('}');
    }
  }

  /**
   * A record: a back-reference to an equal one written before, or its components in order. Made
   * before its component nodes, which are filled in after, so that a record may hold itself.
   */
  private static final class RecordNode implements Node {
    private final Class<?> type;
    private final RecordComponent[] components;
    private final Method[] accessors;
    private final Constructor<?> constructor;
    private final Node[] nodes;

    /** A node whose component nodes are still to be filled in. */
    RecordNode(
        Class<?> type, RecordComponent[] components, Method[] accessors, Constructor<?> ctor) {
      this.type = type;
      this.components = components;
      this.accessors = accessors;
      this.constructor = ctor;
      this.nodes = new Node[components.length];
    }

    @Override
    public void write(Object value, Encoding out) throws IOException {
      if (out.reference(value)) {
        return;
      }
      for (int i = 0; i < nodes.length; i++) {
        Object component;
        try {
          component = accessors[i].invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read " + accessors[i], e);
        }
        nodes[i].write(out.nonNull(component, where(i)), out);
      }
      out.remember(value);
    }

    @Override
    public Object read(Decoding in) throws IOException {
      Object earlier = in.reference(type);
      if (earlier != null) {
        return earlier;
      }
      Object[] arguments = new Object[nodes.length];
      for (int i = 0; i < nodes.length; i++) {
        arguments[i] = nodes[i].read(in);
      }
      Object value;
      try {
        value = constructor.newInstance(arguments);
      } catch (InvocationTargetException e) {
        InvalidObjectException rejected =
            new InvalidObjectException(
                type.getSimpleName() + " rejects what was read: " + e.getCause().getMessage());
        rejected.initCause(e.getCause());
        throw rejected;
      } catch (InstantiationException | IllegalAccessException e) {
        throw new IllegalStateException("cannot call " + constructor, e);
      }
      in.remember(value);
      return value;
    }

    /** The name of a component for a message, such as {@code Need.name}. */
    String where(int component) {
      return type.getSimpleName() + "." + components[component].getName();
    }

    @Override
    public void describe(StringBuilder shape, Set<Class<?>> described) {
      shape.append(type.getName());
      if (!described.add(type)) {
        return;
      }
      shape.append('(');
      for (int i = 0; i < nodes.length; i++) {
        shape.append(i == 0 ? "" : ",").append(components[i].getName()).append(':');
        nodes[i].describe(shape, described);
      }
      shape.append(')');
    }
  }

  // ------------------------------------------------------------------ the streams

  /** The output of one {@code write}: the stream and the strings and records written so far. */
  private static final class Encoding {
    private final DataOutputStream data;
    private final Map<Object, Integer> written = new HashMap<>();
    private int remembered;

    /** Writes to {@code data}, with nothing written yet. */
    Encoding(DataOutputStream data) {
      this.data = data;
    }

    /** Writes a count or an index, small ones in one byte. */
    void count(int n) throws IOException {
      int rest = n;
      while ((rest & ~0x7F) != 0) {
        data.writeByte((rest & 0x7F) | 0x80);
        rest >>>= 7;
      }
      data.writeByte(rest);
    }

    /** Writes a reference to an equal value written before and returns true, or writes "new". */
    boolean reference(Object value) throws IOException {
      Integer index = written.get(value);
      count(index == null ? 0 : index + 1);
      return index != null;
    }

    /** Takes note of a value written in full, for references to it; the reader counts alike. */
    void remember(Object value) {
      written.put(value, remembered++);
    }

    /** Writes a string of any length and any chars, lone surrogates too, once. */
    void string(String text) throws IOException {
      if (reference(text)) {
        return;
      }
      count(text.length());
      int from = 0;
      do {
        data.writeUTF(text.substring(from, Math.min(text.length(), from + CHUNK)));
        from += CHUNK;
      } while (from < text.length());
      remember(text);
    }

    /** Returns {@code value}, refusing a null, which has no encoding, naming {@code what}. */
    <V> V nonNull(V value, String what) {
      if (value == null) {
        throw new IllegalArgumentException("cannot encode a null: " + what);
      }
      return value;
    }
  }

  /** The input of one {@code read}: the stream and the strings and records read so far. */
  private static final class Decoding {
    private final DataInputStream data;
    private final List<Object> read = new ArrayList<>();

    /** Reads from {@code data}, with nothing read yet. */
    Decoding(DataInputStream data) {
      this.data = data;
    }

    /** Reads what {@link Encoding#count(int)} wrote. */
    int count() throws IOException {
      int n = 0;
      for (int shift = 0; shift < 32; shift += 7) {
        int b = data.readUnsignedByte();
        n |= (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          if (n < 0) {
            throw new StreamCorruptedException("negative count " + n);
          }
          return n;
        }
      }
      throw new StreamCorruptedException("count longer than an int");
    }

    /** Reads a count of items of a byte at least each, checked against the bytes left. */
    int size() throws IOException {
      int size = count();
      if (size > data.available()) {
        throw new StreamCorruptedException(
            "a list of " + size + " items in " + data.available() + " bytes");
      }
      return size;
    }

    /** Reads a reference: the value referred to, of {@code type}, or null for a new value. */
    Object reference(Class<?> type) throws IOException {
      int index = count();
      if (index == 0) {
        return null;
      }
      if (index > read.size()) {
        throw new StreamCorruptedException(
            "a reference to value " + index + " of " + read.size() + " read");
      }
      Object value = read.get(index - 1);
      if (!type.isInstance(value)) {
        throw new StreamCorruptedException(
            "a reference to a " + value.getClass().getSimpleName() + " for a " + type.getName());
      }
      return value;
    }

    /** Takes note of a value read in full, in the order the writer took note of it. */
    void remember(Object value) {
      read.add(value);
    }

    /** Reads what {@link Encoding#string(String)} wrote. */
    String string() throws IOException {
      Object earlier = reference(String.class);
      if (earlier != null) {
        return (String) earlier;
      }
      int length = size();
      String text;
      if (length <= CHUNK) {
        text = data.readUTF();
      } else {
        StringBuilder chunks = new StringBuilder(length);
        while (chunks.length() < length) {
          chunks.append(data.readUTF());
        }
        text = chunks.toString();
      }
      if (text.length() != length) {
        throw new StreamCorruptedException(
            "a string of " + text.length() + " chars where " + length + " were said");
      }
      remember(text);
      return text;
    }

    /** Reads a boolean, refusing any byte but 0 and 1. */
    boolean bool() throws IOException {
      int b = data.readUnsignedByte();
      if (b > 1) {
        throw new StreamCorruptedException("a boolean of " + b);
      }
      return b == 1;
    }

    /** Reads a date as an epoch day, refusing one out of {@link LocalDate}'s range. */
    LocalDate date() throws IOException {
      long day = data.readLong();
      if (day < LocalDate.MIN.toEpochDay() || day > LocalDate.MAX.toEpochDay()) {
        throw new StreamCorruptedException("no date on day " + day);
      }
      return LocalDate.ofEpochDay(day);
    }
  }
}
